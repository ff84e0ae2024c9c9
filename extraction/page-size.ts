/**
 * Limits past which reading a page would hold its tab too long. Crux reads in turns, giving the page
 * its turn between stages, but Readability's parse and DOMPurify's pass are single tasks that grow
 * with the page, so a page is measured before they start. On a busy 2-core machine, a page of 23,755
 * elements and 712,514 characters (the benchmark's "just under every page limit") holds its tab for at
 * most 0.5 to 1.1 s at a time in Chromium 156; at 35,000 elements and 1.05 million characters that is
 * about 1.5 s, and at 50,000 and 1.5 million, 2 s. Firefox's content scripts reach every node through
 * Xray wrappers, which makes both tasks 1.5 to 2.5 times as long: the same page held a Firefox ESR 153
 * tab for 1 to 1.75 s, so Firefox reads pages up to 70% of Chromium's limits.
 */
export interface PageLimits {
  /** Elements: Readability scores every one; an article page has a few thousand. */
  elements: number;
  /** Characters of text: about 120,000 words, a long novel's worth, far past any article. */
  characters: number;
  /** Nesting depth: the HTML parser stops nesting at 512; deeper trees are built by script, and recursive DOM code overflows on them. */
  depth: number;
}

/** The browser engines Crux is built for. */
export type Engine = 'chromium' | 'firefox';

/** The limits for each engine's build. */
export const ENGINE_PAGE_LIMITS: Record<Engine, PageLimits> = {
  chromium: { elements: 25_000, characters: 750_000, depth: 1_000 },
  firefox: { elements: 17_500, characters: 525_000, depth: 1_000 },
};

/** The engine this code was built for: WXT sets `FIREFOX` in the Firefox build; Node is Chromium's. */
export const ENGINE: Engine = import.meta.env?.FIREFOX === true ? 'firefox' : 'chromium';

/** The limits of this build's engine. */
export const PAGE_LIMITS: PageLimits = ENGINE_PAGE_LIMITS[ENGINE];

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
