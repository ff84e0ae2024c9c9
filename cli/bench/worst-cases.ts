import { analyzeArticle } from '../../analysis';
import { extractArticle } from '../../extraction/extract';
import { FAILURE_MESSAGES } from '../../extraction/failure-messages';
import { parsePage, releasePages } from '../node-page';
import type { BenchResult } from './docs';
import { formatTable, markdownTable } from './stats';

/** A page built to be as hard as real pages get: huge, odd, or changing under the reader. */
export interface WorstCase {
  name: string;
  /** The file the page is served as, in the end-to-end tests. */
  file: string;
  html: string;
  /** Pages it loads (a frameset's frames), by file name. */
  companions?: Record<string, string>;
}

/** About 10 MB of article: the size of the largest single pages the web serves (long reports, logs). */
const HUGE_PAGE_BYTES = 10_000_000;
/** Paragraphs in the many-paragraphs page: far past any real article; extraction may refuse it as too large. */
const MANY_PARAGRAPHS = 100_000;
/** Nesting of the deep page: far beyond the 512 levels Chromium's HTML parser builds from markup. */
const DEEP_LEVELS = 5_000;
/**
 * Nesting of a second deep page: past Crux's depth limit, yet short of the depth at which Chromium's own
 * renderer crashes (between 2,800 and 3,000 levels in Chromium 156, with or without Crux).
 */
const RENDERED_DEEP_LEVELS = 2_500;
/** Images in the images-only page. */
const IMAGES = 400;

const NAMES = ['Ana Pereira', 'Jonah Whitaker', 'Mei Lin Zhou', 'Samuel Achebe'];

/** The n-th paragraph of an endless but ordinary news story, with people, a quote and a number. */
function paragraph(n: number): string {
  const name = NAMES[n % NAMES.length] ?? 'Ana Pereira';
  return (
    `In section ${n + 1}, the river authority measured ${(n * 37) % 900} cubic metres of water a second ` +
    `after the storm, a figure ${name} called worrying. “We will rebuild the embankment before the ` +
    `spring floods reach section ${n + 2},” ${name.split(' ')[0]} said on Thursday.`
  );
}

function articlePage(title: string, body: string, extraHead = '', extraBody = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>
<body><article><h1>${title}</h1>
${body}
</article>${extraBody}</body></html>`;
}

function paragraphs(count: number, render: (n: number) => string = paragraph): string {
  const parts: string[] = [];
  for (let n = 0; n < count; n += 1) parts.push(`<p>${render(n)}</p>`);
  return parts.join('\n');
}

/** A normal-sized story, for the pages whose oddity is not their size. */
const STORY = paragraphs(12);

/** A story at the bottom of `levels` nested elements. */
function deepPage(levels: number, file: string): WorstCase {
  return {
    name: `${levels.toLocaleString('en')} levels deep`,
    file,
    // Browsers stop nesting parsed markup at a few hundred levels; the script builds the rest.
    html: articlePage(
      'A story at the bottom of a deep page',
      `${'<div>'.repeat(levels)}<section id="deepest">${STORY}</section>${'</div>'.repeat(levels)}`,
      '',
      `<script>(() => {
  const story = document.getElementById('deepest');
  let depth = 0;
  for (let node = story; node; node = node.parentElement) depth += 1;
  let parent = story.parentElement;
  for (; depth < ${levels}; depth += 1) {
    const wrapper = document.createElement('div');
    parent.append(wrapper);
    parent = wrapper;
  }
  parent.append(story);
})();</script>`,
    ),
  };
}

/** The same worst cases for the benchmark (in memory) and the end-to-end tests (served). */
export function worstCasePages(): WorstCase[] {
  const perParagraph = `<p>${paragraph(0)}</p>\n`.length;
  const pixel =
    'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%22640%22 height=%22360%22/%3E';
  return [
    {
      name: 'about 10 MB of article',
      file: 'huge.html',
      html: articlePage(
        'The river authority’s very long report',
        paragraphs(Math.floor(HUGE_PAGE_BYTES / perParagraph)),
      ),
    },
    {
      name: `${MANY_PARAGRAPHS.toLocaleString('en')} short paragraphs`,
      file: 'many-paragraphs.html',
      html: articlePage(
        'A hundred thousand lines of minutes',
        paragraphs(MANY_PARAGRAPHS, (n) => `Item ${n + 1} was read and agreed.`),
      ),
    },
    deepPage(DEEP_LEVELS, 'deep.html'),
    deepPage(RENDERED_DEEP_LEVELS, 'deep-rendered.html'),
    {
      name: 'only images',
      file: 'images-only.html',
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gallery</title></head><body>${Array.from(
        { length: IMAGES },
        (_, n) => `<img src="${pixel}" alt="" width="640" height="360" data-n="${n}">`,
      ).join('')}</body></html>`,
    },
    {
      name: 'empty',
      file: 'empty.html',
      html: '<!doctype html><html><head><title></title></head><body></body></html>',
    },
    {
      name: 'frameset',
      file: 'frameset.html',
      html: `<!doctype html><html><head><title>Framed story</title></head><frameset cols="30%,70%"><frame src="frame-menu.html"><frame src="frame-story.html"></frameset></html>`,
      companions: {
        'frame-menu.html': '<!doctype html><title>Menu</title><ul><li><a href="#">Home</a></li></ul>',
        'frame-story.html': articlePage('The story inside a frame', STORY),
      },
    },
    {
      name: 'body replaced while read',
      file: 'body-replaced.html',
      // When reading mode hides the page (sets `inert` on <body>), the page swaps in a new <body>.
      html: articlePage(
        'A page that replaces its body',
        STORY,
        '',
        `<script>new MutationObserver((changes, observer) => {
  if (!document.body.hasAttribute('inert')) return;
  observer.disconnect();
  const fresh = document.createElement('body');
  fresh.innerHTML = '<article><h1>The replacement</h1><p>' + 'New text arrives. '.repeat(40) + '</p></article>';
  document.documentElement.replaceChild(fresh, document.body);
  window.__bodyReplaced = true;
}).observe(document.body, { attributes: true });</script>`,
      ),
    },
    {
      name: 'single-page app',
      file: 'spa.html',
      // `window.navigateTo()` is what a link in the app does: new address and article, no reload.
      html: articlePage(
        'First story of the app',
        STORY,
        '',
        `<script>window.navigateTo = () => {
  history.pushState({}, '', '/spa/second-story');
  document.title = 'Second story of the app';
  document.querySelector('article').innerHTML = '<h1>Second story of the app</h1>' +
    Array.from({ length: 12 }, (_, n) => '<p>The second story has its own paragraph ' + (n + 1) +
      ', about the harbour ferry that Lucia Ferreira runs every morning across the bay, and what she said about it.</p>').join('');
};</script>`,
      ),
    },
  ];
}

