import type { Quote } from './types';
import type { Sentence } from './sentences';
import type { PeopleInText } from './people';
import { SAYING_VERBS, SPEAKER_PRONOUNS } from './lexicon';

/** Fewest words a quote needs to be a key quote: shorter ones are scare quotes or titles ("massive"). */
const MIN_QUOTE_WORDS = 5;

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
const ATTRIBUTION_AFTER_CHARS = 120;

/** How far before a quote the clause introducing it is read (Merkel told reporters on Monday that "…"). */
const ATTRIBUTION_BEFORE_CHARS = 150;

/** How many words a speaker written as a phrase may have ("a spokesman for the ministry"). */
const MAX_SPEAKER_WORDS = 8;

/** Opening quote marks and the marks that may close each (German „…“ closes with a raised comma's pair). */
const CLOSING_MARKS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '«': '»',
  '„': '“”',
};

/** Ranking weights: substance (length) first, then who speaks and how early. */
const QUOTE_WEIGHTS = { length: 2, speakerProminence: 1.5, hasSpeaker: 0.5, position: 0.5 } as const;

/** Quote length (in words) past which a longer quote is not considered more substantial. */
const SUBSTANTIAL_QUOTE_WORDS = 40;

const SAYING_VERB_PATTERN = [...SAYING_VERBS].join('|');

/** `"…," said Merkel` / `"…," said the ministry`: the verb first, then the speaker. */
const VERB_THEN_SPEAKER = new RegExp(
  `^(?:${SAYING_VERB_PATTERN})\\s+(.+?)(?=\\s*[,.;:!?]|\\s+(?:in|on|at|who|during|after|before|while|when|as|to|of|from|with)\\b|$)`,
  'u',
);

/** `"…," Merkel said` / `"…," the ministry said`: the speaker first, then the verb. */
const SPEAKER_THEN_VERB = new RegExp(
  `^([^,.;:!?"“”«»]+?)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+|would\\s+|once\\s+)?(?:${SAYING_VERB_PATTERN})\\b`,
  'u',
);

