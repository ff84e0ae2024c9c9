import { analyzeArticle } from '../../analysis';
import type { Quote } from '../../analysis/types';
import type { BenchResult } from './docs';
import { sharedJsonLines } from './data';
import { formatTable, markdownTable } from './stats';

/** Word-overlap F1 at which a found quote counts as the gold one: half its words shared both ways. */
const MATCH_F1 = 0.5;

/** Capitalised words that are not names, so sharing one says nothing about the speaker. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'they',
  'it',
  'i',
  'we',
  'you',
  'his',
  'her',
  'their',
  'mr',
  'mrs',
  'ms',
  'dr',
  'who',
]);

interface Fragment {
  text: string;
}

interface Attribution {
  source: Fragment[];
  content: Fragment[];
  direct: boolean;
}

interface PolnearArticle {
  title: string;
  text: string;
  attributions: Attribution[];
}

/** A gold direct quote: its text and its speaker as written (maybe a pronoun, maybe empty). */
export interface GoldQuote {
  text: string;
  source: string;
}

/** The lowercased words of a text, for overlap. */
export function overlapWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Word-overlap F1 of two texts: words shared (counted with repeats) over their mean length. */
export function wordOverlapF1(found: string, gold: string): number {
  const foundWords = overlapWords(found);
  const goldWords = overlapWords(gold);
  if (foundWords.length === 0 || goldWords.length === 0) return 0;
  const left = new Map<string, number>();
  for (const word of goldWords) left.set(word, (left.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of foundWords) {
    const count = left.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      left.set(word, count - 1);
    }
  }
  return (2 * shared) / (foundWords.length + goldWords.length);
}

/**
 * Pairs found quotes with gold quotes, best overlap first, each side used at most once; only pairs
 * at or above the match threshold count. Returns [found index, gold index] pairs.
 */
export function matchQuotes(found: string[], gold: string[]): Array<[number, number]> {
  const candidates: Array<{ found: number; gold: number; f1: number }> = [];
  found.forEach((foundText, foundIndex) => {
    gold.forEach((goldText, goldIndex) => {
      const f1 = wordOverlapF1(foundText, goldText);
      if (f1 >= MATCH_F1) candidates.push({ found: foundIndex, gold: goldIndex, f1 });
    });
  });
  candidates.sort((a, b) => b.f1 - a.f1 || a.gold - b.gold || a.found - b.found);
  const usedFound = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const candidate of candidates) {
    if (usedFound.has(candidate.found) || usedGold.has(candidate.gold)) continue;
    usedFound.add(candidate.found);
    usedGold.add(candidate.gold);
    pairs.push([candidate.found, candidate.gold]);
  }
  return pairs;
}

/** The capitalised words of a speaker that could be part of a name ("Mr. Obama" gives "obama"). */
export function nameWords(speaker: string): Set<string> {
  const words = speaker.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? [];
  return new Set(
    words
      .map((word) => word.replace(/['’]s?$/u, '').toLowerCase())
      .filter((word) => word !== '' && !NOT_NAME_WORDS.has(word)),
  );
}

/** True when the gold speaker is written as a name, so the found speaker can be checked against it. */
export function isNamedSource(source: string): boolean {
  return nameWords(source).size > 0;
}

/** True when the found speaker and the gold one share a capitalised name word (a surname, say). */
export function sameSpeaker(found: string | null, gold: string): boolean {
  if (found === null) return false;
  const goldWords = nameWords(gold);
  return [...nameWords(found)].some((word) => goldWords.has(word));
}

function goldQuotes(article: PolnearArticle): GoldQuote[] {
  return article.attributions
    .filter((attribution) => attribution.direct)
    .map((attribution) => ({
      text: attribution.content.map((fragment) => fragment.text).join(' '),
      source: attribution.source.map((fragment) => fragment.text).join(' '),
    }));
}

/** Quote precision, recall and F1 and named-speaker accuracy on PolNeAR's dev split. */
export async function runQuotesBench(): Promise<BenchResult | null> {
  const lines = sharedJsonLines('polnear-dev.jsonl');
  if (lines === null) return null;
  const articles = lines as PolnearArticle[];
  // One untimed pass first, so loading the word lists and warming the JIT are not counted.
  for (const article of articles) analyzeArticle({ title: article.title, text: article.text, lang: null });
  let foundCount = 0;
  let goldCount = 0;
  let matched = 0;
  let namedMatched = 0;
  let namedCorrect = 0;
  let words = 0;
  let milliseconds = 0;
  for (const article of articles) {
    const start = performance.now();
    const { quotes } = analyzeArticle({ title: article.title, text: article.text, lang: null });
    milliseconds += performance.now() - start;
    words += overlapWords(article.text).length;
    const gold = goldQuotes(article);
    const pairs = matchQuotes(
      quotes.map((quote: Quote) => quote.text),
      gold.map((quote) => quote.text),
    );
    foundCount += quotes.length;
    goldCount += gold.length;
    matched += pairs.length;
    for (const [foundIndex, goldIndex] of pairs) {
      const source = gold[goldIndex]?.source ?? '';
      if (!isNamedSource(source)) continue;
      namedMatched += 1;
      if (sameSpeaker(quotes[foundIndex]?.speaker ?? null, source)) namedCorrect += 1;
    }
  }
  const precision = matched / Math.max(1, foundCount);
  const recall = matched / Math.max(1, goldCount);
  const f1 = (2 * precision * recall) / Math.max(Number.EPSILON, precision + recall);
  const rows = [
    ['measure', 'value'],
    ['quote precision', precision.toFixed(3)],
    ['quote recall', recall.toFixed(3)],
    ['quote F1', f1.toFixed(3)],
    [
      `speaker accuracy (${namedMatched} matched quotes with a named source)`,
      (namedCorrect / Math.max(1, namedMatched)).toFixed(3),
    ],
    ['ms per 1,000 words (analyzeArticle)', ((milliseconds / Math.max(1, words)) * 1000).toFixed(2)],
  ];
  const heading = `PolNeAR dev: ${articles.length} articles, ${goldCount} gold direct quotes, ${foundCount} found, ${matched} matched (word-overlap F1 ≥ ${MATCH_F1}), Node ${process.version}`;
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
  };
}
