import type { KeyNumber } from './types';
import type { Sentence } from './sentences';

/** Most key numbers shown: a story's handful of figures, not every number in a results table. */
export const MAX_NUMBERS = 8;

/**
 * Content words of context kept on each side of a number, function words between them not counted:
 * enough to say what it counts ("60% · of the cost will come from a national grant").
 */
const CONTEXT_WORDS = 4;

/** Plain counts below this are trivial ("3 people") and left out unless a scale word follows. */
const MIN_PLAIN_COUNT = 10;

/** Years in this range, written alone as four digits, are dates rather than amounts. */
const YEAR_RANGE = { from: 1800, to: 2100 } as const;

/** How much each kind of number tells the reader: money and shares say more than head counts. */
const KIND_WEIGHT = { money: 3, percentage: 2.5, count: 2 } as const;

/** Weight of an early place in the story, kept below the gap between kinds so it only breaks near-ties. */
const POSITION_WEIGHT = 0.5;

/** A number written with a scale word ("4.5 billion") says more than a bare count. */
const SCALE_BONUS = 1;

/** Small numbers written as words, which with a scale word make an amount ("three million"). */
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|several|a few|a';

const SCALE_WORDS = 'million|billion|trillion|thousand|hundred';

/**
 * Longest run of digits read as one figure: a quadrillion written out. A longer run is an identifier (an
 * account or tracking number), and the bound keeps every attempt to match a figure short.
 */
const MAX_FIGURE_DIGITS = 15;

/** Most thousands groups in one figure ("1,000,000,000,000,000,000" is a sextillion), bounded for the same reasons. */
const MAX_THOUSANDS_GROUPS = 6;

/**
 * A figure, "3,200", "4.5" or "2000", starting where a run of digits starts: a match may not begin inside
 * a run, where each of a long run's positions would try the whole run again.
 */
const DIGITS = String.raw`(?<!\d)(?:\d{1,3}(?:,\d{3}){1,${MAX_THOUSANDS_GROUPS}}(?:\.\d+)?|\d{1,${MAX_FIGURE_DIGITS}}(?!\d)(?:\.\d+)?)`;

const CURRENCY_WORDS = 'dollars|euros|pounds|yen|yuan|rupees|francs|marks|roubles|rubles';

/** Money: "$4.5 billion", "€20m", "£3,000", "US$12", "40 million euros", "three million euros". */
const MONEY = new RegExp(
  String.raw`(?:(?:US|C|A|HK|NZ)?[$€£¥]\s?(?:${DIGITS})(?:\s?(?:${SCALE_WORDS}|bn|m|k)\b)?)|(?:\b(?:${DIGITS}|(?:${NUMBER_WORDS})\s(?:${SCALE_WORDS}))(?:\s(?:${SCALE_WORDS}))?\s(?:${CURRENCY_WORDS})\b)`,
  'giu',
);

/** Percentages: "12%", "12 percent", "3.5 per cent", "2 percentage points". */
const PERCENTAGE = new RegExp(
  String.raw`(?:${DIGITS})\s?(?:%|percent\b|per cent\b|percentage points?\b)`,
  'giu',
);

/** Counts: a number, maybe with a scale word, before the thing it counts ("2,000 people", "three million"). */
const COUNT = new RegExp(
  String.raw`\b(?:(?:${DIGITS})(?:\s(?:${SCALE_WORDS}))?|(?:${NUMBER_WORDS})\s(?:${SCALE_WORDS})|(?:tens of |hundreds of )?(?:thousands|millions|billions))\b`,
  'giu',
);

/** Words after a number that make it a date, time, age, rank or measure of time rather than a count. */
const NOT_A_COUNT_AFTER =
  /^(?:[-–]?(?:year|month|week|day)s?[-–]old|a\.m\.|p\.m\.|am\b|pm\b|gmt\b|st\b|nd\b|rd\b|th\b|o'clock|[:/.-]\d)/iu;

/** Words before a number that make it a date, rank, or reference rather than an amount. */
const NOT_A_COUNT_BEFORE =
  /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|no\.|number|page|route|chapter|article|section|since|in|by|until|aged?|[:/])\s*$/iu;

