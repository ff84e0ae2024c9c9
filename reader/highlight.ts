import type { HighlightTarget } from '../shared/messages';

/** The class of every mark Crux adds to the article; removing them restores the text exactly. */
const MARK_CLASS = 'crux-mark';
/** The class of a paragraph that holds a quote the reader jumped to. */
const QUOTE_CLASS = 'crux-quote-highlight';
/** Words from the start of a quote that find its paragraph: enough to be unique, few enough to stay in one part. */
const QUOTE_LEAD_WORDS = 8;
/** Blocks a quote is searched in, as the reader sees them. */
const QUOTE_BLOCKS = 'p, li, blockquote, h2, h3, h4, figcaption, td';

/** Marks a person's mentions or a quote in the article and scrolls to the first; returns how many it marked. */
export function highlight(article: Element, target: HighlightTarget): number {
  clearHighlights(article);
  if (target.kind === 'person') return markNames(article, target.names);
  if (target.kind === 'quote') return markQuote(article, target.text);
  return 0;
}

/** Removes every mark, leaving the article's text nodes as they were. */
export function clearHighlights(article: Element): void {
  for (const mark of [...article.querySelectorAll(`mark.${MARK_CLASS}`)]) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
  for (const block of [...article.querySelectorAll(`.${QUOTE_CLASS}`)]) {
    block.classList.remove(QUOTE_CLASS);
    if (block.getAttribute('class') === '') block.removeAttribute('class');
  }
}

function markNames(article: Element, names: string[]): number {
  const alternatives = [...new Set(names.map((name) => name.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (alternatives.length === 0) return 0;
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
  marks[0]?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return marks.length;
}

function markQuote(article: Element, quote: string): number {
  const lead = normalize(quote).split(' ').slice(0, QUOTE_LEAD_WORDS).join(' ');
  if (!lead) return 0;
  const block = [...article.querySelectorAll(QUOTE_BLOCKS)].find((candidate) =>
    normalize(candidate.textContent ?? '').includes(lead),
  );
  if (!block) return 0;
  block.classList.add(QUOTE_CLASS);
  block.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return 1;
}

/** Lowercase words only, so curly or straight marks and spacing do not stop a match. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
