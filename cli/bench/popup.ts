import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BUILDS,
  launchWithExtension,
  startFixtureServer,
  type BrowserName,
  type ExtensionSession,
  type Popup,
} from '../../tests/e2e/harness';
import { SETTLED } from '../../tests/e2e/worst-cases';
import type { BenchResult } from './docs';
import { extractionDevPages, readabilityTestPages, type BenchPage } from './data';
import { formatTable, markdownTable, median } from './stats';

/** Pages taken from each real-page set, spread evenly over it. */
const PAGES_PER_SET = Number(process.env.CRUX_BENCH_PAGES ?? 10);
/** Clicks on each page, each on a fresh tab. */
const CLICKS_PER_PAGE = Number(process.env.CRUX_BENCH_CLICKS ?? 3);
/** How long a click may take to settle before the run counts as lost. */
const SETTLE_LIMIT_MS = 20_000;

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The builds clicked: `npm run build`'s, or another's (`CRUX_BENCH_BUILD=<its .output folder>`). */
const BUILD_ROOT = process.env.CRUX_BENCH_BUILD;
const BENCH_BUILDS: Record<BrowserName, string> = BUILD_ROOT
  ? { chromium: join(BUILD_ROOT, 'chrome-mv3'), firefox: join(BUILD_ROOT, 'firefox-mv3') }
  : BUILDS;

/** What a saved page may load: itself and its inline parts, nothing from the sites it came from. */
const PAGE_ONLY = "default-src 'self' 'unsafe-inline' data: blob:";

/** A page that is not an article: the popup says so, and should say it at once. */
const NOT_AN_ARTICLE =
  '<!doctype html><html lang="en"><head><title>Sign in</title></head><body></body></html>';

/** A place the popup may not read, by browser: it says so without touching the tab. */
const RESTRICTED: Record<BrowserName, string> = { chromium: 'chrome://version/', firefox: 'about:blank' };

/** The popup's marks and measures for one click, as its performance timeline holds them. */
interface Timeline {
  timeOrigin: number;
  marks: Record<string, number>;
  measures: Record<string, { start: number; duration: number }>;
  state: string;
}

/** One click's wait, broken into stages (ms); a stage that did not run is absent. */
type Stages = Record<string, number>;

const STAGE_ROWS: [string, string][] = [
  ['click → popup document', 'the browser creates the popup document'],
  ['click → popup script', 'the popup runs its script (its imports evaluated)'],
  ['click → first paint', 'the tab title and the skeleton painted'],
  ['setup', 'popup script → injection starts (tab and story cache asked)'],
  ['injection', 'the reader script put into the tab'],
  ['in the tab', 'extraction and drawing reading mode, as the tab timed it'],
  ['message', 'the request and the answer travelling (the rest of the read)'],
  ['analysis', 'the analysis worker: start, import, analyse'],
  ['render', 'the story drawn and painted'],
  ['click → story', 'the whole wait, to the mark the popup makes once its story is painted'],
];

/**
 * The whole wait as the harness sees it, polling the popup for its settled state (a few ms late): the
 * figure a build without marks (`CRUX_BENCH_BUILD`, e.g. an older build) can be compared on.
 */
const SEEN = 'click → story seen';

/**
 * Clicks Crux's toolbar button on real pages in the built extension, in headless Chromium and Firefox,
 * and times the wait from the click to the popup's settled story, stage by stage, from the popup's
 * performance marks. Run `npm run build` first.
 */