/** Function words trimmed from the ends of a context so it starts and ends on content. */
const EDGE_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'that',
  'than',
  'from',
  'as',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'can',
  'may',
  'has',
  'have',
  'had',
  'be',
  'been',
]);

type NumberKind = keyof typeof KIND_WEIGHT;

interface FoundNumber extends KeyNumber {
  kind: NumberKind;
  scaled: boolean;
  sentence: number;
  start: number;
}

/** Finds the story's key amounts, counts and percentages, each with a few words saying what it counts. */
export function findKeyNumbers(sentences: Sentence[]): KeyNumber[] {
  const found: FoundNumber[] = [];
  for (const sentence of sentences) {
    // One flag per character already claimed by a number, so checking a match costs its own length.
    const taken = new Uint8Array(sentence.text.length);
    for (const [kind, pattern] of [
      ['money', MONEY],
      ['percentage', PERCENTAGE],
      ['count', COUNT],
    ] as const) {
      for (const match of sentence.text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.subarray(start, end).includes(1)) continue;
        const number = describeNumber(sentence, kind, match[0].trim(), start, end);
        if (number === null) continue;
        taken.fill(1, start, end);
        found.push(number);
      }
    }
  }
  return rankNumbers(found);
}

/**
 * How far either side of a number its context is read, in characters: four content words and the
 * function words between them fit with room to spare, and a fixed reach keeps the work per number the
 * same however long its sentence is.
 */
const CONTEXT_REACH_CHARS = 300;

/** A number written with a scale word or its abbreviation ("4.5 billion", "€20m"). */
const SCALED = new RegExp(String.raw`(?:${SCALE_WORDS}|bn|thousands|millions|billions)\b|\dm$|\dk$`, 'iu');

function describeNumber(
  sentence: Sentence,
  kind: NumberKind,
  value: string,
  start: number,
  end: number,
): FoundNumber | null {
  const before = wholeWordsBefore(sentence.text, start);
  const after = wholeWordsAfter(sentence.text, end);
  const scaled = SCALED.test(value);
  if (kind === 'count' && !isCount(value, before, after, scaled)) return null;
  const context = kind === 'count' ? countContext(after) : contextAround(before, after);
  if (context === '') return null;
  return { value, context, kind, scaled, sentence: sentence.index, start };
}

/** The text within reach before `start`, from the first word that starts inside the reach. */
function wholeWordsBefore(text: string, start: number): string {
  const from = start - CONTEXT_REACH_CHARS;
  if (from <= 0) return text.slice(0, start);
  const reach = text.slice(from, start);
  const space = reach.search(/\s/u);
  return space < 0 ? reach : reach.slice(space);
}

/** The text within reach after `end`, up to the last word that ends inside the reach. */
function wholeWordsAfter(text: string, end: number): string {
  const to = end + CONTEXT_REACH_CHARS;
  if (to >= text.length) return text.slice(end);
  for (let position = to - 1; position >= end; position -= 1) {
    if (/\s/u.test(text.charAt(position))) return text.slice(end, position);
  }
  return text.slice(end, to);
}

function isCount(value: string, before: string, after: string, scaled: boolean): boolean {
  // The last two code units hold the last character, a surrogate pair included.
  if (/[\p{L}\d.,$€£¥]$/u.test(before.slice(-2)) || /^[\p{L}\d]/u.test(after)) return false;
  if (NOT_A_COUNT_AFTER.test(after.trimStart()) || NOT_A_COUNT_BEFORE.test(lastWordOf(before))) return false;
  if (scaled) return true;
  const amount = Number(value.replace(/,/g, ''));
  if (Number.isNaN(amount)) return false;
  const isYear = /^\d{4}$/.test(value) && amount >= YEAR_RANGE.from && amount <= YEAR_RANGE.to;
  if (isYear || amount < MIN_PLAIN_COUNT) return false;
  return /^\s+\p{Ll}/u.test(after);
}

