import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorQuote, describeQuote, type TextSpan } from '../../reading-mode/highlights/anchor';
import type { BenchResult } from './docs';
import { SHARED_DATA } from './data';
import { formatTable, halfOf, markdownTable } from './stats';

/** Passages taken from each article: enough for a few thousand in all. */
const PASSAGES_PER_ARTICLE = 4;
/** A passage's length in words, as readers highlight: a phrase to a couple of sentences. */
const MIN_WORDS = 4;
const MAX_WORDS = 40;
/** How far a found passage's ends may be from the right ones and still count as in place (a letter's slack). */
const SLACK = 2;
/** What an edit puts before the passage: a paragraph added to the story after it was read. */
const ADDED_PARAGRAPH =
  'Update: this story has been changed since it was first published, to add a comment. ';

interface Tally {
  passages: number;
  unchanged: number;
  afterAddition: number;
  afterLetterEdit: number;
  rewrittenLost: number;
  rewrittenMisplaced: number;
  milliseconds: number;
}

/** A small seeded generator (mulberry32): the same passages on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The article's text as reading mode's anchoring sees it: runs of white space as one space. */
function readerText(body: string): string {
  return body.replace(/\s+/gu, ' ').trim();
}

/** Spans of whole words in `text`, chosen by `random`. */
function passages(text: string, random: () => number): TextSpan[] {
  const words = [...text.matchAll(/\S+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  if (words.length < MAX_WORDS * 2) return [];
  const spans: TextSpan[] = [];
  for (let count = 0; count < PASSAGES_PER_ARTICLE; count += 1) {
    const length = MIN_WORDS + Math.floor(random() * (MAX_WORDS - MIN_WORDS + 1));
    const first = Math.floor(random() * (words.length - length));
    const from = words[first];
    const to = words[first + length - 1];
    if (from && to) spans.push({ start: from.start, end: to.end });
  }
  return spans;
}

const inPlace = (found: TextSpan | null, start: number, end: number): boolean =>
  found !== null && Math.abs(found.start - start) <= SLACK && Math.abs(found.end - end) <= SLACK;

/** One letter of the passage's middle word changed, as a typo fixed: the text and where the passage now ends. */
function withLetterEdited(text: string, span: TextSpan): string {
  const middle = span.start + Math.floor((span.end - span.start) / 2);
  const at = /\p{L}/u.test(text[middle] ?? '') ? middle : middle + 1;
  const letter = text[at] === 'e' ? 'a' : 'e';
  return text.slice(0, at) + letter + text.slice(at + 1);
}

/** The passage's words replaced by the same number of words from elsewhere in the corpus: a rewrite. */
function withRewrite(text: string, span: TextSpan, other: string, random: () => number): string {
  const words = other.split(' ');
  const count = text.slice(span.start, span.end).split(' ').length;
  const from = Math.floor(random() * Math.max(1, words.length - count));
  return text.slice(0, span.start) + words.slice(from, from + count).join(' ') + text.slice(span.end);
}

/**
 * How highlights fare as articles change (reading-mode/highlights/anchor.ts): passages of real
 * articles (extraction-dev's human-marked text) found again in place when nothing changed, after a
 * paragraph is added before them, after one letter inside them changes; and, once their words are
 * rewritten, reported lost rather than put on other words. Nothing here is fitted: the halves are
 * reported as every benchmark's are.
 */
export async function runAnchoringBench(): Promise<BenchResult | null> {
  const path = join(SHARED_DATA, 'extraction-dev', 'ground-truth.json');
  if (!existsSync(path)) {
    console.log(`skipped: ${path} is absent, so the anchoring benchmark has no articles`);
    return null;
  }
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
  const articles = Object.entries(truth)
    .map(([id, page]) => ({ id, text: readerText(page.articleBody ?? '') }))
    .filter((article) => article.text !== '');
  const tallies = { A: emptyTally(), B: emptyTally() };
  articles.forEach((article, index) => {
    const random = generator(index + 1);
    const other = articles[(index + 1) % articles.length]?.text ?? '';
    const tally = tallies[halfOf(article.id)];
    for (const span of passages(article.text, random)) {
      const quote = describeQuote(article.text, span);
      const started = performance.now();
      tally.passages += 1;
      if (inPlace(anchorQuote(article.text, quote), span.start, span.end)) tally.unchanged += 1;
      const added = article.text.slice(0, span.start) + ADDED_PARAGRAPH + article.text.slice(span.start);
      const shift = ADDED_PARAGRAPH.length;
      if (inPlace(anchorQuote(added, quote), span.start + shift, span.end + shift)) tally.afterAddition += 1;
      if (inPlace(anchorQuote(withLetterEdited(article.text, span), quote), span.start, span.end))
        tally.afterLetterEdit += 1;
      const rewritten = withRewrite(article.text, span, other, random);
      const found = anchorQuote(rewritten, quote);
      if (found === null) tally.rewrittenLost += 1;
      else if (rewritten.slice(found.start, found.end) !== quote.exact) {
        tally.rewrittenMisplaced += 1;
      }
      tally.milliseconds += performance.now() - started;
    }
  });

  const share = (part: number, whole: number): string => (whole === 0 ? '–' : (part / whole).toFixed(3));
  const row = (name: string, tally: Tally): string[] => [
    `${name} (${tally.passages} passages)`,
    share(tally.unchanged, tally.passages),
    share(tally.afterAddition, tally.passages),
    share(tally.afterLetterEdit, tally.passages),
    share(tally.rewrittenLost, tally.passages),
    share(tally.rewrittenMisplaced, tally.passages),
    (tally.milliseconds / Math.max(1, tally.passages) / 4).toFixed(2),
  ];
  const all = sumTallies(tallies.A, tallies.B);
  const rows = [
    [
      'passages',
      'in place, unchanged',
      'in place, paragraph added before',
      'in place, one letter changed',
      'rewritten: lost',
      'rewritten: on other words',
      'ms per anchoring',
    ],
    row('half A', tallies.A),
    row('half B', tallies.B),
    row('all', all),
  ];
  const intro = `Highlights re-anchored on extraction-dev's ${articles.length} human-marked articles (${all.passages} passages of ${MIN_WORDS}–${MAX_WORDS} words), Node ${process.version}`;
  console.log(`${intro}\n\n${formatTable(rows)}`);
  return {
    text: formatTable(rows),
    markdown: `## Highlights: finding them again\n\n${intro}. A passage is in place when both its ends are within ${SLACK} characters of the right ones; "rewritten" replaces its words with as many from another article, where finding nothing is right (\`npm run bench -- anchoring\`).\n\n${markdownTable(rows)}\n`,
  };
}

function emptyTally(): Tally {
  return {
    passages: 0,
    unchanged: 0,
    afterAddition: 0,
    afterLetterEdit: 0,
    rewrittenLost: 0,
    rewrittenMisplaced: 0,
    milliseconds: 0,
  };
}

function sumTallies(one: Tally, other: Tally): Tally {
  const sum = emptyTally();
  for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] = one[key] + other[key];
  return sum;
}