export async function runPopupBench(): Promise<BenchResult | null> {
  for (const browser of BROWSERS) {
    if (!existsSync(join(BENCH_BUILDS[browser], 'manifest.json'))) {
      throw new Error(`no build in ${BENCH_BUILDS[browser]}: run npm run build first`);
    }
  }
  const pages = [...spread(readabilityTestPages()), ...spread(extractionDevPages())];
  if (pages.length === 0) return null;
  const folder = mkdtempSync(join(tmpdir(), 'crux-popup-bench-'));
  pages.forEach((page, index) => writeFileSync(join(folder, `${index}.html`), page.html));
  writeFileSync(join(folder, 'not-an-article.html'), NOT_AN_ARTICLE);
  // The saved pages still name their sites' scripts, images and fonts; without a network the browser
  // waits on each, and `load` may never come. The pages are served as their own and nothing else.
  const site = await startFixtureServer(folder, { headers: { 'content-security-policy': PAGE_ONLY } });
  const rows: string[][] = [
    ['stage (ms)', ...BROWSERS.flatMap((browser) => [`${browser} median`, `${browser} p90`])],
  ];
  const byBrowser = new Map<
    BrowserName,
    { articles: Stages[]; notArticle: Stages[]; restricted: Stages[]; lost: number }
  >();
  try {
    for (const browser of BROWSERS) {
      const session = await launchWithExtension(browser, BENCH_BUILDS[browser]);
      const runs = {
        articles: [] as Stages[],
        notArticle: [] as Stages[],
        restricted: [] as Stages[],
        lost: 0,
      };
      try {
        // The first click of a session starts the extension's background: warm it, uncounted.
        await clickAndTime(session, `${site.origin}/not-an-article.html`);
        for (let click = 0; click < CLICKS_PER_PAGE; click++) {
          for (let index = 0; index < pages.length; index++) {
            const read = await clickAndTime(session, `${site.origin}/${index}.html`);
            if (read?.state === 'ready') runs.articles.push(read.stages);
            else runs.lost += 1;
          }
          // Messages take a few milliseconds of Crux's own: three of each a round, so noise shows less.
          for (let again = 0; again < 3; again++) {
            const notArticle = await clickAndTime(session, `${site.origin}/not-an-article.html`);
            if (notArticle) runs.notArticle.push(notArticle.stages);
            const restricted = await clickAndTime(session, RESTRICTED[browser]);
            if (restricted) runs.restricted.push(restricted.stages);
          }
        }
      } finally {
        await session.close();
      }
      byBrowser.set(browser, runs);
    }
  } finally {
    await site.close();
  }
  for (const stage of [...STAGE_ROWS.map(([name]) => name), SEEN]) {
    rows.push([
      stage,
      ...BROWSERS.flatMap((browser) => {
        const values = (byBrowser.get(browser)?.articles ?? []).flatMap((run) => run[stage] ?? []);
        return [format(values.length ? median(values) : Number.NaN), format(percentile(values, 0.9))];
      }),
    ]);
  }
  for (const [label, key] of [
    ['"not an article": click → message', 'notArticle'],
    ['restricted place: click → message', 'restricted'],
  ] as const) {
    rows.push([
      label,
      ...BROWSERS.flatMap((browser) => {
        const values = (byBrowser.get(browser)?.[key] ?? []).flatMap((run) => run[SEEN] ?? []);
        return [format(values.length ? median(values) : Number.NaN), format(percentile(values, 0.9))];
      }),
    ]);
  }
  const counts = BROWSERS.map((browser) => {
    const runs = byBrowser.get(browser);
    return `${browser}: ${runs?.articles.length ?? 0} stories${runs?.lost ? `, ${runs.lost} clicks without a story` : ''}`;
  }).join('; ');
  const heading = [
    `${pages.length} real pages (${PAGES_PER_SET} of Readability's test pages and ${PAGES_PER_SET} of extraction-dev, spread evenly), each clicked ${CLICKS_PER_PAGE} times on a fresh tab`,
    `with the built extension (${BUILD_ROOT ?? '.output'}) in headless Chromium and Firefox; ${counts}. Stages from the popup's performance marks:`,
    ...STAGE_ROWS.map(([stage, meaning]) => `- ${stage}: ${meaning}`),
  ].join('\n');
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
  };
}

/** Pages that did not load once (a saved page may wait on its site for ever): not opened again. */
const UNLOADABLE = new Set<string>();

