import { storage } from 'wxt/utils/storage';
import type { Insights } from '../analysis/types';
import type { Article, ArticleFacts } from '../extraction/types';

/** What the popup showed for a tab, kept so the next open of the popup is instant. */
export interface KeptStory {
  url: string;
  article: ArticleFacts;
  insights: Insights;
  /** The longer summary the popup offers beside the default one. */
  longSummary: string[];
}

/** A tab's story, in session storage: gone when the browser closes, never written to disk. */
const storyKey = (tabId: number) => `session:story:${tabId}` as const;

/** The story kept for this tab, if it is still about the page at `url`. */
export async function loadStory(tabId: number, url: string | undefined): Promise<KeptStory | null> {
  const stored = await storage.getItem<KeptStory>(storyKey(tabId));
  if (!stored || (url !== undefined && stored.url !== url)) return null;
  return stored;
}

/** Keeps the story for this tab for the rest of the browser session. */
export async function saveStory(tabId: number, story: KeptStory): Promise<void> {
  await storage.setItem(storyKey(tabId), story);
}

/** Forgets the story of a tab that closed. */
export async function forgetStory(tabId: number): Promise<void> {
  await storage.removeItem(storyKey(tabId));
}

/** The facts of an article, for keeping beside its insights. */
export function articleFacts(article: Article): ArticleFacts {
  const { text: _text, html: _html, asides: _asides, ...facts } = article;
  return facts;
}
