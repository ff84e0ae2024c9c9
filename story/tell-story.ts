import type { ReadFailure } from '../extraction/failure-messages';
import {
  analyseInWorker,
  startAnalysisWorker,
  type AnalysisFailure,
  type AnalysisWorker,
} from '../tab/analyse-in-worker';
import { refusedReason, restrictedReason, type RestrictedReason } from '../tab/restricted';
import { openReader } from '../tab/reader-client';
import { articleFacts, loadStory, saveStory, type KeptStory } from '../tab/story-cache';
import { hasCrashed, tabFate } from '../tab/tab-moved';
import { measureStageEndingNow, timed } from '../tab/timing';

/** Characters of an article the popup analyses: about 50,000 words, one or two seconds of analysis. */
export const MAX_ANALYSED_CHARACTERS = 300_000;

/** What the popup is doing while the reader waits: reading the page, then analysing the article. */
export type WorkingStep = 'reading' | 'analysing';

/**
 * Why Crux cannot run on the tab: a place it may not touch, the browser refused it, the page did not
 * answer in time, or the tab's page crashed.
 */
export type UnavailableReason = RestrictedReason | 'cannot-run' | 'not-answering' | 'page-crashed';

/** What the popup shows, from the first frame to the story; reasons, which the popup puts in words. */
export type PopupState =
  | { kind: 'starting' }
  | { kind: 'working'; step: WorkingStep }
  | { kind: 'unavailable'; reason: UnavailableReason }
  | { kind: 'failed'; reason: ReadFailure; canTryAnyway: boolean }
  /** Reading mode has the article, but its story could not be told: the analysis failed or ran out of time. */
  | { kind: 'untold'; reason: AnalysisFailure; readerOn: boolean }
  | { kind: 'ready'; story: KeptStory; readerOn: boolean; fromCache: boolean };

/** The popup's state for a place Crux cannot read. */
export function unavailable(reason: UnavailableReason): PopupState {
  return { kind: 'unavailable', reason };
}

/** The tab the popup belongs to, as the popup sees it. */
export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
  /** A tab of a private window, where the reader's highlights are neither shown nor kept. */
  incognito?: boolean;
}

/**
 * Turns reading mode on in the tab and gets the story: from this session's cache when the popup has
 * already told it for this page, else by reading and analysing the article.
 */
export async function tellStory(
  tab: TabInfo | undefined,
  options: { force: boolean; onProgress: (state: PopupState) => void },
): Promise<PopupState> {
  if (tab?.id === undefined) return unavailable('no-page');
  const tabId = tab.id;
  const restricted = tab.url === undefined ? null : restrictedReason(tab.url);
  if (restricted) return unavailable(restricted);
  // The worker starts, and loads the analysis, while the tab reads the page; unused, it is stopped.
  const worker = startWorkerEarly();
  try {
    return await readAndAnalyse(tabId, tab, options, () => {
      const started = worker.current;
      worker.current = null;
      return started ?? startAnalysisWorker();
    });
  } finally {
    worker.current?.terminate();
  }
}

/** A worker started ahead of need, or none when the browser refused one (the analysis retries then). */
function startWorkerEarly(): { current: AnalysisWorker | null } {
  try {
    return { current: startAnalysisWorker() };
  } catch {
    return { current: null };
  }
}

async function readAndAnalyse(
  tabId: number,
  tab: TabInfo,
  options: { force: boolean; onProgress: (state: PopupState) => void },
  takeWorker: () => AnalysisWorker,
): Promise<PopupState> {
  // The tab starts reading while the popup looks for a story it already told.
  const reading = openReader(tabId, options.force);
  const cached = await loadStory(tabId, tab.url);
  if (cached) options.onProgress({ kind: 'ready', story: cached, readerOn: true, fromCache: true });
  else options.onProgress({ kind: 'working', step: 'reading' });

  const response = await reading;
  if (!response.ok) {
    if (response.reason === 'cannot-run' || response.reason === 'error' || response.reason === 'no-answer') {
      // A tab that closed or moved on while Crux read it refuses too: say what happened instead.
      const fate = await tabFate(tabId, tab.url);
      if (fate !== 'same') return unavailable(fate === 'closed' ? 'tab-closed' : 'page-changed');
      if (await hasCrashed(tabId)) return unavailable('page-crashed');
    }
    if (response.reason === 'pdf') return unavailable('pdf');
    if (response.reason === 'no-answer') return unavailable('not-answering');
    if (response.reason === 'cannot-run') return unavailable(refusedReason(tab.url) ?? 'cannot-run');
    return { kind: 'failed', reason: response.reason, canTryAnyway: response.reason === 'not-article' };
  }
  measureStageEndingNow('in-tab', response.tabMs);
  if (cached && cached.url === response.url) {
    return { kind: 'ready', story: cached, readerOn: response.readerOn, fromCache: true };
  }

  options.onProgress({ kind: 'working', step: 'analysing' });
  const { article } = response;
  // A book-length page is read in full, but only its opening is analysed, so the popup answers in time.
  const analysis = await timed('analysis', () =>
    analyseInWorker(
      {
        title: article.title,
        text: article.text.slice(0, MAX_ANALYSED_CHARACTERS),
        lang: article.lang,
        asides: article.asides,
      },
      { startWorker: takeWorker },
    ),
  );
  if (!analysis.ok) return { kind: 'untold', reason: analysis.reason, readerOn: response.readerOn };
  const { insights, longSummary } = analysis;
  const story: KeptStory = { url: response.url, article: articleFacts(article), insights, longSummary };
  await saveStory(tabId, story);
  return { kind: 'ready', story, readerOn: response.readerOn, fromCache: false };
}
