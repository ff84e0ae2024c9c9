/** A paragraph of the text that frames the story rather than tells it. */
export interface Aside {
  text: string;
  /**
   * A caption says what a picture shows; a credit who made it or owns it; a link is a block that is
   * all a link to another story (a related headline), whose names are that story's.
   */
  kind: 'caption' | 'credit' | 'link';
}

/** The clean article Crux extracts from a page. */
export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** The article as plain text, paragraphs separated by a blank line. */
  text: string;
  /** Paragraphs of `text` that are a picture's caption or credit, not the story's own telling. */
  asides: Aside[];
  /** The article as sanitised HTML. */
  html: string;
  wordCount: number;
  readingMinutes: number;
}

/** Why there is no article to show, in words the UI can show. */
export type ExtractionFailure = 'not-article' | 'empty' | 'too-large';

export type ExtractionResult =
  | {
      ok: true;
      article: Article;
      /**
       * The sanitised article as nodes, in an inert document of DOMPurify's: what reading mode copies
       * in, so the page's markup is parsed and sanitised once. `article.html` is its markup.
       */
      body: HTMLElement;
    }
  | { ok: false; reason: ExtractionFailure };

/** An article's facts without its text and HTML: what the popup keeps and shows. */
export type ArticleFacts = Omit<Article, 'text' | 'html' | 'asides'>;
