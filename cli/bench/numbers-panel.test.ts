import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releasePages, reportFromHtml } from '../node-page';
import { PROJECT_ROOT, SHARED_DATA } from './data';

/**
 * Golden test on the pages the blind numbers panel judged (#15): 75 real news pages of
 * `../shared/data`, picked by three editors who never saw the code. The fixture keeps each page's path
 * and, for every key number Crux showed the last panel, the figure and the verdict (right, garbled or
 * trivial); the articles stay in the shared data. docs/QUALITY.md has the panel's figures.
 */
interface Verdict {
  page: string;
  value: string;
  verdict: 'right' | 'garbled' | 'trivial';
}

const VERDICTS: Verdict[] = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'tests/fixtures/numbers-panel/verdicts.json'), 'utf8'),
) as Verdict[];

const PAGES = [...new Set(VERDICTS.map((verdict) => verdict.page))];

/** Share of the numbers judged right that must still show: a regression loses good numbers, a better rule few. */
const MIN_RIGHT_STILL_SHOWN = 0.85;

const flattened = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe.skipIf(!existsSync(join(SHARED_DATA, 'extraction-dev')))("the numbers panel's pages", () => {
  const shown = new Map<string, { text: string; numbers: Array<{ value: string; statement: string }> }>();

  it('reads every judged page', async () => {
    for (const page of PAGES) {
      const result = reportFromHtml(readFileSync(join(SHARED_DATA, page), 'utf8'));
      expect(result.ok, page).toBe(true);
      if (result.ok) shown.set(page, { text: flattened(result.report.text), numbers: result.report.numbers });
      await releasePages();
    }
    expect(shown.size).toBe(PAGES.length);
  }, 300_000);

  it("shows each number in the article's own words: a passage of its text, never stitched", () => {
    for (const [page, { text, numbers }] of shown) {
      expect(numbers.length, page).toBeLessThanOrEqual(5);
      for (const number of numbers) {
        expect(number.statement, page).not.toContain('…');
        expect(text.includes(flattened(number.statement)), `${page}: ${number.statement}`).toBe(true);
      }
    }
  });

  it('still shows the numbers the panel judged right', () => {
    const right = VERDICTS.filter((verdict) => verdict.verdict === 'right');
    const kept = right.filter((verdict) =>
      (shown.get(verdict.page)?.numbers ?? []).some((number) => number.value === verdict.value),
    );
    expect(kept.length / right.length).toBeGreaterThanOrEqual(MIN_RIGHT_STILL_SHOWN);
  });
});
