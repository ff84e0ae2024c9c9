/**
 * Highlights and notes, end to end in real headless Chromium and Firefox through the real toolbar
 * action: a highlight made with the mouse and one with the keyboard, a note, all back after reading
 * mode is closed and opened again and after the browser restarts; found again after a small edit to
 * the page, listed as "could not be found" after a large one; and the popup's list scrolls to one.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILDS,
  clickInReader,
  inReader,
  launchWithExtension,
  openReading,
  pressKey,
  readerIsOpen,
  settledState,
  startFixtureServer,
  waitForReader,
  waitInReader,
  type BrowserName,
  type ExtensionSession,
  type FixtureServer,
  type Popup,
} from './harness';

const SCREENSHOTS = join(process.cwd(), 'docs/screenshots');
const PAGE = 'library.html';
const FIXTURE = join(process.cwd(), 'tests/fixtures/highlights', PAGE);

/** Made with the mouse, then coloured green. */
const MOUSE_PASSAGE = 'The new reading room will open in March with twice the seats.';
/** Made with the keyboard (Shift+arrows, then "h"), then given a note. */
const KEYBOARD_PASSAGE = 'Volunteers catalogued forty thousand books';
const NOTE = 'Ask about volunteering on Tuesdays';

/** The highlights drawn in reading mode: each one's text (its marks joined), colour and whether it has a note. */
function drawnHighlights(page: Page) {
  return inReader(page, (shadow) => {
    const byId = new Map<string, { text: string; color: string; note: boolean }>();
    for (const mark of shadow.querySelectorAll<HTMLElement>('mark.crux-highlight')) {
      const id = mark.dataset.highlightId ?? '';
      const known = byId.get(id) ?? { text: '', color: mark.dataset.color ?? '', note: false };
      known.text += mark.textContent ?? '';
      known.note ||= mark.hasAttribute('data-note');
      byId.set(id, known);
    }
    return [...byId.values()].sort((one, other) => one.text.localeCompare(other.text));
  });
}

/** The viewport points at the start and the end of `words` in reading mode's article, scrolled into view. */
function pointsOf(page: Page, words: string) {
  return inReader(
    page,
    (shadow, wanted: string) => {
      const body = shadow.querySelector('.crux-body');
      if (!body) return null;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(wanted);
        if (at === -1) continue;
        node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, at + wanted.length - 1);
        range.setEnd(node, at + wanted.length);
        const last = range.getBoundingClientRect();
        return {
          start: { x: first.left + 1, y: first.top + first.height / 2 },
          end: { x: last.right - 1, y: last.top + last.height / 2 },
        };
      }
      return null;
    },
    words,
  );
}

/** Clicks the first line of the highlight drawn in `color`, as a reader clicks its words. */
async function clickHighlight(page: Page, color: string): Promise<void> {
  const point = await inReader(
    page,
    (shadow, wanted: string) => {
      const mark = shadow.querySelector(`mark.crux-highlight[data-color="${wanted}"]`);
      if (!mark) return null;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      // A highlight over two lines has a bounding box whose centre may be on other words.
      const line = mark.getClientRects()[0];
      return line ? { x: line.left + line.width / 2, y: line.top + line.height / 2 } : null;
    },
    color,
  );
  if (!point) throw new Error(`no ${color} highlight in reading mode`);
  await page.mouse.click(point.x, point.y);
}

/** Selects `words` with the mouse, as a reader drags across them. */
async function dragAcross(page: Page, words: string): Promise<void> {
  const points = await pointsOf(page, words);
  if (!points) throw new Error(`no "${words}" in reading mode`);
  await page.mouse.move(points.start.x, points.start.y);
  await page.mouse.down();
  await page.mouse.move(points.end.x, points.end.y, { steps: 8 });
  await page.mouse.up();
}

