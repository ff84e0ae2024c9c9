/**
 * Limits past which reading a page would hold its tab too long. Crux reads in turns, giving the page
 * its turn between stages, but Readability's parse and DOMPurify's pass are single tasks that grow
 * with the page, so a page is measured before they start. On a busy 2-core machine, one of 23,755
 * elements and 712,514 characters (the benchmark's "just under every page limit") holds its tab for at
 * most 0.5 to 1 s at a time in Chromium 156 and Firefox ESR 153; at 35,000 elements and 1.05 million
 * characters that is 1.5 to 2.1 s, past the 2 s bar, and at 50,000 and 1.5 million, 2 to 3 s.
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

/**
 * Elements whose text is code or markup, not reading: a news page's inline scripts alone can hold a
 * million characters (Readability's yahoo-2 test page: 1.3 million), which reading never touches.
 */
const NOT_READ = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** `Node.ELEMENT_NODE` and `Node.TEXT_NODE`: Node.js has no `Node` global when jsdom reads a page. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether the page is past one of the limits: counting stops as soon as one is passed. */
export function isTooLarge(document: Document, limits: PageLimits = PAGE_LIMITS): boolean {
  if (document.getElementsByTagName('*').length > limits.elements) return true;
  const root = document.documentElement;
  return root !== null && pastDepthOrText(root, limits);
}

/**
 * Walks the tree once, without recursion (a deep tree cannot overflow the stack that measures it),
 * counting nesting and the characters of readable text.
 */
function pastDepthOrText(root: Element, limits: PageLimits): boolean {
  let characters = 0;
  const stack: [Node, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (node.nodeType === TEXT_NODE) {
      characters += (node as Text).data.length;
      if (characters > limits.characters) return true;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    if (depth > limits.depth) return true;
    if (NOT_READ.has((node as Element).tagName)) continue;
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push([child, depth + 1]);
  }
  return false;
}
