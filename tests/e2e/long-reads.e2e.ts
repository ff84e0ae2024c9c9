/**
 * Long reads, end to end in real headless Chromium and Firefox through the real toolbar action: the
 * type settings reach the article's computed style, line focus dims the right lines and moves with
 * the keyboard and the mouse, and "where I was" is kept across reopening (and a browser restart: in
 * reading.e2e's restart test), cleared by the settings' button, never in a private window.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_PAGES,
  chooseInPopup,
  clickInReader,
  inReader,
  openReading,
  paragraphAtTop,
  readerScrollTop,
  scrollToParagraph,
  readerIsOpen,
  settledState,
  useExtensionSession,
  waitForReader,
  waitInReader,
  type BrowserName,
  type ExtensionSession,
  type Popup,
} from './harness';

const SCREENSHOTS = join(process.cwd(), 'docs/screenshots');
const LONG_READ = 'long-read.html';
/** The paragraph of the long read a reader stops at, counted among the article's paragraphs. */
const STOP_AT_PARAGRAPH = 14;
/** Long enough for reading mode to keep a position after the scrolling stops, and to write it. */
const KEEP_MS = 1200;

const offered = (page: Page): Promise<boolean | null> =>
  inReader(page, (shadow) => shadow.querySelector('[data-testid="continue-reading"]') !== null);

/** Closes the popup and reading mode, then opens both again through the toolbar. */
async function reopen(session: ExtensionSession, page: Page, popup: Popup): Promise<Popup> {
  await popup.close();
  // Esc, as a reader closes it: a click on Close would first scroll the button into view.
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect.poll(() => readerIsOpen(page), { timeout: 5000 }).toBe(false);
  const again = await session.clickToolbarAction(page);
  expect(await settledState(again)).toBe('ready');
  await waitForReader(page, '.crux-title');
  return again;
}

