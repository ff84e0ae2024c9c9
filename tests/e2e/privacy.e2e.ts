/**
 * Nothing leaves the device: every request the browser makes during a whole reading session is
 * recorded, whichever context makes it, and none may come from Crux (its popup, its background or
 * its reader script). The page's own loads are the page's: they go to the fixture site on 127.0.0.1.
 * Run `npm run build` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_PAGES,
  useExtensionSession,
  recordNetwork,
  waitForReader,
  type BrowserName,
  type ExtensionSession,
  type Popup,
  type RecordedRequest,
  READER_HOST,
} from './harness';

const ROOT = process.cwd();
/** What the news fixture itself loads: its document, its one image, and the icon browsers ask for. */
const PAGE_PATHS = ['/news-article.html', '/seawall.svg', '/favicon.ico'];
/** URL schemes that never leave the browser. */
const LOCAL_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'];

const isLocal = (url: string): boolean => LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function readyPopup(session: ExtensionSession, page: Page): Promise<Popup> {
  const popup = await session.clickToolbarAction(page);
  await popup.waitFor('.popup[data-state="ready"]', 15_000);
  await waitForReader(page, '.crux-title');
  return popup;
}

/** Makes a request from the extension's background (service worker or background page). */
async function requestFromBackground(session: ExtensionSession, popup: Popup, url: string): Promise<void> {
  if (session.browserName === 'chromium') {
    const target = session.browser
      .targets()
      .find((t) => t.type() === 'service_worker' && t.url().startsWith(`${session.extensionOrigin}/`));
    const worker = await target?.worker();
    if (!worker) throw new Error('no service worker to make a request from');
    await worker.evaluate(
      (to: string) =>
        fetch(to).then(
          () => 1,
          () => 0,
        ),
      url,
    );
    return;
  }
  // Firefox's MV3 background is an event page: wake it and fetch from its window.
  await popup.evaluate(
    `browser.runtime.getBackgroundPage().then((background) => background.fetch(${JSON.stringify(url)})).then(() => 1, () => 0)`,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('nothing leaves the device, %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES });

  // Without this, "no request from the extension" could pass because the recorder is blind.
  it('the recorder sees requests from the popup, the background and the page', async () => {
    const recorder = await recordNetwork(run.session);
    try {
      const page = await run.session.openPage(`${run.site.origin}/news-article.html?probe`);
      const popup = await readyPopup(run.session, page);
      await popup.evaluate(
        `fetch(${JSON.stringify(`${run.site.origin}/probe-popup`)}).then(() => 1, () => 0)`,
      );
      await requestFromBackground(run.session, popup, `${run.site.origin}/probe-background`);
      await settle(300);
      const seen = await recorder.requests();
      const sourceOf = (path: string): string | undefined => {
        const request = seen.find((candidate) => candidate.url === `${run.site.origin}${path}`);
        return request && `${request.source} (${request.detail})`;
      };
      expect(sourceOf('/news-article.html?probe')).toMatch(/^page /);
      expect(sourceOf('/probe-popup')).toMatch(/^extension /);
      expect(sourceOf('/probe-background')).toMatch(/^extension /);
      expect(run.site.requestedPaths).toEqual(expect.arrayContaining(['/probe-popup', '/probe-background']));
      await page.keyboard.press('Escape');
      await page.close();
    } finally {
      await recorder.stop();
    }
  });

  it('a whole reading session makes no request from Crux, and the page’s own go only to its site', async () => {
    const recorder = await recordNetwork(run.session);
    const firstPath = run.site.requestedPaths.length;
    let seen: RecordedRequest[];
    try {
      const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
      const popup = await readyPopup(run.session, page);
      await popup.click('[data-testid="people"] li:first-child .person');
      await waitForReader(page, 'mark.crux-mark');
      await popup.click('[data-testid="quotes"] li:first-child .quote-jump');
      await waitForReader(page, '.crux-quote-highlight');
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await page.waitForFunction((host: string) => document.querySelector(host) === null, {}, READER_HOST);
      // Time for anything sent late (a beacon on close, a deferred upload) to show.
      await settle(1000);
      seen = await recorder.requests();
      await page.close();
    } finally {
      await recorder.stop();
    }

    // The recorder saw the session: the page's document at least.
    expect(seen.map((request) => request.url)).toContain(`${run.site.origin}/news-article.html`);
    const fromCrux = seen.filter(
      (request) =>
        (request.source === 'extension' || request.source === 'content-script') && !isLocal(request.url),
    );
    expect(fromCrux).toEqual([]);
    const pageElsewhere = seen.filter(
      (request) =>
        request.source === 'page' && !isLocal(request.url) && !request.url.startsWith(`${run.site.origin}/`),
    );
    expect(pageElsewhere).toEqual([]);
    const browserOwn = seen.filter((request) => request.source === 'browser' && !isLocal(request.url));
    if (browserOwn.length > 0) console.log(`${browserName}'s own requests (not Crux's):`, browserOwn);
    const paths = run.site.requestedPaths.slice(firstPath);
    expect(paths.filter((path) => !PAGE_PATHS.includes(path))).toEqual([]);
  });
});

/**
 * What the browsers cannot show: a request made some other way than those above. Every network API
 * in the built scripts is listed here with why it is harmless; a new one fails until it is judged.
 */
describe('the built extension calls no network API', () => {
  const NETWORK_API =
    /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|RTCPeerConnection|WebTransport)\b/g;
  /** Known uses, by the code around them. */
  const JUDGED: { around: RegExp; why: string }[] = [
    {
      around: /e\.ep=!0;let n=t\(e\);fetch\(e\.href,n\)/,
      why: "Vite's modulepreload polyfill: fetches the popup's own <link rel=modulepreload> chunks, extension-internal URLs",
    },
  ];

  it.each(['chrome-mv3', 'firefox-mv3'])('%s', (build) => {
    const folder = join(ROOT, '.output', build);
    const files = (readdirSync(folder, { recursive: true }) as string[]).filter((file) =>
      file.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(0);
    const unjudged: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (const match of source.matchAll(NETWORK_API)) {
        const around = source.slice(Math.max(0, match.index - 60), match.index + 60);
        if (!JUDGED.some((known) => known.around.test(around))) {
          unjudged.push(`${relative(ROOT, join(folder, file))}: …${around}…`);
        }
      }
    }
    expect(unjudged).toEqual([]);
  });
});
