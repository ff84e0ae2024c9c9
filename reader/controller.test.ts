// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import * as extraction from '../extraction/extract';
import type { OpenResponse } from '../shared/messages';
import { ReaderController } from './controller';
import { READER_TAG } from './overlay';

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
  document.querySelector(READER_TAG)?.shadowRoot?.querySelector('.crux-title')?.textContent;

describe('ReaderController', () => {
  const controller = new ReaderController(document);
  beforeEach(() => useEnglishMessages());
  afterEach(() => {
    controller.handle({ type: 'crux:close' });
    vi.restoreAllMocks();
  });

  it('redraws reading mode when a single-page app has moved to another article under it', () => {
    showArticle('First story of the app');
    expect(controller.handle({ type: 'crux:open', force: true })).toMatchObject({ ok: true, readerOn: true });
    expect(shownTitle()).toBe('First story of the app');

    history.pushState({}, '', '/second-story');
    showArticle('Second story of the app');
    const second = controller.handle({ type: 'crux:open', force: true }) as OpenResponse;
    expect(second).toMatchObject({ ok: true, url: expect.stringContaining('/second-story') });
    expect(shownTitle()).toBe('Second story of the app');
    expect(document.querySelectorAll(READER_TAG)).toHaveLength(1);
  });

  it('answers a failure inside extraction with a reason, never a throw', () => {
    history.pushState({}, '', '/broken-story');
    showArticle('A page that breaks the extractor');
    vi.spyOn(extraction, 'extractArticle').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(controller.handle({ type: 'crux:open', force: true })).toEqual({ ok: false, reason: 'error' });
    expect(controller.handle({ type: 'crux:status' })).toEqual({ readerOn: false });
  });
});
