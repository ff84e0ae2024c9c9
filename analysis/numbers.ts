import type { KeyNumber } from './types';
import type { Sentence } from './sentences';

/** Most key numbers shown: a story's handful of figures, not every number in a results table. */
const MAX_NUMBERS = 8;

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

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

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
    const taken: Array<[number, number]> = [];
    for (const [kind, pattern] of [
      ['money', MONEY],
      ['percentage', PERCENTAGE],
      ['count', COUNT],
    ] as const) {
      for (const match of sentence.text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([from, to]) => start < to && end > from)) continue;
        const number = describeNumber(sentence, kind, match[0].trim(), start, end);
        if (number === null) continue;
        taken.push([start, end]);
        found.push(number);
      }
    }
  }
  return rankNumbers(found);
}

function describeNumber(
  sentence: Sentence,
  kind: NumberKind,
  value: string,
  start: number,
  end: number,
): FoundNumber | null {
  const before = sentence.text.slice(0, start);
  const after = sentence.text.slice(end);
  const scaled = new RegExp(`(?:${SCALE_WORDS}|bn|thousands|millions|billions)\\b|\\dm$|\\dk$`, 'iu').test(
    value,
  );
  if (kind === 'count' && !isCount(value, before, after, scaled)) return null;
  const context = kind === 'count' ? countContext(after) : contextAround(before, after);
  if (context === '') return null;
  return { value, context, kind, scaled, sentence: sentence.index, start };
}

function isCount(value: string, before: string, after: string, scaled: boolean): boolean {
  if (/[\p{L}\d.,$€£¥]$/u.test(before) || /^[\p{L}\d]/u.test(after)) return false;
  if (NOT_A_COUNT_AFTER.test(after.trimStart()) || NOT_A_COUNT_BEFORE.test(before)) return false;
  if (scaled) return true;
  const amount = Number(value.replace(/,/g, ''));
  if (Number.isNaN(amount)) return false;
  const isYear = /^\d{4}$/.test(value) && amount >= YEAR_RANGE.from && amount <= YEAR_RANGE.to;
  if (isYear || amount < MIN_PLAIN_COUNT) return false;
  return /^\s+\p{Ll}/u.test(after);
}

/** What a count counts: the words after it, up to the end of its clause or an "and" that starts another. */
function countContext(after: string): string {
  const clause = (after.split(/[,;:.!?()"“”—–]/u)[0] ?? '').split(/\s(?:and|or|but)\s/iu)[0] ?? '';
  return trimEdgeWords(withContentWords(wordsWithoutFigures(clause), CONTEXT_WORDS + 2));
}

function contextAround(before: string, after: string): string {
  const clauseBefore = before.split(/[,;:!?()"“”—–]|\.\s/u).pop() ?? '';
  const wordsBefore = withContentWords(wordsWithoutFigures(clauseBefore).reverse(), CONTEXT_WORDS).reverse();
  const left = trimEdgeWords(wordsBefore);
  const clauseAfter = after.split(/[,;:.!?()"“”—–]/u)[0] ?? '';
  const right = trimEdgeWords(withContentWords(wordsWithoutFigures(clauseAfter), CONTEXT_WORDS));
  return [left, right].filter((part) => part !== '').join(' … ');
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
  const sentenceCount = Math.max(1, ...found.map((number) => number.sentence + 1));
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
