import { RESTRICTED_MESSAGES, restrictedReason } from './restricted';
import { openReader } from './reader-client';
import { articleFacts, loadStory, saveStory, type Story } from './story-cache';

/** Characters of an article the popup analyses: about 50,000 words, half a second of analysis. */
export const MAX_ANALYSED_CHARACTERS = 300_000;

/** What the popup shows, from the first frame to the story. */
export type PopupState =
  | { kind: 'starting' }
  | { kind: 'working'; step: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'failed'; message: string; canTryAnyway: boolean }
  | { kind: 'ready'; story: Story; readerOn: boolean; fromCache: boolean };

/** The tab the popup belongs to, as the popup sees it. */
export interface TabInfo {
  id?: number;
  url?: string;
}

/**
 * Turns reading mode on in the tab and gets the story: from this session's cache when the popup has
 * already told it for this page, else by reading and analysing the article.
 */
export async function tellStory(
  tab: TabInfo | undefined,
  options: { force: boolean; onProgress: (state: PopupState) => void },
): Promise<PopupState> {
  const tabId = tab?.id;
  if (tabId === undefined) return { kind: 'unavailable', message: RESTRICTED_MESSAGES['no-page'] };
  const restricted = tab?.url === undefined ? null : restrictedReason(tab.url);
  if (restricted) return { kind: 'unavailable', message: RESTRICTED_MESSAGES[restricted] };

  const cached = await loadStory(tabId, tab?.url);
  if (cached) options.onProgress({ kind: 'ready', story: cached, readerOn: true, fromCache: true });
  else options.onProgress({ kind: 'working', step: 'Reading the page…' });

  const response = await openReader(tabId, options.force);
  if (!response.ok) {
    if (response.reason === 'cannot-run') return { kind: 'unavailable', message: response.message };
    return { kind: 'failed', message: response.message, canTryAnyway: response.reason === 'not-article' };
  }
  if (cached && cached.url === response.url) {
    return { kind: 'ready', story: cached, readerOn: response.readerOn, fromCache: true };
  }

  options.onProgress({ kind: 'working', step: 'Finding the story…' });
  // Loaded only when there is something to analyse, so the popup draws its first frame sooner.
  const { analyzeArticle, summarizeArticle, LONGER_SUMMARY_SENTENCES } = await import('../analysis');
  const { article } = response;
  // A book-length page is read in full, but only its opening is analysed, so the popup answers in time.
  const input = {
    title: article.title,
    text: article.text.slice(0, MAX_ANALYSED_CHARACTERS),
    lang: article.lang,
  };
  const insights = analyzeArticle(input);
  const longSummary = summarizeArticle(input, LONGER_SUMMARY_SENTENCES);
  const story: Story = { url: response.url, article: articleFacts(article), insights, longSummary };
  await saveStory(tabId, story);
  return { kind: 'ready', story, readerOn: response.readerOn, fromCache: false };
}
