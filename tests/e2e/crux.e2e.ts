/**
 * Crux end to end, in real headless Chromium and Firefox ESR: the built extension, its real toolbar
 * action, pages served from 127.0.0.1. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_PAGES,
  useExtensionSession,
  queryReader,
  waitForReader,
  type BrowserName,
  type Popup,
  inReader,
  readerIsOpen,
  READER_HOST,
} from './harness';
import { NEWS_ARTICLE_CLUTTER } from '../fixtures/pages/news-article.clutter';
import { TOGGLE_COMMAND, TOGGLE_SHORTCUT } from '../../tab/commands';

const ROOT = process.cwd();
const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** The page's own markup, to compare before and after reading mode. */
const pageMarkup = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.outerHTML);

/** Waits until the popup has left its working state, and returns the state it reached. */
async function settledState(popup: Popup): Promise<string> {
  await popup.waitFor('.popup:not([data-state="working"]):not([data-state="starting"])', 15_000);
  return popup.evaluate(() => document.querySelector('.popup')?.getAttribute('data-state') ?? '');
}

async function readerGone(page: Page): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (!(await readerIsOpen(page))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe.each<BrowserName>(['chromium', 'firefox'])('Crux in %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES });

  it('turns a cluttered news page into the article and tells its story; the toggle restores the page', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    await page.evaluate(() => window.scrollTo(0, 400));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const markupBefore = await pageMarkup(page);

    const popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('ready');

    const title = await waitForReader(page, '.crux-title');
    expect(title.text).toBe('Harbour city votes to rebuild its flooded seawall');
    const body = await queryReader(page, '.crux-article');
    expect(body?.text).toContain('The city council of Port Alder voted 7 to 2 on Thursday');
    expect(body?.text).toContain('Fishermen fear for the harbour');
    expect(body?.html).toContain('<img');
    for (const clutter of NEWS_ARTICLE_CLUTTER) expect(body?.text).not.toContain(clutter);
    const meta = await queryReader(page, '.crux-meta');
    expect(meta?.text).toContain('By Priya Raman');
    expect(meta?.text).toMatch(/\d+ min read/);
    // The page underneath is inert while reading mode is open (a modal dialog makes it so): nothing of
    // it takes focus, and what lies on top anywhere is reading mode.
    const pageHidden = await page.evaluate((host: string) => {
      const link = document.querySelector<HTMLElement>('a[href]');
      link?.focus();
      return {
        focusable: link !== null && document.activeElement === link,
        onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === document.querySelector(host),
      };
    }, READER_HOST);
    expect(pageHidden).toEqual({ focusable: false, onTop: true });

    const story = await popup.evaluate(() => ({
      summary: [...document.querySelectorAll('[data-testid="summary"] li')].map((item) => item.textContent),
      quotes: [...document.querySelectorAll('[data-testid="quotes"] .quote')].map((item) => ({
        text: item.querySelector('.quote-text')?.textContent ?? '',
        speaker: item.querySelector('.quote-speaker')?.textContent ?? '',
      })),
      people: [...document.querySelectorAll('[data-testid="people"] .person-name')].map(
        (item) => item.textContent,
      ),
      numbers: [...document.querySelectorAll('[data-testid="numbers"] li')].map((item) => ({
        text: item.textContent ?? '',
        figure: item.querySelector('strong')?.textContent ?? '',
      })),
      toggle: document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-checked'),
    }));
    expect(story.summary).toHaveLength(3);
    expect(story.people).toEqual(
      expect.arrayContaining(['Elena Vasquez', 'Tomas Lindqvist', 'Margaret Osei']),
    );
    const wallQuote = story.quotes.find((quote) => quote.text.includes('This wall is the difference'));
    expect(wallQuote?.speaker).toContain('Elena Vasquez');
    const harbourQuote = story.quotes.find((quote) => quote.text.includes('kill the harbour'));
    expect(harbourQuote?.speaker).toContain('Tomas Lindqvist');
    // Each key number is the article's own sentence with its figure marked, never a stitched phrase.
    expect(story.numbers.length).toBeGreaterThan(0);
    expect(story.numbers.length).toBeLessThanOrEqual(5);
    for (const number of story.numbers) {
      expect(number.text).toContain(number.figure);
      expect(number.text).not.toContain('…');
    }
    expect(story.numbers).toContainEqual({
      text: "After two winters of flooding, Port Alder's council approved a $48 million plan to rebuild the seawall, over objections from fishermen who fear for the harbour.",
      figure: '$48 million',
    });
    expect(story.toggle).toBe('true');

    if (browserName === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.screenshot(join(SCREENSHOTS, 'popup.png'));
      await popup.evaluate(() => document.querySelector('[data-testid="quotes"]')?.scrollIntoView());
      await popup.screenshot(join(SCREENSHOTS, 'popup-quotes-people.png'));
      await popup.evaluate(() => document.querySelector('[data-testid="numbers"]')?.scrollIntoView());
      await popup.screenshot(join(SCREENSHOTS, 'popup-numbers.png'));
      await popup.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOTS, 'reader.png') });
    }

    await popup.click('[data-testid="reader-toggle"]');
    expect(await readerGone(page)).toBe(true);
    expect(await pageMarkup(page)).toBe(markupBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await page.close();
  });

  it('marks a person’s mentions and jumps to a quote in reading mode, from the popup', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    const popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('ready');
    await waitForReader(page, '.crux-title');

    const firstPerson = await popup.evaluate(
      () => document.querySelector('[data-testid="people"] .person-name')?.textContent ?? '',
    );
    await popup.click('[data-testid="people"] li:first-child .person');
    await waitForReader(page, 'mark.crux-mark');
    const marks =
      (await inReader(page, (shadow) =>
        [...shadow.querySelectorAll('mark.crux-mark')].map((mark) => mark.textContent),
      )) ?? [];
    const surname = firstPerson.split(' ').pop() ?? '';
    expect(marks.length).toBeGreaterThanOrEqual(2);
    for (const mark of marks) expect(mark).toContain(surname);

    const quoteIndex = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="quotes"] .quote-text')].findIndex((quote) =>
        quote.textContent?.includes('kill the harbour'),
      ),
    );
    expect(quoteIndex).toBeGreaterThanOrEqual(0);
    await popup.click(`[data-testid="quotes"] li:nth-child(${quoteIndex + 1}) .quote-jump`);
    const highlighted = await waitForReader(page, '.crux-quote-highlight');
    expect(highlighted.text).toContain('They are building a wall to save the town');
    // Jumping to a quote clears the person's marks.
    expect(await queryReader(page, 'mark.crux-mark')).toBeNull();
    await page.keyboard.press('Escape');
    expect(await readerGone(page)).toBe(true);
    await page.close();
  });

  it('opens the popup instantly the second time, from the story kept for the tab', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    const first = await run.session.clickToolbarAction(page);
    expect(await settledState(first)).toBe('ready');
    await page.keyboard.press('Escape');
    expect(await readerGone(page)).toBe(true);

    const second = await run.session.clickToolbarAction(page);
    expect(await settledState(second)).toBe('ready');
    // The story comes from the session cache, with no second extraction or analysis.
    const source = await second.evaluate(() => document.querySelector('.popup')?.getAttribute('data-source'));
    expect(source).toBe('cache');
    await waitForReader(page, '.crux-title');
    await page.keyboard.press('Escape');
    expect(await readerGone(page)).toBe(true);
    await page.close();
  });

  it('closes reading mode with Esc, leaving the page as it was', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    const markupBefore = await pageMarkup(page);
    const popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('ready');
    await waitForReader(page, '.crux-title');
    await page.bringToFront();
    await page.keyboard.press('Escape');
    expect(await readerGone(page)).toBe(true);
    expect(await pageMarkup(page)).toBe(markupBefore);
    await page.close();
  });

  it('says a page does not look like an article, and offers to try anyway', async () => {
    const page = await run.session.openPage(`${run.site.origin}/not-an-article.html`);
    const popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('failed');
    const message = await popup.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent);
    expect(message).toContain("This page doesn't look like an article.");
    expect(await readerIsOpen(page)).toBe(false);

    await popup.click('[data-testid="try-anyway"]');
    await popup.waitFor(
      '.popup:not([data-state="failed"]), [data-testid="status"]:not(:has([data-testid="try-anyway"]))',
    );
    const after = await settledState(popup);
    expect(['ready', 'failed']).toContain(after);
    const text = await popup.evaluate(() => document.querySelector('.popup')?.textContent ?? '');
    expect(text.trim().length).toBeGreaterThan(10);
    await page.close();
  });

  it('shows hostile markup as a clean article: no page code runs, page styles cannot hide it', async () => {
    const page = await run.session.openPage(`${run.site.origin}/hostile-article.html`);
    await page.evaluate(() => {
      (window as unknown as { __marks: string[] }).__marks = [];
    });
    const popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('ready');
    const body = await waitForReader(page, '.crux-article');
    expect(body.text).toContain('Every one of these trees has a story');
    expect(body.html).not.toMatch(/<script|<iframe|\son[a-z]+=|javascript:/i);
    // Give any event handler or load that slipped through time to fire.
    await page.mouse.move(200, 200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => (window as unknown as { __marks: string[] }).__marks)).toEqual([]);
    // Reading mode is a modal dialog in the top layer over the whole window, whatever the page's styles.
    expect(
      await inReader(page, (shadow) => {
        const layer = shadow.querySelector('dialog.crux-layer');
        if (!layer) return null;
        const box = layer.getBoundingClientRect();
        return {
          modal: layer.matches(':modal'),
          covers: box.left <= 0 && box.top <= 0 && box.right >= innerWidth && box.bottom >= innerHeight,
          opacity: getComputedStyle(layer).opacity,
        };
      }),
    ).toEqual({ modal: true, covers: true, opacity: '1' });
    // What the page itself finds on top, anywhere: Crux's layer.
    expect(
      await page.evaluate((host: string) => {
        const points = [
          [innerWidth / 2, innerHeight / 2],
          [innerWidth - 10, 10],
          [10, innerHeight - 10],
        ];
        return points.every(
          ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0) === document.querySelector(host),
        );
      }, READER_HOST),
    ).toBe(true);
    await page.close();
  });

  it('shows the tab’s title and the shape of the story while the tab is still busy', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    const pageTitle = await page.title();
    // The page holds its thread for two seconds from now, so the tab answers late.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 2_000;
        while (Date.now() < end);
      }, 0);
    });
    const popup = await run.session.clickToolbarAction(page);
    await popup.waitFor('[data-testid="placeholder"] .placeholder-title', 1_500);
    const waiting = await popup.evaluate(() => ({
      state: document.querySelector('.popup')?.getAttribute('data-state'),
      title: document.querySelector('.placeholder-title')?.textContent,
      skeletonLines: document.querySelectorAll('.skeleton-card .skeleton-line').length,
    }));
    expect(waiting).toEqual({
      state: expect.stringMatching(/^(starting|working)$/),
      title: pageTitle,
      skeletonLines: 4,
    });
    if (browserName === 'chromium') await popup.screenshot(join(SCREENSHOTS, 'popup-placeholder.png'));
    expect(await settledState(popup)).toBe('ready');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="placeholder"]'))).toBeNull();
    await page.close();
  });

  it('says plainly that it cannot run on a browser page', async () => {
    const page = await run.session.openPage(browserName === 'chromium' ? 'chrome://version/' : 'about:blank');
    const popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('unavailable');
    const message = await popup.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent);
    expect(message).toMatch(/can’t run on (browser pages|this page)/);
    await page.close();
  });

  it('toggles reading mode with the keyboard shortcut, without the popup', async () => {
    const commands = await run.session.commands();
    const toggle = commands.find((command) => command.name === TOGGLE_COMMAND);
    expect(toggle).toBeDefined();
    // Chromium 156 leaves Alt+Shift+R unassigned (it reserves the key); a reader sets it once in the
    // browser's shortcut settings, as this does. Firefox assigns the suggested key.
    if (toggle?.shortcut === '') await run.session.assignShortcut(TOGGLE_COMMAND, TOGGLE_SHORTCUT);
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    const markupBefore = await pageMarkup(page);
    await run.session.pressShortcut(page, TOGGLE_SHORTCUT);
    const title = await waitForReader(page, '.crux-title', 10_000);
    expect(title.text).toBe('Harbour city votes to rebuild its flooded seawall');
    await run.session.pressShortcut(page, TOGGLE_SHORTCUT);
    expect(await readerGone(page)).toBe(true);
    expect(await pageMarkup(page)).toBe(markupBefore);
    await page.close();
  });
});
