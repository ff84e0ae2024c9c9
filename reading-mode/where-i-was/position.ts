import { sha256Hex } from '../../reader-data/sha256';

/**
 * The article's paragraphs, as reading positions count them: the innermost of these blocks, so a
 * paragraph inside a list item or a quotation counts once.
 */
const BLOCKS = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, pre, figure, table';

/** The article's blocks in reading order: where a reading position points. */
export function articleBlocks(body: ParentNode): Element[] {
  return [...body.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
}

/**
 * The block the reader has reached: the first whose bottom is below `line` (the top of what the
 * toolbar leaves visible). `bottomOf` measures one block; blocks follow each other down the page, so
 * a binary search measures a dozen of thousands.
 */
export function blockAt(count: number, bottomOf: (index: number) => number, line: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (bottomOf(middle) > line) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low);
}

/** A hash of the article's text: a position is offered only for the text it was kept in. */
export function textKey(text: string): string {
  return sha256Hex(text);
}
