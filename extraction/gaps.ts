import { hasTag, selectAll } from './select';
import { normalized } from './text';

/**
 * Paragraphs Readability dropped from the middle of the story. Page builders (Squarespace, Wix,
 * Gutenberg layouts) cut an article into sibling blocks; Readability keeps the blocks that score well
 * and can drop a short block of plain prose between two it kept. What lies between two kept paragraphs,
 * once the clutter is pruned, is the story.
 */

/** Marks each paragraph and heading with its place in the page, so a gap in what Readability kept shows. */
const ORDER_ATTRIBUTE = 'data-crux-order';

const NUMBERED = 'p, h2, h3, h4';

/** A paragraph this short, or one mostly of links, may be a label or a promotion: not restored. */
const MIN_PROSE_LENGTH = 40;
const MAX_LINK_SHARE = 0.25;

/** A teaser of another story ends in an ellipsis, often with "Read more" after it. */
const TEASER_ENDING = /(…|\.\.\.)[^.…]{0,30}$/;

/** A longer gap is a part of the page Readability judged apart from the story: left out. */
const MAX_GAP = 6;

/** Numbers the paragraphs and headings of a copy of the page, before Readability reads it. */
export function numberParagraphs(document: Document): Element[] {
  const body = document.body;
  const blocks = body ? selectAll(body, NUMBERED, (element) => hasTag(element, ['p', 'h2', 'h3', 'h4'])) : [];
  blocks.forEach((block, index) => block.setAttribute(ORDER_ATTRIBUTE, String(index)));
  return blocks;
}

/**
 * Puts back, in Readability's article element, the prose it dropped between two kept paragraphs, and
 * takes the numbers off. `blocks` are the numbered elements, as they were before Readability ran.
 */
export function restoreDroppedParagraphs(body: Element, blocks: Element[]): void {
  const kept = [...body.querySelectorAll(`[${ORDER_ATTRIBUTE}]`)];
  for (let index = 0; index + 1 < kept.length; index += 1) {
    const before = Number(kept[index]?.getAttribute(ORDER_ATTRIBUTE));
    const after = Number(kept[index + 1]?.getAttribute(ORDER_ATTRIBUTE));
    const gap = blocks.slice(before + 1, after);
    if (gap.length === 0 || gap.length > MAX_GAP || !isProse(gap)) continue;
    kept[index]?.after(...gap.map((block) => body.ownerDocument.importNode(block, true)));
  }
  for (const block of body.querySelectorAll(`[${ORDER_ATTRIBUTE}]`)) block.removeAttribute(ORDER_ATTRIBUTE);
}

/** Whether a run of blocks reads as the story: paragraphs of prose, with headings between them. */
function isProse(gap: Element[]): boolean {
  return (
    gap.some((block) => block.tagName === 'P') &&
    gap.every((block) => block.tagName !== 'P' || isProseParagraph(block)) &&
    gap[gap.length - 1]?.tagName === 'P'
  );
}

function isProseParagraph(paragraph: Element): boolean {
  const text = normalized(paragraph.textContent);
  if (text.length < MIN_PROSE_LENGTH || TEASER_ENDING.test(text)) return false;
  const linked = [...paragraph.querySelectorAll('a')].reduce(
    (length, link) => length + (link.textContent ?? '').trim().length,
    0,
  );
  return linked / text.length <= MAX_LINK_SHARE;
}
