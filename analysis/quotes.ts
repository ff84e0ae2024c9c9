import type { Quote } from './types';
import type { Sentence } from './sentences';
import type { PeopleInText, PersonMention } from './people';
import { SAYING_VERBS, SPEAKER_PRONOUNS } from './lexicon';
import { NICKNAME_IN_NAME, quotedPieces, type QuotedPiece } from './quote-marks';

/** Fewest words a quote needs without a speaker, or starting mid-sentence: shorter ones are names and slogans. */
const MIN_UNATTRIBUTED_WORDS = 5;

/** Fewest words a quoted statement needs when its speaker is given ("“We need change,” he said"). */
const MIN_STATEMENT_WORDS = 2;

/** Fewest words a quote worked into a sentence needs to be a statement, not a scare quote ("massive"). */
const MIN_PARTIAL_WORDS = 8;

/** Fewest words a quote worked into a sentence needs when it is a clause with its own verb ("has made dramatic changes"). */
const MIN_PARTIAL_CLAUSE_WORDS = 5;

/** Auxiliaries and copulas that make a quoted phrase a clause, a statement rather than a label. */
const FINITE_VERB =
  /\b(?:is|are|was|were|will|would|can|could|has|have|had|do|does|did|should|must|may|might|won’t|won't|can’t|can't|isn’t|isn't|don’t|don't)\b/iu;

/** Characters of Chinese or Japanese, written without spaces, that make up about one English word. */
const CJK_CHARACTERS_PER_WORD = 2;

/** Scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Share of capitalised words above which a quote is a title of a work ("The Art of the Deal"), not speech. */
const TITLE_CASE_SHARE = 0.7;

/** Small words left in lower case inside titles of works, so not counted when judging title case. */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
]);

/** How far after a quote its attribution may run ("," the foreign ministry said in a statement). */
const ATTRIBUTION_AFTER_CHARS = 200;

/** How far before a quote the clause introducing it is read (Merkel told reporters on Monday that "…"). */
const ATTRIBUTION_BEFORE_CHARS = 200;

/** How many words a speaker written as a phrase may have ("a spokesman for the ministry"). */
const MAX_SPEAKER_WORDS = 8;

/** How many words a role set off by commas may have ("the Republican attorney general of Oklahoma"). */
const MAX_ROLE_WORDS = 12;

/** Ranking weights: substance (length) first, then who speaks and how early. */
const QUOTE_WEIGHTS = { length: 2, speakerProminence: 1.5, hasSpeaker: 0.5, position: 0.5 } as const;

/**
 * Most quotes listed, most important first: the popup shows a few and pages through the rest. The most
 * in one article of the shared data is 25 (PolNeAR); a page of thousands of quotes is a transcript or
 * a comment thread, and its first hundred bound what the popup must draw.
 */
export const MAX_QUOTES = 100;

/** Quote length (in words) past which a longer quote is not considered more substantial. */
const SUBSTANTIAL_QUOTE_WORDS = 40;

const SAYING_VERB_PATTERN = [...SAYING_VERBS].join('|');

/** Adverbs and auxiliaries that may stand between a speaker and the saying verb ("Merkel flatly said"). */
const ADVERB = String.raw`(?:(?:also|later|then|once|has|had|would|again|further|\p{Ll}{2,}ly)\s+)*`;

/** Quote marks, which no speaker phrase contains. */
const MARKS = `"“”«»„‚‘「」`;

/** Words after which a speaker phrase that follows its verb ends ("said the ministry in a statement"). */
const PHRASE_STOPS = String.raw`(?:in|on|at|who|whose|which|during|after|before|while|when|as|to|from|with|via|through|about|last|this|recently|earlier|told|adding|referring)`;

/** `"…," said Merkel` / `"…," said the ministry, adding …`: the verb first, then the speaker. */
const VERB_THEN_SPEAKER = new RegExp(
  String.raw`^(?:${SAYING_VERB_PATTERN})\s+(.+?)(?=\s*[,.;:!?—–(]|\s+${PHRASE_STOPS}\b|$)(?:,\s+([^,.;:!?${MARKS}]+?)(?=\s*[,.;:!?]|$))?`,
  'u',
);

/** `"…," Merkel said` / `"…," Scott Pruitt, the state's attorney general, said`: speaker, then verb. */
const SPEAKER_THEN_VERB = new RegExp(
  String.raw`^([^,.;:!?${MARKS}]+?)(?:,\s+([^.;:!?${MARKS}]{1,160}?),)?\s+${ADVERB}(?:${SAYING_VERB_PATTERN})\b`,
  'u',
);

