import { MONTH } from './prune';
import { attributeHolds, hasTag, selectAll } from './select';
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

/** What every candidate has: a class holding "pull", or the tag `aside`. */
function mayBePullQuote(element: Element): boolean {
  return attributeHolds(element, 'class', ['pull']) || hasTag(element, ['aside']);
}

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
  const candidates = selectAll(body, PULL_QUOTE_CANDIDATES, mayBePullQuote);
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

/** A paragraph this long, printed twice word for word, is the page's template repeating itself. */
const MIN_REPEATED_PARAGRAPH_LENGTH = 100;

/**
 * Removes the second copy of a passage printed twice: a teaser above and inside a paywall, a mobile
 * and a desktop copy of the same story. A copy counts when it repeats at least two different long
 * paragraphs in their order, apart from the first; a writer's refrain (a chorus, a repeated line) is
 * one paragraph, or the same one again and again, and stays.
 */
export function dropRepeatedParagraphs(root: Element): void {
  const blocks = [...root.querySelectorAll('p, li, blockquote, h2, h3, h4, div')].filter(isLeaf);
  const texts = blocks.map((block) => comparable(block.textContent));
  const first = new Map<string, number>();
  const repeats = new Set<number>();
  texts.forEach((text, index) => {
    if (text.length < MIN_REPEATED_PARAGRAPH_LENGTH) return;
    const original = first.get(text);
    if (original === undefined) {
      first.set(text, index);
      return;
    }
    // Right after its first copy, a paragraph is said again, not copied with its page.
    if (index - original <= 1) return;
    const pairsWith = (offset: number): boolean => {
      const neighbour = texts[original + offset];
      return (
        neighbour !== undefined &&
        neighbour !== text &&
        neighbour.length >= MIN_REPEATED_PARAGRAPH_LENGTH &&
        texts[index + offset] === neighbour
      );
    };
    if (pairsWith(1) || pairsWith(-1)) repeats.add(index);
  });
  for (const index of repeats) blocks[index]?.remove();
}

/**
 * A byline printed as the body's first lines ("By Dana Reyes and Sam Ito", "Written By: Jason Shafrin -
 * Oct 31 12"): names in capitals after "By", and at most a date or time after a separator. "By Monday,
 * the river had risen" and "By Monday, 5,000 had fled" are sentences: their words after the comma are
 * no date.
 */
const BYLINE_LINE =
  /^(?:[Ww]ritten\s+)?(?:[Bb]y|BY)[:\s]+(\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*){0,7})(?:\s*[-–—|•·/,]\s*([\p{L}\d:.,•·/() ]{1,60}))?$/u;

/** What the words after a byline's separator must show to be its date: a month and day, a time or a year. */
const DATE_HINT = new RegExp(
  String.raw`\b${MONTH}[\s•·,]*\d|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b`,
  'i',
);

/** A byline line is short: a longer block that starts so is a paragraph of the story. */
const MAX_BYLINE_LENGTH = 120;

/**
 * Removes a byline printed at the top of the clean article, which the reader's header shows already,
 * and gives the names it held (null when there was none).
 */
export function dropHeadByline(root: Element): string | null {
  for (const block of firstLeaves(root, LEAD_WINDOW)) {
    const text = normalized(block.textContent);
    if (!text || text.length > MAX_BYLINE_LENGTH) continue;
    const [, names, date] = BYLINE_LINE.exec(text) ?? [];
    if (names === undefined || (date !== undefined && !DATE_HINT.test(date))) continue;
    // A page whose only words are its byline keeps them: an article of one line is still one.
    if (normalized(root.textContent).length <= text.length) return null;
    block.remove();
    return names;
  }
  return null;
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
