import type { TextSpan } from './anchor';
import type { ArticleText } from './article-text';

/** The part of a selection's range that `selectedSpan` reads: either kind of range has it. */
interface BoundaryPoints {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  collapsed: boolean;
}

/** Chromium's own way to read a selection inside a shadow root (no standard yet for older browsers). */
interface ShadowSelection {
  getSelection?: () => Selection | null;
}

/**
 * The reader's selection inside reading mode's closed shadow root, or null when there is none. The
 * document's selection hides a shadow root's nodes; `getComposedRanges` (Chrome 137, Firefox 142)
 * shows them to whoever holds the root; before it, Chromium had `ShadowRoot.getSelection` and Firefox
 * gave the nodes themselves.
 */
export function selectionIn(shadow: ShadowRoot): BoundaryPoints | null {
  const selection = shadow.ownerDocument.getSelection();
  if (selection && 'getComposedRanges' in selection) {
    const [range] = selection.getComposedRanges({ shadowRoots: [shadow] });
    return range ?? null;
  }
  const own = (shadow as ShadowRoot & ShadowSelection).getSelection?.() ?? selection;
  return own && own.rangeCount > 0 ? own.getRangeAt(0) : null;
}

/**
 * Where `range` lies in the article's text, its white space at either end left out, or null when it
 * selects nothing of the article (collapsed, outside it, or only white space).
 */
export function selectedSpan(text: ArticleText, range: BoundaryPoints | null): TextSpan | null {
  if (!range || range.collapsed) return null;
  let start = text.offsetOf(range.startContainer, range.startOffset);
  let end = text.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && text.text[start] === ' ') start += 1;
  while (end > start && text.text[end - 1] === ' ') end -= 1;
  return end > start ? { start, end } : null;
}
