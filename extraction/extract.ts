import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import { removeClobbering } from './clobbering';
import { dropCreditElements, dropCreditLines } from './credits';
import { normalizeFigures } from './figures';
import { numberParagraphs, restoreDroppedParagraphs } from './gaps';
import { findLead, withLead } from './lead';
import { applyLivePage, hasComputedStyle } from './live-page';
import { isTooLarge, PAGE_LIMITS } from './page-size';
import { pruneClutter, pruneStrayPrompts } from './prune';
import { pruneCommentSections, pruneSideRegions, titleHeading } from './regions';
import { dropHeadByline, dropPullQuotes, dropRepeatedLead, dropRepeatedParagraphs } from './repeats';
import { lightCopy, openLinksSafely, sanitizeArticle } from './sanitize';
import { articleParts, countWords, readingMinutes } from './text';
import type { Article, ExtractionResult } from './types';

export interface ExtractOptions {
  /** Read the page even when it does not look like an article. */
  force?: boolean;
  /** Give up on pages with more elements than this (default `PAGE_LIMITS.elements`). */
  maxElements?: number;
  /** Told how long each stage took, for the benchmark (a stage may report in more than one part). */
  onStage?: (stage: ExtractionStage, milliseconds: number) => void;
  /**
   * Drop what the page's style sheets hide (default: in a browser, not in jsdom, whose computed
   * style is partial and slow).
   */
  computedStyle?: boolean;
}

/** The stages of extraction, in order. */
export type ExtractionStage = 'check' | 'prune' | 'readability' | 'sanitize' | 'text';

/** The steps of one extraction: each yields the stage it has worked on, and the last returns the result. */
type ExtractionSteps = Generator<ExtractionStage, ExtractionResult, void>;

/**
 * The clean article of a page, read in one go. `document` is left untouched: Readability works on a
 * copy. Sanitising comes after Readability, which needs the page's metadata that sanitising would drop.
 */
export function extractArticle(
  document: Document,
  window: WindowLike,
  options: ExtractOptions = {},
): ExtractionResult {
  const steps = extractionSteps(document, window, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** How `extractArticleInTurns` gives the page its turn, and how long it may take in all. */
export interface TurnOptions extends ExtractOptions {
  /** Resolves once the page has had a turn (default `givePageATurn`). */
  pause?: () => Promise<void>;
  /** Gives up as too large when reading has taken longer than this, counted between stages. */
  budgetMs?: number;
  /** The clock, in milliseconds (default `performance.now`). */
  now?: () => number;
}

/** Reading time past which a page counts as too large, however it fits the page limits. */
export const EXTRACTION_BUDGET_MS = 20_000;

/**
 * The same article as `extractArticle`, read in turns: between stages the page gets its turn, so it
 * keeps answering its reader's scrolls and clicks while a long page is read.
 */
export async function extractArticleInTurns(
  document: Document,
  window: WindowLike,
  options: TurnOptions = {},
): Promise<ExtractionResult> {
  const { pause = givePageATurn, budgetMs = EXTRACTION_BUDGET_MS, now = () => performance.now() } = options;
  const start = now();
  const steps = extractionSteps(document, window, options);
  let step = steps.next();
  while (!step.done) {
    await pause();
    if (now() - start > budgetMs) return { ok: false, reason: 'too-large' };
    step = steps.next();
  }
  return step.value;
}

/**
 * Lets the page run what waits in its task queue (input, rendering, its own timers and scripts) before
 * the next stage. A timer, not `scheduler.yield()`, whose continuation would go before the page's own
 * tasks: the page is as much the reader's as the article.
 */
export function givePageATurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function* extractionSteps(document: Document, window: WindowLike, options: ExtractOptions): ExtractionSteps {
  const time = stageTimer(options.onStage);
  const readable = time('check', () =>
    isTooLarge(document, { ...PAGE_LIMITS, elements: options.maxElements ?? PAGE_LIMITS.elements })
      ? 'too-large'
      : options.force || isProbablyReaderable(document),
  );
  if (readable === 'too-large') return { ok: false, reason: 'too-large' };
  if (!readable) return { ok: false, reason: 'not-article' };
  yield 'check';

  // The page is read in this one step: later steps work on the copy, whatever the page does meanwhile.
  const copy = time('prune', () => {
    const clone = inertCopy(document, window);
    applyLivePage(document, clone, options.computedStyle ?? hasComputedStyle(document));
    removeClobbering(clone);
    return clone;
  });
  yield 'prune';
  const { lead, numbered } = time('prune', () => {
    const anchor = titleHeading(copy);
    pruneSideRegions(copy, anchor);
    pruneCommentSections(copy, anchor);
    pruneClutter(copy, anchor);
    dropPullQuotes(copy);
    dropCreditElements(copy);
    normalizeFigures(copy);
    return { lead: findLead(copy), numbered: numberParagraphs(copy) };
  });
  yield 'prune';

  // The article as an element of the copy, not as markup: the later stages work on it in place.
  const parsed = time('readability', () =>
    new Readability(copy, { serializer: (node) => node as Element }).parse(),
  );
  const content = parsed?.content;
  if (!parsed || !content) return { ok: false, reason: options.force ? 'empty' : 'not-article' };
  yield 'readability';
  const title = cleanTitle(parsed.title, parsed.siteName, lead.headline);
  time('readability', () => {
    restoreDroppedParagraphs(content, numbered);
    withLead(content, parsed.textContent ?? '', title, lead);
  });
  yield 'readability';

  // The element's children, not the element: the article's markup starts inside Readability's wrapper.
  // Copied in a turn of its own: in Firefox a long article's copy takes as long as sanitising it.
  const light = time('sanitize', () => lightCopy(content.childNodes, content.ownerDocument));
  yield 'sanitize';
  const body = time('sanitize', () => sanitizeArticle(light, window));
  yield 'sanitize';
  const headByline = time('sanitize', () => {
    pruneStrayPrompts(body);
    dropCreditLines(body);
    dropRepeatedLead(body, title, lead.standfirst?.textContent ?? null);
    dropRepeatedParagraphs(body);
    openLinksSafely(body);
    return dropHeadByline(body);
  });
  yield 'sanitize';

  const { text, asides } = time('text', () => articleParts(body));
  if (!text) return { ok: false, reason: 'empty' };
  const wordCount = countWords(text);
  const article: Article = {
    title,
    byline: cleanByline(parsed.byline) ?? clean(headByline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? clean(document.documentElement.getAttribute('lang')),
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    excerpt: clean(parsed.excerpt),
    text,
    asides,
    html: body.innerHTML,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
  return { ok: true, article, body };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** Separators between a headline and the site's name in a page title: "Queues | Tally". */
const TITLE_SEPARATOR = /\s+[|\-–—·»:]{1,2}\s+/g;

/**
 * The title without the site's name after it, when the rest is the site name or the page's headline.
 * Readability keeps the suffix when the headline alone would be short.
 */
function cleanTitle(
  value: string | null | undefined,
  siteName: string | null | undefined,
  headline: string | null,
): string | null {
  const title = clean(value);
  if (!title) return null;
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const last = separators[separators.length - 1];
  if (last?.index === undefined) return title;
  const head = title.slice(0, last.index);
  const tail = title.slice(last.index + last[0].length);
  const site = clean(siteName)?.toLowerCase();
  return (site && tail.toLowerCase() === site) || head === headline ? head : title;
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
