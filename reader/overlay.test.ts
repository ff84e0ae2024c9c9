// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import type { Article } from '../extraction/types';
import { LONG_ARTICLE_WORDS } from '../components/ReaderView';
import { READER_TAG, showReader as openReader, type OpenReader } from './overlay';
import { DEFAULT_READER_SETTINGS, readerSettings } from './settings';

const article: Article = {
  title: 'Volunteers map every tree',
  byline: 'Ana Ruiz',
  siteName: 'Millbrook Gazette',
  publishedTime: '2025-06-01T08:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  text: 'More than 200 volunteers spent the summer measuring trees.',
  html: '<p>More than 200 volunteers spent the summer measuring trees.</p>',
  wordCount: 9,
  readingMinutes: 1,
};

function articleContent(): DocumentFragment {
  const content = document.createDocumentFragment();
  const paragraph = document.createElement('p');
  paragraph.textContent = 'More than 200 volunteers spent the summer measuring trees.';
  content.append(paragraph);
  return content;
}

const opened: OpenReader[] = [];
const showReader: typeof openReader = (...args) => {
  const reader = openReader(...args);
  opened.push(reader);
  return reader;
};

describe('showReader', () => {
  afterEach(() => opened.splice(0).forEach((reader) => reader.close()));
  beforeEach(() => {
    useEnglishMessages();
    document.documentElement.lang = 'en';
    document.body.replaceChildren();
    document.body.removeAttribute('inert');
    document.body.setAttribute('class', 'page');
    const main = document.createElement('main');
    main.textContent = 'The page itself, with its own clutter.';
    document.body.append(main);
  });

  it('draws the article in a shadow root over the page and hides the page from assistive technology', () => {
    showReader(document, article, articleContent(), () => undefined);
    const host = document.querySelector(READER_TAG);
    const shadow = host?.shadowRoot;
    expect(shadow?.querySelector('.crux-title')?.textContent).toBe('Volunteers map every tree');
    expect(shadow?.querySelector('.crux-meta')?.textContent).toContain('By Ana Ruiz');
    expect(shadow?.querySelector('.crux-body p')?.textContent).toContain('200 volunteers');
    expect(host?.getAttribute('style')).toContain('position: fixed !important');
    expect(document.body.hasAttribute('inert')).toBe(true);
    expect(document.body.getAttribute('aria-hidden')).toBe('true');
  });

  it('puts the page back exactly as it was when closed with Escape', () => {
    document.body.setAttribute('aria-hidden', 'false');
    const before = document.documentElement.outerHTML;
    const onClosed = vi.fn();
    showReader(document, article, articleContent(), onClosed);
    expect(document.documentElement.outerHTML).not.toBe(before);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClosed).toHaveBeenCalledOnce();
    expect(document.querySelector(READER_TAG)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('closes from its close button', () => {
    const before = document.documentElement.outerHTML;
    showReader(document, article, articleContent(), () => undefined);
    const close = document
      .querySelector(READER_TAG)
      ?.shadowRoot?.querySelector<HTMLButtonElement>('.crux-close');
    close?.click();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('opens again after closing', () => {
    showReader(document, article, articleContent(), () => undefined).close();
    showReader(document, article, articleContent(), () => undefined);
    expect(document.querySelectorAll(READER_TAG)).toHaveLength(1);
    const body = document.querySelector(READER_TAG)?.shadowRoot?.querySelector('.crux-body');
    expect(body?.textContent).toContain('200 volunteers');
  });

  it('declares the bundled face in the page only while the reader has chosen it', async () => {
    await readerSettings.setValue(DEFAULT_READER_SETTINGS);
    showReader(document, article, articleContent(), () => undefined);
    const pageRules = (): string => document.querySelector(`${READER_TAG} > style`)?.textContent ?? '';
    expect(pageRules()).toContain('@media print');
    // A new @font-face makes the browser lay the whole page out again: none for the default serif.
    expect(pageRules()).not.toContain('@font-face');
    await readerSettings.setValue({ ...DEFAULT_READER_SETTINGS, font: 'legible' });
    await vi.waitFor(() => expect(pageRules()).toContain("font-family: 'Crux Atkinson Hyperlegible'"));
    await readerSettings.setValue({ ...DEFAULT_READER_SETTINGS, font: 'sans' });
    await vi.waitFor(() => expect(pageRules()).not.toContain('@font-face'));
  });

  it('marks a very long article, which the browser then lays out near the screen only', () => {
    const body = (): Element | null | undefined =>
      document.querySelector(READER_TAG)?.shadowRoot?.querySelector('.crux-body');
    showReader(
      document,
      { ...article, wordCount: LONG_ARTICLE_WORDS - 1 },
      articleContent(),
      () => undefined,
    );
    expect(body()?.classList.contains('crux-long')).toBe(false);
    opened.splice(0).forEach((reader) => reader.close());
    showReader(document, { ...article, wordCount: LONG_ARTICLE_WORDS }, articleContent(), () => undefined);
    expect(body()?.classList.contains('crux-long')).toBe(true);
  });
});
