import { NICKNAME_IN_NAME, type QuotedPiece } from '../quote-marks';
import { genderOfPronoun, SAYING_VERBS } from '../lexicon';
import {
  ABBREVIATION_DOT,
  ACCORDING_TO_BEFORE_QUOTE,
  ATTRIBUTION_AFTER_CHARS,
  ATTRIBUTION_BEFORE_CHARS,
  DASH_THEN_SPEAKER,
  HIDDEN_DOT,
  MAX_ROLE_WORDS,
  NOT_A_ROLE,
  SAYING_VERB_WORD,
  SPEAKER_BEFORE_QUOTE,
  SPEAKER_THEN_VERB,
  VERB_THEN_SPEAKER,
} from './patterns';
import { type Attribution, type Context, firstMentionFrom, lastIndexAtOrBefore, sentenceAt } from './context';
import { attributionOf, recentPerson, resolveSpeaker } from './speakers';

/**
 * The speaker phrase (and role) in a clause that follows a quote, with offsets into the clause. A quote
 * that ends mid-sentence is read on to the attribution after the sentence's next comma ("'…' of the plan,
 * Smith said"), within the clause's first sentence.
 */
export function attributionIn(clause: string): { phrase: string; at: number; role: string | null } | null {
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
    return { phrase: speakerFirst[1], at: 0, role: roleIn(speakerFirst[2] ?? speakerFirst[3]) };
  return null;
}

/** A phrase set off by commas read as a role, unless it opens a clause ("who chairs …"). */
function roleIn(appositive: string | undefined): string | null {
  const role = appositive?.trim().replace(/\s+/gu, ' ').replace(new RegExp(HIDDEN_DOT, 'gu'), '.') ?? '';
  if (role === '' || NOT_A_ROLE.test(role) || role.split(/\s+/).length > MAX_ROLE_WORDS) return null;
  return role;
}

/** The clause right after a closed piece, up to the next quote or the paragraph's end, with its start. */
export function attributionClauseAfter(context: Context, piece: QuotedPiece): AttributionAfter | null {
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
  // `she saw the shoe "fly out of her hand" as her friend argued`: a quote run into its sentence with
  // no comma or stop is followed by a clause of its own; an attribution comes only after its comma
  // (`"… the extremists" while they were in power, Azzouz said`).
  const inner = text.slice(piece.innerStart, piece.innerEnd);
  const setOff = /[,.!?…—–-]\s*$/u.test(inner) || /[,.!?…—–-]/u.test(lead);
  const dashLead = /^\s*/u.exec(window)?.[0] ?? '';
  let clause = DASH_THEN_SPEAKER.test(window.slice(dashLead.length))
    ? window.slice(dashLead.length)
    : window.slice(lead.length);
  if (!setOff && SUBORDINATE_OPENING.test(clause)) {
    const comma = /^[^,.;!?]*,\s*/u.exec(clause)?.[0];
    if (comma === undefined) return null;
    clause = clause.slice(comma.length);
  }
  const start = piece.end + window.length - clause.length;
  const attribution = attributionIn(clause);
  return attribution === null ? null : { start, attribution };
}

/** The attribution after a quote: where its clause starts in the text, and the speaker phrase read in it. */
export interface AttributionAfter {
  start: number;
  attribution: { phrase: string; at: number; role: string | null };
}

/** Words opening a clause of time, cause or manner: after a quote run into its sentence, no attribution. */
const SUBORDINATE_OPENING =
  /^(?:as|while|when|because|after|before|since|until|if|though|although|whereas|once)\s/iu;

/**
 * The speaker named right after a quote: `"…," Merkel said` or `"…," said the ministry`; `after` is
 * the attribution read after it, when the caller has read it already.
 */
export function speakerAfter(
  context: Context,
  piece: QuotedPiece,
  after: AttributionAfter | null = attributionClauseAfter(context, piece),
): Attribution | null {
  if (after === null) return null;
  const { attribution } = after;
  const start = after.start + attribution.at;
  return resolveSpeaker(context, start, start + attribution.phrase.length, piece.start, attribution.role);
}

/** The speaker named in the attribution that interrupts a quote. */
export function speakerBetween(context: Context, group: QuotedPiece[]): Attribution | null {
  for (const piece of group.slice(0, -1)) {
    const speaker = speakerAfter(context, piece);
    if (speaker !== null) return speaker;
  }
  return null;
}

/** The speaker introducing a quote: `Merkel said: "…"`, `Merkel said that "…"`, `according to Merkel, "…"`. */
export function speakerBefore(context: Context, piece: QuotedPiece): Attribution | null {
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

/**
 * The speaker of a quote introduced by a colon without a saying verb: the first person the clause
 * names, else the person its opening pronoun stands for, the clause read whole and then from its last
 * comma ("Asked what she would tell a patient, she didn't hesitate:").
 */
function colonSpeaker(context: Context, clause: string, clauseStart: number): Attribution | null {
  if (!ENDS_IN_COLON.test(clause)) return null;
  const { found } = context;
  const named = found.mentions[firstMentionFrom(found.mentions, clauseStart)];
  if (named !== undefined && named.end <= clauseStart + clause.length) {
    // "Okonjo-Baird's office said:": someone of hers speaks, not she.
    const possessive = /^['’]s\b/u.test(context.text.slice(named.end, named.end + 2));
    return possessive ? null : attributionOf(named.person, found, null);
  }
  const lastClause = clause.slice(clause.trimEnd().lastIndexOf(',') + 1);
  const gender = openingPronoun(clause) ?? openingPronoun(lastClause) ?? pronounSaying(clause);
  const person = gender === null ? null : recentPerson(context, clauseStart, gender);
  return person === null ? null : attributionOf(person, found, null);
}

/**
 * The gender of the person a clause's opening pronoun stands for: "He put it plainly:", "she didn't
 * hesitate:", or a possessive before what a person says ("Her pitch was simple:", "His answer:"). Other
 * nouns after a possessive belong to someone else who may speak ("Her office's statement", "His lawyer").
 */
function openingPronoun(clause: string): 'male' | 'female' | null {
  const opening = /^\s*(\p{L}+)\s+(\p{L}+)\b(?![’'])/u.exec(clause) ?? /^\s*(\p{L}+)\b/u.exec(clause);
  const first = opening?.[1]?.toLowerCase() ?? '';
  if (first !== 'he' && first !== 'she' && first !== 'his' && first !== 'her') return null;
  const possessive = first === 'his' || first === 'her';
  return possessive && !SAID_THINGS.has(opening?.[2]?.toLowerCase() ?? '') ? null : genderOfPronoun(first);
}

/** The gender of a "he" or "she" right before a verb of saying anywhere in a clause ("on Monday he posted a picture with the caption:"). */
function pronounSaying(clause: string): 'male' | 'female' | null {
  return genderOfPronoun(PRONOUN_SAYING.exec(clause)?.[1] ?? '');
}

const PRONOUN_SAYING = new RegExp(
  String.raw`\b(he|she)\s+(?:\p{Ll}+ly\s+)?(?:${[...SAYING_VERBS].join('|')})\b`,
  'iu',
);

/** What a person says, named after the possessive that makes it theirs ("Her pitch", "His answer"). */
const SAID_THINGS: ReadonlySet<string> = new Set(
  'pitch answer reply response message advice verdict view explanation reasoning words argument point conclusion theory motto mantra philosophy assessment summary plea request warning promise complaint reaction instructions suggestion prediction diagnosis take thoughts logic retort'.split(
    ' ',
  ),
);

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
export function withoutAsides(clause: string): string {
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