/** The reading positions in the extension's local storage, as the popup reads them. */
function storedPositions(popup: Popup): Promise<Record<string, unknown> | null> {
  return popup.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const stored = await api.storage.local.get('readingPositions');
    return stored.readingPositions ?? null;
  })()`);
}

/**
 * Line focus as a reader sees it: the lines of the article on screen, in document coordinates, the ones
 * the shades leave bright, and how many a shade's edge cuts through.
 */
function lineFocusView(page: Page) {
  return inReader(page, (shadow) => {
    const shades = [...shadow.querySelectorAll('.crux-line-focus-shade')].map((shade) =>
      shade.getBoundingClientRect(),
    );
    const scroller = shadow.querySelector('.crux-scroller');
    const article = shadow.querySelector('.crux-article');
    const toolbar = shadow.querySelector('.crux-toolbar');
    const [above, below] = shades;
    if (!above || !below || !scroller || !article || !toolbar) return null;
    const boxes: { top: number; bottom: number }[] = [];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const shownTop = toolbar.getBoundingClientRect().bottom;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.width > 0 && box.top > shownTop && box.bottom < innerHeight) boxes.push(box);
      }
    }
    // One entry per line: boxes whose middles are within a few pixels are on the same line.
    const lines: { top: number; bottom: number }[] = [];
    for (const box of boxes.sort((one, other) => one.top - other.top)) {
      const last = lines[lines.length - 1];
      const middle = (box.top + box.bottom) / 2;
      if (last && Math.abs((last.top + last.bottom) / 2 - middle) < 4) continue;
      lines.push({ top: box.top, bottom: box.bottom });
    }
    const middle = (line: { top: number; bottom: number }): number => (line.top + line.bottom) / 2;
    const bright = lines.filter((line) => middle(line) > above.bottom && middle(line) < below.top);
    const cut = lines.filter(
      (line) =>
        (line.top < above.bottom - 1 && line.bottom > above.bottom + 1) ||
        (line.top < below.top - 1 && line.bottom > below.top + 1),
    );
    const inDocument = (line: { top: number }): number => Math.round(line.top + scroller.scrollTop);
    return {
      lines: lines.map(inDocument),
      bright: bright.map(inDocument),
      brightMiddles: bright.map(middle),
      cut: cut.length,
    };
  });
}

/** Whether `bright` are consecutive lines of `lines`. */
function consecutive(lines: number[], bright: number[]): boolean {
  const first = lines.indexOf(bright[0] ?? NaN);
  return first >= 0 && bright.every((line, i) => lines[first + i] === line);
}

describe.each<BrowserName>(['chromium', 'firefox'])('Long reads in %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES });

  it('applies letter and word spacing, weight and justified, hyphenated lines to the article', async () => {
    const { page, popup } = await openReading(run.session, run.site, LONG_READ);
    const look = () =>
      inReader(page, (shadow) => {
        const paragraph = shadow.querySelector('.crux-body p');
        const heading = shadow.querySelector('.crux-body h2');
        const article = shadow.querySelector('.crux-article');
        if (!paragraph || !heading || !article) return null;
        const style = getComputedStyle(paragraph);
        return {
          letterSpacing: style.letterSpacing,
          wordSpacing: style.wordSpacing,
          fontWeight: style.fontWeight,
          headingWeight: getComputedStyle(heading).fontWeight,
          textAlign: style.textAlign,
          hyphens: style.hyphens,
          lang: article.getAttribute('lang'),
        };
      });
    expect(await look()).toEqual({
      letterSpacing: 'normal',
      wordSpacing: '0px',
      fontWeight: '400',
      headingWeight: '700',
      textAlign: 'start',
      hyphens: 'manual',
      lang: 'en',
    });
    await chooseInPopup(popup, 'popup-letter-spacing', '0.12');
    await chooseInPopup(popup, 'popup-word-spacing', '0.16');
    await chooseInPopup(popup, 'popup-weight', 'bold');
    await chooseInPopup(popup, 'popup-alignment', 'justify');
    // 20 px text: 0.12 em is 2.4 px, 0.16 em is 3.2 px.
    await expect.poll(look, { timeout: 5000 }).toEqual({
      letterSpacing: '2.4px',
      wordSpacing: '3.2px',
      fontWeight: '700',
      headingWeight: '900',
      textAlign: 'justify',
      hyphens: 'auto',
      lang: 'en',
    });
    await chooseInPopup(popup, 'popup-weight', 'medium');
    await expect.poll(async () => (await look())?.fontWeight, { timeout: 5000 }).toBe('500');
    for (const [id, value] of [
      ['popup-letter-spacing', '0'],
      ['popup-word-spacing', '0'],
      ['popup-weight', 'regular'],
      ['popup-alignment', 'start'],
    ]) {
      await chooseInPopup(popup, id ?? '', value ?? '');
    }
    await expect.poll(async () => (await look())?.textAlign, { timeout: 5000 }).toBe('start');
    await page.close();
  });

  it('draws the gray and high-contrast themes in their colours', async () => {
    const { page, popup } = await openReading(run.session, run.site, LONG_READ);
    const colours = () =>
      inReader(page, (shadow) => {
        const scroller = shadow.querySelector('.crux-scroller');
        if (!scroller) return null;
        const style = getComputedStyle(scroller);
        return {
          theme: scroller.getAttribute('data-theme'),
          background: style.backgroundColor,
          text: style.color,
        };
      });
    await chooseInPopup(popup, 'popup-theme', 'contrast');
    await expect
      .poll(colours, { timeout: 5000 })
      .toEqual({ theme: 'contrast', background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' });
    await chooseInPopup(popup, 'popup-theme', 'gray');
    await expect
      .poll(colours, { timeout: 5000 })
      .toEqual({ theme: 'gray', background: 'rgb(61, 61, 64)', text: 'rgb(240, 240, 240)' });
    await chooseInPopup(popup, 'popup-theme', 'auto');
    await page.close();
  });

  it('line focus leaves one, three or five lines bright, moves a line with ↓ and ↑, and follows the mouse', async () => {
    const { page, popup } = await openReading(run.session, run.site, LONG_READ);
    expect(await inReader(page, (shadow) => shadow.querySelector('.crux-line-focus') !== null)).toBe(false);
    await chooseInPopup(popup, 'popup-line-focus', '3');
    await waitForReader(page, '.crux-line-focus');
    await popup.close();
    await scrollToParagraph(page, 6);
    await page.bringToFront();
    // A click in the text gives reading mode the keyboard, and puts the reading line where it was.
    const target = await inReader(page, (shadow) => {
      const box = shadow.querySelectorAll('.crux-body p')[7]?.getBoundingClientRect();
      return box ? { x: box.left + 40, y: box.top + 10 } : null;
    });
    if (!target) throw new Error('no paragraph to click');
    await page.mouse.click(target.x, target.y);
    // The band settles on the clicked line, the middle one of three.
    await expect
      .poll(
        async () => {
          const view = await lineFocusView(page);
          return view?.bright.length === 3 && Math.abs((view.brightMiddles[1] ?? 0) - target.y) < 20;
        },
        { timeout: 5000 },
      )
      .toBe(true);
    const before = await lineFocusView(page);
    if (!before) throw new Error('no line focus');
    expect(before.cut).toBe(0);
    expect(consecutive(before.lines, before.bright)).toBe(true);

    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await lineFocusView(page))?.bright[0], { timeout: 5000 })
      .toBe(before.bright[1]);
    const down = await lineFocusView(page);
    expect(down?.bright).toHaveLength(3);
    expect(down?.cut).toBe(0);
    expect(down?.bright.slice(0, 2)).toEqual(before.bright.slice(1));
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await lineFocusView(page))?.bright, { timeout: 5000 })
      .toEqual(before.bright);

    // The mouse, further down: the band follows it.
    await page.mouse.move(target.x, target.y + 100);
    await expect
      .poll(async () => Math.abs(((await lineFocusView(page))?.brightMiddles[1] ?? 0) - (target.y + 100)), {
        timeout: 5000,
      })
      .toBeLessThan(20);
    if (browserName === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'reader-line-focus.png') });
    }

    const again = await run.session.clickToolbarAction(page);
    expect(await settledState(again)).toBe('ready');
    for (const [lines, bright] of [
      ['1', 1],
      ['5', 5],
    ] as const) {
      await chooseInPopup(again, 'popup-line-focus', lines);
      await expect
        .poll(async () => (await lineFocusView(page))?.bright.length, { timeout: 5000 })
        .toBe(bright);
      expect((await lineFocusView(page))?.cut).toBe(0);
    }
    await chooseInPopup(again, 'popup-line-focus', '0');
    await waitInReader(page, (shadow) => shadow.querySelector('.crux-line-focus') === null, 5000);
    await page.close();
  });

  it('offers to continue where the reader left off, and only jumps when asked', async () => {
    // An address of its own: the tests before read the long read too.
    const { page, popup } = await openReading(run.session, run.site, `${LONG_READ}?where-i-was`);
    // A first reading: nothing to offer.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await offered(page)).toBe(false);
    const stoppedAt = await scrollToParagraph(page, STOP_AT_PARAGRAPH);
    await new Promise((resolve) => setTimeout(resolve, KEEP_MS));
    const kept = await storedPositions(popup);
    // Kept under a SHA-256 of the address, never the address itself.
    const key = createHash('sha256').update(page.url()).digest('hex');
    expect(kept?.[key]).toMatchObject({ block: expect.any(Number) as number });
    expect(JSON.stringify(kept)).not.toContain('127.0.0.1');
    expect(JSON.stringify(kept)).not.toContain('long-read');

    await reopen(run.session, page, popup);
    await waitForReader(page, '[data-testid="continue-reading"]');
    // The offer does nothing on its own: reading mode opens at the top.
    expect(await readerScrollTop(page)).toBe(0);
    await clickInReader(page, '[data-testid="continue-reading"] .crux-button-primary');
    await expect.poll(() => paragraphAtTop(page), { timeout: 5000 }).toBe(stoppedAt);
    expect(await offered(page)).toBe(false);

    // The jump is the reader's move: reading mode keeps the place it reached a moment later.
    await new Promise((resolve) => setTimeout(resolve, KEEP_MS));

    // "Forget reading positions" in the settings clears them: nothing is offered after it. (The click in
    // the page closed the popup: the toolbar opens it again.)
    const again = await run.session.clickToolbarAction(page);
    expect(await settledState(again)).toBe('ready');
    await again.click('.settings-card summary');
    await again.click('#popup-forget-positions');
    await again.waitFor('#popup-forget-positions-status:not(:empty)');
    expect(await storedPositions(again)).toBeNull();
    const third = await reopen(run.session, page, again);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await offered(page)).toBe(false);
    await third.close();
    await page.close();
  });
  // Last of the block: the first private window allows the extension there, which reloads it.
  it('keeps nothing and offers nothing in a private window', async () => {
    const address = `${run.site.origin}/${LONG_READ}?private`;
    const key = createHash('sha256').update(address).digest('hex');
    const { page, popup } = await openReading(run.session, run.site, `${LONG_READ}?private`);
    await scrollToParagraph(page, STOP_AT_PARAGRAPH);
    await new Promise((resolve) => setTimeout(resolve, KEEP_MS));
    const storedBefore = await storedPositions(popup);
    const keysBefore = Object.keys(storedBefore ?? {}).sort();
    const keptBefore = storedBefore?.[key];
    expect(keptBefore).toMatchObject({ block: expect.any(Number) as number });
    await popup.close();
    await page.close();

    const privatePage = await run.session.openPrivatePage(address);
    const privatePopup = await run.session.clickToolbarAction(privatePage);
    expect(await settledState(privatePopup)).toBe('ready');
    await waitForReader(privatePage, '.crux-title');
    // The same article was read to a point in a normal window: a private one is not told.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await offered(privatePage)).toBe(false);
    await scrollToParagraph(privatePage, STOP_AT_PARAGRAPH + 6);
    await new Promise((resolve) => setTimeout(resolve, KEEP_MS));
    const positions = await storedPositions(privatePopup);
    expect(positions?.[key]).toEqual(keptBefore);
    expect(Object.keys(positions ?? {}).sort()).toEqual(keysBefore);
    await privatePopup.close();
    await privatePage.close();
  });
});
