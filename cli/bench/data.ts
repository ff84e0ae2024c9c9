import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared development data, beside the project's clone; read at run time, never copied in. */
export const SHARED_DATA = resolve(PROJECT_ROOT, process.env.CRUX_SHARED_DATA ?? '../shared/data');

/** A saved page to benchmark. */
export interface BenchPage {
  name: string;
  html: string;
  url: string;
}

/** Readability's 130 test pages, or an empty list (and a line saying so) when the data is absent. */
export function readabilityTestPages(): BenchPage[] {
  const folder = join(SHARED_DATA, 'readability-test-pages');
  if (!existsSync(folder)) {
    console.log(`skipped: ${folder} is absent, so Readability's test pages are not benchmarked`);
    return [];
  }
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'source.html')))
    .map((entry) => ({
      name: entry.name,
      html: readFileSync(join(folder, entry.name, 'source.html'), 'utf8'),
      url: 'http://fakehost/test/page.html',
    }));
}

/** The 500 pages of `extraction-dev/` (Dragnet, 2012), or an empty list (and a line saying so) when absent. */
export function extractionDevPages(): BenchPage[] {
  const folder = join(SHARED_DATA, 'extraction-dev', 'html');
  if (!existsSync(folder)) {
    console.log(`skipped: ${folder} is absent, so the extraction-dev pages are not read`);
    return [];
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      name: `extraction-dev/${name}`,
      html: readFileSync(join(folder, name), 'utf8'),
      url: 'http://fakehost/test/page.html',
    }));
}

/** The project's own fixture pages. */
export function fixturePages(): BenchPage[] {
  const folder = join(PROJECT_ROOT, 'tests/fixtures/pages');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({
      name: `fixture:${name}`,
      html: readFileSync(join(folder, name), 'utf8'),
      url: `http://127.0.0.1/${name}`,
    }));
}

/** Lines of a JSON-lines file under the shared data, or null (and a line saying so) when absent. */
export function sharedJsonLines(file: string): unknown[] | null {
  const path = join(SHARED_DATA, file);
  if (!existsSync(path)) {
    console.log(`skipped: ${path} is absent`);
    return null;
  }
  return jsonLines(path);
}

/** A file of one JSON value a line, blank lines skipped. */
export function jsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);
}
