/**
 * The reader's highlights as data, end to end in real headless Chromium and Firefox: the settings page
 * says how much room they take and warns before it runs out, exports them all as JSON (which imports
 * back into the same highlights) and as Markdown, and deletes them only once asked twice; the popup
 * lists an article's highlights in reading order, copies and saves them as Markdown.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { addressKey } from '../../reader-data/article-key';
import type { ArticleHighlights, Highlight, HighlightLibrary } from '../../reader-data/highlights';
import { datedFileName } from '../../ui/save-file';
import {
  FIXTURE_PAGES,
  clickInReader,
  openReading,
  settledState,
  useExtensionSession,
  waitForReader,
  type BrowserName,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

const ARTICLE = 'news-article.html';

function highlight(id: string, exact: string, start: number, note: string, at: number): Highlight {
  return { id, quote: { exact, prefix: '', suffix: '', start }, color: 'yellow', note, at };
}

/** The fixture article's highlights, stored out of reading order, one of them a key quote's words. */
function seawallHighlights(site: FixtureServer): ArticleHighlights {
  return {
    url: `${site.origin}/${ARTICLE}`,
    title: 'Harbour city votes to rebuild its flooded seawall',
    byline: 'Priya Raman',
    siteName: 'The Coastal Ledger',
    publishedTime: '2025-03-14T09:30:00Z',
    highlights: [
      { ...highlight('late', 'we will be honest about it', 1900, 'Ask about the $120.', 2), color: 'blue' },
      highlight(
        'early',
        'This wall is the difference between a town that floods and a town that endures.',
        300,
        '',
        1,
      ),
    ],
    at: 2,
  };
}

/** Another article's highlights, changed before the fixture's. */
function otherHighlights(site: FixtureServer): ArticleHighlights {
  return {
    url: `${site.origin}/long-read.html`,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    highlights: [highlight('other', 'A passage <b>with</b> markup.', 10, 'Line one\nline two', 1)],
    at: 1,
  };
}

const asLibrary = (...articles: ArticleHighlights[]): HighlightLibrary =>
  Object.fromEntries(articles.map((article) => [addressKey(article.url), article]));

/** The highlights in the extension's storage, as the page reads them. */
async function storedHighlights(page: Page): Promise<HighlightLibrary | null> {
  return page.evaluate<[], () => HighlightLibrary | null>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.local.get('highlights')).highlights ?? null;
  })()`);
}

/** Replaces the extension's highlights with `library`, from one of its pages. */
async function storeHighlights(page: Page, library: HighlightLibrary): Promise<void> {
  await page.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.local.set({ highlights: ${JSON.stringify(library)} });
  })()`);
}

/** Waits for the file the browser saved as `name` in `dir`, complete, and returns its text. */
async function savedFile(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await expect
    .poll(() => existsSync(path) && readFileSync(path, 'utf8').length > 0, { timeout: 10_000 })
    .toBe(true);
  // Chromium writes into a .crdownload file and renames it once done; Firefox writes in place, briefly.
  await expect.poll(() => existsSync(`${path}.crdownload`) || existsSync(`${path}.part`)).toBe(false);
  return readFileSync(path, 'utf8');
}

const text = (page: Page, testId: string): Promise<string> =>
  page.$eval(`[data-testid="${testId}"]`, (element) => element.textContent ?? '').catch(() => '');

/** Opens the settings page over `library`, and waits until it shows it. */
async function openSettings(session: ExtensionSession, library: HighlightLibrary): Promise<Page> {
  const page = await session.openPage(`${session.extensionOrigin}/options.html`);
  await page.waitForSelector('[data-testid="highlights-use"]');
  // The page follows the store as it changes: what is written now shows without a reload.
  await storeHighlights(page, library);
  return page;
}

/** The address a tab shows, as its document knows it (puppeteer's Firefox keeps about:blank for an extension's tab). */
const shownAddress = (page: Page): Promise<string> =>
  page.evaluate(() => location.href).catch(() => page.url());

