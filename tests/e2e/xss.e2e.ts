/**
 * No script from the page runs in reading mode. Each fixture is a real article with XSS vectors from
 * DOMPurify's documentation and advisories embedded in it; every vector calls mark() if it runs. The
 * marks the page makes while loading are the page's own and are cleared before reading mode opens.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession, waitForReader, type BrowserName, inReader } from './harness';
import { STREET_TREES_PARAGRAPHS } from '../fixtures/articles/street-trees';

const ROOT = process.cwd();
const VECTORS = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/xss/vectors.json'), 'utf8')) as string[];
/** Vectors per page: a few pages keep the run short while every vector sits inside article text. */
const VECTORS_PER_PAGE = 12;

const PARAGRAPHS = STREET_TREES_PARAGRAPHS;

/** An article with the given vectors woven between its paragraphs. */
function hostilePage(title: string, vectors: string[]): string {
  const body = PARAGRAPHS.flatMap((paragraph, index) => [
    `<p>${paragraph}</p>`,
    ...vectors.filter((_, vectorIndex) => vectorIndex % PARAGRAPHS.length === index),
  ]).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script>window.__marks = []; window.mark = function (vector) { window.__marks.push(String(vector)); };</script>
</head><body><article><h1>${title}</h1>\n${body}\n</article></body></html>`;
}

const marks = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __marks: string[] }).__marks.slice());
const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const pages = Array.from({ length: Math.ceil(VECTORS.length / VECTORS_PER_PAGE) }, (_, index) => ({
  name: `hostile-${index + 1}.html`,
  vectors: VECTORS.slice(index * VECTORS_PER_PAGE, (index + 1) * VECTORS_PER_PAGE),
}));

describe.each<BrowserName>(['chromium', 'firefox'])('XSS vectors in reading mode, %s', (browserName) => {
  const run = useExtensionSession(browserName, {
    pages: () => {
      const folder = mkdtempSync(join(tmpdir(), 'crux-xss-'));
      for (const page of pages)
        writeFileSync(join(folder, page.name), hostilePage('Volunteers map every tree', page.vectors));
      return folder;
    },
  });

  it.each(pages)('$name: no vector runs once reading mode is on', async ({ name }) => {
    const page = await run.session.openPage(`${run.site.origin}/${name}`);
    await settle(1000);
    await page.evaluate(() => {
      (window as unknown as { __marks: string[] }).__marks = [];
    });
    await settle(300);
    expect(await marks(page)).toEqual([]);

    const popup = await run.session.clickToolbarAction(page);
    await popup.waitFor('.popup[data-state="ready"]', 15_000);
    const article = await waitForReader(page, '.crux-article');
    // Unbalanced vectors may swallow later paragraphs; the lead always survives.
    expect(article.text).toContain('More than 200 volunteers');
    // Move over, scroll through and focus inside the article, as a reader would.
    await page.bringToFront();
    await page.mouse.move(200, 200);
    await inReader(page, (shadow) => {
      shadow.querySelector('.crux-scroller')?.scrollTo(0, 10_000);
      for (const element of shadow.querySelectorAll<HTMLElement>('p, a, details, summary')) {
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        element.focus();
      }
    });
    await settle(800);
    expect(await marks(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });
});
