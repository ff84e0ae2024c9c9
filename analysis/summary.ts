import type { Sentence } from './sentences';

/** Articles with fewer usable sentences than this are summarised by their opening. */
const SHORT_ARTICLE_SENTENCES = 5;

/** How many opening sentences summarise a short article. */
const SHORT_ARTICLE_SUMMARY = 2;

/** Fewest words a summary sentence needs; shorter ones are captions, headings or fragments. */
const MIN_SUMMARY_WORDS = 6;

/** Shortest word counted in word statistics: shorter ones are mostly function words in any language. */
const MIN_CONTENT_WORD_LENGTH = 4;

/** Letters kept when comparing words, a language-independent stand-in for stemming ("minister", "ministers"). */
const STEM_LENGTH = 6;

/** Word overlap above which two sentences say the same thing and only the first is kept. */
const NEAR_DUPLICATE_OVERLAP = 0.5;

/**
 * Score weights: in news the lead carries the story, so position dominates; centrality (words the
 * article repeats) and overlap with the title pick which later sentences earn a place.
 */
const SUMMARY_WEIGHTS = { lead: 1, centrality: 0.5, title: 0.3 } as const;

/** A news dateline ending in an agency tag: "LONDON, England (CNN) --", "BEIJING (Reuters) -". */
const DATELINE = /^[^()]{0,60}?\(\s*[\p{Lu}][\p{L} .&]{0,24}\)\s*(?:--|—|–|-)\s*/u;

/** Sentences that are page furniture, not story: links, credits, sign-ups, timestamps. */
const JUNK_SENTENCE =
  /^(?:read more|read the rest|more:|subscribe|sign up|click here|follow (?:us|him|her)|photo|image|video|watch|getty images|ap photo|credit|copyright|©|all rights reserved|updated|posted|published|share (?:this|on))|\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s*(?:ET|GMT|EST|EDT|BST|UTC|CET)\b/iu;

interface Candidate {
  text: string;
  /** Position among the usable sentences, from 0. */
  order: number;
  stems: Set<string>;
}

/** Picks the sentences that best tell the story, returned in article order. */
export function summarize(sentences: Sentence[], title: string | null, count: number): string[] {
  const candidates = sentences
    .map((sentence) => stripDateline(sentence.text))
    .filter(isStorySentence)
    .map((text, order) => ({ text, order, stems: stemsOf(text) }));
  if (count <= 0) return [];
  if (candidates.length < SHORT_ARTICLE_SENTENCES) {
    return candidates.slice(0, Math.min(count, SHORT_ARTICLE_SUMMARY)).map((candidate) => candidate.text);
  }
  const scores = scoreCandidates(candidates, title);
  const score = (candidate: Candidate): number => scores[candidate.order] ?? 0;
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => score(b) - score(a) || a.order - b.order)) {
    if (chosen.length >= count) break;
    if (chosen.some((picked) => overlap(picked.stems, candidate.stems) > NEAR_DUPLICATE_OVERLAP)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.order - b.order).map((candidate) => candidate.text);
}

function stripDateline(text: string): string {
  return text.replace(DATELINE, '').trim();
}

function isStorySentence(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < MIN_SUMMARY_WORDS || JUNK_SENTENCE.test(text)) return false;
  return /[.!?"”’»)]$/u.test(text);
}

function stemsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
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
  const centrality = (candidate: Candidate): number => {
    if (candidate.stems.size === 0) return 0;
    let repeated = 0;
    for (const stem of candidate.stems) repeated += (frequency.get(stem) ?? 1) - 1;
    return repeated / Math.sqrt(candidate.stems.size);
  };
  const centralities = candidates.map(centrality);
  const mostCentral = Math.max(Number.EPSILON, ...centralities);
  const titleStems = stemsOf(title ?? '');
  const titleOverlap = (candidate: Candidate): number => {
    if (titleStems.size === 0) return 0;
    let shared = 0;
    for (const stem of titleStems) if (candidate.stems.has(stem)) shared += 1;
    return shared / titleStems.size;
  };
  return candidates.map(
    (candidate) =>
      SUMMARY_WEIGHTS.lead / (1 + candidate.order) +
      SUMMARY_WEIGHTS.centrality * ((centralities[candidate.order] ?? 0) / mostCentral) +
      SUMMARY_WEIGHTS.title * titleOverlap(candidate),
  );
}

/** Share of the smaller sentence's words that the other sentence also has. */
function overlap(a: Set<string>, b: Set<string>): number {
  const smaller = a.size <= b.size ? a : b;
  const larger = smaller === a ? b : a;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const stem of smaller) if (larger.has(stem)) shared += 1;
  return shared / smaller.size;
}
