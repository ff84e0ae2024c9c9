import { findQuoteBlocks } from './highlight';

/** The class of a paragraph that holds one of the story's key quotes; reader.css marks it subtly. */
export const KEY_QUOTE_CLASS = 'crux-key-quote';

/**
 * Marks the paragraphs that hold the story's key quotes, replacing earlier marks; returns how many it
 * found. Linear in the article and the quotes: one pass finds every quote's paragraph.
 */
export function markKeyQuotes(article: Element, quotes: string[]): number {
  for (const block of [...article.querySelectorAll(`.${KEY_QUOTE_CLASS}`)]) {
    block.classList.remove(KEY_QUOTE_CLASS);
    if (block.getAttribute('class') === '') block.removeAttribute('class');
  }
  const blocks = new Set(findQuoteBlocks(article, quotes).filter((block) => block !== undefined));
  for (const block of blocks) block.classList.add(KEY_QUOTE_CLASS);
  return blocks.size;
}
