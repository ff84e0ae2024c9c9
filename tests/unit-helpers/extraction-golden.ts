import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../extraction/extract';
import { FIXTURES, FIXTURE_URL } from '../../cli/bench/extraction';
import { parsePage } from '../../cli/node-page';

/**
 * Golden extraction of the fixture pages in tests/fixtures/extraction, as Readability's own test pages
 * work: each `<name>/source.html` has an `expected.json` of what extraction gives (title, byline, date,
 * site name and text). The unit test compares; `npm run golden:extraction` rewrites the expected files on
 * purpose, after a change whose effect on every page was read in the diff.
 */

export interface ExtractionGolden {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  /** The article's text, one block per line: a diff shows which paragraph changed. */
  text: string[];
}

/** The fixture pages that have a saved source. */
export function extractionFixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

/** What extraction gives for a fixture page now; null when it finds no article. */
export function extractFixture(name: string): ExtractionGolden | null {
  const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
  // Parsed as the extraction bench parses it, so the two read each page alike.
  const dom = parsePage(html, FIXTURE_URL);
  try {
    const result = extractArticle(dom.window.document, dom.window, { force: true });
    if (!result.ok) return null;
    const { title, byline, publishedTime, siteName, text } = result.article;
    return { title, byline, publishedTime, siteName, text: text.split(/\n+/).filter((line) => line.trim()) };
  } finally {
    dom.window.close();
  }
}

export function expectedPath(name: string): string {
  return join(FIXTURES, name, 'expected.json');
}

export function readExpected(name: string): ExtractionGolden | null {
  const path = expectedPath(name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ExtractionGolden | null) : null;
}

export function writeExpected(name: string, golden: ExtractionGolden | null): void {
  writeFileSync(expectedPath(name), `${JSON.stringify(golden, null, 2)}\n`);
}
