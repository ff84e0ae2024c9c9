import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '../extraction/types';
import type { OpenResponse } from '../tab/messages';
import { SAMPLE_ARTICLE } from '../tests/unit-helpers/sample-story';
import type { ArticleText } from '../analysis/types';
import type { AnalysisOutcome, AnalysisWorker } from '../tab/analyse-in-worker';
import { storyInsights } from '../tab/story-insights';
import { MAX_ANALYSED_CHARACTERS, tellStory, type PopupState } from './tell-story';

const openReader = vi.hoisted(() => vi.fn<(tabId: number, force: boolean) => Promise<OpenResponse>>());
vi.mock('../tab/reader-client', () => ({ openReader }));
// Node has no Web Worker: the analysis runs here, in the test's thread, unless a test says otherwise.
const analyseInWorker = vi.hoisted(() =>
  vi.fn<(input: ArticleText, options?: { startWorker?: () => AnalysisWorker }) => Promise<AnalysisOutcome>>(),
);
/** Workers the popup started, in order: a stand-in that only records being stopped. */
const workers = vi.hoisted(() => [] as { terminate: () => void; stopped: boolean }[]);
const startAnalysisWorker = vi.hoisted(() =>
  vi.fn(() => {
    const worker = {
      stopped: false,
      terminate() {
        worker.stopped = true;
      },
      postMessage() {},
      addEventListener() {},
    };
    workers.push(worker);
    return worker;
  }),
);
vi.mock('../tab/analyse-in-worker', () => ({ analyseInWorker, startAnalysisWorker }));

const URL = 'https://ledger.example/harbour';
const article: Article = {
  ...SAMPLE_ARTICLE,
  title: 'Harbour city votes to rebuild its seawall',
  text: [
    'The council of Port Alder voted on Thursday to rebuild the seawall, approving a $48 million plan.',
    '"This wall is the difference between a town that floods and a town that endures," said Mayor Elena Vasquez.',
    'Fishermen fear that the new wall will narrow the harbour mouth.',
  ].join('\n\n'),
  html: '<p>…</p>',
  wordCount: 50,
};

async function tell(tab: { id?: number; url?: string }, force = false) {
  const progress: PopupState[] = [];
  const final = await tellStory(tab, { force, onProgress: (state) => progress.push(state) });
  return { progress, final };
}

/** A tab in the fake browser showing `url`, as the popup sees it. */
async function openTab(url: string): Promise<{ id: number; url: string }> {
  const { id } = await fakeBrowser.tabs.create({ url });
  if (id === undefined) throw new Error('the fake browser gave the tab no id');
  return { id, url };
}

