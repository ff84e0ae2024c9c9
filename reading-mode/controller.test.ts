// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import * as extraction from '../extraction/extract';
import type { OpenResponse } from '../tab/messages';
import { ReaderController } from './controller';
import { readerHost, readerShadow, recordShadowRoots, useDialogs } from '../tests/unit-helpers/reader-layer';

/** A long enough article for Readability, under the given headline, built node by node. */
function showArticle(headline: string): void {
  document.title = headline;
  const article = document.createElement('article');
  const title = document.createElement('h1');
  title.textContent = headline;
  article.append(title);
  for (let index = 1; index <= 8; index += 1) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `${headline} paragraph ${index}: the council met on Thursday and voted to rebuild the seawall, which has flooded the lower town twice in two winters, closing the ferry terminal.`;
    article.append(paragraph);
  }
  document.body.replaceChildren(article);
}

const shownTitle = (): string | null | undefined =>
  readerShadow(document)?.querySelector('.crux-title')?.textContent;

const open = { type: 'crux:open', force: true } as const;
/** Asked after an open, a status answers once reading mode is drawn. */
const status = { type: 'crux:status' } as const;

useDialogs();
recordShadowRoots();

describe('ReaderController', () => {
  const controller = new ReaderController(document);
  beforeEach(() => useEnglishMessages());
  afterEach(async () => {
    await controller.handle({ type: 'crux:close' });
    vi.restoreAllMocks();
  });

  it('redraws reading mode when a single-page app has moved to another article under it', async () => {
    history.pushState({}, '', '/first-story');
    showArticle('First story of the app');
    expect(await controller.handle(open)).toMatchObject({ ok: true, readerOn: true });
    await controller.handle(status);
    expect(shownTitle()).toBe('First story of the app');

    history.pushState({}, '', '/second-story');
    showArticle('Second story of the app');
    const second = (await controller.handle(open)) as OpenResponse;
    expect(second).toMatchObject({ ok: true, url: expect.stringContaining('/second-story') });
    await controller.handle(status);
    expect(shownTitle()).toBe('Second story of the app');
    expect(document.querySelectorAll('[data-crux-reader]')).toHaveLength(1);
  });

  it('lets the page run its own tasks while it reads the page, before reading mode is drawn', async () => {
    history.pushState({}, '', '/long-story');
    showArticle('A story read in turns');
    const seen: string[] = [];
    // A task of the page's, queued as the reader clicks: it must not wait for the whole reading.
    setTimeout(() => seen.push(readerHost(document) ? 'after drawing' : 'while reading'));
    const opening = controller.handle(open);
    seen.push('click answered');
    expect(await opening).toMatchObject({ ok: true, readerOn: true });
    expect(seen).toEqual(['click answered', 'while reading']);
  });

  it('answers with the article before drawing reading mode, which a status, a close or a toggle waits for', async () => {
    history.pushState({}, '', '/answered-first');
    showArticle('A story answered before it is drawn');
    // The popup analyses the article while the tab draws: the answer does not wait for the drawing.
    expect(await controller.handle(open)).toMatchObject({ ok: true, readerOn: true });
    expect(readerHost(document)).toBeNull();
    expect(await controller.handle(status)).toEqual({ readerOn: true });
    expect(shownTitle()).toBe('A story answered before it is drawn');

    // A close while reading mode is still being drawn keeps it shut.
    await controller.handle({ type: 'crux:close' });
    await controller.handle(open);
    expect(await controller.handle({ type: 'crux:close' })).toEqual({ readerOn: false });
    expect(await controller.handle(status)).toEqual({ readerOn: false });
    expect(readerHost(document)).toBeNull();

    // The shortcut's toggle answers once reading mode is drawn.
    expect(await controller.handle({ type: 'crux:toggle' })).toEqual({ readerOn: true });
    expect(shownTitle()).toBe('A story answered before it is drawn');
  });

  it('reads the page once for two requests at the same time, and shows one reading mode', async () => {
    history.pushState({}, '', '/twice-asked');
    showArticle('A story asked for twice');
    const read = vi.spyOn(extraction, 'extractArticleInTurns');
    const [first, second] = await Promise.all([controller.handle(open), controller.handle(open)]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true, readerOn: true });
    await controller.handle(status);
    expect(document.querySelectorAll('[data-crux-reader]')).toHaveLength(1);
  });

  it('heeds a close that arrives while the page is still being read: reading mode stays shut', async () => {
    history.pushState({}, '', '/closed-early');
    showArticle('A story closed before it was shown');
    const opening = controller.handle(open);
    expect(await controller.handle({ type: 'crux:close' })).toEqual({ readerOn: false });
    expect(await opening).toMatchObject({ ok: true, readerOn: false });
    expect(readerHost(document)).toBeNull();
    // The reading is kept: asking again shows it.
    expect(await controller.handle(open)).toMatchObject({ ok: true, readerOn: true });
  });

  it('answers a failure inside extraction with a reason, never a throw, and reads again next time', async () => {
    history.pushState({}, '', '/broken-story');
    showArticle('A page that breaks the extractor');
    const read = vi.spyOn(extraction, 'extractArticleInTurns').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(await controller.handle(open)).toEqual({ ok: false, reason: 'error' });
    expect(await controller.handle({ type: 'crux:status' })).toEqual({ readerOn: false });
    expect(await controller.handle(open)).toMatchObject({ ok: true, readerOn: true });
    expect(read).toHaveBeenCalledTimes(2);
  });
});
