/** What a figure measures: money and shares say more than head counts. */
export type FigureKind = 'money' | 'percentage' | 'count';

/** A figure as a sentence writes it, with where it stands there. */
export interface Figure {
  value: string;
  kind: FigureKind;
  /** Written with a scale word or its abbreviation ("4.5 billion", "€20m"). */
  scaled: boolean;
  /** Its amount as a number, to know the same figure restated ("$2.5 billion", "$2.5bn"); NaN when unknown. */
  amount: number;
  /** The word after a count: what it counts ("people", "days"); empty for money and shares. */
  counted: string;
  /** Character offsets into the sentence's text. */
  start: number;
  end: number;
}

/** Plain counts below this are trivial ("3 people") and left out unless a scale word follows. */
const MIN_PLAIN_COUNT = 10;

/** Years in this range, written alone as four digits, are dates rather than amounts. */
const YEAR_RANGE = { from: 1800, to: 2100 } as const;

/** Small numbers written as words, which with a scale word make an amount ("three million"). */
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|several|a few|a';

const SCALE_WORDS = 'million|billion|trillion|thousand|hundred';

/** What each scale word multiplies by, abbreviations included. */
const SCALE_FACTORS: ReadonlyArray<[RegExp, number]> = [
  [/trillion|tn\b/iu, 1e12],
  [/billion|bn\b|\db\b/iu, 1e9],
  [/million|\dm\b/iu, 1e6],
  [/thousand|\dk\b/iu, 1e3],
  [/hundred/iu, 1e2],
];

/**
 * Longest run of digits read as one figure: a quadrillion written out. A longer run is an identifier (an
 * account or tracking number), and the bound keeps every attempt to match a figure short.
 */
const MAX_FIGURE_DIGITS = 15;

/** Most thousands groups in one figure ("1,000,000,000,000,000,000" is a sextillion), bounded for the same reasons. */
const MAX_THOUSANDS_GROUPS = 6;

/**
 * A figure, "3,200", "4.5" or "2000", starting where a run of digits starts: a match may not begin inside
 * a run, where each of a long run's positions would try the whole run again, nor after a decimal comma
 * or point ("1,3 %" is one figure in French and Spanish).
 */
const DIGITS = String.raw`(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:,\d{3}){1,${MAX_THOUSANDS_GROUPS}}(?:\.\d+)?|\d{1,${MAX_FIGURE_DIGITS}}(?!\d)(?:\.\d+)?)`;

const CURRENCY_WORDS = 'dollars|euros|pounds|yen|yuan|rupees|francs|roubles|rubles';

