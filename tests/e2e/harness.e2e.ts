/**
 * Self-test of the e2e harness against the throwaway prototype extension in ./prototype-extension
 * (plain JS, no build step), in headless Chromium and headless Firefox ESR.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  queryShadow,
  startFixtureServer,
  waitForShadow,
  type BrowserName,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { TOGGLE_COMMAND, TOGGLE_SHORTCUT } from '../../tab/commands';

const here = fileURLToPath(new URL('.', import.meta.url));
const PROTOTYPE = join(here, 'prototype-extension');
const SITE = join(here, 'fixtures-site');
const ARTICLE_TITLE = 'Harness Fixture Article';
/** Screenshots land here (outside the repo). */
const artifacts = join(tmpdir(), 'crux-e2e-artifacts');
mkdirSync(artifacts, { recursive: true });

let site: FixtureServer;
beforeAll(async () => {
  site = await startFixtureServer(SITE);
});
afterAll(async () => {
  await site.close();
});

describe.each<BrowserName>(['chromium', 'firefox'])('harness in %s', (browserName) => {
  let s: ExtensionSession;

  beforeAll(async () => {
    s = await launchWithExtension(browserName, PROTOTYPE);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('toolbar click opens the popup, whose executeScript into the tab works (activeTab granted)', async () => {
    const page = await s.openPage(`${site.origin}/article.html`);
    const popup = await s.clickToolbarAction(page);
    expect(popup.url).toBe(`${s.extensionOrigin}/popup.html`);
    await popup.waitFor('#status');
    // The prototype has no host permissions: reading the tab succeeds only through activeTab.
    await expect
      .poll(() => popup.evaluate(() => document.getElementById('status')?.textContent), { timeout: 5000 })
      .toBe('ok');
    expect(await popup.evaluate(() => document.getElementById('title')?.textContent)).toBe(ARTICLE_TITLE);
    expect(await popup.evaluate('document.title')).toBe('Prototype popup');
    const shot = join(artifacts, `${browserName}-popup.png`);
    await popup.screenshot(shot);
    expect(await popup.closed()).toBe(false);

    // A trusted click in the popup injects the reader (a <crux-reader> with an open shadow root).
    await popup.click('#inject');
    await popup.waitFor('#clicked:not(:empty)');
    const reader = await waitForShadow(page, 'crux-reader', '.crux-title');
    expect(reader.text).toBe(`Reader: ${ARTICLE_TITLE}`);
    // puppeteer's own shadow-piercing selector works in both protocols too.
    const pierced = await page.waitForSelector('crux-reader >>> .crux-title', { timeout: 2000 });
    expect(await pierced?.evaluate((el) => el.textContent)).toBe(`Reader: ${ARTICLE_TITLE}`);

    // The popup closes itself: closed() notices.
    await popup.evaluate(() => {
      setTimeout(() => window.close(), 50);
      return null;
    });
    await expect.poll(() => popup.closed(), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('reads elements inside a page’s open shadow root', async () => {
    const page = await s.openPage(`${site.origin}/article.html`);
    expect(await queryShadow(page, '#host', '.inner')).toEqual({
      text: 'inside the shadow',
      html: 'inside the shadow',
    });
    expect(await queryShadow(page, '#host', '.missing')).toBeNull();
    expect(await queryShadow(page, 'crux-reader', '.crux-title')).toBeNull();
    await page.close();
  });

  it('opens extension pages as tabs (raw BiDi navigation for moz-extension://)', async () => {
    const page = await s.openPage(`${s.extensionOrigin}/popup.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'loading', {
      timeout: 5000,
    });
    // The active tab is the extension page itself and nothing granted access: the injection fails.
    const status = await page.$eval('#status', (el) => el.textContent);
    console.log(`[${browserName}] popup.html as a tab: ${status}`);
    expect(status).toMatch(/^error: /);
    await page.close();
  });

  it('opens pages that alert() while loading', async () => {
    const page = await s.openPage(`${site.origin}/alert.html`);
    expect(await page.title()).toBe('Alerting page');
    await page.close();
  });

  it('a second toolbar click on another tab gives a fresh popup for that tab', async () => {
    const first = await s.openPage(`${site.origin}/article.html`);
    const popup1 = await s.clickToolbarAction(first);
    await popup1.waitFor('#status');
    const second = await s.openPage(`${site.origin}/alert.html`);
    const popup2 = await s.clickToolbarAction(second);
    await expect
      .poll(() => popup2.evaluate(() => document.getElementById('title')?.textContent), { timeout: 5000 })
      .toBe('Alerting page');
    await expect.poll(() => popup1.closed(), { timeout: 5000 }).toBe(true);
    await first.close();
    await second.close();
  });

  it('the keyboard shortcut reaches the extension through the browser’s key handling', async () => {
    const before = await s.commands();
    const toggle = before.find((c) => c.name === TOGGLE_COMMAND);
    expect(toggle).toBeDefined();
    // Chromium 156 leaves the suggested Alt+Shift+R unassigned (it is a Chrome accelerator);
    // assign it the way a user would on chrome://extensions/shortcuts.
    if (toggle?.shortcut !== TOGGLE_SHORTCUT) await s.assignShortcut(TOGGLE_COMMAND, TOGGLE_SHORTCUT);
    expect((await s.commands()).find((c) => c.name === TOGGLE_COMMAND)?.shortcut).toBe(TOGGLE_SHORTCUT);

    const page = await s.openPage(`${site.origin}/article.html`);
    await s.pressShortcut(page, TOGGLE_SHORTCUT);
    // The page saw the key like a real one, then the browser ran the command, which granted
    // activeTab so the background could inject the reader.
    const reader = await waitForShadow(page, 'crux-reader', '.crux-title', 5000);
    expect(reader.text).toBe(`Reader: ${ARTICLE_TITLE}`);
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toContain(
      'true:false:true:KeyR',
    );
    // Pressing again toggles it off.
    await s.pressShortcut(page, TOGGLE_SHORTCUT);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('crux-reader') === null), { timeout: 5000 })
      .toBe(true);
    await page.close();
  });

  // Last in the block: allowing the extension in private windows reloads it.
  it('opens a real private window, where the extension runs as allowed there; normal tabs stay normal', async () => {
    const normal = await s.openPage(`${site.origin}/article.html`);
    await normal.evaluate(() => localStorage.setItem('crux-harness', 'normal window'));
    const started = Date.now();
    const privatePage = await s.openPrivatePage(`${site.origin}/article.html`);
    console.log(`[${browserName}] first private window: ${Date.now() - started} ms`);
    // The browser's own private storage: the site's storage of the normal window is not there.
    expect(await privatePage.evaluate(() => localStorage.getItem('crux-harness'))).toBeNull();

    const privatePopup = await s.clickToolbarAction(privatePage);
    await expect
      .poll(() => privatePopup.evaluate(() => document.getElementById('status')?.textContent), {
        timeout: 5000,
      })
      .toBe('ok');
    expect(await privatePopup.evaluate(() => document.getElementById('title')?.textContent)).toBe(
      ARTICLE_TITLE,
    );
    // What the content script injected into the private tab reports (extension.inIncognitoContext).
    expect(await privatePopup.evaluate(() => document.getElementById('private')?.textContent)).toBe('true');
    // The extension's storage is one for both windows, as its settings must be.
    await privatePopup.evaluate(
      "(globalThis.browser ?? globalThis.chrome).storage.local.set({ note: 'from a private window' })",
    );
    await privatePopup.close();

    const normalPopup = await s.clickToolbarAction(normal);
    await expect
      .poll(() => normalPopup.evaluate(() => document.getElementById('status')?.textContent), {
        timeout: 5000,
      })
      .toBe('ok');
    expect(await normalPopup.evaluate(() => document.getElementById('private')?.textContent)).toBe('false');
    expect(
      await normalPopup.evaluate("(globalThis.browser ?? globalThis.chrome).storage.local.get('note')"),
    ).toEqual({ note: 'from a private window' });
    await normalPopup.close();

    // The keyboard shortcut reaches the extension from the private tab too.
    if ((await s.commands()).find((c) => c.name === TOGGLE_COMMAND)?.shortcut !== TOGGLE_SHORTCUT) {
      await s.assignShortcut(TOGGLE_COMMAND, TOGGLE_SHORTCUT);
    }
    await s.pressShortcut(privatePage, TOGGLE_SHORTCUT);
    expect((await waitForShadow(privatePage, 'crux-reader', '.crux-title', 5000)).text).toBe(
      `Reader: ${ARTICLE_TITLE}`,
    );

    // A second private window costs no second reload.
    const again = Date.now();
    const secondPrivate = await s.openPrivatePage(`${site.origin}/alert.html`);
    console.log(`[${browserName}] another private window: ${Date.now() - again} ms`);
    const secondPopup = await s.clickToolbarAction(secondPrivate);
    await expect
      .poll(() => secondPopup.evaluate(() => document.getElementById('private')?.textContent), {
        timeout: 5000,
      })
      .toBe('true');
    await secondPopup.close();
    await secondPrivate.close();
    await privatePage.close();
    await normal.close();
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('harness restarts in %s', (browserName) => {
  it('close() leaves a given profile in place, and a launch on it again finds the same extension', async () => {
    const profile = await mkdtemp(join(tmpdir(), `crux-e2e-harness-${browserName}-`));
    try {
      const first = await launchWithExtension(browserName, PROTOTYPE, { profile });
      const origin = first.extensionOrigin;
      await first.close();
      // The browser wrote its profile there, and it is still there for the next launch.
      expect(readdirSync(profile).length).toBeGreaterThan(0);
      const second = await launchWithExtension(browserName, PROTOTYPE, { profile });
      try {
        expect(second.extensionOrigin).toBe(origin);
      } finally {
        await second.close();
      }
    } finally {
      await rm(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
    }
  });
});