/** `"…" ― Jane Doe`: a dash and the speaker's name after the quote, as in collected reader comments. */
const DASH_THEN_SPEAKER = /^[―—–-]+\s*([\p{Lu}][^,.;:!?"“”«»\n]{1,60}?)\s*(?=$|[,.;\n])/u;

/** A title or initial whose dot does not end a clause ("Mr.", "Sen.", "J.", "Wash."). */
const ABBREVIATION_DOT =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Reps|Del|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Calif|Wash|Mass|Fla|Ariz|Conn|Mich|Minn|Penn|Va|Tenn|Ky|Ill|Mo|Ind|Wis|Ore|Colo|\p{Lu})\.(?=\s*[\p{Lu}\p{Ll},])/gu;

/** Stands in for a hidden abbreviation dot: one character, so offsets do not move. */
const HIDDEN_DOT = '\u2024';

/** `Merkel said: "…"` / `Merkel told reporters on Monday that "…"`: the speaker's clause ends at the quote. */
const SPEAKER_BEFORE_QUOTE = new RegExp(
  String.raw`\s*([^,;:${MARKS}]+?)(?:,\s+([^;:${MARKS}]{1,160}?),)?\s+${ADVERB}(?:${SAYING_VERB_PATTERN})(?:\s+[\p{L}\p{N}’'${HIDDEN_DOT}-]+){0,6}?(?:\s+that)?\s*[,:]?\s*$`,
  'uy',
);

/** `according to Merkel, "…"`. */
const ACCORDING_TO_BEFORE_QUOTE = new RegExp(String.raw`according to\s+([^,;:${MARKS}]+?)\s*,?\s*$`, 'iu');

/** A saying verb anywhere: a quick test that skips the slower speaker patterns on clauses without one. */
const SAYING_VERB_WORD = new RegExp(String.raw`\b(?:${SAYING_VERB_PATTERN})\b`, 'u');

/** A saying verb anywhere in a clause, for the subject of a sentence that works a quote in. */
const SAYING_VERB_IN_CLAUSE = new RegExp(String.raw`\s+${ADVERB}(?:${SAYING_VERB_PATTERN})\b`, 'u');

/** Words that open a clause, not a role, after a speaker and a comma ("the senator, who chairs …"). */
const NOT_A_ROLE =
  /^(?:who|whose|which|where|when|while|adding|saying|noting|referring|according|speaking|in|on|at|during|after|before|and|but|as)\b/iu;

/** Words that cannot be a speaker on their own. */
const NOT_A_SPEAKER = /^(?:i|we|you|it|this|that|there|these|those|who|which|what)$/iu;

/** A phrase opening with a preposition says where or to whom ("to the crowd", "in a talk with Stone"), not who. */
const PREPOSITION_OPENER = /^(?:to|in|on|at|from|with|for|during|after|before|about|into|through)\s/iu;

/** A phrase opening with a participle continues a clause ("going on to say"); it names no speaker. */
const PARTICIPLE_OPENER = /^\p{Ll}+ing\b/u;

/** A name as written, capitalised words only ("Marcia Price"), for a name the people list missed. */
const WRITTEN_NAME = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}$/u;

/** Connectives dropped from the front of a speaker phrase ("and Merkel said"). */
const LEADING_CONNECTIVE =
  /^(?:(?:and|but|as|so|then|while|when|also|meanwhile|which|who|whom|where|that|because|although|though|if|once)\s+)+/iu;

/** A relative pronoun left at the end of a speaker phrase ("the Nevada Republican who wrote it"). */
const TRAILING_RELATIVE = /\s+(?:who|whom|that|which)$/iu;

/** An age standing for a person named just before: "the 26-year-old", "the 81-year-old widow". */
const AGE_DESCRIPTION = /^the\s+\d{1,3}-year-old(?:\s+\p{Ll}[\p{Ll}-]*)?$/u;

/** A direct quote found in the text, with the person it is attributed to when that is a person. */
interface FoundQuote {
  text: string;
  start: number;
  paragraph: number;
  speaker: string | null;
  role: string | null;
  person: number | null;
}

interface Attribution {
  speaker: string | null;
  role: string | null;
  person: number | null;
}

/** What the speaker rules read: the text, its sentences, its people, and where quotes sit. */
interface Context {
  text: string;
  sentences: Sentence[];
  found: PeopleInText;
  pieces: QuotedPiece[];
  /** The mentions outside quotes, in text order: the people a pronoun can stand for. */
  spokenOf: PersonMention[];
  /**
   * For each gender, and each index into `spokenOf`, the index of the latest mention up to it whose
   * person a pronoun of that gender can stand for (-1 when none): a pronoun is resolved in one step.
   */
  latestFitting: Record<'male' | 'female', Int32Array>;
  /** Mentions, in text order, of the people whose role holds a word, by that word: "the senator" is found at once. */
  mentionsByRoleWord: ReadonlyMap<string, PersonMention[]>;
  /** The subject of each sentence's saying verb, by sentence index, read once per sentence. */
  verbSubjects: Map<number, VerbSubject | null>;
}

