/**
 * Reading aloud, end to end in real headless Chromium and Firefox: the built extension's reading mode,
 * opened through the real toolbar action, speaking through speech-dispatcher (scripts/start-speech.sh;
 * ../shared/notes/browser-testing.md, Speech). Here the voices list stays empty and no word boundaries
 * arrive, so these tests follow sentences, never words.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_PAGES,
  clickInReader,
  inReader,
  readerIsOpen,
  useExtensionSession,
  waitForReader,
  waitInReader,
  type BrowserName,
} from './harness';

const SCREENSHOTS = join(process.cwd(), 'docs/screenshots');

/** The sentences the voice marks, in the order it marked them, recorded in the page by the test. */
async function recordSpokenSentences(page: Page): Promise<void> {
  await inReader(page, (shadow) => {
    const seen: string[] = [];
    (window as unknown as { cruxTestSpoken: string[] }).cruxTestSpoken = seen;
    const note = (): void => {
      const layer = shadow.querySelector('.crux-voice-marks');
      const sentence = layer?.getAttribute('data-sentence');
      const drawn = layer?.querySelectorAll('.crux-voice-sentence').length ?? 0;
      if (sentence && drawn > 0 && seen[seen.length - 1] !== sentence) seen.push(sentence);
    };
    new MutationObserver(note).observe(shadow, { subtree: true, childList: true, attributes: true });
  });
}

const spokenSoFar = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cruxTestSpoken?: string[] }).cruxTestSpoken ?? []);

