import type { Article } from '../../extraction/types';
import { articleFacts, type KeptStory } from '../../tab/story-cache';

/** A two-word article, for unit tests that need an article but not what analysis finds in it. */
export const SAMPLE_ARTICLE: Article = {
  title: 'A story',
  byline: null,
  siteName: 'The Ledger',
  publishedTime: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  text: 'Long text.',
  asides: [],
  html: '<p>Long text.</p>',
  wordCount: 2,
  readingMinutes: 1,
};

/** The story the popup keeps for {@link SAMPLE_ARTICLE}. */
export const SAMPLE_STORY: KeptStory = {
  url: 'https://ledger.example/a-story',
  article: articleFacts(SAMPLE_ARTICLE),
  insights: { summary: ['Long text.'], quotes: [], people: [], numbers: [] },
  longSummary: ['Long text.'],
};
