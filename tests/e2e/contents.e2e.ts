/**
 * Contents, end to end in real headless Chromium and Firefox: the built extension's reading mode, opened
 * through the real toolbar action on pages of tests/fixtures/contents, with the panel of the article's
 * headings opened, followed, jumped from by mouse and keyboard, closed with Esc, right to left, and
 * checked with axe-core. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { JUMP_GAP } from '../../reading-mode/scroll-under-toolbar';
import {
  READER_HOST,
  inReader,
  pressKey,
  queryReader,
  readerIsOpen,
  chooseInReader,
  lowestTextContrast,
  readerViolations,
  untilTheme,
  useExtensionSession,
  waitForReader,
  waitInReader,
  type BrowserName,
} from './harness';

const CONTENTS_PAGES = join(process.cwd(), 'tests/fixtures/contents');
const SCREENSHOTS = join(process.cwd(), 'docs/screenshots');
/**
 * A desktop window: room for the panel beside the article, whose 70 characters take about 890 px in
 * this machine's serif (DejaVu Serif, a wide face).
 */
const WIDE_WINDOW = { width: 1600, height: 900 };
/** A window with no room beside the article: the panel lies over the text. */
const NARROW_WINDOW = { width: 760, height: 800 };
/** How far from its place under the toolbar (`JUMP_GAP`) a heading jumped to may sit: rounding. */
const JUMP_TOLERANCE = 2;

/** The long article's section headings as the panel lists them: level, then text. */
const LONG_ARTICLE_CONTENTS = [
  ['1', 'A shelf of tools'],
  ['2', 'The first donations'],
  ['2', 'Rules that fit on a card'],
  ['1', 'Who borrows, and why'],
  ['2', 'Weekend builders'],
  ['2', 'Students and first flats'],
  ['1', 'Keeping it going'],
  ['2', 'Repairs on Thursdays'],
  ['1', 'What comes next'],
];

/** The panel as a reader meets it: open or not, its entries, the one marked current, where focus is. */
function panelState(page: Page) {
  return inReader(page, (shadow) => {
    const panel = shadow.querySelector<HTMLElement>('#crux-contents');
    const button = shadow.querySelector('[data-testid="contents"]');
    const entries = [...shadow.querySelectorAll('#crux-contents button')];
    const focused = shadow.activeElement;
    return {
      open: panel !== null && !panel.hidden && getComputedStyle(panel).display !== 'none',
      expanded: button?.getAttribute('aria-expanded') ?? null,
      entries: entries.map((entry) => [entry.getAttribute('data-level'), entry.textContent]),
      current: entries
        .filter((entry) => entry.getAttribute('aria-current') === 'location')
        .map((entry) => entry.textContent),
      focus: !focused
        ? null
        : focused === button
          ? 'button'
          : focused.closest('#crux-contents')
            ? `entry: ${focused.textContent}`
            : `${focused.tagName.toLowerCase()}: ${focused.textContent}`,
      layerOpen: shadow.querySelector('dialog.crux-layer')?.hasAttribute('open') ?? false,
    };
  });
}

/** How far the heading with `text` sits under the toolbar, in CSS pixels. */
function gapUnderToolbar(page: Page, text: string) {
  return inReader(
    page,
    (shadow, wanted: string) => {
      const heading = [...shadow.querySelectorAll('.crux-body h1, .crux-body h2, .crux-body h3')].find(
        (candidate) => candidate.textContent === wanted,
      );
      const toolbar = shadow.querySelector('.crux-toolbar');
      if (!heading || !toolbar) return null;
      return Math.round(heading.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom);
    },
    text,
  );
}

/** Waits until the heading with `text` sits just under the toolbar, its entry current and it focused. */
async function untilJumpedTo(page: Page, text: string): Promise<void> {
  await waitInReader(
    page,
    (shadow, wanted: string, gap: number, tolerance: number) => {
      const heading = [...shadow.querySelectorAll('.crux-body h2, .crux-body h3')].find(
        (candidate) => candidate.textContent === wanted,
      );
      const toolbar = shadow.querySelector('.crux-toolbar');
      const current = shadow.querySelector('#crux-contents [aria-current="location"]');
      if (!heading || !toolbar) return false;
      const under = heading.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
      return (
        Math.abs(under - gap) <= tolerance &&
        current?.textContent === wanted &&
        shadow.activeElement === heading
      );
    },
    5_000,
    text,
    JUMP_GAP,
    JUMP_TOLERANCE,
  );
}

