import { analyzeArticle } from '../../analysis';
import type { ArticleText } from '../../analysis/types';
import { MAX_ANALYSED_CHARACTERS } from '../../story/tell-story';
import type { BenchResult } from './docs';
import { formatTable, markdownTable, median } from './stats';

/**
 * The two sizes each shape is analysed at: the most the popup analyses, and a quarter of it, so the
 * growth from one to the other shows whether the time grows with the text or faster.
 */
const SIZES = [MAX_ANALYSED_CHARACTERS / 4, MAX_ANALYSED_CHARACTERS];

/** Longest a shape may take at the popup's size: the popup should tell the story within a second. */
const LIMIT_MS = 1000;

/**
 * Most the time may grow from a quarter to the whole size: 4x is linear, 16x quadratic, and 8x halfway
 * between them on a log scale. Linear code grows more than 4x here because the garbage collector's share
 * grows with the heap: merely allocating one small object per word grows 6-10x from 75,000 to 300,000
 * characters in Node 20.
 */
const MAX_GROWTH = 8;

/** Times below this are mostly the timer and the garbage collector, so their growth is not judged. */
const NOISE_FLOOR_MS = 50;

/**
 * Timed runs per shape and size, after one that warms up. The median is the figure shown and held to the
 * time limit; growth is judged on the fastest run of each size, the one other work on the machine
 * disturbed least.
 */
const RUNS = 5;

/** A page built to be as hard as text gets for one step of the analysis. */
interface HostileShape {
  name: string;
  /** About `characters` of text of the shape. */
  build: (characters: number) => ArticleText;
}

const GIVEN_NAMES = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irene', 'Jonas'];

/** Opening and closing marks of every kind the quote finder knows, most left without their partner. */
const QUOTE_MARKS = ['“', '"', '„', '«', '‘', '‚', "''", '「', '”', '»', '’', '」'];

/** The n-th of a series of made-up words, distinct in their first six letters (the summary's stems). */
function madeUpWord(n: number): string {
  let word = 'q';
  for (let rest = n, letter = 0; letter < 5; letter += 1, rest = Math.floor(rest / 26))
    word += String.fromCharCode(97 + (rest % 26));
  return word;
}