/** Money: "$4.5 billion", "€20m", "£3,000", "US$12", "$2.5B", "40 million euros", "three million euros". */
const MONEY = new RegExp(
  String.raw`(?:(?:US|C|A|HK|NZ)?[$€£¥]\s?(?:${DIGITS})(?:[\s-]?(?:${SCALE_WORDS}|bn|tn|m|k|B)\b)?)|(?:\b(?:${DIGITS}|(?:${NUMBER_WORDS})\s(?:${SCALE_WORDS}))(?:\s(?:${SCALE_WORDS}))?\s(?:${CURRENCY_WORDS})\b)`,
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

/** A number written with a scale word or its abbreviation ("4.5 billion", "€20m"). */
const SCALED = new RegExp(String.raw`(?:${SCALE_WORDS}|bn|tn|thousands|millions|billions)\b|\d[mkB]$`, 'u');

/**
 * Words after a number that make it an age, a time of day, an ordinal, a point in time ("five years
 * ago") or part of a date, code or phone number rather than an amount.
 */
const NOT_A_COUNT_AFTER =
  /^(?:[-–]?(?:year|month|week|day)s?[-–]old|x\b|×|\S+\s+by\s+\d|(?:years?|months?|weeks?|days?)\s(?:old|ago|earlier|later|before|after)\b|a\.m\.|p\.m\.|am\b|pm\b|gmt\b|st\b|nd\b|rd\b|th\b|o'clock|[:/.-]\d|\s*\))/iu;

/** Words before a number that make it a date, rank, age, score or reference rather than an amount. */
const NOT_A_COUNT_BEFORE =
  /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|no\.|number|page|route|chapter|article|section|episode|season|version|figure|fig\.|table|step|level|round|stage|phase|line|item|question|exhibit|since|in|by|until|aged?|at|[:/(#])\s*$/iu;

/**
 * A capitalised word right before a plain number, not at the sentence's start: the number is part of
 * a name ("Xbox 360", "Fortune 500", "Boeing 747"), not a count.
 */
const NAME_BEFORE = /\S\s+\p{Lu}[\p{L}.'’-]*\s$/u;

/** Words that cannot be what a count counts: a count needs a thing after it, not a preposition or clause word. */
const NOT_COUNTED = new Set([
  'after',
  'before',
  'since',
  'until',
  'at',
  'in',
  'on',
  'by',
  'for',
  'to',
  'from',
  'with',
  'and',
  'or',
  'but',
  'as',
  'when',
  'while',
  'if',
  'than',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'the',
  'a',
  'an',
]);

/** Every money, percentage and count figure of the text, each character read by one figure at most. */
export function findFigures(text: string): Figure[] {
  const found: Figure[] = [];
  // One flag per character already claimed by a figure, so checking a match costs its own length.
  const taken = new Uint8Array(text.length);
  for (const [kind, pattern] of [
    ['money', MONEY],
    ['percentage', PERCENTAGE],
    ['count', COUNT],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0].trim();
      const start = match.index + match[0].indexOf(value);
      const end = start + value.length;
      if (taken.subarray(start, end).includes(1)) continue;
      const figure = readFigure(text, kind, value, start, end);
      if (figure === null) continue;
      taken.fill(1, start, end);
      found.push(figure);
    }
  }
  return asRanges(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

/**
 * A figure with the first end of its range before it ("$15 million to $25 million", "10 to 20 percent",
 * "between 50 and 60"; "and" only after "between", or "82, 92 and 86" would be a range): one figure
 * reaching back over the first end, which is no figure of its own.
 */
const RANGE_BEFORE =
  /(?<![\d.,])(?:(?<=\bbetween\s)(?:US|C|A)?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|bn|m|k))?\s?and|(?:US|C|A)?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|bn|m|k))?\s?(?:to|or|-|–))\s?$/iu;

/** Whether the first end of a range is in the figure's own unit ("12% to €820m" is a share and an amount). */
function sameUnit(firstEnd: string, kind: FigureKind): boolean {
  if (/%|per/iu.test(firstEnd)) return kind === 'percentage';
  if (/[$€£¥]/u.test(firstEnd)) return kind === 'money';
  return true;
}

function asRanges(text: string, figures: Figure[]): Figure[] {
  const merged: Figure[] = [];
  for (const figure of figures) {
    const reach = text.slice(Math.max(0, figure.start - REACH_CHARS), figure.start);
    const range = RANGE_BEFORE.exec(reach);
    if (range === null || !sameUnit(range[0], figure.kind)) {
      merged.push(figure);
      continue;
    }
    const start = figure.start - range[0].length;
    while (merged.length > 0 && (merged.at(-1)?.end ?? 0) > start) merged.pop();
    merged.push({ ...figure, value: text.slice(start, figure.end), start });
  }
  return merged;
}

/** How far either side of a figure is read to judge it, in characters: a fixed reach keeps the work per figure small. */
const REACH_CHARS = 40;

function readFigure(
  text: string,
  kind: FigureKind,
  value: string,
  start: number,
  end: number,
): Figure | null {
  const before = text.slice(Math.max(0, start - REACH_CHARS), start);
  const after = text.slice(end, end + REACH_CHARS);
  const scaled = SCALED.test(value);
  const counted = kind === 'count' ? countedWord(after) : '';
  if (kind === 'count' && !isCount(value, before, after, scaled, counted)) return null;
  // "a billion-dollar deal", "a thousand hashtags": a figure of speech, or an adjective, not a count.
  if (kind === 'count' && (/^a\s/iu.test(value) || /^-\p{L}/u.test(after))) return null;
  // A price in a ticker ("WDAY-$54.00") or glued to a word is a quote of the market, not the story's.
  if (kind === 'money' && /[\p{L}\d-]$/u.test(before)) return null;
  return { value, kind, scaled, amount: amountOf(value), counted, start, end };
}

/** The word right after a count, lower-cased: what it counts when it is a noun. */
function countedWord(after: string): string {
  return /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1] ?? '';
}

function isCount(value: string, before: string, after: string, scaled: boolean, counted: string): boolean {
  // The last two code units hold the last character, a surrogate pair included.
  if (/[\p{L}\d.,$€£¥'’~-]$/u.test(before.slice(-2)) || /^[\p{L}\d]/u.test(after)) return false;
  if (NOT_A_COUNT_AFTER.test(after.trimStart()) || NOT_A_COUNT_BEFORE.test(before)) return false;
  if (scaled) return true;
  if (NAME_BEFORE.test(before)) return false;
  const amount = Number(value.replace(/,/g, ''));
  if (Number.isNaN(amount)) return false;
  const isYear = /^\d{4}$/.test(value) && amount >= YEAR_RANGE.from && amount <= YEAR_RANGE.to;
  if (isYear || amount < MIN_PLAIN_COUNT) return false;
  return counted !== '' && !NOT_COUNTED.has(counted);
}

/** The figure's amount, its scale word applied; NaN for figures written in words. */
function amountOf(value: string): number {
  const digits = /\d[\d,]*(?:\.\d+)?/u.exec(value)?.[0];
  if (digits === undefined) return Number.NaN;
  const base = Number(digits.replace(/,/g, ''));
  const factor = SCALE_FACTORS.find(([pattern]) => pattern.test(value))?.[1] ?? 1;
  return base * factor;
}