async function waitForSpoken(page: Page, count: number, timeoutMs = 30_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const spoken = await spokenSoFar(page);
    if (spoken.length >= count) return spoken;
    if (Date.now() > deadline)
      throw new Error(`the voice marked ${spoken.length} sentences, not ${count}: ${spoken.join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `text` as a regular expression that matches it literally. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const markedSentence = (page: Page): Promise<string | null> =>
  inReader(
    page,
    (shadow) => shadow.querySelector('.crux-voice-marks')?.getAttribute('data-sentence') ?? null,
  );

const playLabel = (page: Page): Promise<string | null> =>
  inReader(
    page,
    (shadow) => shadow.querySelector('[data-testid="listen-play"]')?.getAttribute('aria-label') ?? null,
  );

async function openReadingMode(page: Page, click: (page: Page) => Promise<unknown>): Promise<void> {
  await click(page);
  await waitForReader(page, '.crux-title', 10_000);
}

describe.each<BrowserName>(['chromium', 'firefox'])('Reading aloud in %s', (browserName) => {
  beforeAll(() => {
    execFileSync('bash', ['scripts/start-speech.sh'], { stdio: 'inherit' });
  });
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES, launch: { speech: true } });

  it('reads sentence after sentence with the text marked; pauses, resumes, skips, and stops with reading mode', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    await openReadingMode(page, (p) => run.session.clickToolbarAction(p));
    await recordSpokenSentences(page);
    await clickInReader(page, '[data-testid="listen"]');

    // From the top: the title, the byline line, then the article, each marked as the voice reads it.
    const spoken = await waitForSpoken(page, 3);
    expect(spoken[0]).toBe('Harbour city votes to rebuild its flooded seawall');
    expect(spoken[1]).toContain('By Priya Raman');
    if (browserName === 'chromium') await page.screenshot({ path: join(SCREENSHOTS, 'reader-listen.png') });

    // Pause holds the place: nothing more is marked, and Play resumes at the same sentence.
    await clickInReader(page, '[data-testid="listen-play"]');
    expect(await playLabel(page)).toBe('Play');
    const held = await spokenSoFar(page);
    const pausedAt = await markedSentence(page);
    expect(pausedAt).toBe(held[held.length - 1]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await spokenSoFar(page)).toEqual(held);
    expect(await markedSentence(page)).toBe(pausedAt);
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
    await clickInReader(page, '[data-testid="listen-play"]');
    expect(await playLabel(page)).toBe('Pause');
    const resumed = await waitForSpoken(page, held.length + 1);
    // On from the paused sentence: the next one is new, not the title again.
    expect(held).not.toContain(resumed[held.length]);

    // Next paragraph: the voice goes on at the next paragraph's first sentence.
    const before = await spokenSoFar(page);
    await clickInReader(page, '.crux-listen-skip[aria-label="Next paragraph"]');
    const skipped = await waitForSpoken(page, before.length + 1);
    const paragraphStarts = await inReader(page, (shadow) =>
      [...shadow.querySelectorAll('.crux-body p')].map((p) => (p.textContent ?? '').trim().slice(0, 30)),
    );
    expect(paragraphStarts?.some((start) => skipped[before.length]?.startsWith(start))).toBe(true);

    // Closing reading mode stops speech at once.
    await clickInReader(page, '.crux-close');
    expect(await readerIsOpen(page)).toBe(false);
    expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
    await page.close();
  });

  it('starts at the paragraph in view, goes on from a paragraph clicked, pauses on N, and lets the reader scroll away', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    await openReadingMode(page, (p) => run.session.clickToolbarAction(p));
    const paragraphs = await inReader(page, (shadow) => {
      const all = [...shadow.querySelectorAll('.crux-body p')];
      // The third paragraph's start just below the toolbar, Listen's row open or not; the second's
      // last line peeks out above it.
      all[2]?.scrollIntoView({ block: 'start', behavior: 'instant' });
      const scroller = shadow.querySelector('.crux-scroller');
      if (scroller) scroller.scrollTop -= 130;
      return all.map((p) => (p.textContent ?? '').trim().slice(0, 25));
    });
    await recordSpokenSentences(page);
    // Pressed where it is: clickInReader would scroll the sticky toolbar "into view" first.
    await inReader(page, (shadow) => shadow.querySelector<HTMLElement>('[data-testid="listen"]')?.click());
    const first = await waitForSpoken(page, 1);
    expect(first[0], paragraphs?.join(' | ')).toMatch(new RegExp(`^${escape(paragraphs?.[2] ?? '-')}`));

    // A paragraph clicked while listening: the voice goes on from its start.
    const clicked = await spokenSoFar(page);
    const target = await inReader(page, (shadow) => {
      const paragraph = [...shadow.querySelectorAll('.crux-body p')][5];
      paragraph?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = paragraph?.getBoundingClientRect();
      return box ? { x: box.x + 40, y: box.y + box.height / 2 } : null;
    });
    await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
    const jumped = await waitForSpoken(page, clicked.length + 1);
    expect(jumped.slice(clicked.length).join(' | ')).toContain(paragraphs?.[5] ?? '-');

    // N pauses and plays, in reading mode.
    await page.keyboard.press('n');
    await waitInReader(page, (shadow) => shadow.querySelector('[aria-label="Play"]') !== null, 3_000);
    await page.keyboard.press('n');
    await waitInReader(page, (shadow) => shadow.querySelector('[aria-label="Pause"]') !== null, 3_000);

    // Scrolled away, reading mode stops following and offers the way back.
    await page.mouse.move(400, 400);
    await page.mouse.wheel({ deltaY: -4000 });
    await waitInReader(
      page,
      (shadow) =>
        [...shadow.querySelectorAll('.crux-listen button')].some(
          (b) => b.textContent === 'Back to the voice',
        ),
      5_000,
    );
    await inReader(page, (shadow) => {
      const back = [...shadow.querySelectorAll<HTMLButtonElement>('.crux-listen button')].find(
        (b) => b.textContent === 'Back to the voice',
      );
      back?.click();
    });
    const inView = await waitInReader(
      page,
      (shadow) => {
        const box = shadow.querySelector('.crux-voice-sentence')?.getBoundingClientRect();
        return box !== undefined && box.top > 0 && box.bottom < innerHeight ? true : null;
      },
      5_000,
    );
    expect(inView).toBe(true);
    await clickInReader(page, '.crux-close');
    await page.close();
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('Reading aloud without speech in %s', (browserName) => {
  const run = useExtensionSession(browserName, { pages: FIXTURE_PAGES, launch: { speech: false } });

  it('says plainly that there is no voice, and how to get one, within a few seconds', async () => {
    const page = await run.session.openPage(`${run.site.origin}/news-article.html`);
    await openReadingMode(page, (p) => run.session.clickToolbarAction(p));
    await clickInReader(page, '[data-testid="listen"]');
    const message = await waitInReader(
      page,
      (shadow) => shadow.querySelector('[data-testid="listen-message"]')?.textContent || null,
      8_000,
    );
    expect(message).toMatch(/no voice to read with/);
    expect(message).toMatch(/speech-dispatcher/);
    await page.close();
  });
});
