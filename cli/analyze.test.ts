import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from './bench/data';
import { contractProblems } from '../tests/unit-helpers/report-contract';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const FIXTURES = join(process.cwd(), 'tests/fixtures/pages');

/** Runs the analyzer as a reader would; resolves with its output and exit code, never rejects. */
async function analyze(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(TSX, ['cli/analyze.ts', ...args], { maxBuffer: 256 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string; code: number };
    return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
  }
}

/** Each run starts Node, tsx, jsdom and the analysis afresh: seconds, not milliseconds. */
const CLI_TIMEOUT = 60_000;

describe('npm run analyze', { timeout: CLI_TIMEOUT }, () => {
  it('prints one JSON object that keeps the contract for a page', async () => {
    const { stdout, code } = await analyze(
      join(FIXTURES, 'news-article.html'),
      '--url',
      'https://x.example/a',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(contractProblems(report)).toEqual([]);
    expect(report.title).toBe('Harbour city votes to rebuild its flooded seawall');
    expect(report.summary.length).toBe(3);
    expect(report.people.map((person: { name: string }) => person.name)).toContain('Elena Vasquez');
  });

  it('prints a readable report without --json', async () => {
    const { stdout, code } = await analyze(join(FIXTURES, 'news-article.html'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Harbour city votes to rebuild its flooded seawall\n/);
    expect(stdout).toContain('SUMMARY');
    expect(stdout).toContain('NAMED FIGURES');
  });

  it('analyzes a plain-text article with --text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'crux-'));
    const file = join(folder, 'article.txt');
    writeFileSync(
      file,
      'The mayor of Dunmore, Karen Holt, opened the new library on Monday.\n\n"Books are for everyone," Holt said.\n',
    );
    const { stdout, code } = await analyze('--text', file, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(contractProblems(report)).toEqual([]);
    expect(report.html).toBe(
      '<p>The mayor of Dunmore, Karen Holt, opened the new library on Monday.</p>\n<p>"Books are for everyone," Holt said.</p>',
    );
  });

  it('fails with one line on stderr for a missing file, and for a page without an article', async () => {
    const missing = await analyze('/nonexistent/page.html', '--json');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('cannot read /nonexistent/page.html');

    const folder = mkdtempSync(join(tmpdir(), 'crux-'));
    const empty = join(folder, 'empty.html');
    writeFileSync(empty, '<html><body></body></html>');
    const noArticle = await analyze(empty, '--json');
    expect(noArticle.code).not.toBe(0);
    expect(noArticle.stdout).toBe('');
    expect(noArticle.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('goes on through a batch, with an error line for each bad item', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'crux-'));
    const batch = join(folder, 'in.jsonl');
    const page = readFileSync(join(FIXTURES, 'news-article.html'), 'utf8');
    writeFileSync(
      batch,
      [
        JSON.stringify({ id: 'page', html: page, url: 'https://x.example/a' }),
        '{ not json',
        JSON.stringify({ id: 'nothing' }),
        JSON.stringify({ id: 'text', text: 'Ana Ruiz won the race. "It was hard," Ruiz said.' }),
      ].join('\n'),
    );
    const { stdout, code } = await analyze('--batch', batch);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['page', 'line 2', 'nothing', 'text']);
    expect(contractProblems(lines[0])).toEqual([]);
    expect(lines[1].error).toMatch(/bad JSON/);
    expect(lines[2].error).toMatch(/needs "html" or "text"/);
    expect(contractProblems(lines[3])).toEqual([]);
  });

  const testPages = join(SHARED_DATA, 'readability-test-pages');
  it.skipIf(!existsSync(testPages))(
    "keeps the contract on every one of Readability's test pages, without a crash",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'crux-'));
      const batch = join(folder, 'pages.jsonl');
      const names = readdirSync(testPages).filter((name) => existsSync(join(testPages, name, 'source.html')));
      writeFileSync(
        batch,
        names
          .map((name) =>
            JSON.stringify({ id: name, html: readFileSync(join(testPages, name, 'source.html'), 'utf8') }),
          )
          .join('\n'),
      );
      const { stdout, code } = await analyze('--batch', batch);
      expect(code).toBe(0);
      const reports = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(reports).toHaveLength(names.length);
      const crashes = reports.filter((report) => / failed: /.test(report.error ?? ''));
      expect(crashes).toEqual([]);
      const broken = reports
        .filter((report) => !report.error)
        .map((report) => ({ id: report.id, problems: contractProblems(report) }))
        .filter((report) => report.problems.length > 0);
      expect(broken).toEqual([]);
      expect(reports.filter((report) => report.error).length).toBeLessThan(5);
    },
    300_000,
  );
});
