/**
 * The reading experience end to end, in real headless Chromium and Firefox ESR: settings that apply
 * at once and persist across pages and browser restarts, progress, insights in the text, keyboard, axe-core in every theme, right-to-left
 * articles, wide tables and code, enlarged images, print, reduced motion, a reader in another
 * language. Run `npm run build` first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickInReader,
  inReader,
  FIXTURE_PAGES,
  useExtensionSession,
  queryReader,
  readerIsOpen,
  READER_HOST,
  waitInReader,
  waitForReader,
  chooseInPopup,
  chooseInReader,
  lowestTextContrast,
  openReading,
  paragraphAtTop,
  pressKey,
  readerScrollTop,
  scrollToParagraph,
  startFixtureServer,
  launchWithExtension,
  BUILDS,
  popupViolations,
  readerViolations,
  settledState,
  untilTheme,
  type BrowserName,
  type Popup,
} from './harness';

const ROOT = process.cwd();
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
/** Time a settings write to storage takes after the reader view shows the change (a few ms; generous). */
const STORAGE_WRITE_MS = 500;
/** Time for reading mode to keep a position once the scrolling stops (400 ms), and to write it. */
const POSITION_KEPT_MS = 1200;
const THEMES = ['light', 'sepia', 'gray', 'dark', 'contrast', 'auto'] as const;
/** The interface catalogues the built extension ships, read as the browser reads them. */
const ENGLISH = readCatalogue('en');
const FRENCH = readCatalogue('fr');

function readCatalogue(lang: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
}

/**
 * Every text of reading mode meets WCAG AA (4.5:1) on what it is drawn on, as the browser computes
 * both; in high contrast, AAA (7:1).
 */
async function expectContrast(page: Page, theme: string): Promise<void> {
  const lowest = await lowestTextContrast(page);
  const needed = theme.startsWith('contrast') ? 7 : 4.5;
  expect(lowest?.ratio ?? 0, `${theme}: ${lowest?.where ?? 'no text'}`).toBeGreaterThanOrEqual(needed);
}

/** Polls `check` in the page until it is true. */
async function until(page: Page, check: string, timeoutMs = 5000): Promise<void> {
  await page.waitForFunction(check, { timeout: timeoutMs, polling: 50 });
}

/** Waits until reading mode's text has the given size and line height, as computed. */
function untilTypography(page: Page, fontSize: string, lineHeight: string): Promise<unknown> {
  return waitInReader(
    page,
    (shadow, size: string, height: string) => {
      const scroller = shadow.querySelector('.crux-scroller');
      if (!scroller) return false;
      const style = getComputedStyle(scroller);
      return style.fontSize === size && style.lineHeight === height;
    },
    5000,
    fontSize,
    lineHeight,
  );
}

/** What reading mode looks like now: its theme and its typography as computed. */
function readerLook(page: Page) {
  return inReader(page, (shadow) => {
    const scroller = shadow.querySelector('.crux-scroller');
    const article = shadow.querySelector('.crux-article');
    if (!scroller || !article) return null;
    const style = getComputedStyle(scroller);
    return {
      theme: scroller.getAttribute('data-theme'),
      fontFamily: style.fontFamily,
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      background: style.backgroundColor,
      maxWidth: getComputedStyle(article).maxWidth,
    };
  });
}

/** How reading mode and the popup move: transitions and animations as computed, and how a jump scrolls. */
async function motion(page: Page, popup: Popup) {
  const progressBar = await inReader(page, (shadow) => {
    const bar = shadow.querySelector('.crux-progress-bar');
    return bar ? getComputedStyle(bar).transitionDuration : null;
  });
  const inPopup = await popup.evaluate(() => {
    const thumb = document.querySelector('.toggle-thumb');
    // The spinner shows only while the popup works: one added now shows what the style sheet asks of it.
    const spinner = document.createElement('span');
    spinner.className = 'spinner';
    document.body.append(spinner);
    const spinning = getComputedStyle(spinner).animationName;
    spinner.remove();
    return { toggle: thumb ? getComputedStyle(thumb).transitionDuration : null, spinner: spinning };
  });
  return { progressBar, ...inPopup, jump: await jumpPositions(page, popup) };
}

