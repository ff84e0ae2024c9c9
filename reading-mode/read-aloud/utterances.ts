import { splitSentences } from '../../analysis/sentences';

/**
 * Where reading aloud finds its text: headings, paragraphs, list items, quotations, definition lists and
 * table cells. Each text of the article belongs to the nearest of these around it.
 */
const SPOKEN_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, dt, dd, td, th, figcaption';

/** What is never read: code blocks, what is not shown, and reading mode's line with the site's name. */
const NEVER_READ = 'pre, script, style, template, [hidden], [aria-hidden="true"], .crux-site';

/** A figure's caption and its credit, read only when the reader asks for captions (the credit never). */
const FIGURE = 'figure, figcaption';
const CREDIT = '[class*="credit" i], [class*="copyright" i]';

/** A footnote marker such as "[3]" or "12", which a voice would read as a stray number. */
const FOOTNOTE_MARK = /^\s*\[?\d{1,3}\]?\s*$/u;

/**
 * The longest utterance, in characters: some voices stop after about 15 seconds of one utterance, and
 * 280 characters take about 15–18 seconds at normal speed. A longer sentence is cut at a clause.
 */
export const MAX_UTTERANCE_CHARACTERS = 280;

/** Sentence ends that need no space after them (Chinese and Japanese, Arabic, Devanagari, Armenian). */
const CLOSING_PUNCTUATION = /[。！？؟।։]+["'”’»)\]」』]*/gu;
/** Clause ends a long sentence may be cut after. */
const CLAUSE_PUNCTUATION = /[,;:，、；：،]+["'”’»)\]]*\s*/gu;

/** One utterance: a sentence (or a clause of a long one) of one block, with where it sits in the article. */
export interface SpokenSentence {
  /** What the voice is given. */
  text: string;
  /** The block (paragraph, heading, list item) it belongs to, counted from 0 in reading order. */
  block: number;
  /** Its text in the article, for the sentence highlight. */
  range: Range;
  /**
   * The article's range for characters [start, end) of `text`: for the word highlight, from a voice's
   * word boundaries. Null when the offsets fall outside the text.
   */
  rangeOf(start: number, end: number): Range | null;
}

/** A text node of the article, and where its text sits in its block's (a line break adds a space between). */
interface Piece {
  node: Text;
  /** Offset of the piece in its block's text. */
  at: number;
  length: number;
}

/** The text of one block, and the text nodes it is made of. */
interface BlockText {
  element: Element;
  pieces: Piece[];
  text: string;
}

/**
 * The article's text as utterances, in reading order: each block's sentences, long ones cut at a
 * clause. `captions` includes figure captions (never their credits). Reads the DOM once.
 */
export function spokenSentences(root: Element, options: { captions: boolean }): SpokenSentence[] {
  const sentences: SpokenSentence[] = [];
  blockTexts(root, options.captions).forEach((block, index) => {
    // Every kind of white space counts as one space, so offsets in the text stay offsets in the nodes.
    const flat = block.text.replace(/\s/gu, ' ');
    for (const sentence of splitSentences(flat)) {
      for (const [start, end] of utteranceSpans(flat, sentence.start, sentence.end)) {
        const range = rangeOfBlock(block, start, end);
        if (!range) continue;
        sentences.push({
          text: flat.slice(start, end),
          block: index,
          range,
          rangeOf: (from, to) =>
            from < 0 || to > end - start || from >= to ? null : rangeOfBlock(block, start + from, start + to),
        });
      }
    }
  });
  return sentences;
}

/** Each block's own text, in document order; a block's nested blocks are blocks of their own. */
function blockTexts(root: Element, captions: boolean): BlockText[] {
  const document = root.ownerDocument;
  const blocks = new Map<Element, BlockText>();
  // SHOW_ELEMENT | SHOW_TEXT, as numbers: the article may live in another window than this script's.
  const walker = document.createTreeWalker(root, 1 | 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isText = node.nodeType === 3;
    const parent = isText ? node.parentElement : (node as Element);
    if (!parent || unread(parent, root, captions)) continue;
    if (!isText && parent.localName !== 'br') continue;
    const owner = parent.closest(SPOKEN_BLOCKS) ?? parent;
    if (!root.contains(owner)) continue;
    let block = blocks.get(owner);
    if (!block) {
      block = { element: owner, pieces: [], text: '' };
      blocks.set(owner, block);
    }
    const value = isText ? (node.nodeValue ?? '') : ' ';
    if (value === '') continue;
    if (isText) block.pieces.push({ node: node as Text, at: block.text.length, length: value.length });
    block.text += value;
  }
  return [...blocks.values()].filter((block) => /[\p{L}\p{N}]/u.test(block.text));
}

/** True for an element whose text is never read aloud. */
function unread(element: Element, root: Element, captions: boolean): boolean {
  if (element.closest(NEVER_READ)) return true;
  const figure = element.closest(FIGURE);
  if (figure && root.contains(figure)) {
    if (!captions || !element.closest('figcaption') || element.closest(CREDIT)) return true;
  }
  const sup = element.closest('sup');
  return sup !== null && FOOTNOTE_MARK.test(sup.textContent ?? '');
}

/**
 * A sentence's spans as utterances: itself when short enough; else cut at sentence ends that need no
 * space (。), then at clauses, then between words, each piece at most MAX_UTTERANCE_CHARACTERS long.
 */
export function utteranceSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = skipSpaces(text, start, end);
  while (from < end) {
    let to = end;
    if (end - from > MAX_UTTERANCE_CHARACTERS) {
      const limit = from + MAX_UTTERANCE_CHARACTERS;
      to =
        lastCut(text, from, limit, CLOSING_PUNCTUATION) ??
        lastCut(text, from, limit, CLAUSE_PUNCTUATION) ??
        lastSpace(text, from, limit) ??
        limit;
    }
    const trimmed = trimEnd(text, from, to);
    if (trimmed > from) spans.push([from, trimmed]);
    from = skipSpaces(text, to, end);
  }
  return spans;
}

/** The end of the last match of `pattern` that ends after `from` and no later than `limit`. */
function lastCut(text: string, from: number, limit: number, pattern: RegExp): number | undefined {
  let cut: number | undefined;
  for (const match of text.slice(from, limit).matchAll(pattern)) {
    const at = from + match.index + match[0].length;
    if (at > from && at <= limit) cut = at;
  }
  return cut;
}

function lastSpace(text: string, from: number, limit: number): number | undefined {
  const at = text.lastIndexOf(' ', limit);
  return at > from ? at : undefined;
}

function skipSpaces(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && text[at] === ' ') at += 1;
  return at;
}

function trimEnd(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && text[at - 1] === ' ') at -= 1;
  return at;
}

/** The article's range for characters [start, end) of a block's text. */
function rangeOfBlock(block: BlockText, start: number, end: number): Range | null {
  const startPoint = pointAt(block.pieces, start, 'start');
  const endPoint = pointAt(block.pieces, end, 'end');
  if (!startPoint || !endPoint) return null;
  const range = block.element.ownerDocument.createRange();
  try {
    range.setStart(startPoint.node, startPoint.offset);
    range.setEnd(endPoint.node, endPoint.offset);
  } catch {
    // A highlight drawn since the article was read aloud split its text: that word goes unmarked.
    return null;
  }
  return range;
}

/** The text node and offset at a block offset; a start goes forward past a line break's space, an end back. */
function pointAt(
  pieces: Piece[],
  offset: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | null {
  if (side === 'start') {
    const piece = pieces.find((candidate) => offset < candidate.at + candidate.length);
    if (!piece) return null;
    return { node: piece.node, offset: Math.max(0, offset - piece.at) };
  }
  const piece = pieces.findLast((candidate) => offset > candidate.at);
  if (!piece) return null;
  return { node: piece.node, offset: Math.min(piece.length, offset - piece.at) };
}