/** The last word of a text, read from its end: patterns anchored at the end need no more, and scan no more. */
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end -= 1;
  let start = end;
  while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/** Marks that end a clause after a number. */
const CLAUSE_BREAK_AFTER = /[,;:.!?()"“”—–]/u;

/**
 * Marks that end the clause before a number, as they end a text: a full stop only before a space ("U.S."
 * stays in). Each is at most two characters, so the clause is found by reading back from the number.
 */
const CLAUSE_BREAK_ENDING = /(?:[,;:!?()"“”—–]|\.\s)$/u;

/** A conjunction that starts another clause after a count ("11 days and forced …"). */
const NEXT_CLAUSE = /\s(?:and|or|but)\s/iu;

/** What a count counts: the words after it, up to the end of its clause or an "and" that starts another. */
function countContext(after: string): string {
  const clause = textBefore(textBefore(after, CLAUSE_BREAK_AFTER), NEXT_CLAUSE);
  return trimEdgeWords(withContentWords(wordsWithoutFigures(clause), CONTEXT_WORDS + 2));
}

function contextAround(before: string, after: string): string {
  const clauseBefore = clauseEndingText(before);
  const wordsBefore = withContentWords(wordsWithoutFigures(clauseBefore).reverse(), CONTEXT_WORDS).reverse();
  const left = trimEdgeWords(wordsBefore);
  const clauseAfter = textBefore(after, CLAUSE_BREAK_AFTER);
  const right = trimEdgeWords(withContentWords(wordsWithoutFigures(clauseAfter), CONTEXT_WORDS));
  return [left, right].filter((part) => part !== '').join(' … ');
}

/** The text up to the first match of `pattern`, or all of it. */
function textBefore(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return at < 0 ? text : text.slice(0, at);
}

/** The last clause of the text before a number, found by reading back from its end to a clause break. */
function clauseEndingText(before: string): string {
  for (let end = before.length; end > 0; end -= 1) {
    if (CLAUSE_BREAK_ENDING.test(before.slice(Math.max(0, end - 2), end))) return before.slice(end);
  }
  return before;
}

/** The first words of `words` that hold `count` content words, the function words between them kept. */
function withContentWords(words: string[], count: number): string[] {
  let content = 0;
  let end = 0;
  while (end < words.length && content < count) {
    if (!EDGE_WORDS.has((words[end] ?? '').toLowerCase())) content += 1;
    end += 1;
  }
  return words.slice(0, end);
}

/** The words of a clause, leaving out other figures so a context describes this number only. */
function wordsWithoutFigures(clause: string): string[] {
  return clause.split(/\s+/).filter((word) => word !== '' && !/[\d$€£¥%]/u.test(word));
}

function trimEdgeWords(words: string[]): string {
  let first = 0;
  let last = words.length;
  while (first < last && EDGE_WORDS.has((words[first] ?? '').toLowerCase())) first += 1;
  while (last > first && EDGE_WORDS.has((words[last - 1] ?? '').toLowerCase())) last -= 1;
  return words.slice(first, last).join(' ');
}

/** Most informative first: kind, scale, then how early the story gives it; one entry per value. */
function rankNumbers(found: FoundNumber[]): KeyNumber[] {
  // A loop, not Math.max(...found): spreading tens of thousands of arguments overflows the stack.
  let sentenceCount = 1;
  for (const number of found) sentenceCount = Math.max(sentenceCount, number.sentence + 1);
  const score = (number: FoundNumber): number =>
    KIND_WEIGHT[number.kind] +
    (number.scaled ? SCALE_BONUS : 0) +
    POSITION_WEIGHT * (1 - number.sentence / sentenceCount);
  const seen = new Set<string>();
  const unique = found.filter((number) => {
    const key = number.value.toLowerCase().replace(/\s+/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .sort((a, b) => score(b) - score(a) || a.sentence - b.sentence || a.start - b.start)
    .slice(0, MAX_NUMBERS)
    .map(({ value, context }) => ({ value, context }));
}
