import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import { pruneClutter, pruneStrayPrompts } from './prune';
import { openLinksSafely, parseInert, sanitizeArticleHtml } from './sanitize';
import { articleText, countWords, readingMinutes } from './text';
import type { Article, ExtractionResult } from './types';

/** Pages larger than this many elements are too big to read without freezing the tab. */
export const MAX_ELEMENTS = 200_000;

export interface ExtractOptions {
  /** Read the page even when it does not look like an article. */
  force?: boolean;
  /** Give up on pages with more elements than this (default `MAX_ELEMENTS`). */
  maxElements?: number;
  /** Told how long each stage took, for the benchmark. */
  onStage?: (stage: ExtractionStage, milliseconds: number) => void;
}

/** The stages of extraction, in order. */
export type ExtractionStage = 'check' | 'prune' | 'readability' | 'sanitize' | 'text';

/**
 * The clean article of a page. `document` is left untouched: Readability works on a copy. Sanitising
 * comes after Readability, which needs the page's metadata that sanitising would drop.
 */
export function extractArticle(
  document: Document,
  window: WindowLike,
  options: ExtractOptions = {},
): ExtractionResult {
  const time = stageTimer(options.onStage);
  const readable = time('check', () =>
    document.getElementsByTagName('*').length > (options.maxElements ?? MAX_ELEMENTS)
      ? 'too-large'
      : options.force || isProbablyReaderable(document),
  );
  if (readable === 'too-large') return { ok: false, reason: 'too-large' };
  if (!readable) return { ok: false, reason: 'not-article' };

  const copy = time('prune', () => {
    const clone = inertCopy(document, window);
    pruneClutter(clone);
    return clone;
  });
  const parsed = time('readability', () => new Readability(copy).parse());
  if (!parsed?.content) return { ok: false, reason: options.force ? 'empty' : 'not-article' };
  const content = parsed.content;

  const body = time('sanitize', () => {
    const sanitized = parseInert(sanitizeArticleHtml(content, window), window);
    pruneStrayPrompts(sanitized);
    openLinksSafely(sanitized);
    return sanitized;
  });
  const text = time('text', () => articleText(body));
  if (!text) return { ok: false, reason: 'empty' };
  const wordCount = countWords(text);
  const article: Article = {
    title: clean(parsed.title),
    byline: cleanByline(parsed.byline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? clean(document.documentElement.getAttribute('lang')),
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    excerpt: clean(parsed.excerpt),
    text,
    html: body.innerHTML,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
  return { ok: true, article };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

function cleanByline(value: string | null | undefined): string | null {
  const byline = clean(value)?.replace(/^by[:\s]+/i, '');
  return byline ? byline : null;
}

/**
 * A copy of the page in a document made by DOMParser, where nothing loads and no handler runs. A plain
 * `document.cloneNode(true)` is not inert: in Chromium its images load and their `onerror` handlers
 * run in the page.
 */
function inertCopy(document: Document, window: WindowLike): Document {
  const copy = new window.DOMParser().parseFromString('<!doctype html><html></html>', 'text/html');
  copy.replaceChild(copy.importNode(document.documentElement, true), copy.documentElement);
  return copy;
}

/** Runs a stage, telling `onStage` how long it took. */
function stageTimer(onStage: ExtractOptions['onStage']) {
  return <T>(stage: ExtractionStage, run: () => T): T => {
    if (!onStage) return run();
    const start = performance.now();
    const result = run();
    onStage(stage, performance.now() - start);
    return result;
  };
}
