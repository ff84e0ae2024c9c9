import type { HighlightTarget } from '../tab/messages';

/** The class of every mark Crux adds to the article; removing them restores the text exactly. */
const MARK_CLASS = 'crux-mark';
/** The class of a paragraph that holds a quote the reader jumped to. */
const QUOTE_CLASS = 'crux-quote-highlight';
/** Words from the start of a quote that find its paragraph: enough to be unique, few enough to stay in one part. */
const QUOTE_LEAD_WORDS = 8;
/** Blocks a quote is searched in, as the reader sees them. */
const QUOTE_BLOCKS = 'p, li, blockquote, h2, h3, h4, figcaption, td';
/** `NodeFilter.SHOW_ELEMENT` and `NodeFilter.SHOW_TEXT`, for tree walkers in whichever window holds the article. */
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/**
 * Marks a person's mentions or a quote in the article and, when `scroll` is set, scrolls to the first;
 * returns how many it marked.
 */
export function highlight(article: Element, target: HighlightTarget, scroll = true): number {
  clearHighlights(article);
  const marked =
    target.kind === 'person'
      ? markNames(article, target.names)
      : target.kind === 'quote'
        ? markQuote(article, target.text)
        : [];
  if (scroll) scrollToShow(marked[0]);
  return marked.length;
}

/** The block of the article that holds a quote, found by its first words, whatever its quotation marks. */
export function findQuoteBlock(article: Element, quote: string): Element | undefined {
  return findQuoteBlocks(article, [quote])[0];
}

/**
 * The block of the article that holds each quote (undefined where none does), found by the quote's
 * first words as whole words. One pass over the article's text, however many quotes: each word of
 * the article starts at most {@link QUOTE_LEAD_WORDS} lookups in a table of the quotes' first words.
 */
export function findQuoteBlocks(article: Element, quotes: readonly string[]): (Element | undefined)[] {
  const leads = quotes.map((quote) => normalize(quote).split(' ').slice(0, QUOTE_LEAD_WORDS).join(' '));
  const found = new Map<string, Element | undefined>();
  for (const lead of leads) if (lead) found.set(lead, undefined);
  let missing = found.size;
  // A block inside another holds none of its text alone: the outer one, first in document order, wins.
  for (const block of outermostBlocks(article, QUOTE_BLOCKS)) {
    if (missing === 0) break;
    const words = normalize(block.textContent ?? '').split(' ');
    for (let start = 0; start < words.length && missing > 0; start += 1) {
      let phrase = '';
      for (let end = start; end < words.length && end < start + QUOTE_LEAD_WORDS; end += 1) {
        phrase = end === start ? (words[end] ?? '') : `${phrase} ${words[end] ?? ''}`;
        if (found.has(phrase) && found.get(phrase) === undefined) {
          found.set(phrase, block);
          missing -= 1;
        }
      }
    }
  }
  return leads.map((lead) => found.get(lead));
}

/** Removes every mark, leaving the article's text nodes as they were. */
export function clearHighlights(article: Element): void {
  removeMarks(article, MARK_CLASS);
  for (const block of [...article.querySelectorAll(`.${QUOTE_CLASS}`)]) {
    block.classList.remove(QUOTE_CLASS);
    if (block.getAttribute('class') === '') block.removeAttribute('class');
  }
}

/** Takes the marks of `className` out of `root`, joining the text they had split: the text is as before. */
export function removeMarks(root: Element, className: string): void {
  for (const mark of [...root.querySelectorAll(`mark.${className}`)]) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

function markNames(article: Element, names: string[]): Element[] {
  const alternatives = [...new Set(names.map((name) => name.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (alternatives.length === 0) return [];
  // Whole names only: "Bush" marks "Bush" and "Bush's", not "Bushnell".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const document = article.ownerDocument;
  const marks: Element[] = [];
  for (const node of textNodes(article)) {
    const text = node.nodeValue ?? '';
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const pieces: Node[] = [];
    let last = 0;
    for (const match of matches) {
      const start = match.index ?? 0;
      if (start > last) pieces.push(document.createTextNode(text.slice(last, start)));
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      mark.textContent = match[0];
      pieces.push(mark);
      marks.push(mark);
      last = start + match[0].length;
    }
    if (last < text.length) pieces.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...pieces);
  }
  return marks;
}

function markQuote(article: Element, quote: string): Element[] {
  const block = findQuoteBlock(article, quote);
  if (!block) return [];
  block.classList.add(QUOTE_CLASS);
  return [block];
}

/** Scrolls a mark to the middle of the view, smoothly unless the reader asked for reduced motion. */
function scrollToShow(element: Element | undefined): void {
  const reduceMotion = element?.ownerDocument.defaultView?.matchMedia?.(
    '(prefers-reduced-motion: reduce)',
  ).matches;
  element?.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
}

/** Lowercase words only, so curly or straight marks and spacing do not stop a match. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The elements under `root` that match `selector` and sit in no other such element, in document order. */
function outermostBlocks(root: Element, selector: string): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  const blocks: Element[] = [];
  let node = walker.nextNode() as Element | null;
  while (node) {
    if (!node.matches(selector)) {
      node = walker.nextNode() as Element | null;
      continue;
    }
    blocks.push(node);
    // Past the block's own elements: on to its next sibling, or to that of its nearest ancestor with one.
    do node = walker.nextSibling() as Element | null;
    while (!node && walker.parentNode());
  }
  return blocks;
}

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
