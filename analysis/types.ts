import type { Aside } from '../extraction/types';

/** What the analysis reads: an article's plain text, paragraphs separated by a blank line. */
export interface ArticleText {
  title: string | null;
  text: string;
  lang: string | null;
  /** Paragraphs of `text` that frame the story: captions name no speaker and make no summary, credits no person. */
  asides?: readonly Aside[];
}

/** A person named in the story, under the fullest name the article gives. */
export interface Person {
  name: string;
  role: string | null;
  mentions: number;
  /** Every surface form seen in the text, the full name included. */
  aliases: string[];
}

/** A direct quote and who said it, as the article attributes it. */
export interface Quote {
  text: string;
  speaker: string | null;
  role: string | null;
}

/** An amount, count or percentage with a few words saying what it counts. */
export interface KeyNumber {
  /** The figure as the article writes it: "$48 million", "3,200", "12%". */
  value: string;
  /** The article's own words that hold the figure and say what it counts, cut at clause boundaries. */
  statement: string;
  /** Where `value` stands in `statement`. */
  at: number;
}

/** What Crux tells the reader about a story. */
export interface Insights {
  /** Summary sentences, in article order. */
  summary: string[];
  /** The direct quotes, most important first (at most MAX_QUOTES, analysis/quotes/ranking.ts). */
  quotes: Quote[];
  /** Most prominent first (at most MAX_PEOPLE, analysis/people/ranking.ts). */
  people: Person[];
  /** Most informative first (at most MAX_NUMBERS, analysis/numbers.ts). */
  numbers: KeyNumber[];
}