/** `"…" ― Jane Doe`: a dash and the speaker's name after the quote, as in collected reader comments. */
const DASH_THEN_SPEAKER = /^[―—–-]+\s*([\p{Lu}][^,.;:!?"“”«»\n]{1,60}?)\s*(?=$|[,.;\n])/u;

/** A title or initial whose dot does not end a clause ("Mr.", "Sen.", "J."). */
const ABBREVIATION_DOT =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|\p{Lu})\.(?=\s*[\p{Lu}\p{Ll}])/gu;

/** Stands in for a hidden abbreviation dot: one character, so offsets do not move. */
const HIDDEN_DOT = '\u2024';

/** `Merkel said: "…"` / `Merkel told reporters that "…"`: the speaker's clause ends just before the quote. */
const SPEAKER_BEFORE_QUOTE = new RegExp(
  `([^,;:"“”«»]+?)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${SAYING_VERB_PATTERN})(?:\\s+[\\p{L}]+){0,3}?(?:\\s+that)?\\s*[,:]?\\s*$`,
  'u',
);

/** `according to Merkel, "…"`. */
const ACCORDING_TO_BEFORE_QUOTE = /according to\s+([^,;:"“”«»]+?)\s*,?\s*$/iu;

/** A direct quote found in the text, with the person it is attributed to when that is a person. */
interface FoundQuote {
  text: string;
  start: number;
  speaker: string | null;
  role: string | null;
  person: number | null;
}

/** A stretch of text between quote marks; `closed` is false when it runs on to the paragraph's end. */
interface QuotedPiece {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

/** Finds the article's direct quotes and who said them, most important first. */
export function findQuotes(text: string, sentences: Sentence[], found: PeopleInText): Quote[] {
  const quotes: FoundQuote[] = [];
  let previousSpeaker: FoundQuote | null = null;
  for (const group of groupInterruptedQuotes(text, quotedPieces(text, sentences))) {
    const quoteText = joinPieces(group.map((piece) => text.slice(piece.innerStart, piece.innerEnd).trim()));
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) continue;
    const speaker =
      speakerBetween(text, group, found) ??
      speakerAfter(text, last, sentences, found, first.start) ??
      speakerBefore(text, first, sentences, found) ??
      continuedSpeaker(text, first, sentences, previousSpeaker) ??
      sentenceSubject(first, sentences, found);
    const quote: FoundQuote = {
      text: cleanQuoteText(quoteText),
      start: first.start,
      speaker: speaker?.speaker ?? null,
      role: speaker?.role ?? null,
      person: speaker?.person ?? null,
    };
    previousSpeaker = quote.speaker === null ? previousSpeaker : quote;
    if (isKeyQuote(quote.text)) quotes.push(quote);
  }
  return rankQuotes(quotes, found, text.length);
}

/** Every quoted stretch, paragraph by paragraph. */
function quotedPieces(text: string, sentences: Sentence[]): QuotedPiece[] {
  const pieces: QuotedPiece[] = [];
  for (const paragraph of paragraphSpans(sentences)) {
    let position = paragraph.start;
    while (position < paragraph.end) {
      const opening = text.charAt(position);
      const closers = CLOSING_MARKS[opening];
      if (closers === undefined || !opensQuote(text, position)) {
        position += 1;
        continue;
      }
      let close = position + 1;
      while (close < paragraph.end && !closers.includes(text.charAt(close))) close += 1;
      const closed = close < paragraph.end;
      pieces.push({
        start: position,
        end: closed ? close + 1 : paragraph.end,
        innerStart: position + 1,
        innerEnd: closed ? close : paragraph.end,
        closed,
      });
      position = closed ? close + 1 : paragraph.end;
    }
  }
  return pieces;
}

/** A straight quote mark opens a quote only where a word can start (not in 5'11" or after a letter). */
function opensQuote(text: string, position: number): boolean {
  if (text.charAt(position) !== '"') return true;
  const before = text.charAt(position - 1);
  return before === '' || /[\s([{—–-]/u.test(before);
}

function paragraphSpans(sentences: Sentence[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number; paragraph: number }> = [];
  for (const sentence of sentences) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last.paragraph === sentence.paragraph) last.end = sentence.end;
    else spans.push({ start: sentence.start, end: sentence.end, paragraph: sentence.paragraph });
  }
  return spans;
}

/**
 * Joins the pieces of one quote: `"…," he said. "…"` (interrupted by its attribution) and a quote that
 * runs on over paragraphs (left open, the next paragraph reopening it).
 */
function groupInterruptedQuotes(text: string, pieces: QuotedPiece[]): QuotedPiece[][] {
  const groups: QuotedPiece[][] = [];
  for (const piece of pieces) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group !== undefined && previous !== undefined && continuesQuote(text, previous, piece))
      group.push(piece);
    else groups.push([piece]);
  }
  return groups;
}

function continuesQuote(text: string, previous: QuotedPiece, next: QuotedPiece): boolean {
  const gap = withoutAsides(text.slice(previous.end, next.start));
  if (!previous.closed) return /^\s*$/.test(gap);
  if (gap.includes('\n')) return false;
  const interruption = /^\s*[,.!?—–-]*\s*([^"“”«»„\n.!?]{1,150})[,.;—–-][ \t]*$/u.exec(gap)?.[1] ?? '';
  return VERB_THEN_SPEAKER.test(interruption) || SPEAKER_THEN_VERB.test(interruption);
}

interface Attribution {
  speaker: string | null;
  role: string | null;
  person: number | null;
}

/** The speaker named in the attribution that interrupts a quote. */
function speakerBetween(text: string, group: QuotedPiece[], found: PeopleInText): Attribution | null {
  for (let index = 1; index < group.length; index += 1) {
    const before = group[index - 1];
    const after = group[index];
    if (before === undefined || after === undefined || !before.closed) continue;
    const speaker = speakerInClauseAfter(
      text,
      before.end,
      after.start,
      found,
      group[0]?.start ?? before.start,
    );
    if (speaker !== null) return speaker;
  }
  return null;
}

/** The speaker named right after a quote: `"…," Merkel said` or `"…," said the ministry`. */
function speakerAfter(
  text: string,
  piece: QuotedPiece,
  sentences: Sentence[],
  found: PeopleInText,
  quoteStart: number,
): Attribution | null {
  if (!piece.closed) return null;
  const paragraphEnd = sentences.find((sentence) => sentence.end >= piece.end)?.end ?? text.length;
  let end = Math.min(piece.end + ATTRIBUTION_AFTER_CHARS, paragraphEnd);
  const nextOpening = text.slice(piece.end, end).search(/["“«„]/u);
  if (nextOpening >= 0) end = piece.end + nextOpening;
  return speakerInClauseAfter(text, piece.end, end, found, quoteStart);
}

function speakerInClauseAfter(
  text: string,
  from: number,
  to: number,
  found: PeopleInText,
  quoteStart: number,
): Attribution | null {
  const window = withoutAsides(text.slice(from, to));
  const dashed = DASH_THEN_SPEAKER.exec(window.trimStart());
  const lead =
    dashed === null ? (/^\s*[,.!?—–-]*\s*/u.exec(window)?.[0] ?? '') : (/^\s*/u.exec(window)?.[0] ?? '');
  const clause = window.slice(lead.length);
  const verbFirst = dashed === null ? VERB_THEN_SPEAKER.exec(clause) : null;
  const speakerFirst = dashed === null && verbFirst === null ? SPEAKER_THEN_VERB.exec(clause) : null;
  const phrase = dashed?.[1] ?? verbFirst?.[1] ?? speakerFirst?.[1];
  if (phrase === undefined) return null;
  const phraseStart = from + lead.length + clause.indexOf(phrase);
  return resolveSpeaker(text, phraseStart, phraseStart + phrase.length, found, quoteStart);
}

/** The speaker introducing a quote: `Merkel said: "…"`, `Merkel said that "…"`, `according to Merkel, "…"`. */
function speakerBefore(
  text: string,
  piece: QuotedPiece,
  sentences: Sentence[],
  found: PeopleInText,
): Attribution | null {
  const sentence = sentences.find((each) => each.start <= piece.start && piece.start < each.end);
  const previous = sentence === undefined ? undefined : sentences[sentence.index - 1];
  const clauseStart =
    sentence === undefined || sentence.start === piece.start
      ? previous !== undefined && /:\s*$/.test(previous.text)
        ? previous.start
        : piece.start
      : sentence.start;
  const readFrom = Math.max(clauseStart, piece.start - ATTRIBUTION_BEFORE_CHARS);
  const clause = withoutAsides(text.slice(readFrom, piece.start));
  const match = ACCORDING_TO_BEFORE_QUOTE.exec(clause) ?? SPEAKER_BEFORE_QUOTE.exec(clause);
  const phrase = match?.[1];
  if (match === null || phrase === undefined) return null;
  const phraseStart = readFrom + match.index + match[0].indexOf(phrase);
  return resolveSpeaker(text, phraseStart, phraseStart + phrase.length, found, piece.start);
}

/**
 * Prepares a clause for the speaker patterns, keeping every offset in place: short asides in brackets
 * are blanked ("Sen. Jane Doe (D-Mo.) said") and the dots of titles and initials hidden ("Mr. Obama").
 */
function withoutAsides(clause: string): string {
  return clause
    .replace(/\([^()]{1,30}\)/gu, (aside) => ' '.repeat(aside.length))
    .replace(ABBREVIATION_DOT, (abbreviation) => abbreviation.replace('.', HIDDEN_DOT));
}

/** A paragraph that is nothing but a quote, right after one with a speaker, continues that speaker. */
function continuedSpeaker(
  text: string,
  piece: QuotedPiece,
  sentences: Sentence[],
  previous: FoundQuote | null,
): Attribution | null {
  if (previous === null) return null;
  const paragraph = sentences.find((sentence) => sentence.start === piece.start)?.paragraph;
  const previousParagraph = sentences.find(
    (sentence) => sentence.start <= previous.start && previous.start < sentence.end,
  )?.paragraph;
  if (paragraph === undefined || previousParagraph === undefined || paragraph - previousParagraph !== 1)
    return null;
  const rest = text.slice(piece.end).split('\n')[0] ?? '';
  if (rest.trim() !== '') return null;
  return { speaker: previous.speaker, role: previous.role, person: previous.person };
}

/**
 * For a quote worked into a sentence (`Trump told them to "go vote"`), the person the sentence names
 * before the quote, or the person its opening he or she stands for.
 */
function sentenceSubject(piece: QuotedPiece, sentences: Sentence[], found: PeopleInText): Attribution | null {
  const sentence = sentences.find((each) => each.start <= piece.start && piece.start < each.end);
  if (sentence === undefined || sentence.start === piece.start) return null;
  const named = found.mentions.find(
    (mention) => mention.start >= sentence.start && mention.end <= piece.start,
  );
  if (named !== undefined) return attributionOf(named.person, found);
  const opener = /^(\p{L}+)(?:[’']s)?\s/u.exec(sentence.text)?.[1]?.toLowerCase() ?? '';
  const pronoun = SPEAKER_PRONOUNS.get(opener);
  if (pronoun === undefined || pronoun === 'any') return null;
  const person = recentPerson(found, sentence.start, pronoun);
  return person === null ? null : attributionOf(person, found);
}

/** Turns a speaker phrase into a speaker: the person it names or stands for, else the phrase as written. */
function resolveSpeaker(
  text: string,
  phraseStart: number,
  phraseEnd: number,
  found: PeopleInText,
  quoteStart: number,
): Attribution | null {
  const phrase = text.slice(phraseStart, phraseEnd);
  const trimmed = phrase.trim().replace(/^(?:and|but|as)\s+/i, '');
  const start = phraseStart + phrase.indexOf(trimmed);
  const end = start + trimmed.length;
  const named = found.mentions.find((mention) => mention.start >= start && mention.end <= end);
  if (named !== undefined) return attributionOf(named.person, found);
  const pronoun = SPEAKER_PRONOUNS.get(trimmed.toLowerCase());
  if (pronoun !== undefined) {
    const person = pronoun === 'any' ? null : recentPerson(found, quoteStart, pronoun);
    return person === null ? null : attributionOf(person, found);
  }
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_SPEAKER_WORDS || /^(?:i|we|you|it|this|that|there)$/i.test(trimmed)) return null;
  if (/^\p{Lu}\p{L}{0,3}\.?$/u.test(trimmed)) return null;
  return { speaker: trimmed, role: null, person: null };
}

function attributionOf(index: number, found: PeopleInText): Attribution | null {
  const person = found.people[index];
  return person === undefined ? null : { speaker: person.name, role: person.role, person: index };
}

/** The person most recently named before `position` whose gender fits the pronoun. */
function recentPerson(found: PeopleInText, position: number, gender: 'male' | 'female'): number | null {
  for (let index = found.mentions.length - 1; index >= 0; index -= 1) {
    const mention = found.mentions[index];
    if (mention === undefined || mention.start >= position) continue;
    const personGender = found.people[mention.person]?.gender ?? null;
    if (personGender === null || personGender === gender) return mention.person;
  }
  return null;
}

/** Joins the pieces of an interrupted quote; a comma the attribution forced becomes a full stop before a capital. */
function joinPieces(pieces: string[]): string {
  return pieces.reduce((joined, piece) => {
    if (joined === '') return piece;
    const ended = /^\p{Lu}/u.test(piece) ? joined.replace(/,$/, '.') : joined;
    return `${ended} ${piece}`;
  }, '');
}

function cleanQuoteText(quote: string): string {
  return quote.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
}

/** A key quote says something: enough words, and not a title of a work written in capitals. */
function isKeyQuote(quote: string): boolean {
  const words = quote.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < MIN_QUOTE_WORDS) return false;
  const contentWords = words.filter((word) => !TITLE_FUNCTION_WORDS.has(word.toLowerCase()));
  const capitalised = contentWords.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / Math.max(1, contentWords.length) < TITLE_CASE_SHARE;
}

function rankQuotes(quotes: FoundQuote[], found: PeopleInText, textLength: number): Quote[] {
  const mostMentions = Math.max(1, ...found.people.map((person) => person.mentions));
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
  return [...quotes]
    .sort((a, b) => score(b) - score(a) || a.start - b.start)
    .map(({ text, speaker, role }) => ({ text, speaker, role }));
}
