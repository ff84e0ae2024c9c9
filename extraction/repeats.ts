import { normalized } from './text';

/**
 * Text a page shows twice: pull quotes that repeat a sentence of the story, and a headline or
 * standfirst printed again at the top of the body. The reader should read each once.
 */

/**
 * Blocks that may be pull quotes: named so ("pullquote", "pull-quote", "wp-block-pullquote"), or an
 * aside, which a page without such names uses for them. Block quotes are left alone: a reply in a
 * forum quotes an earlier post, and the quotation is part of the reply.
 */
const PULL_QUOTE_CANDIDATES = '[class*="pull" i], aside';

/** A shorter repeat ("Yes.", a name) may well be said twice in a story: only sentences count. */
const MIN_PULL_QUOTE_LENGTH = 30;

/**
 * Quote marks, dashes and a closing stop around a pull quote, which the sentence in the story has
 * otherwise ("…a reading room,” she said).
 */
const QUOTE_EDGES = /^[\s"'“”‘’«»„‚‹›—–-]+|[\s"'“”‘’«»„‚‹›—–.,;:!?…-]+$/g;

/**
 * Removes pull quotes from a copy of the page before Readability reads it: blocks whose sentence the
 * body says again outside them.
 */
export function dropPullQuotes(document: Document): void {
  const body = document.body;
  if (!body) return;
  const candidates = [...body.querySelectorAll(PULL_QUOTE_CANDIDATES)];
  if (candidates.length === 0) return;
  const text = normalized(body.textContent);
  for (const block of candidates) {
    if (!block.isConnected) continue;
    const sentence = pullQuoteSentence(block);
    if (sentence.length < MIN_PULL_QUOTE_LENGTH) continue;
    if (occurrences(text, sentence) > occurrences(normalized(block.textContent), sentence)) block.remove();
  }
}

/**
 * The sentence of a pull quote: its first paragraph when it has one (the rest is the attribution),
 * without quote marks.
 */
function pullQuoteSentence(block: Element): string {
  const first = block.querySelector('p') ?? block;
  return normalized(first.textContent).replace(QUOTE_EDGES, '');
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count += 1;
  return count;
}

/** Blocks of the clean article that can repeat the headline or standfirst. */
const LEAD_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, div';

/** The headline or standfirst is printed again within the first blocks, if at all. */
const LEAD_WINDOW = 6;

/**
 * Removes, from the top of the clean article, blocks that repeat its headline, and every copy of its
 * standfirst after the first. Only the standfirst the page marks as one counts: a story may well
 * repeat a paragraph of its own.
 */
export function dropRepeatedLead(root: Element, title: string | null, standfirst: string | null): void {
  const headline = comparable(title);
  const summary = comparable(standfirst);
  let summarySeen = false;
  for (const block of firstLeaves(root, LEAD_WINDOW)) {
    const text = comparable(block.textContent);
    if (!text) continue;
    if (text === headline || (text === summary && summarySeen)) block.remove();
    else if (text === summary) summarySeen = true;
  }
}

/**
 * The first `count` blocks with no block inside them, in document order. Stops there: a long article
 * has thousands of blocks, and only the top few can repeat the lead.
 */
function firstLeaves(root: Element, count: number): Element[] {
  const leaves: Element[] = [];
  for (const block of root.querySelectorAll(LEAD_BLOCKS)) {
    if (leaves.length === count) break;
    if (isLeaf(block)) leaves.push(block);
  }
  return leaves;
}

/** A block with no block inside it: its text is one paragraph. */
function isLeaf(element: Element): boolean {
  return element.querySelector(LEAD_BLOCKS) === null;
}

/** A text as compared with another: spacing, case and a final full stop aside. */
function comparable(text: string | null | undefined): string {
  return normalized(text)
    .toLowerCase()
    .replace(/[.!?]$/, '');
}
