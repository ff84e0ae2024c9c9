import { browser } from 'wxt/browser';
import type { Insights } from '../analysis/types';
import type { Article, ArticleFacts } from '../extraction/types';

/** What the popup showed for a tab, kept so the next open of the popup is instant. */
export interface Story {
  url: string;
  article: ArticleFacts;
  insights: Insights;
  /** The longer summary the popup offers beside the default one. */
  longSummary: string[];
}

const storyKey = (tabId: number): string => `story:${tabId}`;

/** The story kept for this tab, if it is still about the page at `url`. */
export async function loadStory(tabId: number, url: string | undefined): Promise<Story | null> {
  const key = storyKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as Story | undefined;
  if (!stored || (url !== undefined && stored.url !== url)) return null;
  return stored;
}

/** Keeps the story for this tab for the rest of the browser session. */
export async function saveStory(tabId: number, story: Story): Promise<void> {
  await browser.storage.session.set({ [storyKey(tabId)]: story });
}

/** Forgets the story of a tab that closed. */
export async function forgetStory(tabId: number): Promise<void> {
  await browser.storage.session.remove(storyKey(tabId));
}

/** The facts of an article, for keeping beside its insights. */
export function articleFacts(article: Article): ArticleFacts {
  const { text: _text, html: _html, asides: _asides, ...facts } = article;
  return facts;
}