/** The first saying verb of a sentence, read with its asides blanked, and the speaker of its subject. */
interface VerbSubject {
  /** Where the verb's clause ends in the text: it counts for a quote that starts at or after this. */
  end: number;
  speaker: Attribution | null;
}

/** Finds the article's direct quotes and who said them, most important first, at most MAX_QUOTES. */
export function findQuotes(text: string, sentences: Sentence[], found: PeopleInText): Quote[] {
  const pieces = quotedPieces(text);
  const spokenOf = found.mentions.filter((mention) => !isInsideQuote(pieces, mention));
  const context: Context = {
    text,
    sentences,
    found,
    pieces,
    spokenOf,
    latestFitting: {
      male: latestFitting(found, spokenOf, 'male'),
      female: latestFitting(found, spokenOf, 'female'),
    },
    mentionsByRoleWord: mentionsByRoleWord(found),
    verbSubjects: new Map(),
  };
  const quotes: FoundQuote[] = [];
  let previous: FoundQuote | null = null;
  for (const group of groupQuotes(context)) {
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) continue;
    const introduced = speakerBefore(context, first);
    const speaker =
      speakerBetween(context, group) ??
      speakerAfter(context, last) ??
      introduced ??
      continuedSpeaker(context, first, previous) ??
      sentenceSubject(context, first) ??
      precedingSubject(context, first);
    const quote: FoundQuote = {
      text: cleanQuoteText(joinPieces(group.map((piece) => text.slice(piece.innerStart, piece.innerEnd)))),
      start: first.start,
      paragraph: last.paragraph,
      speaker: speaker?.speaker ?? null,
      role: speaker?.role ?? null,
      person: speaker?.person ?? null,
    };
    previous = quote.speaker === null ? previous : quote;
    if (isStatement(quote, introduced === null && isWorkedIn(context, first))) quotes.push(quote);
  }
  return rankQuotes(quotes, found, text.length);
}

/** True when a mention stands inside a quote; pieces are in text order and never overlap, so one is asked. */
function isInsideQuote(pieces: QuotedPiece[], mention: PersonMention): boolean {
  const piece =
    pieces[lastIndexAtOrBefore(pieces.length, (index) => pieces[index]?.innerStart ?? 0, mention.start)];
  return piece !== undefined && mention.end <= piece.innerEnd;
}

/** The index of the last of `count` items in ascending order whose key is at most `position` (-1 when none). */
function lastIndexAtOrBefore(count: number, keyAt: (index: number) => number, position: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyAt(middle) <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** For each mention in `spokenOf`, the latest one up to it whose person's gender is unknown or `gender`. */
function latestFitting(
  found: PeopleInText,
  spokenOf: PersonMention[],
  gender: 'male' | 'female',
): Int32Array {
  const latest = new Int32Array(spokenOf.length);
  let fitting = -1;
  spokenOf.forEach((mention, index) => {
    const personGender = found.people[mention.person]?.gender ?? null;
    if (personGender === null || personGender === gender) fitting = index;
    latest[index] = fitting;
  });
  return latest;
}

/** Every mention of a person with a role, listed under each word of the role, in text order. */
function mentionsByRoleWord(found: PeopleInText): Map<string, PersonMention[]> {
  const byWord = new Map<string, PersonMention[]>();
  for (const mention of found.mentions) {
    const role = found.people[mention.person]?.role?.toLowerCase() ?? '';
    for (const word of new Set(role.split(/\s+/))) {
      const list = byWord.get(word) ?? [];
      list.push(mention);
      byWord.set(word, list);
    }
  }
  return byWord;
}

/**
 * Joins the pieces of one quote: one that runs on over paragraphs (left open, the next paragraph
 * reopening it) and one interrupted by its attribution (`"…," he said. "…"`), unless the second
 * piece has an attribution of its own, which makes it a quote of its own.
 */
function groupQuotes(context: Context): QuotedPiece[][] {
  const groups: QuotedPiece[][] = [];
  for (const piece of context.pieces) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group !== undefined && previous !== undefined && continuesQuote(context, previous, piece))
      group.push(piece);
    else groups.push([piece]);
  }
  return groups;
}

function continuesQuote(context: Context, previous: QuotedPiece, next: QuotedPiece): boolean {
  if (!previous.closed) return next.opensParagraph && next.paragraph === previous.paragraph + 1;
  if (next.paragraph !== previous.paragraph) return false;
  const gap = withoutAsides(context.text.slice(previous.end, next.start));
  const interruption = /^\s*[,.!?…—–-]*\s*([^\n]{1,200}?)\s*[,.;—–-]\s*$/u.exec(gap)?.[1] ?? '';
  const stops = [...interruption.matchAll(/[.!?](?=\s+\S)/gu)];
  const [stop] = stops;
  if (stops.length > 1) return false;
  if (
    stop !== undefined &&
    !continuesAfterAside(context, previous, gap, gap.indexOf(interruption) + stop.index)
  )
    return false;
  const attribution = attributionIn(interruption);
  if (attribution === null || attribution.phrase.trim().split(/\s+/).length > MAX_SPEAKER_WORDS) return false;
  return !next.closed || attributionClauseAfter(context, next) === null;
}

