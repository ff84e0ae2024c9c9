import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../extraction/extract';
import { parseInert } from '../../extraction/sanitize';
import { articleText } from '../../extraction/text';
import { parsePage, releasePages } from '../node-page';
import type { BenchResult } from './docs';
import { extractionDevPages, PROJECT_ROOT, readabilityTestPages, SHARED_DATA, type BenchPage } from './data';
import { formatTable, halfOf, markdownTable } from './stats';

/** Shingle length of the news-extraction benchmarks: four words tell a sentence's place apart. */
export const SHINGLE_WORDS = 4;

/** How many of the Readability pages with the largest drops the report lists. */
const LARGEST_DROPS_LISTED = 12;

/** Where the extraction fixtures live: `<name>/source.html` and `<name>/article.txt`. */
export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/extraction');

/** Every fixture page is taken to live here; only relative links depend on it. */
export const FIXTURE_URL = 'https://news.example/2025/story.html';

/** A multiset of shingles: each shingle and how often it occurs. */
export type Shingles = Map<string, number>;

/** Precision and recall of an extracted text against the true one. */
export interface Score {
  precision: number;
  recall: number;
}

/** The lowercased words of a text: runs of letters and digits. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The overlapping `size`-word shingles of a text; a shorter, non-empty text is one shingle. */
export function shingles(text: string, size = SHINGLE_WORDS): Shingles {
  const list = words(text);
  const counts: Shingles = new Map();
  const last = Math.max(0, list.length - size);
  for (let start = 0; start <= last && list.length > 0; start += 1) {
    const shingle = list.slice(start, start + size).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** How many shingles there are, counting repeats. */
export function shingleCount(counts: Shingles): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/** How many shingles two multisets share, counting each as often as the smaller side has it. */
export function overlap(a: Shingles, b: Shingles): number {
  let shared = 0;
  for (const [shingle, count] of a) shared += Math.min(count, b.get(shingle) ?? 0);
  return shared;
}

/** Precision and recall of `extracted` against `truth`; an empty side scores zero. */
export function scoreText(extracted: string, truth: string): Score {
  const found = shingles(extracted);
  const expected = shingles(truth);
  const shared = overlap(found, expected);
  const foundCount = shingleCount(found);
  const expectedCount = shingleCount(expected);
  return {
    precision: foundCount ? shared / foundCount : 0,
    recall: expectedCount ? shared / expectedCount : 0,
  };
}

/** Precision and recall averaged over pages. */
export function meanScore(scores: Score[]): Score {
  if (scores.length === 0) return { precision: 0, recall: 0 };
  const sum = (pick: (score: Score) => number): number =>
    scores.reduce((total, score) => total + pick(score), 0);
  return {
    precision: sum((score) => score.precision) / scores.length,
    recall: sum((score) => score.recall) / scores.length,
  };
}

/** The harmonic mean of precision and recall. */
export function f1(score: Score): number {
  const { precision, recall } = score;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** The share of `reference`'s shingles that `candidate` lacks: 0 when it keeps them all. */
export function droppedShare(reference: string, candidate: string): number {
  const kept = shingles(reference);
  const total = shingleCount(kept);
  return total ? 1 - overlap(kept, shingles(candidate)) / total : 0;
}

/** A fixture page with the true text of its article. */
interface FixturePage extends BenchPage {
  truth: string;
}

/** What Crux and plain Readability make of one page. */
interface Extracted {
  crux: string | null;
  /** Readability's `textContent`, as a caller of Readability gets it. */
  readability: string | null;
  /** Readability's article walked to text as Crux walks its own, so only what was kept differs. */
  readabilityBlocks: string | null;
}

/**
 * Scores Crux and plain Readability against the fixtures' true article text, then measures how much of
 * Readability's own text Crux drops on Readability's test pages.
 */
export async function runExtractionBench(): Promise<BenchResult | null> {
  const fixtures = extractionFixtures();
  const fixtureRows: string[][] = [
    ['page', 'crux P', 'crux R', 'crux F1', 'readability P', 'readability R', 'readability F1'],
  ];
  const cruxScores: Score[] = [];
  const readabilityScores: Score[] = [];
  for (const page of fixtures) {
    const extracted = extractBoth(page);
    const crux = scoreText(extracted.crux ?? '', page.truth);
    const readability = scoreText(extracted.readability ?? '', page.truth);
    cruxScores.push(crux);
    readabilityScores.push(readability);
    fixtureRows.push([page.name, ...scoreCells(crux), ...scoreCells(readability)]);
    await releasePages();
  }
  fixtureRows.push([
    'mean',
    ...scoreCells(meanScore(cruxScores)),
    ...scoreCells(meanScore(readabilityScores)),
  ]);

  const drops = await readabilityPageDrops();
  const dev = await extractionDevScores();
  const sections = [
    {
      heading: `Fixtures: ${fixtures.length} pages, ${SHINGLE_WORDS}-word shingles against the true article text`,
      rows: fixtureRows,
    },
    ...(dev ? [dev] : []),
    ...(drops ? [drops] : []),
  ];
  return {
    text: sections.map((section) => `${section.heading}\n\n${formatTable(section.rows)}`).join('\n\n'),
    markdown: sections.map((section) => `${section.heading}\n\n${markdownTable(section.rows)}`).join('\n\n'),
  };
}

/**
 * Crux and plain Readability on extraction-dev: real pages of 2012 whose article text people marked,
 * independent of Readability. Shingle precision and recall per page, averaged, and F1 of the averages,
 * on the whole set and on each half (by a hash of the page's id): rules are fitted on half A, and half B
 * checks them. A page where either finds nothing scores zero for it.
 */
async function extractionDevScores(): Promise<{ heading: string; rows: string[][] } | null> {
  const pages = extractionDevPages();
  if (pages.length === 0) return null;
  const truths = JSON.parse(
    readFileSync(join(SHARED_DATA, 'extraction-dev', 'ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody?: string }>;
  const scores: Record<'A' | 'B', { crux: Score[]; readability: Score[] }> = {
    A: { crux: [], readability: [] },
    B: { crux: [], readability: [] },
  };
  let lost = 0;
  for (const page of pages) {
    const id = page.name.replace(/^.*\//, '').replace(/\.html$/, '');
    const truth = truths[id]?.articleBody;
    if (truth === undefined) continue;
    const extracted = extractBoth(page);
    if (extracted.readability && !extracted.crux) lost += 1;
    const half = scores[halfOf(id)];
    half.crux.push(scoreText(extracted.crux ?? '', truth));
    half.readability.push(scoreText(extracted.readability ?? '', truth));
    await releasePages();
  }
  const row = (label: string, crux: Score[], readability: Score[]): string[] => {
    const [cruxMean, readabilityMean] = [meanScore(crux), meanScore(readability)];
    return [
      `${label} (${crux.length})`,
      ...scoreCells(cruxMean),
      ...scoreCells(readabilityMean),
      (f1(cruxMean) - f1(readabilityMean)).toFixed(3),
    ];
  };
  return {
    heading:
      `extraction-dev: ${scores.A.crux.length + scores.B.crux.length} real pages of 2012, ${SHINGLE_WORDS}-word ` +
      `shingles against the article text people marked; halves by a hash of the id (fit on A, check on B); ` +
      `pages where Readability finds an article and Crux does not: ${lost}`,
    rows: [
      ['pages', 'crux P', 'crux R', 'crux F1', 'readability P', 'readability R', 'readability F1', 'F1 gain'],
      row('all', [...scores.A.crux, ...scores.B.crux], [...scores.A.readability, ...scores.B.readability]),
      row('half A', scores.A.crux, scores.A.readability),
      row('half B', scores.B.crux, scores.B.readability),
    ],
  };
}

/** How much of Readability's text Crux drops on Readability's test pages, largest drops first. */
async function readabilityPageDrops(): Promise<{ heading: string; rows: string[][] } | null> {
  const pages = readabilityTestPages();
  if (pages.length === 0) return null;
  const drops: { name: string; dropped: number; failure: string | null }[] = [];
  for (const page of pages) {
    const extracted = extractBoth(page);
    if (extracted.readability) {
      const failure = extracted.crux ? null : 'no article';
      drops.push({
        name: page.name,
        dropped: droppedShare(extracted.readabilityBlocks ?? extracted.readability, extracted.crux ?? ''),
        failure,
      });
    }
    await releasePages();
  }
  drops.sort((a, b) => b.dropped - a.dropped);
  const failures = drops.filter((drop) => drop.failure).length;
  const mean = drops.reduce((total, drop) => total + drop.dropped, 0) / Math.max(1, drops.length);
  const rows = [
    ['page', "share of Readability's shingles Crux drops"],
    ...drops.slice(0, LARGEST_DROPS_LISTED).map((drop) => [drop.name, drop.failure ?? percent(drop.dropped)]),
    ['mean over all pages', percent(mean)],
    ['pages without an article from Crux', String(failures)],
  ];
  return {
    heading: `Readability's test pages: ${drops.length} pages where Readability finds an article; the ${LARGEST_DROPS_LISTED} largest drops`,
    rows,
  };
}

/** The fixture pages under tests/fixtures/extraction, with their true article text. */
function extractionFixtures(): FixturePage[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'article.txt')))
    .map((entry) => ({
      name: entry.name,
      html: readFileSync(join(FIXTURES, entry.name, 'source.html'), 'utf8'),
      truth: readFileSync(join(FIXTURES, entry.name, 'article.txt'), 'utf8'),
      url: FIXTURE_URL,
    }));
}

/** Crux's article text and plain Readability's, each from its own parse of the page. */
function extractBoth(page: BenchPage): Extracted {
  const dom = parsePage(page.html, page.url);
  try {
    // Crux leaves the page untouched, so Readability can read the same page afterwards.
    const result = extractArticle(dom.window.document, dom.window, { force: true });
    const parsed = new Readability(dom.window.document.cloneNode(true) as Document).parse();
    const readability = parsed?.textContent?.trim() ? parsed.textContent : null;
    return {
      crux: result.ok ? result.article.text : null,
      readability,
      readabilityBlocks: readability ? articleText(parseInert(parsed?.content ?? '', dom.window)) : null,
    };
  } finally {
    dom.window.close();
  }
}

function scoreCells(score: Score): string[] {
  return [score.precision, score.recall, f1(score)].map((value) => value.toFixed(3));
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
