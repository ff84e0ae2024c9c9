import type { Sentence } from './sentences';
import { isStorySentence, withoutAgencyDateline, withoutPlaceDateline } from './summary-cleaning';

/** The "longer" summary the popup offers, passed as analyzeArticle's `summarySentences`: a fuller account in six. */
export const LONGER_SUMMARY_SENTENCES = 6;

/** Articles with fewer usable sentences than this are summarised by their opening. */
const SHORT_ARTICLE_SENTENCES = 5;

/** How many opening sentences summarise a short article. */
const SHORT_ARTICLE_SUMMARY = 2;

/** Shortest word counted in word statistics: shorter ones are mostly function words in any language. */
const MIN_CONTENT_WORD_LENGTH = 4;

/** Letters kept when comparing words, a language-independent stand-in for stemming ("minister", "ministers"). */
const STEM_LENGTH = 6;

/** Word overlap above which two sentences say the same thing (a dek and the lead it repeats); only the first counts. */
const NEAR_DUPLICATE_OVERLAP = 0.65;

/** Words in a typical news highlight: sentences far from it cost ROUGE precision or say too little. */
const IDEAL_SENTENCE_WORDS = 14;

/**
 * Score weights, tuned by coordinate ascent on half of the CNN dev set and checked on the other half.
 * In news the lead carries the story, so position dominates (decaying as 1/√(1+order)); centrality
 * (words the article repeats) and title overlap say what it is about; proper-name density ("who"),
 * numbers ("what") and paragraph openers (topic sentences) add a little; sentences mostly in quotes,
 * questions and sentences far from a highlight's length lose a little.
 */
const SUMMARY_WEIGHTS = {
  lead: 1,
  leadDecay: 0.5,
  centrality: 0.75,
  title: 0.5,
  names: 0.3,
  number: 0.2,
  paragraphOpener: 0.2,
  quoted: 1,
  question: 0.2,
  length: 0.3,
} as const;

/** Text inside a pair of quotation marks, straight or curly, of any of the common styles. */
const QUOTED_SPAN = /["“„«»”][^"“„«»”]*["”“»«]/gu;

interface Candidate {
  text: string;
  /** Position among the usable sentences, from 0. */
  order: number;
  /** Whether it opens its paragraph. */
  opensParagraph: boolean;
  stems: Set<string>;
}

/** Picks the sentences that best tell the story, returned in article order. */
export function summarize(sentences: Sentence[], title: string | null, count: number): string[] {
  if (count <= 0) return [];
  const candidates = storyCandidates(sentences);
  const chosen =
    candidates.length < SHORT_ARTICLE_SENTENCES
      ? candidates.slice(0, Math.min(count, SHORT_ARTICLE_SUMMARY))
      : pickCandidates(candidates, title, count);
  return chosen.map((candidate, index) =>
    index === 0 ? candidate.text : withoutPlaceDateline(candidate.text),
  );
}

/** Story sentences without agency datelines, each said once: a later near-repeat (a dek's lead) is dropped. */
function storyCandidates(sentences: Sentence[]): Candidate[] {
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    const text = withoutAgencyDateline(sentence.text);
    if (!isStorySentence(text)) return;
    const stems = stemsOf(text);
    if (candidates.some((earlier) => overlap(earlier.stems, stems) > NEAR_DUPLICATE_OVERLAP)) return;
    const opensParagraph = index === 0 || sentences[index - 1]?.paragraph !== sentence.paragraph;
    candidates.push({ text, order: candidates.length, opensParagraph, stems });
  });
  return candidates;
}

/** The best-scoring candidates, no two alike, in article order. */
function pickCandidates(candidates: Candidate[], title: string | null, count: number): Candidate[] {
  const scores = scoreCandidates(candidates, title);
  const score = (candidate: Candidate): number => scores[candidate.order] ?? 0;
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => score(b) - score(a) || a.order - b.order)) {
    if (chosen.length >= count) break;
    if (chosen.some((picked) => overlap(picked.stems, candidate.stems) > NEAR_DUPLICATE_OVERLAP)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.order - b.order);
}

function stemsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{M}\d]+/gu) ?? [];
  return new Set(
    words.filter((word) => word.length >= MIN_CONTENT_WORD_LENGTH).map((word) => word.slice(0, STEM_LENGTH)),
  );
}

/** Each candidate's score, indexed by its order. */
function scoreCandidates(candidates: Candidate[], title: string | null): number[] {
  const frequency = new Map<string, number>();
  for (const candidate of candidates) {
    for (const stem of candidate.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const centralities = candidates.map((candidate) => {
    if (candidate.stems.size === 0) return 0;
    let repeated = 0;
    for (const stem of candidate.stems) repeated += (frequency.get(stem) ?? 1) - 1;
    return repeated / Math.sqrt(candidate.stems.size);
  });
  const mostCentral = Math.max(Number.EPSILON, ...centralities);
  const titleStems = stemsOf(title ?? '');
  const weights = SUMMARY_WEIGHTS;
  return candidates.map((candidate) => {
    const words = candidate.text.split(/\s+/);
    return (
      weights.lead / Math.pow(1 + candidate.order, weights.leadDecay) +
      weights.centrality * ((centralities[candidate.order] ?? 0) / mostCentral) +
      weights.title * shareOf(titleStems, candidate.stems) +
      weights.names * nameDensity(words) +
      weights.number * (/\d/.test(candidate.text) ? 1 : 0) +
      weights.paragraphOpener * (candidate.opensParagraph ? 1 : 0) -
      weights.quoted * quotedShare(candidate.text, words.length) -
      weights.question * (/\?["'”’»)]*$/u.test(candidate.text) ? 1 : 0) -
      weights.length * Math.abs(Math.log(words.length / IDEAL_SENTENCE_WORDS))
    );
  });
}

/** Share of words after the first that start with a capital: names, places, organisations. */
function nameDensity(words: string[]): number {
  const rest = words.slice(1);
  return rest.filter((word) => /^["'“‘(«„]?\p{Lu}/u.test(word)).length / Math.max(1, rest.length);
}

/** Share of the sentence's words that stand inside quotation marks. */
function quotedShare(text: string, wordCount: number): number {
  const quoted = (text.match(QUOTED_SPAN) ?? []).join(' ').split(/\s+/).filter(Boolean).length;
  return Math.min(1, quoted / Math.max(1, wordCount));
}

/** Share of `part`'s stems that `whole` also has (0 when `part` is empty). */
function shareOf(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const stem of part) if (whole.has(stem)) shared += 1;
  return shared / part.size;
}

/** Share of the smaller sentence's words that the other sentence also has. */
function overlap(a: Set<string>, b: Set<string>): number {
  return a.size <= b.size ? shareOf(a, b) : shareOf(b, a);
}