/**
 * A quote broken off at a comma, attributed, then resumed after one sentence of narrative that names
 * no one (`"…," Obama said. He did not say more. "…"`), is still the same quote.
 */
function continuesAfterAside(context: Context, previous: QuotedPiece, gap: string, stop: number): boolean {
  const brokeOff =
    /,\s*$/u.test(context.text.slice(previous.innerStart, previous.innerEnd)) || /^\s*,/u.test(gap);
  if (!brokeOff || !/[.!?]\s*$/u.test(gap)) return false;
  const asideStart = previous.end + stop + 1;
  const asideEnd = previous.end + gap.length;
  const named = context.found.mentions[firstMentionFrom(context.found.mentions, asideStart)];
  return named === undefined || named.start >= asideEnd;
}

/**
 * The speaker phrase (and role) in a clause that follows a quote, with offsets into the clause. A quote
 * that ends mid-sentence is read on to the attribution after the sentence's next comma ("'…' of the plan,
 * Smith said"), within the clause's first sentence.
 */
function attributionIn(clause: string): { phrase: string; at: number; role: string | null } | null {
  const direct = attributionAt(clause);
  if (direct !== null || !SAYING_VERB_WORD.test(clause)) return direct;
  const sentenceEnd = /[.!?](?=\s|$)/u.exec(clause)?.index ?? clause.length;
  for (const comma of clause.slice(0, sentenceEnd).matchAll(/,\s*/gu)) {
    const from = comma.index + comma[0].length;
    const later = attributionAt(clause.slice(from, sentenceEnd));
    if (later !== null) return { ...later, at: from + later.at };
  }
  return null;
}

/** The speaker phrase (and role) that opens a clause. */
function attributionAt(clause: string): { phrase: string; at: number; role: string | null } | null {
  const dashed = DASH_THEN_SPEAKER.exec(clause);
  if (dashed?.[1] !== undefined) return { phrase: dashed[1], at: clause.indexOf(dashed[1]), role: null };
  const verbFirst = VERB_THEN_SPEAKER.exec(clause);
  if (verbFirst?.[1] !== undefined) {
    const at = verbFirst[0].indexOf(verbFirst[1]);
    return { phrase: verbFirst[1], at, role: roleIn(verbFirst[2]) };
  }
  const speakerFirst = SPEAKER_THEN_VERB.exec(clause);
  if (speakerFirst?.[1] !== undefined)
    return { phrase: speakerFirst[1], at: 0, role: roleIn(speakerFirst[2]) };
  return null;
}

/** A phrase set off by commas read as a role, unless it opens a clause ("who chairs …"). */
function roleIn(appositive: string | undefined): string | null {
  const role = appositive?.trim().replace(/\s+/gu, ' ').replace(new RegExp(HIDDEN_DOT, 'gu'), '.') ?? '';
  if (role === '' || NOT_A_ROLE.test(role) || role.split(/\s+/).length > MAX_ROLE_WORDS) return null;
  return role;
}

/** The clause right after a closed piece, up to the next quote or the paragraph's end, with its start. */
function attributionClauseAfter(
  context: Context,
  piece: QuotedPiece,
): { clause: string; start: number } | null {
  if (!piece.closed) return null;
  const { text, pieces } = context;
  const reach = Math.min(piece.end + ATTRIBUTION_AFTER_CHARS, text.length);
  const lineEnd = text.slice(piece.end, reach).indexOf('\n');
  let end = lineEnd < 0 ? reach : piece.end + lineEnd;
  const nextPiece =
    pieces[lastIndexAtOrBefore(pieces.length, (index) => pieces[index]?.start ?? 0, piece.end - 1) + 1];
  if (nextPiece !== undefined) end = Math.min(end, nextPiece.start);
  const window = withoutAsides(text.slice(piece.end, end));
  const lead = /^\s*[,.!?…—–-]*\s*/u.exec(window)?.[0] ?? '';
  // A clause running on into the next quote in one sentence introduces that quote (`"…." Smith said
  // that "…"`), unless the quote before it broke off at a comma and so waits for its attribution.
  const brokeOff = /,\s*$/u.test(text.slice(piece.innerStart, piece.innerEnd)) || lead.includes(',');
  const runsOn = !/[.!?](?=\s)/u.test(window.slice(lead.length)) && !/[,.;!?—–-]\s*$/u.test(window);
  if (end === nextPiece?.start && runsOn && !brokeOff) return null;
  const dashLead = /^\s*/u.exec(window)?.[0] ?? '';
  const clause = DASH_THEN_SPEAKER.test(window.slice(dashLead.length))
    ? window.slice(dashLead.length)
    : window.slice(lead.length);
  const start = piece.end + window.length - clause.length;
  return attributionIn(clause) === null ? null : { clause, start };
}