/** Selects `words` with the keyboard: a click puts the caret before them, Shift+→ takes them in. */
async function selectWithKeys(page: Page, words: string): Promise<void> {
  const points = await pointsOf(page, words);
  if (!points) throw new Error(`no "${words}" in reading mode`);
  await page.mouse.click(points.start.x - 1, points.start.y);
  await page.keyboard.down('Shift');
  for (let step = 0; step < words.length; step += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
}

/** What the extension keeps under `highlights` in its local storage, as an extension page reads it. */
function storedHighlights(popup: Popup): Promise<Record<string, { highlights: unknown[] }> | null> {
  return popup.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.local.get('highlights')).highlights ?? null;
  })()`);
}

/** Closes the popup and reading mode (Esc), then opens both again through the toolbar. */
async function reopen(session: ExtensionSession, page: Page, popup: Popup): Promise<Popup> {
  await popup.close();
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect.poll(() => readerIsOpen(page), { timeout: 5000 }).toBe(false);
  await page.reload({ waitUntil: 'load' });
  const again = await session.clickToolbarAction(page);
  await waitForReader(page, '.crux-title');
  return again;
}

describe.each<BrowserName>(['chromium', 'firefox'])('Highlights in %s', (browserName) => {
  let site: FixtureServer;
  let pages: string;
  let profile: string;

  beforeAll(async () => {
    // The article is served from a folder of the test's own, so it can change under the same address.
    pages = await mkdtemp(join(tmpdir(), `crux-e2e-highlights-pages-`));
    await copyFile(FIXTURE, join(pages, PAGE));
    profile = await mkdtemp(join(tmpdir(), `crux-e2e-highlights-${browserName}-`));
    site = await startFixtureServer(pages);
  });

  afterAll(async () => {
    await site?.close();
    for (const dir of [pages, profile]) {
      if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
    }
  });

  /** Serves the article with `edit` made to its text, at the same address. */
  async function editPage(edit: (html: string) => string): Promise<void> {
    await writeFile(join(pages, PAGE), edit(await readFile(FIXTURE, 'utf8')));
  }

  it('keeps highlights made with the mouse and the keyboard, and a note, across reopening and a browser restart', async () => {
    const before = await launchWithExtension(browserName, BUILDS[browserName], {
      profile,
      caretBrowsing: true,
    });
    try {
      const opened = await openReading(before, site, PAGE);
      const { page } = opened;
      let { popup } = opened;

      // The mouse: drag across the words, then choose green in the toolbar that appears over them.
      await dragAcross(page, MOUSE_PASSAGE);
      await waitForReader(page, '[data-testid="highlight-toolbar"][data-subject="selection"]');
      if (browserName === 'chromium') {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, 'highlight-toolbar.png') });
      }
      await clickInReader(page, '[data-testid="highlight-toolbar"] .crux-swatch[data-color="green"]');
      await expect
        .poll(() => drawnHighlights(page), { timeout: 5000 })
        .toEqual([{ text: MOUSE_PASSAGE, color: 'green', note: false }]);

      // The keyboard: Shift+→ over the words, "h" highlights them, and the toolbar opens with the focus.
      await selectWithKeys(page, KEYBOARD_PASSAGE);
      await page.keyboard.press('h');
      await waitInReader(
        page,
        (shadow) =>
          shadow.activeElement?.closest('[data-testid="highlight-toolbar"][data-subject="highlight"]') !==
          null,
        5000,
      );
      // Tab along the four colours to "Note", write the note, Ctrl+Enter keeps it.
      for (let step = 0; step < 4; step += 1) await page.keyboard.press('Tab');
      expect(await inReader(page, (shadow) => shadow.activeElement?.getAttribute('data-testid'))).toBe(
        'highlight-note',
      );
      await pressKey(before, page, 'Enter');
      await waitInReader(
        page,
        (shadow) => shadow.activeElement?.getAttribute('data-testid') === 'highlight-note-text',
        5000,
      );
      await page.keyboard.type(NOTE);
      await pressKey(before, page, 'Ctrl+Enter');
      const made = [
        { text: MOUSE_PASSAGE, color: 'green', note: false },
        { text: KEYBOARD_PASSAGE, color: 'yellow', note: true },
      ].sort((one, other) => one.text.localeCompare(other.text));
      await expect.poll(() => drawnHighlights(page), { timeout: 5000 }).toEqual(made);
      if (browserName === 'chromium') {
        await page.screenshot({ path: join(SCREENSHOTS, 'highlights-in-article.png') });
      }

      // Kept on the device only, under the hash of the address, with the note. (A click in the page
      // closes Chromium's popup: the reader opens it again.)
      popup = await before.clickToolbarAction(page);
      expect(await settledState(popup)).toBe('ready');
      // The popup's card lists both in reading order; a click on one scrolls reading mode to it.
      await popup.waitFor('[data-testid="highlight-item"]', 10_000);
      expect(
        await popup.evaluate(() =>
          [...document.querySelectorAll('[data-testid="highlight-item"]')].map(
            (item) => item.textContent ?? '',
          ),
        ),
      ).toEqual([expect.stringContaining(MOUSE_PASSAGE), expect.stringContaining(KEYBOARD_PASSAGE)]);
      if (browserName === 'chromium') {
        await popup.evaluate(() =>
          document.querySelector('[data-testid="highlights-card"]')?.scrollIntoView({ block: 'start' }),
        );
        await popup.screenshot(join(SCREENSHOTS, 'popup-highlights.png'));
      }
      const keyboardId = await inReader(
        page,
        (shadow) =>
          shadow.querySelector<HTMLElement>('mark.crux-highlight[data-color="yellow"]')?.dataset.highlightId,
      );
      await inReader(page, (shadow) => shadow.querySelector('.crux-scroller')?.scrollTo({ top: 0 }));
      await popup.click(`[data-testid="highlight-item"][data-highlight-id="${keyboardId}"]`);
      await waitInReader(
        page,
        (shadow) => {
          const mark = shadow.activeElement;
          const toolbar = shadow.querySelector('.crux-toolbar');
          if (!mark?.matches('mark.crux-highlight') || !toolbar) return false;
          const gap = mark.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
          return gap > 0 && gap < 40;
        },
        5000,
      );

      const stored = await storedHighlights(popup);
      expect(Object.keys(stored ?? {})).toHaveLength(1);
      expect(Object.keys(stored ?? {})[0]).toMatch(/^[0-9a-f]{64}$/u);
      expect(JSON.stringify(stored)).toContain(NOTE);

      // Reading mode closed and opened again: both are back in place.
      popup = await reopen(before, page, popup);
      await expect.poll(() => drawnHighlights(page), { timeout: 5000 }).toEqual(made);
      await popup.close();
    } finally {
      await before.close();
    }

    const after = await launchWithExtension(browserName, BUILDS[browserName], {
      profile,
      caretBrowsing: true,
    });
    try {
      const { page } = await openReading(after, site, PAGE);
      await expect
        .poll(() => drawnHighlights(page), { timeout: 10_000 })
        .toEqual(
          [
            { text: KEYBOARD_PASSAGE, color: 'yellow', note: true },
            { text: MOUSE_PASSAGE, color: 'green', note: false },
          ].sort((one, other) => one.text.localeCompare(other.text)),
        );

      // A highlight's toolbar shows its note, copies it with its source, and recolours it.
      await page.bringToFront();
      await clickHighlight(page, 'yellow');
      await clickInReader(page, '[data-testid="highlight-copy"]');
      await waitForReader(page, '[data-testid="highlights-message"]');
      if (browserName === 'chromium') {
        await page.browserContext().overridePermissions(site.origin, ['clipboard-read']);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          `“${KEYBOARD_PASSAGE}”\n— Tomasz Quill, “Town library reopens its reading room”, The Harbour Gazette, ${site.origin}/${PAGE}`,
        );
      }
      await clickInReader(page, '[data-testid="highlight-note"]');
      expect(await inReader(page, (shadow) => shadow.querySelector('textarea')?.value)).toBe(NOTE);
      await page.keyboard.press('Escape');
      await waitInReader(page, (shadow) => !shadow.querySelector('[data-testid="highlight-toolbar"]'), 5000);
      expect(await readerIsOpen(page)).toBe(true);
      await clickHighlight(page, 'green');
      await clickInReader(page, '[data-testid="highlight-toolbar"] .crux-swatch[data-color="blue"]');
      await expect
        .poll(() => drawnHighlights(page), { timeout: 5000 })
        .toContainEqual({ text: MOUSE_PASSAGE, color: 'blue', note: false });
    } finally {
      await after.close();
    }
  });

  it('finds highlights again after a small edit to the page, and lists them as not found after a large one', async () => {
    const session = await launchWithExtension(browserName, BUILDS[browserName], {
      profile,
      caretBrowsing: true,
    });
    try {
      // A paragraph added above, and a word changed inside the mouse's passage.
      await editPage((html) =>
        html
          .replace(
            '<p>The building,',
            '<p>Update: the library now opens on Sundays too.</p>\n<p>The building,',
          )
          .replace('will open in March', 'would open in March'),
      );
      const opened = await openReading(session, site, PAGE);
      const { page } = opened;
      let { popup } = opened;
      await expect
        .poll(() => drawnHighlights(page), { timeout: 10_000 })
        .toEqual(
          [
            { text: KEYBOARD_PASSAGE, color: 'yellow', note: true },
            { text: MOUSE_PASSAGE.replace('will', 'would'), color: 'blue', note: false },
          ].sort((one, other) => one.text.localeCompare(other.text)),
        );
      expect(
        await inReader(page, (shadow) => shadow.querySelector('[data-testid="highlights-lost"]')),
      ).toBeNull();

      // Both paragraphs rewritten: nothing is marked, and both are listed with their words and note.
      await editPage((html) =>
        html
          .replace(/“We were told[^<]*<\/p>/u, 'The librarian declined to comment on the timetable.</p>')
          .replace(
            /Volunteers catalogued[^<]*<\/p>/u,
            'Staff moved the collection to a warehouse by the station.</p>',
          ),
      );
      popup = await reopen(session, page, popup);
      const lost = await waitInReader(
        page,
        (shadow) => shadow.querySelector('[data-testid="highlights-lost"]')?.textContent ?? null,
        10_000,
      );
      expect(lost).toContain(MOUSE_PASSAGE);
      expect(lost).toContain(KEYBOARD_PASSAGE);
      expect(lost).toContain(NOTE);
      expect(await drawnHighlights(page)).toEqual([]);
      // Still kept: a page that changes back finds them again.
      expect(Object.values((await storedHighlights(popup)) ?? {})[0]?.highlights).toHaveLength(2);
      // Until the reader removes one from the list.
      await page.bringToFront();
      await clickInReader(page, '[data-testid="highlights-lost"] summary');
      if (browserName === 'chromium')
        await page.screenshot({ path: join(SCREENSHOTS, 'highlights-lost.png') });
      await clickInReader(page, '[data-testid="highlights-lost"] li button');
      await expect
        .poll(
          () =>
            inReader(page, (shadow) => shadow.querySelectorAll('[data-testid="highlights-lost"] li').length),
          { timeout: 5000 },
        )
        .toBe(1);
      popup = await session.clickToolbarAction(page);
      expect(await settledState(popup)).toBe('ready');
      expect(Object.values((await storedHighlights(popup)) ?? {})[0]?.highlights).toHaveLength(1);
      await popup.close();
    } finally {
      await session.close();
      await copyFile(FIXTURE, join(pages, PAGE));
    }
  });

  it('in a private window, neither shows nor keeps highlights: the toolbar only copies', async () => {
    const session = await launchWithExtension(browserName, BUILDS[browserName], { profile });
    try {
      const normal = await openReading(session, site, PAGE);
      await expect.poll(() => drawnHighlights(normal.page), { timeout: 10_000 }).toHaveLength(1);
      const before = await storedHighlights(normal.popup);
      await normal.popup.close();

      const page = await session.openPrivatePage(`${site.origin}/${PAGE}`);
      const popup = await session.clickToolbarAction(page);
      expect(await settledState(popup)).toBe('ready');
      await waitForReader(page, '.crux-title');
      await page.bringToFront();
      await dragAcross(page, MOUSE_PASSAGE);
      const toolbar = await waitInReader(
        page,
        (shadow) => {
          const bar = shadow.querySelector('[data-testid="highlight-toolbar"]');
          return bar
            ? [...bar.querySelectorAll('button')].map((button) => button.dataset.testid ?? '')
            : null;
        },
        5000,
      );
      expect(toolbar).toEqual(['highlight-copy']);
      await page.keyboard.press('h');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await drawnHighlights(page)).toEqual([]);
      const again = await session.clickToolbarAction(page);
      expect(await settledState(again)).toBe('ready');
      expect(await storedHighlights(again)).toEqual(before);
      // The popup, too, shows none of the highlights kept for this address in a normal window.
      expect(
        await again.evaluate(() => document.querySelector('[data-testid="highlights-card"]') === null),
      ).toBe(true);
      await again.close();
    } finally {
      await session.close();
    }
  });
});
