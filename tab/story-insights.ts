import { analyzeArticle, LONGER_SUMMARY_SENTENCES, summarizeArticle } from '../analysis';
import type { ArticleText, Insights } from '../analysis/types';

/** What the popup learns from an article: its insights, and the longer summary it offers beside them. */
export interface StoryInsights {
  insights: Insights;
  longSummary: string[];
}

/** Analyses an article for the popup's story; run in the analysis worker, off the popup's thread. */
export function storyInsights(input: ArticleText): StoryInsights {
  return { insights: analyzeArticle(input), longSummary: summarizeArticle(input, LONGER_SUMMARY_SENTENCES) };
}