/** The speaker named right after a quote: `"…," Merkel said` or `"…," said the ministry`. */
function speakerAfter(context: Context, piece: QuotedPiece): Attribution | null {
  const after = attributionClauseAfter(context, piece);
  if (after === null) return null;
  const attribution = attributionIn(after.clause);
  if (attribution === null) return null;
  const start = after.start + attribution.at;
  return resolveSpeaker(context, start, start + attribution.phrase.length, piece.start, attribution.role);
}

/** The speaker named in the attribution that interrupts a quote. */
function speakerBetween(context: Context, group: QuotedPiece[]): Attribution | null {
  for (const piece of group.slice(0, -1)) {
    const speaker = speakerAfter(context, piece);
    if (speaker !== null) return speaker;
  }
  return null;
}

/** The speaker introducing a quote: `Merkel said: "…"`, `Merkel said that "…"`, `according to Merkel, "…"`. */
function speakerBefore(context: Context, piece: QuotedPiece): Attribution | null {
  const { text, sentences } = context;
  const sentence = sentenceAt(sentences, piece.start);
  const previous = sentence === undefined ? undefined : sentences[sentence.index - 1];
  const opensSentence = sentence === undefined || isBlank(text, sentence.start, piece.start);
  // A sentence ending in a colon introduces the quote after it, also one opening the next paragraph.
  const introduces =
    previous !== undefined &&
    previous.text.trimEnd().endsWith(':') &&
    (previous.paragraph === sentence?.paragraph ||
      (piece.opensParagraph && isBlank(text, previous.end, piece.start)));
  const clauseStart = opensSentence
    ? introduces
      ? previous.start
      : piece.start
    : (sentence?.start ?? piece.start);
  const reachStart = Math.max(0, piece.start - ATTRIBUTION_BEFORE_CHARS);
  const lineStart = introduces
    ? previous.start
    : reachStart + text.slice(reachStart, piece.start).lastIndexOf('\n') + 1;
  const readFrom = Math.max(clauseStart, lineStart, reachStart);
  const clause = withoutAsides(text.slice(readFrom, piece.start));
  const according = ACCORDING_TO_BEFORE_QUOTE.exec(clause);
  if (according?.[1] !== undefined) {
    const phraseStart = readFrom + according.index + according[0].indexOf(according[1]);
    return resolveSpeaker(context, phraseStart, phraseStart + according[1].length, piece.start, null);
  }
  return (
    introducingSpeaker(context, clause, readFrom, piece.start) ?? colonSpeaker(context, clause, readFrom)
  );
}

/** A clause ending in a colon, with or without a saying verb: `Pritchard put it this way: "…"`, `Her answer: "…"`. */
const ENDS_IN_COLON = /:\s*$/u;

/** A possessive or subject pronoun opening a clause: "Her answer:", "He put it plainly:". */
const OPENING_PRONOUN = /^\s*(he|she|his|her)\b/iu;

/**
 * The speaker of a quote introduced by a colon without a saying verb: the first person the clause
 * names, else the person its opening pronoun stands for.
 */
function colonSpeaker(context: Context, clause: string, clauseStart: number): Attribution | null {
  if (!ENDS_IN_COLON.test(clause)) return null;
  const { found } = context;
  const named = found.mentions[firstMentionFrom(found.mentions, clauseStart)];
  if (named !== undefined && named.end <= clauseStart + clause.length)
    return attributionOf(named.person, found, null);
  const pronoun = OPENING_PRONOUN.exec(clause)?.[1]?.toLowerCase();
  const gender = pronoun === 'he' || pronoun === 'his' ? 'male' : pronoun === undefined ? null : 'female';
  const person = gender === null ? null : recentPerson(context, clauseStart, gender);
  return person === null ? null : attributionOf(person, found, null);
}

/**
 * The speaker of `Merkel, the chancellor, said: "…"`. The clause is tried from each of its commas in
 * turn: the first reading whose speaker is a person wins, else the last reading, as written.
 */
