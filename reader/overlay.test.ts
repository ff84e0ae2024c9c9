// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import type { Article } from '../extraction/types';
import { READER_TAG, showReader as openReader, type OpenReader } from './overlay';

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
});