/** Waits for a tab showing the settings page, and closes it. */
async function closeSettingsTab(session: ExtensionSession): Promise<void> {
  const address = `${session.extensionOrigin}/options.html`;
  let settings: Page | undefined;
  await expect
    .poll(
      async () => {
        const pages = await session.browser.pages();
        const addresses = await Promise.all(pages.map(shownAddress));
        settings = pages[addresses.findIndex((shown) => shown.startsWith(address))];
        return settings !== undefined;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  await settings?.close();
}

/** Each browser's download folder, made as its tests are collected. */
const downloadFolders: string[] = [];
function downloadFolder(browserName: BrowserName): string {
  const folder = mkdtempSync(join(tmpdir(), `crux-downloads-${browserName}-`));
  downloadFolders.push(folder);
  return folder;
}
// At the file's end, not the block's: a block whose tests were all filtered out runs no afterAll.
afterAll(() => {
  for (const folder of downloadFolders) rmSync(folder, { recursive: true, force: true });
});

describe.each<BrowserName>(['chromium', 'firefox'])('The highlights’ data in %s', (browserName) => {
  const downloads = downloadFolder(browserName);
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES, launch: { downloadDir: downloads } });

  it('says how much room the highlights take, exports them as JSON that imports back, and as Markdown', async () => {
    const library = asLibrary(seawallHighlights(run.site), otherHighlights(run.site));
    const page = await openSettings(run.session, library);
    await expect
      .poll(() => text(page, 'highlights-use'))
      .toMatch(/^3 highlights in 2 articles, \d kB of 3 MB$/u);
    expect(await page.$('[data-testid="highlights-warning"]')).toBeNull();
    if (browserName === 'chromium') {
      await page.setViewport({ width: 900, height: 1000 });
      await page.screenshot({
        path: join(process.cwd(), 'docs/screenshots/settings-page.png'),
        fullPage: true,
      });
    }

    await page.click('[data-testid="export-json"]');
    const jsonName = datedFileName('crux-highlights', 'json');
    const exported = JSON.parse(await savedFile(downloads, jsonName)) as { articles: ArticleHighlights[] };
    expect(exported).toMatchObject({ format: 'crux-highlights', version: 1 });
    expect(exported.articles.map((article) => article.url)).toEqual([
      `${run.site.origin}/${ARTICLE}`,
      `${run.site.origin}/long-read.html`,
    ]);

    await page.click('[data-testid="delete-highlights"]');
    await page.click('[data-testid="delete-everything"]');
    await expect.poll(() => storedHighlights(page)).toBeNull();
    const input = await page.$('input[data-testid="import-file"]');
    if (!input) throw new Error('no file input on the settings page');
    await input.uploadFile(join(downloads, jsonName));
    await expect
      .poll(() => text(page, 'highlights-outcome'))
      .toBe('Imported. Highlights added: 3. Articles added: 2.');
    expect(await storedHighlights(page)).toEqual(library);

    await page.click('[data-testid="export-markdown"]');
    const markdown = await savedFile(downloads, datedFileName('crux-highlights', 'md'));
    expect(markdown).toBe(
      [
        '# Harbour city votes to rebuild its flooded seawall',
        '',
        `<${run.site.origin}/${ARTICLE}>`,
        '',
        'Priya Raman · The Coastal Ledger · 2025-03-14',
        '',
        '> This wall is the difference between a town that floods and a town that endures.',
        '',
        '> we will be honest about it',
        '',
        'Ask about the $120.',
        '',
        '---',
        '',
        `# ${run.site.origin}/long-read.html`,
        '',
        `<${run.site.origin}/long-read.html>`,
        '',
        '> A passage \\<b\\>with\\</b\\> markup.',
        '',
        'Line one\\',
        'line two',
        '',
      ].join('\n'),
    );
    await page.close();
  });

  it('warns once the highlights take most of their room, and deletes them all only once asked twice', async () => {
    const note = 'n'.repeat(10_000);
    const full: ArticleHighlights = {
      ...seawallHighlights(run.site),
      highlights: Array.from({ length: 245 }, (_, index) => highlight(`h${index}`, 'Words.', index, note, 1)),
    };
    const page = await openSettings(run.session, asLibrary(full));
    await expect
      .poll(() => text(page, 'highlights-warning'))
      .toBe('Highlights are almost full: export and delete some to make room for new ones.');

    await page.click('[data-testid="delete-highlights"]');
    await page.waitForSelector('[data-testid="delete-everything"]');
    await page.click('[data-testid="keep-highlights"]');
    expect(await page.$('[data-testid="delete-everything"]')).toBeNull();
    expect(Object.keys((await storedHighlights(page)) ?? {})).toHaveLength(1);

    await page.click('[data-testid="delete-highlights"]');
    await page.click('[data-testid="delete-everything"]');
    await expect.poll(() => text(page, 'highlights-outcome')).toBe('All highlights deleted.');
    expect(await storedHighlights(page)).toBeNull();
    expect(await text(page, 'highlights-use')).toBe('No highlights yet.');
    expect(await page.$('[data-testid="highlights-warning"]')).toBeNull();
    await page.close();
  });

  it('lists the article’s highlights in the popup in reading order, and copies and saves them as Markdown', async () => {
    const settings = await openSettings(
      run.session,
      asLibrary(seawallHighlights(run.site), otherHighlights(run.site)),
    );
    await settings.close();
    const page = await run.session.openPage(`${run.site.origin}/${ARTICLE}`);
    const popup = await run.session.clickToolbarAction(page);
    expect(await settledState(popup)).toBe('ready');
    await waitForReader(page, '.crux-title');
    await popup.waitFor('[data-testid="highlights-card"]');
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="highlight-item"]')].map((item) => ({
        id: item.dataset.highlightId,
        text: item.querySelector('.highlight-text')?.textContent,
        note: item.querySelector('.highlight-note')?.textContent ?? null,
        colour: item.textContent?.split(':')[0],
      })),
    );
    expect(listed).toEqual([
      {
        id: 'early',
        text: 'This wall is the difference between a town that floods and a town that endures.',
        note: null,
        colour: 'Yellow',
      },
      { id: 'late', text: 'we will be honest about it', note: 'Ask about the $120.', colour: 'Blue' },
    ]);

    const expected = [
      '# Harbour city votes to rebuild its flooded seawall',
      '',
      `<${run.site.origin}/${ARTICLE}>`,
      '',
      'Priya Raman · The Coastal Ledger · 2025-03-14',
      '',
      '> This wall is the difference between a town that floods and a town that endures.',
      '>',
      '> — Elena Vasquez',
      '',
      '> we will be honest about it',
      '>',
      '> — Daniel Okafor',
      '',
      'Ask about the $120.',
      '',
    ].join('\n');
    await popup.click('[data-testid="copy-highlights"]');
    await popup.waitFor('[data-testid="copy-highlights"][data-copy-state="copied"]');
    // Firefox keeps the clipboard from the harness: its copy is checked through the saved file, the same text.
    if (browserName === 'chromium') {
      await page.bringToFront();
      await page.browserContext().overridePermissions(run.site.origin, ['clipboard-read']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    }

    const popupAgain = browserName === 'chromium' ? await run.session.clickToolbarAction(page) : popup;
    await popupAgain.waitFor('[data-testid="save-highlights"]', 15_000);
    rmSync(join(downloads, datedFileName('crux-highlights', 'md')), { force: true });
    await popupAgain.click('[data-testid="save-highlights"]');
    expect(await savedFile(downloads, datedFileName('crux-highlights', 'md'))).toBe(expected);
    expect(await popupAgain.closed()).toBe(false);
    await popupAgain.close();
    await page.close();
  });

  it('opens the settings page from the reading settings, in reading mode and in the popup', async () => {
    const { page, popup } = await openReading(run.session, run.site);
    await popup.close();
    await page.bringToFront();
    // Reading mode is a content script: it asks the background, which opens the page.
    await clickInReader(page, '[aria-controls="crux-settings"]');
    await clickInReader(page, '[data-testid="open-highlights-data"]');
    await closeSettingsTab(run.session);

    await page.bringToFront();
    const again = await run.session.clickToolbarAction(page);
    expect(await settledState(again)).toBe('ready');
    await again.evaluate(() => {
      document.querySelector('details.settings-card')?.setAttribute('open', '');
    });
    await again.click('#popup-open-highlights');
    await closeSettingsTab(run.session);
    await page.close();
  });
});