function introducingSpeaker(
  context: Context,
  clause: string,
  clauseStart: number,
  quoteStart: number,
): Attribution | null {
  const starts = [0, ...[...clause.matchAll(/[,;:]/gu)].map((separator) => separator.index + 1)];
  let fallback: Attribution | null = null;
  for (const start of starts) {
    SPEAKER_BEFORE_QUOTE.lastIndex = start;
    const match = SPEAKER_BEFORE_QUOTE.exec(clause);
    const phrase = match?.[1];
    if (match === null || phrase === undefined) continue;
    const phraseStart = clauseStart + match.index + match[0].indexOf(phrase);
    const speaker = resolveSpeaker(
      context,
      phraseStart,
      phraseStart + phrase.length,
      quoteStart,
      roleIn(match[2]),
    );
    if (speaker?.person !== null && speaker?.person !== undefined) return speaker;
    fallback = speaker ?? fallback;
  }
  return fallback;
}

/** True when nothing but space stands between two positions; reads only up to the first other character. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let position = from; position < to; position += 1) {
    if (!/\s/u.test(text.charAt(position))) return false;
  }
  return true;
}

/**
 * Prepares a clause for the speaker patterns, keeping every offset in place: short asides in brackets
 * and nicknames are blanked ("Sen. Jane "J.D." Doe (D-Mo.) said") and the dots of titles and initials hidden ("Mr. Obama").
 */
