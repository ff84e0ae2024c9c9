/**
 * Finding a page's elements by selector with one plain walk of the page. In jsdom a whole-page
 * `querySelectorAll` with attribute selectors (`[class*="credit" i]`) reads and lowercases every
 * attribute of every element, once per query: most of the time pruning took. Here a cheap test in
 * JavaScript passes over most elements, and only those it lets through are asked `matches(selector)`,
 * so the selector still decides, with the same answer as `querySelectorAll`.
 */

/**
 * A cheap test that every element matching a selector passes (it may pass others too): for
 * `[class*="credit" i]`, that the class holds "credit" in any case.
 */
export type MayMatch = (element: Element) => boolean;

/** `NodeFilter.SHOW_ELEMENT`, spelt out: jsdom's windows leave no global `NodeFilter` in Node.js. */
const SHOW_ELEMENT = 1;

/** The elements under `root` in document order, `root` itself left out: what `querySelectorAll('*')` lists. */
export function elementsUnder(root: Element | Document): Element[] {
  const walker = ownerOf(root).createTreeWalker(root, SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/**
 * The elements under `root` that match `selector`, in document order: `root.querySelectorAll(selector)`,
 * provided every element the selector matches passes `mayMatch`. (jsdom's own query of an element lists
 * the matches of a selector list selector by selector; browsers, and this, in document order.)
 */
export function selectAll(root: Element | Document, selector: string, mayMatch: MayMatch): Element[] {
  return elementsUnder(root).filter((element) => mayMatch(element) && element.matches(selector));
}

/** The first element under `root` that matches `selector`: `root.querySelector(selector)`, as for `selectAll`. */
export function selectFirst(root: Element | Document, selector: string, mayMatch: MayMatch): Element | null {
  const walker = ownerOf(root).createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (mayMatch(element) && element.matches(selector)) return element;
  }
  return null;
}

/**
 * Whether an element's attribute holds any of `parts` (lowercase) in any case: what `[name*="part" i]`
 * asks. Lowercasing a whole value can only add matches to an ASCII-only comparison, never lose one.
 */
export function attributeHolds(element: Element, name: string, parts: readonly string[]): boolean {
  const value = element.getAttribute(name)?.toLowerCase();
  return value !== undefined && parts.some((part) => value.includes(part));
}

/** Whether an element's tag is one of `tags` (lowercase), in any case: what a type selector asks. */
export function hasTag(element: Element, tags: readonly string[]): boolean {
  return tags.includes(element.localName.toLowerCase());
}

function ownerOf(root: Element | Document): Document {
  return 'documentElement' in root ? root : root.ownerDocument;
}