/** Opens `url` in a fresh tab, clicks Crux, waits for the settled popup and reads its timeline. */
async function clickAndTime(
  session: ExtensionSession,
  url: string,
): Promise<{ stages: Stages; state: string } | null> {
  if (UNLOADABLE.has(url)) return null;
  const page = await session.openPage(url).catch((error: unknown) => {
    console.error(`skipped ${url} from now on: ${String(error)}`);
    UNLOADABLE.add(url);
    return null;
  });
  if (!page) return null;
  try {
    const popup = await session.clickToolbarAction(page);
    try {
      await popup.waitFor(SETTLED, SETTLE_LIMIT_MS);
      const seen = Date.now() - popup.clickedAt;
      const timeline = await readTimeline(popup);
      process.stderr.write(`${url}: ${timeline.state} ${seen} ms\n`);
      return { stages: { ...stagesOf(timeline, popup.clickedAt), [SEEN]: seen }, state: timeline.state };
    } finally {
      await popup.close().catch(() => undefined);
    }
  } catch (error) {
    process.stderr.write(`${url}: ${String(error)}\n`);
    return null;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Reads the popup's timeline; a string, not a function, because tsx names functions with a helper
 * (`__name`) that exists only in Node, and the function's source would run in the popup.
 */
const READ_TIMELINE = `(() => {
  const marks = {};
  const measures = {};
  for (const entry of performance.getEntriesByType('mark')) marks[entry.name] ??= entry.startTime;
  for (const entry of performance.getEntriesByType('measure')) {
    measures[entry.name] ??= { start: entry.startTime, duration: entry.duration };
  }
  const state = document.querySelector('.popup')?.getAttribute('data-state') ?? '';
  return { timeOrigin: performance.timeOrigin, marks, measures, state };
})()`;

/** The popup's marks and measures, once it has marked its story as drawn (a build without marks: as they are). */
async function readTimeline(popup: Popup): Promise<Timeline> {
  let timeline = await popup.evaluate<Timeline>(READ_TIMELINE);
  for (let attempt = 0; attempt < 25 && timeline.marks['crux:story'] === undefined; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    timeline = await popup.evaluate<Timeline>(READ_TIMELINE);
  }
  return timeline;
}

/** One click's stages from its timeline; `clickedAt` is the click on this machine's clock. */
function stagesOf({ timeOrigin, marks, measures }: Timeline, clickedAt: number): Stages {
  const sinceClick = (mark: number | undefined) =>
    mark === undefined ? undefined : timeOrigin + mark - clickedAt;
  const script = marks['crux:script'];
  const story = marks['crux:story'];
  const injection = measures['crux:injection'];
  const read = measures['crux:read'];
  const inTab = measures['crux:in-tab'];
  const analysis = measures['crux:analysis'];
  const lastWork = analysis ?? read ?? injection;
  const stages: Record<string, number | undefined> = {
    'click → popup document': sinceClick(0),
    'click → popup script': sinceClick(script),
    'click → first paint': sinceClick(marks['crux:first-paint']),
    setup: injection && script !== undefined ? injection.start - script : undefined,
    injection: injection?.duration,
    'in the tab': inTab?.duration,
    message: read && inTab ? read.duration - inTab.duration : undefined,
    analysis: analysis?.duration,
    render: story !== undefined && lastWork ? story - (lastWork.start + lastWork.duration) : undefined,
    'click → story': sinceClick(story),
  };
  return Object.fromEntries(
    Object.entries(stages).filter((entry): entry is [string, number] => entry[1] !== undefined),
  );
}

/** `count` pages spread evenly over `pages`, so the sample is not the alphabet's first letters. */
function spread(pages: BenchPage[], count = PAGES_PER_SET): BenchPage[] {
  if (pages.length <= count) return pages;
  return Array.from(
    { length: count },
    (_, index) => pages[Math.floor((index * pages.length) / count)],
  ).filter((page): page is BenchPage => page !== undefined);
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

function format(ms: number): string {
  return Number.isNaN(ms) ? '-' : String(Math.round(ms));
}
