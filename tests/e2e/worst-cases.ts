/**
 * The worst-case pages (huge, odd, or changing under the reader) and the probes that read them through
 * the popup: shared by the robustness specs and the worst-cases benchmark (`npm run bench -- worst-cases`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ENGINE_PAGE_LIMITS, type Engine, type PageLimits } from '../../extraction/page-size';
import { type ExtensionSession, type Popup } from './harness';

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
/** How much of each page limit the just-under-the-limits page fills: close to them, safely inside. */
const UNDER_LIMITS_SHARE = 0.95;
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

/**
 * A page of paragraphs of three elements each (`<p>`, `<b>`, `<a>`), with `share` of the elements and
 * of the text `limits` allow.
 */
export function pageAtLimits(limits: PageLimits, share: number, name: string, file: string): WorstCase {
  const count = Math.floor((limits.elements * share) / 3);
  // Each paragraph's text, with the line break that separates it from the next.
  const textPerParagraph = Math.floor((limits.characters * share) / count) - 1;
  const render = (n: number): string => {
    const person = NAMES[n % NAMES.length] ?? 'Ana Pereira';
    const opening = `Item ${n + 1}: ${person} moved the motion.`;
    const rest = ' The council read it and agreed.'.repeat(Math.ceil(textPerParagraph / 32));
    return (
      `Item ${n + 1}: <b>${person}</b> moved the <a href="#item-${n + 2}">motion</a>.` +
      rest.slice(0, Math.max(0, textPerParagraph - opening.length))
    );
  };
  return { name, file, html: articlePage('The longest minutes Crux still reads', paragraphs(count, render)) };
}

/** The largest page Crux still reads in `engine`'s build. Reading it is what the limits bound. */
function underLimitsPage(engine: Engine): WorstCase {
  return pageAtLimits(
    ENGINE_PAGE_LIMITS[engine],
    UNDER_LIMITS_SHARE,
    'just under every page limit',
    `under-limits-${engine}.html`,
  );
}

/**
 * The same worst cases for the benchmark (in memory) and the end-to-end tests (served), as `engine`'s
 * build meets them: the largest page it reads follows its page limits.
 */
export function worstCasePages(engine: Engine = 'chromium'): WorstCase[] {
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
    underLimitsPage(engine),
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

/** How long the popup may take to show the story or say why there is none. */
export const POPUP_BUDGET_MS = 15_000;
/**
 * How long the page may take to answer a script while Crux reads it, the largest page it reads
 * included: Crux reads in turns and gives the page its turn between them.
 */
export const RESPONSIVE_MS = 2_000;
/** How long a page alone may take to answer its first script after loading, before Crux is asked. */
export const PAGE_ALONE_MS = 15_000;

/** The popup has settled: a story, or a message saying why there is none. */
export const SETTLED =
  '.popup[data-state="ready"], .popup[data-state="failed"] [data-testid="status"], .popup[data-state="unavailable"] [data-testid="status"]';

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes every worst-case page and the pages they load into a new temporary folder, and returns it. */
export function writeWorstCasePages(): string {
  const folder = mkdtempSync(join(tmpdir(), 'crux-worst-cases-'));
  const pages = new Map(
    [...worstCasePages('chromium'), ...worstCasePages('firefox')].map((page) => [page.file, page]),
  );
  for (const page of pages.values()) {
    writeFileSync(join(folder, page.file), page.html);
    for (const [file, html] of Object.entries(page.companions ?? {})) writeFileSync(join(folder, file), html);
  }
  return folder;
}

/** How long the page takes to answer a trivial script, or null when it does not answer within `limitMs`. */
export async function answerTime(page: Page, limitMs: number): Promise<number | null> {
  const start = Date.now();
  const answered = await Promise.race([
    page.evaluate(() => true).catch(() => false),
    settle(limitMs).then(() => false),
  ]);
  return answered ? Date.now() - start : null;
}

/** Slowest answer of the page to a trivial script, sampled until `done` settles. */
async function slowestAnswer(page: Page, done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  let slowest = 0;
  while (!finished) {
    const start = Date.now();
    await Promise.race([page.evaluate(() => 1).catch(() => 0), settle(POPUP_BUDGET_MS)]);
    slowest = Math.max(slowest, Date.now() - start);
    await settle(200);
  }
  return slowest;
}

/** What the popup shows: its state, its message and the story's title. */
export interface Shown {
  state: string;
  message: string;
  title: string;
}

/** Reads what the popup shows now. */
export function popupShows(popup: Popup): Promise<Shown> {
  return popup.evaluate(() => ({
    state: document.querySelector('.popup')?.getAttribute('data-state') ?? '',
    message: document.querySelector('[data-testid="status"]')?.textContent?.trim() ?? '',
    title: document.querySelector('.story-title')?.textContent?.trim() ?? '',
  }));
}

/** What the popup showed, how long it took, and the page's slowest answer meanwhile. */
export interface Outcome extends Shown {
  slowestMs: number;
  popupMs: number;
}

/**
 * Clicks the toolbar button and waits for the popup to settle, sampling the page meanwhile unless told
 * not to (a dead page never answers a sample). `slowestMs` is 0 when the page was not sampled.
 */
export async function readWithCrux(
  session: ExtensionSession,
  page: Page,
  { sample = true }: { sample?: boolean } = {},
): Promise<{ popup: Popup; outcome: Outcome }> {
  const start = Date.now();
  const popup = await session.clickToolbarAction(page);
  // Timed when the popup settles, not when the last sample of the page comes back.
  const settled = popup.waitFor(SETTLED, POPUP_BUDGET_MS).then(() => Date.now() - start);
  const slowestMs = sample
    ? await slowestAnswer(
        page,
        settled.catch(() => undefined),
      )
    : 0;
  const popupMs = await settled;
  return { popup, outcome: { ...(await popupShows(popup)), slowestMs, popupMs } };
}