/** The scroll positions reading mode passes through when the popup jumps to a quote far down the article. */
async function jumpPositions(page: Page, popup: Popup): Promise<number[]> {
  await inReader(page, (shadow) => {
    const scroller = shadow.querySelector('.crux-scroller');
    const seen: { top: number; at: number }[] = [];
    (window as unknown as { __cruxScrolls: typeof seen }).__cruxScrolls = seen;
    scroller?.addEventListener('scroll', () =>
      seen.push({ top: Math.round(scroller.scrollTop), at: performance.now() }),
    );
  });
  const quoteIndex = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="quotes"] .quote-text')].findIndex((quote) =>
      quote.textContent?.includes('kill the harbour'),
    ),
  );
  expect(quoteIndex).toBeGreaterThanOrEqual(0);
  await popup.click(`[data-testid="quotes"] li:nth-child(${quoteIndex + 1}) .quote-jump`);
  await waitForReader(page, '.crux-quote-highlight');
  // The jump is over once the scroller has been still for a while.
  await until(
    page,
    `(() => { const seen = window.__cruxScrolls; return seen.length > 0 && performance.now() - seen[seen.length - 1].at > 600; })()`,
    10_000,
  );
  return page.evaluate(() => [
    ...new Set((window as unknown as { __cruxScrolls: { top: number }[] }).__cruxScrolls.map((s) => s.top)),
  ]);
}