function withoutAsides(clause: string): string {
  // Each pattern runs only on a clause holding the mark it needs: most clauses hold none of them.
  let prepared = clause;
  if (prepared.includes('('))
    prepared = prepared.replace(/\([^()]{1,30}\)/gu, (aside) => ' '.repeat(aside.length));
  if (/["“]/u.test(prepared))
    prepared = prepared.replace(NICKNAME_IN_NAME, (nickname) => ' '.repeat(nickname.length));
  if (prepared.includes('.'))
    prepared = prepared.replace(ABBREVIATION_DOT, (abbreviation) => abbreviation.replace('.', HIDDEN_DOT));
  return prepared;
}

/**
 * A quote with no attribution of its own keeps the speaker of the quote just before it: in the same
 * paragraph, or in the paragraph before when it opens its paragraph (a speech quoted paragraph by paragraph).
 */
function continuedSpeaker(
  context: Context,
  piece: QuotedPiece,
  previous: FoundQuote | null,
): Attribution | null {
  if (previous === null) return null;
  const sameParagraph = previous.paragraph === piece.paragraph;
  const nextParagraph = previous.paragraph === piece.paragraph - 1 && piece.opensParagraph;
  if (!sameParagraph && !nextParagraph) return null;
  if (nextParagraph && sentenceSubject(context, piece) !== null) return null;
  return { speaker: previous.speaker, role: previous.role, person: previous.person };
}

/** For a quote worked into a sentence (`Trump told them to "go vote"`), the sentence's subject. */
function sentenceSubject(context: Context, piece: QuotedPiece): Attribution | null {
  const sentence = sentenceAt(context.sentences, piece.start);
  if (sentence === undefined || sentence.start === piece.start) return null;
  return subjectBefore(context, sentence, piece.start);
}

/**
 * For a quote opening a sentence with no attribution of its own, the subject of the sentence before
 * it in the same paragraph (`Schiff said the White House may wait. "The other factor is …"`).
 */
function precedingSubject(context: Context, piece: QuotedPiece): Attribution | null {
  const { text, sentences } = context;
  const sentence = sentenceAt(sentences, piece.start);
  if (sentence === undefined || text.slice(sentence.start, piece.start).trim() !== '') return null;
  const previous = sentences[sentence.index - 1];
  if (previous === undefined || previous.paragraph !== sentence.paragraph) return null;
  return subjectBefore(context, previous, previous.end);
}

/**
 * The subject of a sentence up to a position: the subject of its saying verb, else the first person
 * it names, else the person its opening he or she stands for.
 */
function subjectBefore(context: Context, sentence: Sentence, end: number): Attribution | null {
  const { found } = context;
  const verb = verbSubject(context, sentence);
  if (verb !== null && verb.end <= end && verb.speaker !== null) return verb.speaker;
  const named = found.mentions[firstMentionFrom(found.mentions, sentence.start)];
  if (named !== undefined && named.end <= end) return attributionOf(named.person, found, null);
  const opener = /^(\p{L}+)(?:[’']s)?\s/u.exec(sentence.text)?.[1]?.toLowerCase() ?? '';
  const pronoun = SPEAKER_PRONOUNS.get(opener);
  if (pronoun === undefined || pronoun === 'any') return null;
  const person = recentPerson(context, sentence.start, pronoun);
  return person === null ? null : attributionOf(person, found, null);
}

/**
 * The first saying verb of a sentence and the speaker of its subject, read once per sentence: each quote
 * in a sentence asks for it, so reading it again up to each quote would cost the sentence's length per
 * quote. The sentence is read whole, its asides blanked, and the verb counts for the quotes after it.
 */
function verbSubject(context: Context, sentence: Sentence): VerbSubject | null {
  const known = context.verbSubjects.get(sentence.index);
  if (known !== undefined) return known;
  const cleaned = withoutAsides(sentence.text);
  const verb = SAYING_VERB_WORD.test(cleaned) ? SAYING_VERB_IN_CLAUSE.exec(cleaned) : null;
  let subject: VerbSubject | null = null;
  if (verb !== null) {
    const subjectStart = sentence.start + clauseStartBefore(cleaned, verb.index);
    const verbStart = sentence.start + verb.index;
    subject = {
      end: verbStart + verb[0].length,
      // The subject stands before the verb, so the quote's own place does not change whom a pronoun fits.
      speaker: resolveSpeaker(context, subjectStart, verbStart, verbStart, null),
    };
  }
  context.verbSubjects.set(sentence.index, subject);
  return subject;
}

/** Where the clause holding `end` starts: after the last comma, semicolon or colon before it. */
function clauseStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && !/[,;:]/u.test(text.charAt(start - 1))) start -= 1;
  return start;
}

/** The sentence holding a position, found by halving (sentences are in text order). */
function sentenceAt(sentences: Sentence[], position: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  const sentence = sentences[low];
  return sentence !== undefined && sentence.start <= position ? sentence : undefined;
}

/** The index of the first mention starting at or after a position, found by halving. */
function firstMentionFrom(mentions: PersonMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Turns a speaker phrase into a speaker: the person it names or stands for, else the phrase as written. */
function resolveSpeaker(
  context: Context,
  phraseStart: number,
  phraseEnd: number,
  quoteStart: number,
  role: string | null,
): Attribution | null {
  const { text, found } = context;
  const phrase = text.slice(phraseStart, phraseEnd);
  const trimmed = phrase.trim().replace(LEADING_CONNECTIVE, '').replace(TRAILING_RELATIVE, '');
  const start = phraseStart + phrase.indexOf(trimmed);
  const end = start + trimmed.length;
  if (PREPOSITION_OPENER.test(trimmed)) return null;
  const namedAt = firstMentionFrom(found.mentions, start);
  const named = found.mentions[namedAt];
  // "Scott's niece" is someone close to Scott, not Scott: the name set off after it, else as written.
  const possessive = named !== undefined && /^[’']s\s+\p{L}/u.test(text.slice(named.end, end));
  if (named !== undefined && named.end <= end && !possessive) return attributionOf(named.person, found, role);
  const appositive = found.mentions[namedAt + 1];
  if (possessive && appositive !== undefined && /^\s*,\s*$/u.test(text.slice(end, appositive.start)))
    return attributionOf(appositive.person, found, trimmed);
  if (possessive && role !== null && WRITTEN_NAME.test(role))
    return { speaker: role, role: trimmed, person: null };
  // "said his editor there, Claire Beaumont-Hill": the description's name, set off after it.
  const setOff = named === undefined || named.end > end ? undefined : named;
  if (setOff === undefined && role !== null && /^\p{Ll}/u.test(trimmed)) {
    const appositiveName = found.mentions[namedAt];
    const roleAt = text.indexOf(role, end);
    if (
      appositiveName !== undefined &&
      roleAt >= 0 &&
      appositiveName.start >= roleAt &&
      appositiveName.end <= roleAt + role.length
    )
      return attributionOf(appositiveName.person, found, trimmed);
  }
  if (AGE_DESCRIPTION.test(trimmed)) {
    const person = recentPerson(context, Math.min(quoteStart, start), 'any');
    return person === null ? null : attributionOf(person, found, role);
  }
  const pronoun = SPEAKER_PRONOUNS.get(trimmed.toLowerCase());
  if (pronoun !== undefined) {
    const person = pronoun === 'any' ? null : recentPerson(context, Math.min(quoteStart, start), pronoun);
    return person === null ? null : attributionOf(person, found, role);
  }
  const words = trimmed.split(/\s+/);
  const notASpeaker = [NOT_A_SPEAKER, PARTICIPLE_OPENER].some((rule) => rule.test(trimmed));
  if (words.length > MAX_SPEAKER_WORDS || notASpeaker) return null;
  if (!/\p{L}{2}/u.test(trimmed) || /^\p{Lu}\p{L}{0,3}\.?$/u.test(trimmed)) return null;
  const described = describedPerson(context, trimmed, start);
  if (described !== null) return attributionOf(described, found, role);
  return { speaker: trimmed, role, person: null };
}

/** A person the article referred to by role ("the senator"): the latest one named whose role ends so. */
function describedPerson(context: Context, phrase: string, position: number): number | null {
  const description = /^the\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)$/u.exec(phrase)?.[1];
  if (description === undefined) return null;
  const head = description.split(/\s+/).pop() ?? '';
  const mentions = context.mentionsByRoleWord.get(head) ?? [];
  const latest =
    mentions[lastIndexAtOrBefore(mentions.length, (index) => mentions[index]?.start ?? 0, position - 1)];
  return latest?.person ?? null;
}

function attributionOf(index: number, found: PeopleInText, role: string | null): Attribution | null {
  const person = found.people[index];
  return person === undefined ? null : { speaker: person.name, role: person.role ?? role, person: index };
}

/** The person most recently named before `position`, outside quotes, whose gender fits the pronoun. */
function recentPerson(context: Context, position: number, gender: 'male' | 'female' | 'any'): number | null {
  const { spokenOf, latestFitting: fitting } = context;
  const before = firstMentionFrom(spokenOf, position) - 1;
  if (gender === 'any') return spokenOf[before]?.person ?? null;
  const fits = fitting[gender][before] ?? -1;
  return spokenOf[fits]?.person ?? null;
}

/** A quote worked into a sentence ("she called the deal “a historic mistake”"), not standing as one. */
function isWorkedIn(context: Context, piece: QuotedPiece): boolean {
  if (piece.opensParagraph) return false;
  const { text } = context;
  const sentenceStart = sentenceAt(context.sentences, piece.start)?.start ?? piece.start;
  // Read back from the quote over space: the sentence's start, a colon or a comma introduce it.
  let before = piece.start;
  while (before > sentenceStart && /\s/u.test(text.charAt(before - 1))) before -= 1;
  const introduced = before === sentenceStart || /[:,]/u.test(text.charAt(before - 1));
  return !introduced || /^\s*\p{Ll}/u.test(text.slice(piece.innerStart, piece.innerEnd));
}

/**
 * Joins the pieces of an interrupted quote: a comma the attribution forced becomes a full stop before a
 * capital, and an ellipsis marks words left out between pieces that break off mid-sentence.
 */
function joinPieces(pieces: string[]): string {
  // Built part by part, reading only the end of the last part: a quote of thousands of pieces stays linear.
  const parts: string[] = [];
  for (const piece of pieces.map((text) => text.trim())) {
    const last = parts.length - 1;
    const joined = parts[last];
    if (joined === undefined) {
      if (piece !== '') parts.push(piece);
    } else if (/\p{L}$/u.test(joined.slice(-2))) {
      parts.push(` … ${piece}`);
    } else {
      if (/^\p{Lu}/u.test(piece)) parts[last] = joined.replace(/,$/, '.');
      parts.push(` ${piece}`);
    }
  }
  return parts.join('');
}

function cleanQuoteText(quote: string): string {
  return quote.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
}

/**
 * A quote is a statement when it says something: a whole quoted sentence with its speaker given, a
 * longer one without, or a quote worked into a sentence that is long enough to be more than a phrase;
 * never a title of a work written in capitals.
 */
function isStatement(quote: FoundQuote, workedIn: boolean): boolean {
  const words = quote.text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const unspacedCharacters = quote.text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const wordCount =
    words.length - (unspacedCharacters > 0 ? 1 : 0) + unspacedCharacters / CJK_CHARACTERS_PER_WORD;
  const wholeSentence = quote.speaker !== null && /^\p{Lu}/u.test(quote.text);
  const clause = FINITE_VERB.test(quote.text);
  const fewest = workedIn
    ? clause
      ? MIN_PARTIAL_CLAUSE_WORDS
      : MIN_PARTIAL_WORDS
    : wholeSentence
      ? MIN_STATEMENT_WORDS
      : MIN_UNATTRIBUTED_WORDS;
  if (wordCount < fewest) return false;
  const contentWords = words.filter((word) => !TITLE_FUNCTION_WORDS.has(word.toLowerCase()));
  const capitalised = contentWords.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / Math.max(1, contentWords.length) < TITLE_CASE_SHARE;
}

function rankQuotes(quotes: FoundQuote[], found: PeopleInText, textLength: number): Quote[] {
  // A loop, not Math.max(...people): spreading tens of thousands of arguments overflows the stack.
  let mostMentions = 1;
  for (const person of found.people) mostMentions = Math.max(mostMentions, person.mentions);
  const score = (quote: FoundQuote): number => {
    const words = quote.text.split(/\s+/).length;
    const mentions = quote.person === null ? 0 : (found.people[quote.person]?.mentions ?? 0);
    return (
      QUOTE_WEIGHTS.length * Math.min(1, words / SUBSTANTIAL_QUOTE_WORDS) +
      QUOTE_WEIGHTS.speakerProminence * (mentions / mostMentions) +
      (quote.speaker === null ? 0 : QUOTE_WEIGHTS.hasSpeaker) +
      QUOTE_WEIGHTS.position * (1 - quote.start / Math.max(1, textLength))
    );
  };
  return quotes
    .map((quote) => ({ quote, score: score(quote) }))
    .sort((a, b) => b.score - a.score || a.quote.start - b.quote.start)
    .slice(0, MAX_QUOTES)
    .map(({ quote: { text, speaker, role } }) => ({ text, speaker, role }));
}
