import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PAGE_URL, reportFromHtml, type Report } from '../node-page';
import type { BenchResult } from './docs';
import { PROJECT_ROOT, SHARED_DATA, sharedJsonLines } from './data';
import {
  noQuotes,
  scorePeople,
  scoreQuotes,
  type GoldPage,
  type PeopleScore,
  type QuotesScore,
} from './realpages-score';
import { formatTable, halfOf, markdownTable } from './stats';

/** The hand annotation of people and quotes on Readability's test pages. */
const REALPAGES_DATA = 'realpages-dev.jsonl';

const USAGE_NOTE =
  'npm run bench -- realpages [--errors] [--pages <folder>]   (a folder of <id>/source.html with annotations.jsonl)';

export interface Totals {
  pages: number;
  people: PeopleScore;
  quotes: QuotesScore;
}

function emptyTotals(): Totals {
  return {
    pages: 0,
    people: { reported: 0, matched: 0, gold: 0, wrong: [], missed: [] },
    quotes: noQuotes(),
  };
}

function add(totals: Totals, people: PeopleScore, quotes: QuotesScore): void {
  totals.pages += 1;
  totals.people.reported += people.reported;
  totals.people.matched += people.matched;
  totals.people.gold += people.gold;
  totals.quotes.reported += quotes.reported;
  totals.quotes.matched += quotes.matched;
  totals.quotes.gold += quotes.gold;
  totals.quotes.named += quotes.named;
  totals.quotes.namedRight += quotes.namedRight;
  totals.quotes.unnamedGivenAName += quotes.unnamedGivenAName;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? '–' : (part / whole).toFixed(3);
}

function f1(matched: number, reported: number, gold: number): string {
  const precision = reported === 0 ? 0 : matched / reported;
  const recall = gold === 0 ? 0 : matched / gold;
  return precision + recall === 0 ? '0.000' : ((2 * precision * recall) / (precision + recall)).toFixed(3);
}

function row(name: string, totals: Totals): string[] {
  const { people, quotes } = totals;
  return [
    `${name} (${totals.pages} pages)`,
    ratio(people.matched, people.reported),
    ratio(people.matched, people.gold),
    f1(people.matched, people.reported, people.gold),
    ratio(quotes.matched, quotes.reported),
    ratio(quotes.matched, quotes.gold),
    f1(quotes.matched, quotes.reported, quotes.gold),
    `${ratio(quotes.namedRight, quotes.named)} (${quotes.named})`,
    String(quotes.unnamedGivenAName),
  ];
}

function isGoldPage(value: unknown): value is GoldPage {
  if (typeof value !== 'object' || value === null) return false;
  const { id, people, credits, quotes } = value as Record<string, unknown>;
  return typeof id === 'string' && Array.isArray(people) && Array.isArray(credits) && Array.isArray(quotes);
}

/** An annotated set of saved pages. */
interface PageSet {
  label: string;
  pages: GoldPage[];
  sourceOf: (id: string) => string;
}

/** The project's own pages (written blind for Crux, annotated to the same rules), in the repository. */
export const PROJECT_PAGES = join(PROJECT_ROOT, 'tests/fixtures/realpages');

/** A second set written the same way, later, to measure again on pages no rule was written for. */
export const SECOND_PROJECT_PAGES = join(PROJECT_ROOT, 'tests/fixtures/realpages-2');

/** A third set, by a third helper, measured on first sight before any rule was looked for on its half A. */
export const THIRD_PROJECT_PAGES = join(PROJECT_ROOT, 'tests/fixtures/realpages-3');

