/**
 * Limits past which reading a page would freeze its tab: Readability and the analysis are synchronous
 * and cannot be interrupted, so a page is measured before they start. Reading takes time in proportion
 * to the page: in Chromium 156 on a busy 2-core machine, a page at the former limits (78,000 elements,
 * 2.5 million characters) held its tab for about 35 s (extraction 17 s, re-sanitising for display 8 s,
 * drawing reading mode 12 s); one of 23,755 elements and 712,514 characters (the benchmark's "just
 * under every page limit") holds it for 3 to 7 s, and the popup answers in 4 to 9 s.
 */
export interface PageLimits {
  /** Elements: Readability scores every one; an article page has a few thousand. */
  elements: number;
  /** Characters of text: about 120,000 words, a long novel's worth, far past any article. */
  characters: number;
  /** Nesting depth: the HTML parser stops nesting at 512; deeper trees are built by script, and recursive DOM code overflows on them. */
  depth: number;
}

export const PAGE_LIMITS: PageLimits = { elements: 25_000, characters: 750_000, depth: 1_000 };

/** Whether the page is past one of the limits: counting stops as soon as one is passed. */
export function isTooLarge(document: Document, limits: PageLimits = PAGE_LIMITS): boolean {
  if (document.getElementsByTagName('*').length > limits.elements) return true;
  const root = document.documentElement;
  if (!root) return false;
  // Depth first: reading the text of a very deep tree is itself recursive in some DOMs.
  if (deeperThan(root, limits.depth)) return true;
  return (root.textContent ?? '').length > limits.characters;
}

/** Walks the tree without recursion, so a deep tree cannot overflow the stack that measures it. */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry;
    if (depth > limit) return true;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}