/**
 * Clicks an element of reading mode where it is, with a real mouse click at its centre: the sticky
 * toolbar and the fixed panel are in view already, and scrolling them "into view" would move the article.
 */
async function clickWhereItIs(page: Page, selector: string, text?: string): Promise<void> {
  const centre = await inReader(
    page,
    (shadow, wanted: string, label: string | null) => {
      const element = [...shadow.querySelectorAll(wanted)].find(
        (candidate) => label === null || candidate.textContent === label,
      );
      if (!element) return null;
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    selector,
    text ?? null,
  );
  if (!centre) throw new Error(`no ${selector} ${text ?? ''} in reading mode`);
  await page.mouse.click(centre.x, centre.y);
}

/** Scrolls the article so that the heading with `text` sits `below` pixels under the toolbar. */
function scrollHeadingTo(page: Page, text: string, below: number) {
  return inReader(
    page,
    (shadow, wanted: string, offset: number) => {
      const heading = [...shadow.querySelectorAll('.crux-body h2, .crux-body h3')].find(
        (candidate) => candidate.textContent === wanted,
      );
      const toolbar = shadow.querySelector('.crux-toolbar');
      const scroller = shadow.querySelector('.crux-scroller');
      if (!heading || !toolbar || !scroller) return false;
      const under = heading.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
      scroller.scrollTop += under - offset;
      return true;
    },
    text,
    below,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('Contents in %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: CONTENTS_PAGES });

  /** Opens a fixture page in reading mode through the toolbar, in a window of the given size. */
  async function openReadingMode(file: string, window = WIDE_WINDOW): Promise<Page> {
    const page = await run.session.openPage(`${run.site.origin}/${file}`);
    await page.setViewport(window);
    const popup = await run.session.clickToolbarAction(page);
    await waitForReader(page, '.crux-title', 10_000);
    // The popup closes as a click on the page would close it: keys go to the page from here on.
    await popup.close();
    await page.bringToFront();
    return page;
  }

  /** Opens the panel from the keyboard: focus on the Contents button, then Enter. */
  async function openPanelByKeyboard(page: Page): Promise<void> {
    await inReader(page, (shadow) => shadow.querySelector<HTMLElement>('[data-testid="contents"]')?.focus());
    await pressKey(run.session, page, 'Enter');
    await waitForReader(page, '[data-testid="contents"][aria-expanded="true"]');
  }

  it('offers no Contents for an article with fewer than three headings', async () => {
    const page = await openReadingMode('short-article.html');
    await waitForReader(page, '[data-testid="listen"]');
    expect(await queryReader(page, '[data-testid="contents"]')).toBeNull();
    expect(await queryReader(page, '#crux-contents')).toBeNull();
    await page.close();
  });

  it('lists the headings in two levels, and a click jumps to one under the toolbar and marks it', async () => {
    const page = await openReadingMode('long-article.html');
    expect(await panelState(page)).toMatchObject({ open: false, expanded: 'false' });
    await clickWhereItIs(page, '[data-testid="contents"]');
    const opened = await panelState(page);
    expect(opened).toMatchObject({ open: true, expanded: 'true', current: [] });
    expect(opened?.entries).toEqual(LONG_ARTICLE_CONTENTS);

    await clickWhereItIs(page, '#crux-contents button', 'Who borrows, and why');
    await untilJumpedTo(page, 'Who borrows, and why');
    // A wide window has room for both: the panel stays open beside the article.
    expect(await panelState(page)).toMatchObject({ open: true, focus: 'h2: Who borrows, and why' });
    const beside = await inReader(page, (shadow) => {
      const panel = shadow.querySelector('#crux-contents')?.getBoundingClientRect();
      const article = shadow.querySelector('.crux-article')?.getBoundingClientRect();
      const toolbar = shadow.querySelector('.crux-toolbar')?.getBoundingClientRect();
      return panel && article && toolbar
        ? { leftOfArticle: panel.right <= article.left, belowToolbar: panel.top >= toolbar.bottom }
        : null;
    });
    expect(beside).toEqual({ leftOfArticle: true, belowToolbar: true });

    expect(await readerViolations(page)).toEqual([]);
    if (browserName === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'reader-contents.png') });
    }
    // The open panel in every theme: no serious barrier, its text AA, or AAA in high contrast.
    await clickWhereItIs(page, '[aria-controls="crux-settings"]');
    for (const theme of ['light', 'sepia', 'gray', 'dark', 'contrast']) {
      await chooseInReader(page, 'crux-reader-theme', theme);
      await untilTheme(page, theme);
      expect(await readerViolations(page), theme).toEqual([]);
      const lowest = await lowestTextContrast(page);
      expect(lowest?.ratio ?? 0, `${theme}: ${lowest?.where ?? ''}`).toBeGreaterThanOrEqual(
        theme === 'contrast' ? 7 : 4.5,
      );
    }
    await chooseInReader(page, 'crux-reader-theme', 'auto');
    await page.close();
  });

  it('reaches the entries by keyboard, and Enter on one jumps to its heading', async () => {
    const page = await openReadingMode('long-article.html');
    await openPanelByKeyboard(page);
    // Tab goes from the button into the panel, entry by entry.
    for (let entry = 0; entry < 6; entry += 1) await pressKey(run.session, page, 'Tab');
    expect((await panelState(page))?.focus).toBe('entry: Students and first flats');
    await pressKey(run.session, page, 'Enter');
    await untilJumpedTo(page, 'Students and first flats');
    expect(await panelState(page)).toMatchObject({ open: true, current: ['Students and first flats'] });
    await page.close();
  });

  it('marks the section in view as the reader scrolls, and none above the first heading', async () => {
    const page = await openReadingMode('long-article.html');
    await clickWhereItIs(page, '[data-testid="contents"]');
    expect((await panelState(page))?.current).toEqual([]);

    await scrollHeadingTo(page, 'Keeping it going', 4);
    await waitInReader(
      page,
      (shadow) => shadow.querySelector('#crux-contents [aria-current]')?.textContent === 'Keeping it going',
      5_000,
    );
    // The reader's own wheel, back up: the heading drops below the line, the section before is current.
    const article = await inReader(page, (shadow) => {
      const box = shadow.querySelector('.crux-article')?.getBoundingClientRect();
      return box ? { x: box.x + box.width / 2, y: box.y + 400 } : null;
    });
    await page.mouse.move(article?.x ?? 640, 500);
    await page.mouse.wheel({ deltaY: -300 });
    await waitInReader(
      page,
      (shadow) =>
        shadow.querySelector('#crux-contents [aria-current]')?.textContent === 'Students and first flats',
      5_000,
    );
    expect((await gapUnderToolbar(page, 'Keeping it going')) ?? 0).toBeGreaterThan(2 * JUMP_GAP);

    await inReader(page, (shadow) => shadow.querySelector('.crux-scroller')?.scrollTo(0, 0));
    await waitInReader(page, (shadow) => !shadow.querySelector('#crux-contents [aria-current]'), 5_000);
    await page.close();
  });

  it('closes on Esc in the panel, gives focus back to the button, and leaves reading mode open', async () => {
    const page = await openReadingMode('long-article.html');
    await openPanelByKeyboard(page);
    await pressKey(run.session, page, 'Tab');
    expect((await panelState(page))?.focus).toBe('entry: A shelf of tools');

    await pressKey(run.session, page, 'Escape');
    await waitForReader(page, '[data-testid="contents"][aria-expanded="false"]');
    expect(await panelState(page)).toMatchObject({ open: false, focus: 'button', layerOpen: true });
    // Reading mode is still there a moment later: the dialog did not close on the same key.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readerIsOpen(page)).toBe(true);
    expect((await panelState(page))?.layerOpen).toBe(true);

    // Outside the panel, Esc closes reading mode as before.
    await pressKey(run.session, page, 'Escape');
    await page.waitForFunction(
      (host: string) => document.querySelector(host) === null,
      { timeout: 5_000 },
      READER_HOST,
    );
    await page.close();
  });

  it('makes way on a narrow window: a jump closes the panel that lay over the text', async () => {
    const page = await openReadingMode('long-article.html', NARROW_WINDOW);
    await clickWhereItIs(page, '[data-testid="contents"]');
    await clickWhereItIs(page, '#crux-contents button', 'Repairs on Thursdays');
    await waitInReader(
      page,
      (shadow) => shadow.querySelector('[data-testid="contents"]')?.getAttribute('aria-expanded') === 'false',
      5_000,
    );
    expect(
      Math.abs(((await gapUnderToolbar(page, 'Repairs on Thursdays')) ?? 0) - JUMP_GAP),
    ).toBeLessThanOrEqual(JUMP_TOLERANCE);
    expect(await panelState(page)).toMatchObject({ open: false, focus: 'h3: Repairs on Thursdays' });
    await page.close();
  });

  it('jumps into a very long article drawn in parts, and keeps the current entry in sight in a long panel', async () => {
    const page = await openReadingMode('very-long-article.html');
    expect(await queryReader(page, '.crux-body.crux-long')).not.toBeNull();
    await clickWhereItIs(page, '[data-testid="contents"]');
    const panel = await inReader(page, (shadow) => {
      const nav = shadow.querySelector('#crux-contents');
      if (!nav) return null;
      // The panel scrolls on its own: to its end, where the last weeks are.
      nav.scrollTop = nav.scrollHeight;
      return { entries: nav.querySelectorAll('button').length, scrolls: nav.scrollHeight > nav.clientHeight };
    });
    expect(panel).toEqual({ entries: 52, scrolls: true });
    await clickWhereItIs(page, '#crux-contents button', 'Week 47');
    await untilJumpedTo(page, 'Week 47');
    // Still in its place once the paragraphs around it are laid out.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(Math.abs(((await gapUnderToolbar(page, 'Week 47')) ?? 0) - JUMP_GAP)).toBeLessThanOrEqual(
      JUMP_TOLERANCE,
    );

    // Back near the start of the article: the panel scrolls its current entry, far above, into sight.
    await scrollHeadingTo(page, 'Week 3', 4);
    const inSight = await waitInReader(
      page,
      (shadow) => {
        const nav = shadow.querySelector('#crux-contents')?.getBoundingClientRect();
        const entry = shadow.querySelector('#crux-contents [aria-current]');
        const box = entry?.getBoundingClientRect();
        return (
          entry?.textContent === 'Week 3' && nav && box && box.top >= nav.top && box.bottom <= nav.bottom
        );
      },
      5_000,
    );
    expect(inSight).toBe(true);
    await page.close();
  });

  it('reads right to left: the panel on the article’s right, its entries right to left', async () => {
    const page = await openReadingMode('rtl-article.html');
    await clickWhereItIs(page, '[data-testid="contents"]');
    const layout = await inReader(page, (shadow) => {
      const panel = shadow.querySelector<HTMLElement>('#crux-contents');
      const article = shadow.querySelector('.crux-article')?.getBoundingClientRect();
      const [first, second] = shadow.querySelectorAll<HTMLElement>('#crux-contents button');
      if (!panel || !article || !first || !second) return null;
      const box = panel.getBoundingClientRect();
      return {
        dir: panel.getAttribute('dir'),
        direction: getComputedStyle(panel).direction,
        rightOfArticle: box.left >= article.right,
        inWindow: box.right <= innerWidth,
        levels: [first.getAttribute('data-level'), second.getAttribute('data-level')],
        // A second-level entry is indented from the right, where right-to-left text starts.
        indentedFromRight:
          parseFloat(getComputedStyle(second).paddingRight) >
          parseFloat(getComputedStyle(first).paddingRight),
      };
    });
    expect(layout).toEqual({
      dir: 'rtl',
      direction: 'rtl',
      rightOfArticle: true,
      inWindow: true,
      levels: ['1', '2'],
      indentedFromRight: true,
    });
    expect((await panelState(page))?.entries).toEqual([
      ['1', 'איך הכול התחיל'],
      ['2', 'הערוגות הראשונות'],
      ['2', 'מים ושמש'],
      ['1', 'מי מגיע לגינה'],
      ['1', 'מה הלאה'],
    ]);
    await clickWhereItIs(page, '#crux-contents button', 'מים ושמש');
    await untilJumpedTo(page, 'מים ושמש');
    expect(await readerViolations(page)).toEqual([]);
    await page.close();
  });
});