/** A folder of `<id>/source.html` with its `annotations.jsonl`. */
export function folderPages(folder: string, label: string = folder): PageSet {
  const lines = readFileSync(join(folder, 'annotations.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);
  return { label, pages: lines.filter(isGoldPage), sourceOf: (id) => join(folder, id, 'source.html') };
}

/** The sets to score: `--pages <folder>` alone, else the shared dev set (when present) and the project's pages. */
function pageSets(args: string[]): PageSet[] {
  const at = args.indexOf('--pages');
  const folder = at >= 0 ? args[at + 1] : undefined;
  if (folder !== undefined) return [folderPages(folder)];
  const sets: PageSet[] = [];
  const lines = sharedJsonLines(REALPAGES_DATA);
  if (lines !== null)
    sets.push({
      label: `${REALPAGES_DATA} on Readability's test pages`,
      pages: lines.filter(isGoldPage),
      sourceOf: (id) => join(SHARED_DATA, 'readability-test-pages', id, 'source.html'),
    });
  sets.push(folderPages(PROJECT_PAGES, "Crux's 12 blind pages (tests/fixtures/realpages)"));
  sets.push(folderPages(SECOND_PROJECT_PAGES, "Crux's second 12 blind pages (tests/fixtures/realpages-2)"));
  sets.push(folderPages(THIRD_PROJECT_PAGES, "Crux's third 12 blind pages (tests/fixtures/realpages-3)"));
  return sets;
}

/** One set scored: totals by half and in all, each page's errors, and the pages that failed. */
export interface SetScore {
  halves: { A: Totals; B: Totals };
  all: Totals;
  /** Per page id: its wrong and missed items, one line each. */
  errors: Map<string, string[]>;
  failures: string[];
}

/** Runs every page of a set through the whole path and scores it against its annotation. */
export function scoreSet(set: PageSet): SetScore {
  const score: SetScore = {
    halves: { A: emptyTotals(), B: emptyTotals() },
    all: emptyTotals(),
    errors: new Map(),
    failures: [],
  };
  for (const page of set.pages) {
    const path = set.sourceOf(page.id);
    if (!existsSync(path)) {
      score.failures.push(`${page.id}: no ${path}`);
      continue;
    }
    let report: Report | null = null;
    try {
      const result = reportFromHtml(readFileSync(path, 'utf8'), DEFAULT_PAGE_URL);
      if (result.ok) report = result.report;
      else score.failures.push(`${page.id}: ${result.error}`);
    } catch (error) {
      score.failures.push(`${page.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const people = report?.people ?? [];
    const peopleScore = scorePeople(people, page);
    const quotesScore = scoreQuotes(report?.quotes ?? [], page, people);
    add(score.halves[halfOf(page.id)], peopleScore, quotesScore);
    add(score.all, peopleScore, quotesScore);
    score.errors.set(page.id, [
      ...peopleScore.wrong.map((name) => `person, wrong: ${name}`),
      ...peopleScore.missed.map((name) => `person, missed: ${name}`),
      ...quotesScore.wrong.map((text) => `quote, wrong: ${text}`),
      ...quotesScore.missed.map((text) => `quote, missed: ${text}`),
      ...quotesScore.wrongSpeakers.map((text) => `speaker, wrong: ${text}`),
    ]);
  }
  return score;
}

/** The figures of a set's totals: people P and R, quotes F1, named-speaker accuracy. */
export function figuresOf(totals: Totals): {
  peopleP: number;
  peopleR: number;
  quotesF1: number;
  speakers: number;
} {
  const { people, quotes } = totals;
  const precision = quotes.matched / Math.max(1, quotes.reported);
  const recall = quotes.matched / Math.max(1, quotes.gold);
  return {
    peopleP: people.matched / Math.max(1, people.reported),
    peopleR: people.matched / Math.max(1, people.gold),
    quotesF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakers: quotes.namedRight / Math.max(1, quotes.named),
  };
}

const HEADER = [
  'pages',
  'people P',
  'people R',
  'people F1',
  'quotes P',
  'quotes R',
  'quotes F1',
  'named speaker right',
  'unnamed given a name',
];

/**
 * People and quotes through the whole path (saved page → extraction → analysis) against the hand
 * annotation, on each half of each set by id (A is the half rules are tried on, B the check).
 */
export async function runRealPagesBench(args: string[] = process.argv.slice(3)): Promise<BenchResult | null> {
  const showErrors = args.includes('--errors');
  const text: string[] = [];
  const markdown: string[] = [];
  let failed = false;
  for (const set of pageSets(args)) {
    const score = scoreSet(set);
    const rows = [
      HEADER,
      row('half A (tuned on)', score.halves.A),
      row('half B (check)', score.halves.B),
      row('all', score.all),
    ];
    const heading = `${set.label}: ${score.all.people.gold} people, ${score.all.quotes.gold} quotes in ${score.all.pages} pages, through the whole path (saved page → extraction → analysis), Node ${process.version}`;
    const failureLines =
      score.failures.length === 0
        ? []
        : ['', `pages that failed (${score.failures.length}):`, ...score.failures];
    const errorLines = showErrors
      ? [...score.errors].flatMap(([id, lines]) =>
          lines.length === 0 ? [] : [`${id} (half ${halfOf(id)})`, ...lines.map((line) => `  ${line}`)],
        )
      : [];
    text.push(
      heading,
      '',
      formatTable(rows),
      ...failureLines,
      ...(showErrors ? ['', ...errorLines] : []),
      '',
    );
    markdown.push(
      heading,
      '',
      markdownTable(rows),
      ...failureLines.map((line) => (line ? `- ${line}` : line)),
      '',
    );
    failed ||= score.failures.length > 0;
  }
  if (!showErrors) text.push(`(${USAGE_NOTE} lists the wrong and missed items)`);
  return { text: text.join('\n'), markdown: markdown.join('\n'), failed };
}
