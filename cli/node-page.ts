import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeArticle } from '../analysis';
import type { Insights } from '../analysis/types';
import { extractArticle } from '../extraction/extract';
import { FAILURE_MESSAGES } from '../extraction/failure-messages';
import { countWords, readingMinutes } from '../extraction/text';
import type { Article } from '../extraction/types';
import { withoutUnreadableStyles, type StyleProbe } from './unreadable-styles';

/** The analyzer's output: the clean article and its insights, one flat object. */
export type Report = Article & Insights;

export type ReportResult = { ok: true; report: Report } | { ok: false; error: string };

/** Lets jsdom finish closing a page's window: it frees the page only on a later turn of the event loop. */
export function releasePages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where a page without its own address is taken to live, as in Readability's own tests. */
export const DEFAULT_PAGE_URL = 'http://fakehost/test/page.html';

/**
 * A page parsed by jsdom, quietly: page scripts never run and its console stays out of ours. Styles
 * jsdom's CSS parser throws on are left out rather than losing the page (see unreadable-styles.ts).
 */
export function parsePage(html: string, url: string): JSDOM {
  try {
    return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return new JSDOM(withoutUnreadableStyles(html, jsdomStyleProbe()), {
      url,
      virtualConsole: new VirtualConsole(),
    });
  }
}

/** Asks a blank jsdom page whether its CSS parser reads a style sheet or a style attribute without throwing. */
function jsdomStyleProbe(): StyleProbe {
  const { document } = new JSDOM('', { virtualConsole: new VirtualConsole() }).window;
  const reads = (apply: () => void): boolean => {
    try {
      apply();
      return true;
    } catch {
      return false;
    }
  };
  return {
    sheet: (css) =>
      reads(() => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        style.remove();
      }),
    declarations: (css) => reads(() => document.createElement('div').setAttribute('style', css)),
  };
}

/** The stages a saved page goes through, named in an error so a failure says where it happened. */
type Stage = 'reading the page' | 'extraction' | 'analysis';

function inStage<T>(stage: Stage, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${stage} failed: ${message}`, { cause: error });
  }
}

/**
 * Extracts and analyses a saved page the way the extension does in a tab. The page is read even when
 * it does not look like an article, as the popup's "Try anyway" does: asking the analyzer is asking.
 * An unexpected error is thrown with the stage it came from in its message.
 */
export function reportFromHtml(html: string, url: string = DEFAULT_PAGE_URL): ReportResult {
  const dom = inStage('reading the page', () => parsePage(html, url));
  try {
    const result = inStage('extraction', () =>
      extractArticle(dom.window.document, dom.window, { force: true }),
    );
    if (!result.ok) return { ok: false, error: FAILURE_MESSAGES[result.reason] };
    const article = result.article;
    return { ok: true, report: inStage('analysis', () => withInsights(article)) };
  } finally {
    dom.window.close();
  }
}

/** Analyses a plain-text article (paragraphs separated by a blank line), with no extraction. */
export function reportFromText(text: string, title: string | null = null): ReportResult {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return { ok: false, error: FAILURE_MESSAGES.empty };
  const cleanText = paragraphs.join('\n\n');
  const wordCount = countWords(cleanText);
  const article: Article = {
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: paragraphs[0] ?? null,
    text: cleanText,
    asides: [],
    html: paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n'),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
  return { ok: true, report: inStage('analysis', () => withInsights(article)) };
}

function withInsights(article: Article): Report {
  return { ...article, ...analyzeArticle(article) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