describe('tellStory', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    openReader.mockReset();
    analyseInWorker.mockReset();
    analyseInWorker.mockImplementation(async (input) => ({ ok: true, ...storyInsights(input) }));
    workers.length = 0;
    startAnalysisWorker.mockClear();
  });

  it('starts the analysis worker while the tab reads, hands it to the analysis, and stops an unused one', async () => {
    let workersWhileReading = -1;
    openReader.mockImplementation(async () => {
      workersWhileReading = workers.length;
      return { ok: true, article, url: URL, readerOn: true, tabMs: 5 };
    });
    const tab = await openTab(URL);
    await tell(tab);
    expect(workersWhileReading).toBe(1);
    expect(analyseInWorker.mock.calls[0]?.[1]?.startWorker?.()).toBe(workers[0]);
    expect(workers).toHaveLength(1);

    // Told from the cache, or not told at all: the worker started ahead is stopped.
    await tell(tab);
    openReader.mockResolvedValue({ ok: false, reason: 'not-article' });
    await tell(tab, true);
    expect(workers.slice(1).map((worker) => worker.stopped)).toEqual([true, true]);
    expect(startAnalysisWorker).toHaveBeenCalledTimes(3);
  });

  it('says plainly where Crux cannot run, without touching the tab', async () => {
    const { final } = await tell({ id: 1, url: 'chrome://settings/' });
    expect(final).toEqual({ kind: 'unavailable', reason: 'browser-page' });
    expect(openReader).not.toHaveBeenCalled();
  });

  it('reads and analyses the article, showing progress, then keeps the story for the tab', async () => {
    openReader.mockResolvedValue({ ok: true, article, url: URL, readerOn: true, tabMs: 5 });
    const { progress, final } = await tell({ id: 1, url: URL });
    expect(progress).toEqual([
      { kind: 'working', step: 'reading' },
      { kind: 'working', step: 'analysing' },
    ]);
    expect(final.kind).toBe('ready');
    if (final.kind !== 'ready') return;
    expect(final.fromCache).toBe(false);
    expect(final.story.insights.people.map((person) => person.name)).toContain('Elena Vasquez');
    expect(final.story.article).not.toHaveProperty('text');

    const again = await tell({ id: 1, url: URL });
    expect(again.progress.map((state) => state.kind)).toEqual(['ready']);
    expect(again.final).toMatchObject({ kind: 'ready', fromCache: true, story: final.story });
  });

  it.each(['too-slow', 'failed'] as const)(
    'says the story could not be told, reading mode staying on, when the analysis answers %s',
    async (reason) => {
      openReader.mockResolvedValue({ ok: true, article, url: URL, readerOn: true, tabMs: 5 });
      analyseInWorker.mockResolvedValue({ ok: false, reason });
      const { progress, final } = await tell({ id: 1, url: URL });
      expect(progress.at(-1)).toEqual({ kind: 'working', step: 'analysing' });
      expect(final).toEqual({ kind: 'untold', reason, readerOn: true });
      // Nothing is kept: the next popup tries again.
      analyseInWorker.mockImplementation(async (input) => ({ ok: true, ...storyInsights(input) }));
      expect((await tell({ id: 1, url: URL })).final).toMatchObject({ kind: 'ready', fromCache: false });
    },
  );

  it('analyses only the opening of a book-length article, with the captions extraction named', async () => {
    const asides = [{ text: 'Word.', kind: 'caption' as const }];
    const long = { ...article, text: 'Word. '.repeat(100_000), asides };
    openReader.mockResolvedValue({ ok: true, article: long, url: URL, readerOn: true, tabMs: 5 });
    await tell({ id: 1, url: URL });
    expect(analyseInWorker).toHaveBeenCalledWith(
      {
        title: article.title,
        text: long.text.slice(0, MAX_ANALYSED_CHARACTERS),
        lang: article.lang,
        asides,
      },
      { startWorker: expect.any(Function) },
    );
  });

  it('offers "Try anyway" for a page that does not look like an article, and only then', async () => {
    openReader.mockResolvedValue({ ok: false, reason: 'not-article' });
    expect((await tell({ id: 1, url: URL })).final).toEqual({
      kind: 'failed',
      reason: 'not-article',
      canTryAnyway: true,
    });
    openReader.mockResolvedValue({ ok: false, reason: 'empty' });
    expect((await tell({ id: 1, url: URL }, true)).final).toEqual({
      kind: 'failed',
      reason: 'empty',
      canTryAnyway: false,
    });
    expect(openReader).toHaveBeenLastCalledWith(1, true);
  });

  it('reports a tab the browser will not let Crux into as unavailable', async () => {
    openReader.mockResolvedValue({ ok: false, reason: 'cannot-run' });
    expect((await tell(await openTab('https://chromewebstore.example/'))).final).toEqual({
      kind: 'unavailable',
      reason: 'cannot-run',
    });
  });

  it('says how to allow Crux into files on the computer when the browser keeps it out of one', async () => {
    openReader.mockResolvedValue({ ok: false, reason: 'cannot-run' });
    const { final } = await tell(await openTab('file:///home/reader/saved-article.html'));
    expect(final).toEqual({ kind: 'unavailable', reason: 'file-access' });
  });

  it('says the page crashed when the browser refused a tab whose page crashed', async () => {
    const tab = await openTab(URL);
    await fakeBrowser.tabs.update(tab.id, { status: 'unloaded', discarded: false } as object);
    openReader.mockResolvedValue({ ok: false, reason: 'cannot-run' });
    expect((await tell(tab)).final).toEqual({ kind: 'unavailable', reason: 'page-crashed' });
  });

  it('says the page is not answering when the tab did not answer in time', async () => {
    openReader.mockResolvedValue({ ok: false, reason: 'no-answer' });
    expect((await tell(await openTab(URL))).final).toEqual({ kind: 'unavailable', reason: 'not-answering' });
  });

  it.each(['cannot-run', 'error', 'no-answer'] as const)(
    'says the tab closed, not that the page is off limits, when it closed while Crux read it (%s)',
    async (reason) => {
      openReader.mockResolvedValue({ ok: false, reason });
      const { final } = await tell({ id: 99, url: URL });
      expect(final).toEqual({ kind: 'unavailable', reason: 'tab-closed' });
    },
  );

  it.each(['cannot-run', 'error', 'no-answer'] as const)(
    'says the tab moved on to another page when it navigated while Crux read it (%s)',
    async (reason) => {
      const tab = await openTab(URL);
      openReader.mockImplementation(async () => {
        await fakeBrowser.tabs.update(tab.id, { url: 'https://ledger.example/another-story' });
        return { ok: false, reason };
      });
      const { final } = await tell(tab);
      expect(final).toEqual({ kind: 'unavailable', reason: 'page-changed' });
    },
  );

  it('says the page could not be read when the reader script fails on it, without "Try anyway"', async () => {
    openReader.mockResolvedValue({ ok: false, reason: 'error' });
    expect((await tell(await openTab(URL))).final).toEqual({
      kind: 'failed',
      reason: 'error',
      canTryAnyway: false,
    });
  });
});