describe.each<BrowserName>(['chromium', 'firefox'])('Reading in %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES });

  it('applies settings from the popup and the reader at once, and keeps them across pages and reopening', async () => {
    const first = await openReading(run.session, run.site);
    const defaults = await readerLook(first.page);
    expect(defaults?.fontSize).toBe('20px');
    expect(defaults?.lineHeight).toBe('32px');

    await chooseInPopup(first.popup, 'popup-theme', 'sepia');
    await chooseInPopup(first.popup, 'popup-font', 'legible');
    await untilTheme(first.page, 'sepia');
    const legibleFamily = await waitInReader(
      first.page,
      (shadow) => {
        const scroller = shadow.querySelector('.crux-scroller');
        const family = scroller ? getComputedStyle(scroller).fontFamily : '';
        return family.startsWith('crux-legible-') ? family : null;
      },
      5000,
    );
    expect(legibleFamily).toMatch(/^crux-legible-[a-z0-9]+, system-ui, sans-serif$/);

    // The bundled face is a part of reading mode the background puts into the tab when first chosen,
    // and is declared from its bytes: nothing remote, and no extension address in the page.
    const family = legibleFamily.split(',')[0] ?? '';
    await first.page.waitForFunction(
      (name: string) => [...document.fonts].some((face) => face.family === name),
      { timeout: 5000 },
      family,
    );
    const font = await first.page.evaluate(async (name: string) => {
      await document.fonts.load(`20px ${name}`);
      const faces = [...document.fonts].filter((face) => face.family === name);
      return { faces: faces.length, loaded: faces.some((face) => face.status === 'loaded') };
    }, family);
    expect(font).toEqual({ faces: 4, loaded: true });

    // The reader's own panel, by keyboard: Tab past "Copy Markdown" and "Listen" to "Reading settings",
    // which shows its focus ring, and Enter opens it. The popup closes first, as a click on the page
    // closes it.
    await first.popup.close();
    await first.page.bringToFront();
    await inReader(first.page, (shadow) => {
      shadow.querySelector<HTMLElement>('.crux-scroller')?.focus();
    });
    for (const _control of ['Copy Markdown', 'Listen', 'Reading settings'])
      await pressKey(run.session, first.page, 'Tab');
    const focused = await inReader(first.page, (shadow) => {
      const active = shadow.activeElement;
      return {
        controls: active?.getAttribute('aria-controls'),
        focusVisible: active?.matches(':focus-visible'),
        outline: active ? getComputedStyle(active).outlineStyle : null,
      };
    });
    expect(focused).toEqual({ controls: 'crux-settings', focusVisible: true, outline: 'solid' });
    await pressKey(run.session, first.page, 'Enter');
    await waitForReader(first.page, '[aria-controls="crux-settings"][aria-expanded="true"]');
    await chooseInReader(first.page, 'crux-reader-size', '24');
    await chooseInReader(first.page, 'crux-reader-width', '55');
    await chooseInReader(first.page, 'crux-reader-spacing', '1.8');
    // The last choice shows at once; its write to storage follows it by a moment, which closing the
    // page straight away would cut short.
    await untilTypography(first.page, '24px', '43.2px');
    await new Promise((resolve) => setTimeout(resolve, STORAGE_WRITE_MS));
    await first.page.close();

    // A new page load, and a new reading mode: the settings are still there.
    const second = await openReading(run.session, run.site);
    await untilTheme(second.page, 'sepia');
    const kept = await readerLook(second.page);
    expect(kept).toMatchObject({ theme: 'sepia', fontSize: '24px', lineHeight: '43.2px' });
    expect(kept?.fontFamily).toMatch(/^crux-legible-[a-z0-9]+, system-ui, sans-serif$/);
    // The popup, opened anew, shows what the reader chose in reading mode.
    await second.popup.waitFor('#popup-size option[value="24"]:checked');
    for (const [id, value] of [
      ['popup-theme', 'auto'],
      ['popup-font', 'serif'],
      ['popup-size', '20'],
      ['popup-width', '70'],
      ['popup-spacing', '1.6'],
    ] as const) {
      await chooseInPopup(second.popup, id, value);
    }
    await untilTypography(second.page, '20px', '32px');
    await new Promise((resolve) => setTimeout(resolve, STORAGE_WRITE_MS));
    await second.page.close();
  });

  it('shows progress and the minutes left as the reader scrolls, the reading time in the header', async () => {
    const { page } = await openReading(run.session, run.site);
    const meta = await queryReader(page, '.crux-meta');
    expect(meta?.text).toMatch(/\d+ min read/);
    const atTop = await inReader(page, (shadow) => ({
      value: shadow.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'),
      left: shadow.querySelector('[data-testid="minutes-left"]')?.textContent,
    }));
    expect(atTop?.value).toBe('0');
    expect(atTop?.left).toMatch(/^\d+ min left$/);
    await inReader(page, (shadow) => {
      const scroller = shadow.querySelector('.crux-scroller');
      scroller?.scrollTo(0, scroller.scrollHeight);
    });
    await waitInReader(
      page,
      (shadow) => shadow.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100',
      5000,
    );
    expect((await queryReader(page, '[data-testid="minutes-left"]'))?.text).toBe('Finished');
    await page.close();
  });

  it('marks the key quotes in the text, and a person’s mentions while the popup focuses them', async () => {
    const { page, popup } = await openReading(run.session, run.site);
    const keyQuote = await waitForReader(page, '.crux-key-quote');
    expect(keyQuote.text.length).toBeGreaterThan(20);
    await popup.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-testid="people"] .person')?.focus();
    });
    await waitForReader(page, 'mark.crux-mark');
    await popup.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-testid="people"] .person')?.blur();
    });
    await waitInReader(page, (shadow) => !shadow.querySelector('mark.crux-mark'), 5000);
    expect(await queryReader(page, '.crux-key-quote')).not.toBeNull();
    await page.close();
  });

  it('passes axe-core in every theme, in reading mode and in the popup', async () => {
    const opened = await openReading(run.session, run.site);
    const page = opened.page;
    let popup = opened.popup;
    expect(await popupViolations(popup)).toEqual([]);
    await popup.evaluate(() => {
      const details = document.querySelector('details');
      if (details) details.open = true;
    });
    expect(await popupViolations(popup)).toEqual([]);
    if (browserName === 'chromium') mkdirSync(SCREENSHOTS, { recursive: true });
    for (const theme of THEMES) {
      await chooseInPopup(popup, 'popup-theme', theme);
      const expected = theme === 'auto' ? 'light' : theme;
      await untilTheme(page, expected);
      // High contrast promises WCAG AAA: axe's enhanced contrast rule (7:1) must pass there too.
      expect(await readerViolations(page), theme).toEqual([]);
      await expectContrast(page, theme);
      if (browserName === 'chromium' && theme !== 'auto') {
        await inReader(page, (shadow) => shadow.querySelector('.crux-scroller')?.scrollTo(0, 0));
        await page.screenshot({ path: join(SCREENSHOTS, `reader-${theme}.png`) });
      }
    }
    // Every control of reading mode's settings panel, in every theme (chosen there: a click in the page
    // closes the popup).
    await clickInReader(page, '[aria-controls="crux-settings"]');
    for (const theme of THEMES) {
      await chooseInReader(page, 'crux-reader-theme', theme);
      await untilTheme(page, theme === 'auto' ? 'light' : theme);
      expect(await readerViolations(page), `${theme}, settings open`).toEqual([]);
      await expectContrast(page, `${theme}, settings open`);
    }
    await clickInReader(page, '[aria-controls="crux-settings"]');
    popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('ready');
    await popup.evaluate(() => {
      const settings = document.querySelector<HTMLDetailsElement>('details.settings-card');
      if (settings) settings.open = true;
    });
    if (browserName === 'chromium') {
      // "auto" follows the system: a dark system gives the dark theme, which must pass too.
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await untilTheme(page, 'dark');
      expect(await readerViolations(page)).toEqual([]);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await popup.evaluate(() => document.querySelector('.settings-card')?.scrollIntoView({ block: 'end' }));
      await popup.screenshot(join(SCREENSHOTS, 'popup-settings.png'));
      // The same settings form in reading mode's bar: one form, one style, the surface's colours.
      await clickInReader(page, '[aria-controls="crux-settings"]');
      await waitInReader(
        page,
        (shadow) => !shadow.querySelector('.crux-settings')?.hasAttribute('hidden'),
        5000,
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'reader-settings.png') });
    }
    await page.close();
  });

  it('reads a right-to-left article right to left; wide tables scroll, code keeps its form', async () => {
    const { page } = await openReading(run.session, run.site, 'rtl-article.html');
    const layout = await inReader(page, (shadow) => {
      const article = shadow?.querySelector('.crux-article');
      const paragraph = shadow?.querySelector('.crux-body p');
      const table = shadow?.querySelector('.crux-body table');
      const pre = shadow?.querySelector('.crux-body pre');
      const caption = shadow?.querySelector('.crux-body figcaption');
      const image = shadow?.querySelector('.crux-body img');
      if (!article || !paragraph || !table || !pre || !caption || !image) return null;
      const articleBox = article.getBoundingClientRect();
      return {
        dir: article.getAttribute('dir'),
        lang: article.getAttribute('lang'),
        // The toolbar is English, written left to right, whatever the article's direction.
        toolbarDirection: getComputedStyle(shadow.querySelector('.crux-toolbar') ?? article).direction,
        direction: getComputedStyle(paragraph).direction,
        titleHugsRight:
          Math.abs(
            (shadow?.querySelector('.crux-title')?.getBoundingClientRect().right ?? 0) - articleBox.right,
          ) < 2,
        tableScrolls:
          table.scrollWidth > table.clientWidth &&
          table.getBoundingClientRect().width <= articleBox.width + 1,
        tableFocusable: table.getAttribute('tabindex') === '0',
        codeKeepsLines: pre.textContent?.includes('\n    # Sverdrup') ?? false,
        codeWhiteSpace: getComputedStyle(pre).whiteSpace,
        imageFits: image.getBoundingClientRect().width <= articleBox.width + 1,
        caption: caption.textContent,
      };
    });
    expect(layout).toMatchObject({
      dir: 'rtl',
      lang: 'ar',
      toolbarDirection: 'ltr',
      direction: 'rtl',
      titleHugsRight: true,
      tableScrolls: true,
      tableFocusable: true,
      codeKeepsLines: true,
      codeWhiteSpace: 'pre',
      imageFits: true,
      caption: 'الجدار البحري القديم خلال عاصفة الشتاء الماضي.',
    });
    expect(await readerViolations(page)).toEqual([]);
    await clickInReader(page, '[aria-controls="crux-settings"]');
    expect(await readerViolations(page), 'settings open').toEqual([]);
    await page.close();
  });

  it('opens an image large on click; Esc closes the image first, then reading mode', async () => {
    const { page } = await openReading(run.session, run.site);
    await page.bringToFront();
    await clickInReader(page, '.crux-body img');
    await waitForReader(page, 'dialog.crux-lightbox[open] img');
    await page.keyboard.press('Escape');
    await waitInReader(page, (shadow) => !shadow.querySelector('dialog.crux-lightbox[open]'), 5000);
    expect(await readerIsOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await until(page, `document.querySelector('${READER_HOST}') === null`);
    await page.close();
  });

  it('copies the article as Markdown, and prints the article alone', async () => {
    const { page } = await openReading(run.session, run.site);
    await page.bringToFront();
    await clickInReader(page, '[data-copy-state]');
    await waitForReader(page, '[data-copy-state="copied"]');
    if (browserName === 'chromium') {
      await page.browserContext().overridePermissions(run.site.origin, ['clipboard-read']);
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toMatch(/^# Harbour city votes to rebuild its flooded seawall\n/);
      expect(markdown).toContain('![Waves breaking over the old seawall at Port Alder]');
    }
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    if (browserName === 'chromium') await page.emulateMediaType('print');
    const printed = await inReader(page, (shadow) => {
      const layer = shadow.querySelector('dialog.crux-layer');
      const toolbar = shadow.querySelector('.crux-toolbar');
      return {
        // Out of the top layer, in the flow: the article runs over as many sheets as it needs.
        modal: layer?.matches(':modal') ?? null,
        open: layer?.hasAttribute('open') ?? null,
        layer: layer ? getComputedStyle(layer).position : null,
        body: getComputedStyle(document.body).display,
        toolbar: toolbar ? getComputedStyle(toolbar).display : null,
      };
    });
    expect(printed).toMatchObject({ modal: false, open: true });
    if (browserName === 'chromium')
      expect(printed).toEqual({ modal: false, open: true, layer: 'static', body: 'none', toolbar: 'none' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    if (browserName === 'chromium') await page.emulateMediaType('screen');
    expect(
      await inReader(page, (shadow) => {
        const layer = shadow.querySelector('dialog.crux-layer');
        return layer ? { modal: layer.matches(':modal'), position: getComputedStyle(layer).position } : null;
      }),
    ).toEqual({ modal: true, position: 'fixed' });
    await page.close();
  });

  it('moves smoothly for a reader who has not asked for reduced motion', async () => {
    const { page, popup } = await openReading(run.session, run.site);
    const moving = await motion(page, popup);
    expect(moving.progressBar).not.toBe('0s');
    expect(moving.toggle).not.toBe('0s');
    expect(moving.spinner).not.toBe('none');
    // A smooth jump passes through positions between the top and the quote.
    expect(moving.jump.length).toBeGreaterThan(1);
    await page.close();
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])(
  'Reading in %s in French, with reduced motion',
  (browserName) => {
    const run = useExtensionSession(browserName, {
      pages: FIXTURE_PAGES,
      launch: { locale: 'fr', reducedMotion: true },
    });

    it('says in French that a page is not an article, and offers to try anyway in French, under a French title', async () => {
      const page = await run.session.openPage(`${run.site.origin}/not-an-article.html`);
      const popup = await run.session.clickToolbarAction(page);
      expect(await settledState(popup)).toBe('failed');
      const status = await popup.evaluate(() => ({
        message: document.querySelector('[data-testid="status"] p')?.textContent,
        button: document.querySelector('[data-testid="try-anyway"]')?.textContent,
        lang: document.documentElement.lang,
        title: document.title,
      }));
      expect(FRENCH.failureNotArticle?.message).not.toBe(ENGLISH.failureNotArticle?.message);
      expect(status).toEqual({
        message: FRENCH.failureNotArticle?.message,
        button: FRENCH.tryAnyway?.message,
        lang: 'fr',
        title: FRENCH.popupTitle?.message,
      });
      await page.close();
    });

    it('says in French that it cannot run on a browser page', async () => {
      const page = await run.session.openPage(
        browserName === 'chromium' ? 'chrome://version/' : 'about:blank',
      );
      const popup = await run.session.clickToolbarAction(page);
      expect(await settledState(popup)).toBe('unavailable');
      const message = await popup.evaluate(
        () => document.querySelector('[data-testid="status"] p')?.textContent,
      );
      // Firefox gives the popup the tab's address, so Crux knows it is a browser page; Chromium keeps it
      // from the popup, and the browser then refuses to let Crux in.
      expect([FRENCH.restrictedBrowserPage?.message, FRENCH.cannotRun?.message]).toContain(message);
      await page.close();
    });

    it('keeps still: no transition, no animation, no smooth scrolling', async () => {
      const { page, popup } = await openReading(run.session, run.site);
      const still = await motion(page, popup);
      expect(still).toMatchObject({ progressBar: '0s', toggle: '0s', spinner: 'none' });
      // The jump lands on the quote at once, in one step. (Firefox also stops smooth scrolling itself for
      // such a reader; Chromium does not, so there this shows Crux's own choice.)
      expect(still.jump).toHaveLength(1);
      expect(still.jump[0]).toBeGreaterThan(0);
      await page.close();
    });
  },
);

describe.each<BrowserName>(['chromium', 'firefox'])(
  'Reading in %s across a browser restart',
  (browserName) => {
    let profile: string;

    beforeAll(async () => {
      profile = await mkdtemp(join(tmpdir(), `crux-e2e-restart-${browserName}-`));
    });

    afterAll(async () => {
      if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
    });

    it('keeps the chosen theme, the text size and where the reader stopped when the browser is closed and started again', async () => {
      // One site for both runs: a reading position belongs to the page's address, port included.
      const site = await startFixtureServer(FIXTURE_PAGES);
      try {
        let stoppedAt: string;
        const before = await launchWithExtension(browserName, BUILDS[browserName], { profile });
        try {
          const { page, popup } = await openReading(before, site);
          expect(await readerLook(page)).toMatchObject({ theme: 'light', fontSize: '20px' });
          await chooseInPopup(popup, 'popup-theme', 'dark');
          await chooseInPopup(popup, 'popup-size', '28');
          await untilTheme(page, 'dark');
          await untilTypography(page, '28px', '44.8px');
          const longRead = await openReading(before, site, 'long-read.html');
          stoppedAt = await scrollToParagraph(longRead.page, 14);
          // The writes to storage follow the change on screen by a moment; quitting at once would cut them short.
          await new Promise((resolve) => setTimeout(resolve, POSITION_KEPT_MS));
        } finally {
          await before.close();
        }

        const after = await launchWithExtension(browserName, BUILDS[browserName], { profile });
        try {
          const { page, popup } = await openReading(after, site);
          // Settings arrive from storage just after reading mode first paints: give them a moment.
          await expect
            .poll(() => readerLook(page), { timeout: 10_000, interval: 100 })
            .toMatchObject({ theme: 'dark', fontSize: '28px' });
          // The popup, too, shows the settings kept from before the restart.
          await expect
            .poll(
              () =>
                popup.evaluate(() => ({
                  theme: document.querySelector<HTMLSelectElement>('#popup-theme')?.value,
                  size: document.querySelector<HTMLSelectElement>('#popup-size')?.value,
                })),
              { timeout: 10_000, interval: 100 },
            )
            .toEqual({ theme: 'dark', size: '28' });
          // The long read offers to continue where it stopped, and only jumps when asked.
          const longRead = await openReading(after, site, 'long-read.html');
          await waitForReader(longRead.page, '[data-testid="continue-reading"]', 10_000);
          expect(await readerScrollTop(longRead.page)).toBe(0);
          await clickInReader(longRead.page, '[data-testid="continue-reading"] .crux-button-primary');
          await expect.poll(() => paragraphAtTop(longRead.page), { timeout: 5000 }).toBe(stoppedAt);
        } finally {
          await after.close();
        }
      } finally {
        await site.close();
      }
    });
  },
);
