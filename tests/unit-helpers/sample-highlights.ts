import { addressKey } from '../../reader-data/article-key';
import type { ArticleHighlights, Highlight, HighlightLibrary } from '../../reader-data/highlights';

/** A highlight of `exact` at `start` in the article's text, for unit tests. */
export function sampleHighlight(id: string, exact: string, start: number, note = ''): Highlight {
  return { id, quote: { exact, prefix: '', suffix: '', start }, color: 'yellow', note, at: 1 };
}

/** One article's highlights as the store keeps them, for unit tests. */
export function sampleArticle(url: string, highlights: Highlight[], at = 1): ArticleHighlights {
  return {
    url,
    title: 'Harbour city votes to rebuild its seawall',
    byline: 'Mara Lind',
    siteName: 'The Ledger',
    publishedTime: null,
    highlights,
    at,
  };
}

/** A library of these articles, each under the key the store gives it. */
export function sampleLibrary(...articles: ArticleHighlights[]): HighlightLibrary {
  return Object.fromEntries(articles.map((article) => [addressKey(article.url), article]));
}
