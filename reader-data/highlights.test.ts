import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addressKey } from './article-key';
import {
  MAX_HIGHLIGHT_BYTES,
  allHighlights,
  articleHighlights,
  changeArticleHighlights,
  deleteAllHighlights,
  highlightsExport,
  importHighlights,
  newHighlightId,
  validLibrary,
  type ArticleAbout,
  type Highlight,
} from './highlights';

const ABOUT: ArticleAbout = {
  url: 'https://news.example/story#part-2',
  title: 'Rates',
  byline: 'Ana Ruiz',
  siteName: 'Example News',
  publishedTime: '2026-11-30',
};

const highlight = (id: string, exact: string, at = 1, note = ''): Highlight => ({
  id,
  quote: { exact, prefix: '', suffix: '', start: 0 },
  color: 'yellow',
  note,
  at,
});

describe('the highlights store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps an article’s highlights in storage.local under the hash of its address without the fragment', async () => {
    await changeArticleHighlights(ABOUT, () => [highlight('h1', 'rates will rise')]);
    const stored = await fakeBrowser.storage.local.get('highlights');
    const key = addressKey('https://news.example/story');
    expect(Object.keys(stored.highlights as object)).toEqual([key]);
    expect((await articleHighlights('https://news.example/story#other'))?.url).toBe(
      'https://news.example/story',
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('forgets an article left with no highlight', async () => {
    await changeArticleHighlights(ABOUT, () => [highlight('h1', 'rates will rise')]);
    await changeArticleHighlights(ABOUT, () => []);
    expect(await allHighlights()).toEqual({});
  });

  it('refuses a change past the bound, and keeps what was there', async () => {
    await changeArticleHighlights(ABOUT, () => [highlight('h1', 'rates will rise')]);
    const huge = Array.from({ length: 700 }, (_, index) => highlight(`b${index}`, 'x'.repeat(4_900)));
    const result = await changeArticleHighlights(ABOUT, (kept) => [...kept, ...huge]);
    expect(result).toEqual({ ok: false, reason: 'full' });
    expect((await articleHighlights(ABOUT.url))?.highlights.map((kept) => kept.id)).toEqual(['h1']);
    expect(700 * 4_900).toBeGreaterThan(MAX_HIGHLIGHT_BYTES);
  });

  it('drops malformed and tampered records: a key that is not the hash of the record’s own address, a bad colour', () => {
    const good = {
      ...ABOUT,
      url: 'https://news.example/story',
      highlights: [highlight('h1', 'words')],
      at: 1,
    };
    expect(
      validLibrary({
        [addressKey('https://news.example/story')]: good,
        [addressKey('https://other.example/')]: good,
        x: 'nonsense',
        [addressKey('https://news.example/b')]: {
          ...good,
          url: 'https://news.example/b',
          highlights: [{ ...highlight('h2', 'w'), color: 'red' }],
        },
      }),
    ).toEqual({ [addressKey('https://news.example/story')]: good });
    expect(validLibrary('junk')).toEqual({});
  });

  it('round-trips an export through import, merging by id and keeping the version changed last', async () => {
    await changeArticleHighlights(ABOUT, () => [highlight('h1', 'first', 1), highlight('h2', 'second', 1)]);
    const exported = JSON.parse(JSON.stringify(highlightsExport(await allHighlights())));
    await deleteAllHighlights();
    expect(await importHighlights(exported)).toEqual({ ok: true });
    expect((await articleHighlights(ABOUT.url))?.highlights.map((kept) => kept.quote.exact)).toEqual([
      'first',
      'second',
    ]);
    await changeArticleHighlights(ABOUT, () => [highlight('h1', 'first', 5, 'newer note')]);
    await importHighlights(exported);
    const merged = (await articleHighlights(ABOUT.url))?.highlights ?? [];
    expect(merged.find((kept) => kept.id === 'h1')?.note).toBe('newer note');
    expect(merged.map((kept) => kept.id).sort()).toEqual(['h1', 'h2']);
  });

  it('refuses to import what is not a Crux export', async () => {
    expect(await importHighlights({ articles: [] })).toEqual({ ok: false, reason: 'invalid' });
    expect(await importHighlights('[]')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('makes ids that differ and pass its own validation', () => {
    const ids = new Set(Array.from({ length: 100 }, newHighlightId));
    expect(ids.size).toBe(100);
    expect([...ids].every((id) => /^[0-9a-f]{24}$/u.test(id))).toBe(true);
  });
});
