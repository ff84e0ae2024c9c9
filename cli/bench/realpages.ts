import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PAGE_URL, reportFromHtml, type Report } from '../node-page';
import type { BenchResult } from './docs';
import { SHARED_DATA, sharedJsonLines } from './data';
import {
  halfOf,
  noQuotes,
  scorePeople,
  scoreQuotes,
  type GoldPage,
  type PeopleScore,
  type QuotesScore,
} from './realpages-score';
import { formatTable, markdownTable } from './stats';

/** The hand annotation of people and quotes on Readability's test pages. */
const REALPAGES_DATA = 'realpages-dev.jsonl';

const USAGE_NOTE =
  'npm run bench -- realpages [--errors] [--pages <folder>]   (a folder of <id>/source.html with annotations.jsonl)';

interface Totals {
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

/** The pages to score: `--pages <folder>` (its annotations.jsonl), else the shared dev set. */
function goldPages(
  args: string[],
): { pages: GoldPage[]; sourceOf: (id: string) => string; label: string } | null {
  const at = args.indexOf('--pages');
  const folder = at >= 0 ? args[at + 1] : undefined;
  if (folder !== undefined) {
    const lines = readFileSync(join(folder, 'annotations.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as unknown);
    return {
      pages: lines.filter(isGoldPage),
      sourceOf: (id) => join(folder, id, 'source.html'),
      label: folder,
    };
  }
  const lines = sharedJsonLines(REALPAGES_DATA);
  if (lines === null) return null;
  return {
    pages: lines.filter(isGoldPage),
    sourceOf: (id) => join(SHARED_DATA, 'readability-test-pages', id, 'source.html'),
    label: `${REALPAGES_DATA} on Readability's test pages`,
  };
}

/**
 * People and quotes through the whole path (saved page → extraction → analysis) against the hand
 * annotation, on each half of the dev set by id (A is the half rules are tried on, B the check).
 */
export async function runRealPagesBench(args: string[] = process.argv.slice(3)): Promise<BenchResult | null> {
  const source = goldPages(args);
  if (source === null) return null;
  const showErrors = args.includes('--errors');
  const totals = { A: emptyTotals(), B: emptyTotals() };
  const all = emptyTotals();
  const errors: string[] = [];
  const failures: string[] = [];
  for (const page of source.pages) {
    const path = source.sourceOf(page.id);
    if (!existsSync(path)) {
      failures.push(`${page.id}: no ${path}`);
      continue;
    }
    let report: Report | null = null;
    try {
      const result = reportFromHtml(readFileSync(path, 'utf8'), DEFAULT_PAGE_URL);
      if (result.ok) report = result.report;
      else failures.push(`${page.id}: ${result.error}`);
    } catch (error) {
      failures.push(`${page.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const people = report?.people ?? [];
    const peopleScore = scorePeople(people, page);
    const quotesScore = scoreQuotes(report?.quotes ?? [], page, people);
    add(totals[halfOf(page.id)], peopleScore, quotesScore);
    add(all, peopleScore, quotesScore);
    const lines = [
      ...peopleScore.wrong.map((name) => `  person, wrong: ${name}`),
      ...peopleScore.missed.map((name) => `  person, missed: ${name}`),
      ...quotesScore.wrong.map((text) => `  quote, wrong: ${text}`),
      ...quotesScore.missed.map((text) => `  quote, missed: ${text}`),
      ...quotesScore.wrongSpeakers.map((text) => `  speaker, wrong: ${text}`),
    ];
    if (lines.length > 0) errors.push(`${page.id} (half ${halfOf(page.id)})`, ...lines);
  }
  const rows = [
    [
      'pages',
      'people P',
      'people R',
      'people F1',
      'quotes P',
      'quotes R',
      'quotes F1',
      'named speaker right',
      'unnamed given a name',
    ],
    row('half A (tuned on)', totals.A),
    row('half B (check)', totals.B),
    row('all', all),
  ];
  const heading = `${source.label}: ${all.people.gold} people, ${all.quotes.gold} quotes in ${all.pages} pages, through the whole path (saved page → extraction → analysis), Node ${process.version}`;
  const failureLines =
    failures.length === 0 ? [] : ['', `pages that failed (${failures.length}):`, ...failures];
  const errorLines = showErrors ? ['', ...errors] : ['', `(${USAGE_NOTE} lists the wrong and missed items)`];
  return {
    text: [heading, '', formatTable(rows), ...failureLines, ...errorLines].join('\n'),
    markdown: [
      heading,
      '',
      markdownTable(rows),
      ...failureLines.map((line) => (line ? `- ${line}` : line)),
    ].join('\n'),
    failed: failures.length > 0,
  };
}
