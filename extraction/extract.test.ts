// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { NEWS_ARTICLE_CLUTTER } from '../tests/fixtures/pages/news-article.clutter';
import { extractArticle, extractArticleInTurns } from './extract';

const fixture = (name: string): string =>
  readFileSync(join(process.cwd(), 'tests/fixtures/pages', name), 'utf8');

function extract(html: string, force = false, maxElements?: number) {
  const dom = new JSDOM(html, { url: 'https://coastal-ledger.example/news/harbour-seawall' });
  const before = dom.window.document.documentElement.outerHTML;
  const result = extractArticle(dom.window.document, dom.window, { force, maxElements });
  return { result, unchanged: dom.window.document.documentElement.outerHTML === before };
}

describe('extractArticle on a cluttered news page', () => {
  const { result, unchanged } = extract(fixture('news-article.html'));
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  const { article } = result;

  it('reads the metadata, without the site suffix in the title or "By" in the byline', () => {
    expect(article.title).toBe('Harbour city votes to rebuild its flooded seawall');
    expect(article.byline).toBe('Priya Raman');
    expect(article.siteName).toBe('The Coastal Ledger');
    expect(article.publishedTime).toBe('2025-03-14T09:30:00Z');
    expect(article.lang).toBe('en');
  });

  it('keeps every paragraph, heading, list item and quote of the story', () => {
    for (const kept of [
      'The city council of Port Alder voted 7 to 2 on Thursday',
      'This wall is the difference between a town that floods and a town that endures.',
      'Fishermen fear for the harbour',
      'The bond goes to a referendum in June.',
      'The sea does not negotiate, and neither should we.',
      'It is a real cost, and we will be honest about it',
    ]) {
      expect(article.text).toContain(kept);
    }
    expect(article.html).toMatch(/<h2>Fishermen fear for the harbour<\/h2>/);
    expect(article.html).toMatch(/<blockquote>/);
    expect(article.html).toMatch(/<figcaption>Waves break over the old seawall/);
  });

  it('drops the clutter around and inside the story', () => {
    for (const clutter of NEWS_ARTICLE_CLUTTER) {
      expect(article.text).not.toContain(clutter);
    }
  });

  it('separates paragraphs with a blank line and counts words and minutes', () => {
    expect(article.text.split('\n\n').length).toBeGreaterThan(10);
    expect(article.wordCount).toBeGreaterThan(400);
    expect(article.wordCount).toBeLessThan(450);
    expect(article.readingMinutes).toBe(2);
  });

  it('leaves the page it read untouched', () => {
    expect(unchanged).toBe(true);
  });
});

describe('extractArticle on pages that are not articles', () => {
  it('says a sign-in page does not look like an article', () => {
    expect(extract(fixture('not-an-article.html')).result).toEqual({ ok: false, reason: 'not-article' });
  });

  it('says an empty page has no readable text even when forced', () => {
    expect(extract('<html><body></body></html>', true).result.ok).toBe(false);
  });

  it('refuses a page too large to read safely', () => {
    const page = `<html><body>${'<p>Words of an article.</p>'.repeat(500)}</body></html>`;
    expect(extract(page, true, 400).result).toEqual({ ok: false, reason: 'too-large' });
    expect(extract(page, true, 600).result.ok).toBe(true);
  });
});

describe('extractArticle on hostile markup', () => {
  const { result } = extract(fixture('hostile-article.html'));
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  const { html } = result.article;

  it('keeps the story', () => {
    expect(result.article.title).toBe('Volunteers map every tree in Millbrook');
    expect(result.article.text).toContain('More than 200 volunteers');
    expect(result.article.text).toContain('Every one of these trees has a story');
  });

  it('keeps no script, handler, frame, style or script URL', () => {
    expect(html).not.toMatch(/<script|<iframe|<style|<form|<input/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|data:text\/html/i);
    expect(html).not.toMatch(/srcdoc|style=/i);
  });
});

describe('extractArticleInTurns', () => {
  const page = (): JSDOM =>
    new JSDOM(fixture('news-article.html'), { url: 'https://coastal-ledger.example/news/harbour-seawall' });

  it('reads the same article as extractArticle, giving the page a turn between stages', async () => {
    const first = page();
    const whole = extractArticle(first.window.document, first.window);
    const dom = page();
    const pause = vi.fn(() => Promise.resolve());
    const turns = await extractArticleInTurns(dom.window.document, dom.window, { pause });
    expect(turns).toEqual(whole);
    // After the check, the two parts of pruning, Readability, gap filling, and the three parts of
    // sanitising (the light copy, DOMPurify, the clean-up after it).
    expect(pause).toHaveBeenCalledTimes(8);
  });

  it('gives up as too large when reading takes longer than its budget', async () => {
    const dom = page();
    let clock = 0;
    const result = await extractArticleInTurns(dom.window.document, dom.window, {
      budgetMs: 1_000,
      now: () => clock,
      pause: async () => {
        clock += 400;
      },
    });
    expect(result).toEqual({ ok: false, reason: 'too-large' });
  });
});
