// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import type { Article } from '../extraction/types';
import { LONG_ARTICLE_WORDS } from './ReaderView';
import { readerHost, useDialogs } from '../tests/unit-helpers/reader-layer';
import { READER_ATTRIBUTE } from './host';
import { showReader as openReader, type OpenReader } from './overlay';
import { DEFAULT_READER_SETTINGS, readerSettings } from '../settings/reader-settings';

useDialogs();

const article: Article = {
  title: 'Volunteers map every tree',
  byline: 'Ana Ruiz',
  siteName: 'Millbrook Gazette',
  publishedTime: '2025-06-01T08:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  text: 'More than 200 volunteers spent the summer measuring trees.',
  asides: [],
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

  it('draws the article in a closed shadow root, as a modal dialog, leaving the page’s own attributes be', () => {
    const reader = showReader(document, article, articleContent(), () => undefined);
    const host = readerHost(document);
    expect(host?.tagName).toBe('DIV');
    expect(host?.shadowRoot).toBeNull();
    const layer = reader.shadow.querySelector('dialog.crux-layer');
    expect(layer?.hasAttribute('open')).toBe(true);
    expect(layer?.getAttribute('aria-label')).toBe('Reading mode: Volunteers map every tree');
    expect(reader.shadow.querySelector('.crux-title')?.textContent).toBe('Volunteers map every tree');
    expect(reader.shadow.querySelector('.crux-meta')?.textContent).toContain('By Ana Ruiz');
    expect(reader.shadow.querySelector('.crux-body p')?.textContent).toContain('200 volunteers');
    expect(host?.getAttribute('style')).toContain('all: initial !important');
    // The modal dialog makes the page inert natively: no attribute of the page's is touched.
    expect(document.body.hasAttribute('inert')).toBe(false);
    expect(document.body.hasAttribute('aria-hidden')).toBe(false);
  });

  it('guards the root’s style while open, and puts it back exactly on close', () => {
    document.documentElement.setAttribute('style', 'color: red');
    const reader = showReader(document, article, articleContent(), () => undefined);
    const root = document.documentElement.style;
    expect(root.getPropertyValue('filter')).toBe('none');
    expect(root.getPropertyPriority('filter')).toBe('important');
    expect(root.getPropertyValue('display')).toBe('block');
    reader.close();
    expect(document.documentElement.getAttribute('style')).toBe('color: red');
    document.documentElement.removeAttribute('style');
  });

  it('sets the root’s guards again when the page’s script takes one off, and only then', async () => {
    const closed = vi.fn();
    const reader = showReader(document, article, articleContent(), closed);
    const root = document.documentElement.style;
    // The page's own use of its root's style (a custom property, say) sets no guard again.
    root.setProperty('--page-height', '100px');
    root.removeProperty('filter');
    await vi.waitFor(() => expect(root.getPropertyValue('filter')).toBe('none'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).not.toHaveBeenCalled();
    expect(root.getPropertyValue('--page-height')).toBe('100px');
    reader.close();
    document.documentElement.removeAttribute('style');
  });

  it('puts the page back exactly as it was when closed with Escape', () => {
    document.body.setAttribute('aria-hidden', 'false');
    const before = document.documentElement.outerHTML;
    const onClosed = vi.fn();
    const reader = showReader(document, article, articleContent(), onClosed);
    expect(document.documentElement.outerHTML).not.toBe(before);
    // Esc on a modal dialog: the browser fires `cancel` at it.
    reader.shadow.querySelector('dialog')?.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(onClosed).toHaveBeenCalledOnce();
    expect(readerHost(document)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('closes from its close button', () => {
    const before = document.documentElement.outerHTML;
    const reader = showReader(document, article, articleContent(), () => undefined);
    reader.shadow.querySelector<HTMLButtonElement>('.crux-close')?.click();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('closes cleanly when the page’s script removes or changes its layer', async () => {
    const before = document.documentElement.outerHTML;
    const removed = vi.fn();
    showReader(document, article, articleContent(), removed);
    readerHost(document)?.remove();
    await vi.waitFor(() => expect(removed).toHaveBeenCalledOnce());
    expect(document.documentElement.outerHTML).toBe(before);

    const restyled = vi.fn();
    showReader(document, article, articleContent(), restyled);
    readerHost(document)?.setAttribute('style', 'display: none');
    await vi.waitFor(() => expect(restyled).toHaveBeenCalledOnce());
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('puts the page back and throws when it cannot stand the layer up', () => {
    const before = document.documentElement.outerHTML;
    const showModal = vi.spyOn(window.HTMLDialogElement.prototype, 'showModal').mockImplementation(() => {
      throw new DOMException('not allowed', 'InvalidStateError');
    });
    expect(() => showReader(document, article, articleContent(), () => undefined)).toThrow('not allowed');
    showModal.mockRestore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('opens again after closing', () => {
    showReader(document, article, articleContent(), () => undefined).close();
    const reader = showReader(document, article, articleContent(), () => undefined);
    expect(document.querySelectorAll(`[${READER_ATTRIBUTE}]`)).toHaveLength(1);
    expect(reader.shadow.querySelector('.crux-body')?.textContent).toContain('200 volunteers');
  });

  it('names font families no page can claim, new for every reading', async () => {
    await readerSettings.setValue(DEFAULT_READER_SETTINGS);
    const fontOf = (reader: OpenReader): string =>
      reader.shadow.querySelector<HTMLElement>('.crux-scroller')?.style.getPropertyValue('--crux-font') ?? '';
    const first = showReader(document, article, articleContent(), () => undefined);
    expect(fontOf(first)).toMatch(/^crux-serif-[a-z0-9]+, serif$/);
    const firstFont = fontOf(first);
    first.close();
    const second = showReader(document, article, articleContent(), () => undefined);
    expect(fontOf(second)).not.toBe(firstFont);
    await readerSettings.setValue({ ...DEFAULT_READER_SETTINGS, font: 'sans' });
    await vi.waitFor(() => expect(fontOf(second)).toBe('system-ui, sans-serif'));
    await readerSettings.setValue({ ...DEFAULT_READER_SETTINGS, font: 'legible' });
    await vi.waitFor(() => expect(fontOf(second)).toMatch(/^crux-legible-[a-z0-9]+, system-ui, sans-serif$/));
    const pageRules = document.querySelector(`[${READER_ATTRIBUTE}] > style`)?.textContent ?? '';
    expect(pageRules).toContain('@media print');
    expect(pageRules).not.toContain('@font-face');
    await readerSettings.setValue(DEFAULT_READER_SETTINGS);
  });

  it('marks a very long article, which the browser then lays out near the screen only', () => {
    const body = (): Element | null | undefined => opened.at(-1)?.shadow.querySelector('.crux-body');
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