/** The n-th of a series of distinct surnames ("Qbaaaason"). */
function madeUpSurname(n: number): string {
  const word = madeUpWord(n);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}son`;
}

/** Text of `unit(0)`, `unit(1)`, … joined by `separator` until it holds about `characters`. */
function repeated(characters: number, unit: (n: number) => string, separator: string, end = ''): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < characters; n += 1) {
    const part = unit(n);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator) + end;
}

function article(text: string, title: string | null = 'A hostile page'): ArticleText {
  return { title, text, lang: 'en' };
}

const SHAPES: HostileShape[] = [
  {
    name: 'numbers in one sentence',
    build: (characters) =>
      article(
        `The budget lists ${repeated(characters, (n) => [`$${n + 1},000`, `${(n % 90) + 10}%`, `${1000 + n} people`, `${n + 11}`][n % 4] ?? '', ', ', '.')}`,
      ),
  },
  {
    name: 'unclosed quote marks, one a paragraph',
    build: (characters) =>
      article(
        repeated(characters, (n) => `${QUOTE_MARKS[n % QUOTE_MARKS.length]}Word number ${n} goes on`, '\n\n'),
      ),
  },
  {
    name: 'unbalanced quote marks in one paragraph',
    build: (characters) =>
      article(repeated(characters, (n) => `${QUOTE_MARKS[n % QUOTE_MARKS.length]}word ${n} said`, ' ', '.')),
  },
  {
    name: 'quotes in one sentence',
    build: (characters) => article(`He said ${repeated(characters, (n) => `“word ${n}”`, ' and ', '.')}`),
  },
  {
    name: 'quotes, one a paragraph',
    build: (characters) =>
      article(
        repeated(
          characters,
          (n) =>
            `“We will rebuild embankment ${n} before the spring floods reach it,” ${GIVEN_NAMES[n % GIVEN_NAMES.length]} ${madeUpSurname(n % 500)} said.`,
          '\n\n',
        ),
      ),
  },
  {
    name: 'distinct names',
    build: (characters) =>
      article(
        repeated(
          characters,
          (n) =>
            `${GIVEN_NAMES[n % GIVEN_NAMES.length]} ${madeUpSurname(2 * n)} met ${GIVEN_NAMES[(n + 3) % GIVEN_NAMES.length]} ${madeUpSurname(2 * n + 1)}.`,
          ' ',
        ),
      ),
  },
  {
    name: 'distinct sentences',
    build: (characters) =>
      article(
        repeated(
          characters,
          (n) =>
            `The ${madeUpWord(4 * n)} and ${madeUpWord(4 * n + 1)} of ${madeUpWord(4 * n + 2)} said ${madeUpWord(4 * n + 3)} was fine today.`,
          ' ',
        ),
      ),
  },
  {
    name: 'one long sentence',
    build: (characters) =>
      article(
        repeated(
          characters,
          (n) => ['the', 'council', 'said', 'Mayor', 'Elena', 'and', 'people', 'Mr.', 'of'][n % 9] ?? '',
          ' ',
          '.',
        ),
      ),
  },
  {
    name: 'one long word',
    build: (characters) => article(`${'x'.repeat(characters)}. The end of it came today.`),
  },
  {
    name: 'one long run of digits',
    build: (characters) => article(`${'1'.repeat(characters)} people came, 12% more than last year.`),
  },
  {
    name: 'titles without names',
    build: (characters) => article(`${repeated(characters, () => 'Mr.', ' ')} Smith spoke.`),
  },
  {
    name: 'line breaks in one paragraph',
    build: (characters) => article(repeated(characters, (n) => `line ${n}`, '\n')),
  },
];

interface Timing {
  shape: HostileShape;
  characters: number;
  words: number;
  milliseconds: number;
  fastest: number;
  /** People, quotes and numbers found: the caps hold them. */
  items: string;
}

function timeShape(shape: HostileShape, characters: number): Timing {
  const input = shape.build(characters);
  const times: number[] = [];
  let items = '';
  for (let run = 0; run <= RUNS; run += 1) {
    const start = performance.now();
    const insights = analyzeArticle(input);
    const elapsed = performance.now() - start;
    // The first run warms the JIT and is not counted.
    if (run > 0) times.push(elapsed);
    items = `${insights.people.length}/${insights.quotes.length}/${insights.numbers.length}`;
  }
  const words = input.text.split(/\s+/).filter((word) => word !== '').length;
  return {
    shape,
    characters: input.text.length,
    words,
    milliseconds: median(times),
    fastest: Math.min(...times),
    items,
  };
}

/** How much longer the fastest run at the larger size took than the fastest at the smaller one. */
function growth(small: Timing, large: Timing): number {
  return large.fastest / Math.max(small.fastest, Number.EPSILON);
}

/** What is wrong with a shape's times: too slow at the popup's size, or growing faster than the text. */
function problems(small: Timing, large: Timing): string[] {
  const found: string[] = [];
  if (large.milliseconds > LIMIT_MS) found.push(`over ${LIMIT_MS} ms`);
  const grown = growth(small, large);
  if (large.fastest > NOISE_FLOOR_MS && grown > MAX_GROWTH) found.push(`grew ${grown.toFixed(1)}x`);
  return found;
}

/**
 * Times analyzeArticle on pages built to be hard for one step each (numbers, quote marks, quotes, names,
 * sentences), at a quarter of the size the popup analyses and at that size, and fails when a shape takes
 * over a second or grows faster than its text.
 */
export async function runHostileTextBench(): Promise<BenchResult | null> {
  const rows = [
    ['shape', 'characters', 'words', 'ms', 'ms per 1,000 words', 'growth', 'people/quotes/numbers', 'result'],
  ];
  let failed = false;
  for (const shape of SHAPES) {
    const [small, large] = SIZES.map((size) => timeShape(shape, size));
    if (small === undefined || large === undefined) continue;
    const found = problems(small, large);
    failed ||= found.length > 0;
    for (const timing of [small, large]) {
      rows.push([
        shape.name,
        timing.characters.toLocaleString('en'),
        timing.words.toLocaleString('en'),
        timing.milliseconds.toFixed(1),
        ((timing.milliseconds * 1000) / Math.max(1, timing.words)).toFixed(2),
        timing === small ? '' : `${growth(small, large).toFixed(1)}x`,
        timing.items,
        timing === small ? '' : found.length === 0 ? 'pass' : `FAIL: ${found.join(', ')}`,
      ]);
    }
  }
  const heading = [
    `analyzeArticle on ${SHAPES.length} hostile shapes at ${SIZES.map((size) => size.toLocaleString('en')).join(' and ')} characters`,
    `(the popup analyses at most ${MAX_ANALYSED_CHARACTERS.toLocaleString('en')}), median of ${RUNS} runs after a warm-up, Node ${process.version}.`,
    `A shape passes when its median at the larger size is under ${LIMIT_MS} ms and its fastest run there at most`,
    `${MAX_GROWTH}x the fastest at the smaller one ("growth": 4x is linear, 16x quadratic; not judged under ${NOISE_FLOOR_MS} ms).`,
    `"People/quotes/numbers": how many of each the analysis lists, each at most its cap.`,
  ].join('\n');
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
    failed,
  };
}