interface CaseFigures {
  name: string;
  bytes: number;
  elements: number;
  extractMs: number;
  analysisMs: number | null;
  outcome: string;
}

/** Times extraction and analysis on each worst case, in jsdom, as `crux analyze` reads a page. */
export async function runWorstCasesBench(): Promise<BenchResult | null> {
  const figures: CaseFigures[] = [];
  for (const page of worstCasePages()) {
    figures.push(timeCase(page));
    await releasePages();
  }
  const rows = [
    ['case', 'size', 'elements', 'extract ms', 'analysis ms', 'outcome'],
    ...figures.map((figure) => [
      figure.name,
      formatBytes(figure.bytes),
      figure.elements.toLocaleString('en'),
      figure.extractMs.toFixed(0),
      figure.analysisMs === null ? '-' : figure.analysisMs.toFixed(0),
      figure.outcome,
    ]),
  ];
  const heading = `${figures.length} generated worst-case pages, one run each (force: true), jsdom, Node ${process.version}`;
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
  };
}

function timeCase(page: WorstCase): CaseFigures {
  const dom = parsePage(page.html, `http://fakehost/worst/${page.file}`);
  const { document } = dom.window;
  const base = {
    name: page.name,
    bytes: Buffer.byteLength(page.html),
    elements: document.getElementsByTagName('*').length,
  };
  const start = performance.now();
  try {
    const result = extractArticle(document, dom.window, { force: true });
    const extractMs = performance.now() - start;
    if (!result.ok) {
      return { ...base, extractMs, analysisMs: null, outcome: FAILURE_MESSAGES[result.reason] };
    }
    const { article } = result;
    const analysisStart = performance.now();
    const insights = analyzeArticle({ title: article.title, text: article.text, lang: article.lang });
    return {
      ...base,
      extractMs,
      analysisMs: performance.now() - analysisStart,
      outcome: `${article.wordCount.toLocaleString('en')} words, ${insights.quotes.length} quotes, ${insights.people.length} people`,
    };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...base, extractMs: performance.now() - start, analysisMs: null, outcome: `threw ${message}` };
  } finally {
    closeQuietly(dom.window);
  }
}

/** jsdom's own teardown recurses through the tree and overflows the stack on the deep page. */
function closeQuietly(window: { close(): void }): void {
  try {
    window.close();
  } catch {
    // The page is dropped either way; the overflow is jsdom's, not the extraction's.
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}
