import type { Sentence } from './sentences';
import {
  DEMONSTRATIVE_POINTING_BACK,
  isQuestion,
  isStorySentence,
  withoutAgencyDateline,
  withoutPlaceDateline,
} from './summary-cleaning';

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

/**
 * Score weights. In news the lead carries the story, so position dominates (decaying as 1/√(1+order));
 * centrality (words the article repeats) and title overlap say what it is about; proper-name density
 * ("who"), numbers ("what") and paragraph openers (topic sentences) add a little; sentences mostly in
 * quotes, and sentences far from the article's own typical length, lose a little. The weights were
 * chosen by coordinate ascent on half A of each summary corpus (CNN, BBC and a blind-written tabloid
 * set), maximising the smallest margin over Lead-3 among them, so no one newsroom's style decides;
 * the B halves check them (docs/QUALITY.md).
 */
const SUMMARY_WEIGHTS = {
  lead: 2,
  leadDecay: 0.5,
  centrality: 0.25,
  title: 0.75,
  names: 0.3,
  number: 0.2,
  paragraphOpener: 0.2,
  quoted: 1,
  length: 0.3,
} as const;

/**
 * Text inside a pair of quotation marks, straight or curly, of any of the common styles, single quotes
 * included (British papers quote speech in them): a single quote opens after a space or the start and
 * closes before a space, a stop or the end, so apostrophes inside ("We're", "Denby's") do not end it.
 */
const QUOTED_SPAN =
  /["“„«»”][^"“„«»”]*["”“»«]|(?<![\p{L}\d])['‘][^'‘’]*?(?:['’][\p{L}][^'‘’]*?)*['’](?=[\s,.;:!?)—–-]|$)/gu;

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
  const story = sentences.flatMap((sentence, index) => {
    const text = withoutAgencyDateline(sentence.text);
    // A question to the reader is no summary.
    if (!isStorySentence(text) || isQuestion(text)) return [];
    const opensParagraph = index === 0 || sentences[index - 1]?.paragraph !== sentence.paragraph;
    return [{ text, opensParagraph, stems: stemsOf(text) }];
  });
  const repeats = new NearRepeats(story.map((sentence) => sentence.stems));
  const candidates: Candidate[] = [];
  for (const sentence of story) {
    if (repeats.repeatsAny(sentence.stems)) continue;
    repeats.add(sentence.stems);
    candidates.push({ ...sentence, order: candidates.length });
  }
  return candidates;
}

/**
 * Most earlier sentences a sentence is compared with to know whether it repeats one. The index below
 * finds a real repeat in its first few comparisons; only a page built so that many sentences share
 * their rarest words reaches this, and keeping such a sentence costs nothing but a place in the ranking.
 */
const MAX_REPEAT_COMPARISONS = 200;

/**
 * The sentences kept so far, indexed so a new one is compared only with those it could repeat, not with
 * every one (prefix filtering, as similarity joins do). Stems are ordered rarest first over the whole
 * article. Overlap above the threshold leaves at most a share (1 − threshold) of the smaller set's stems
 * out of the other, so the smaller set's first stems in that order (its "prefix") include a shared one:
 * a kept sentence no larger than the new one is found under its prefix stems by any stem of the new
 * one, and a larger one under any of its stems by the new one's prefix stems.
 */
class NearRepeats {
  private readonly rarity = new Map<string, number>();
  private readonly byPrefixStem = new Map<string, Array<Set<string>>>();
  private readonly byStem = new Map<string, Array<Set<string>>>();

  constructor(allStems: Array<Set<string>>) {
    const frequency = new Map<string, number>();
    for (const stems of allStems)
      for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
    const rarestFirst = [...frequency].sort(
      ([a, countA], [b, countB]) => countA - countB || (a < b ? -1 : 1),
    );
    rarestFirst.forEach(([stem], rank) => this.rarity.set(stem, rank));
  }

  /** True when the stems overlap a kept sentence's by more than NEAR_DUPLICATE_OVERLAP. */
  repeatsAny(stems: Set<string>): boolean {
    if (stems.size === 0) return false;
    const compared = new Set<Set<string>>();
    let visits = 0;
    // Case 1: a kept sentence no larger than this one, by its prefix; case 2: a larger one, by this one's prefix.
    const lookups: Array<
      [Iterable<string>, Map<string, Array<Set<string>>>, (earlier: Set<string>) => boolean]
    > = [
      [stems, this.byPrefixStem, (earlier) => earlier.size <= stems.size],
      [this.prefixOf(stems), this.byStem, (earlier) => earlier.size > stems.size],
    ];
    for (const [keys, index, fits] of lookups) {
      for (const stem of keys) {
        for (const earlier of index.get(stem) ?? []) {
          visits += 1;
          if (visits > MAX_REPEAT_COMPARISONS) return false;
          if (!fits(earlier) || compared.has(earlier)) continue;
          compared.add(earlier);
          if (overlap(earlier, stems) > NEAR_DUPLICATE_OVERLAP) return true;
        }
      }
    }
    return false;
  }

  add(stems: Set<string>): void {
    for (const stem of this.prefixOf(stems)) pushTo(this.byPrefixStem, stem, stems);
    for (const stem of stems) pushTo(this.byStem, stem, stems);
  }

  /** The stems that must include a shared one, rarest first: one more than the share left out, for rounding. */
  private prefixOf(stems: Set<string>): string[] {
    const length = Math.min(stems.size, stems.size - Math.floor(NEAR_DUPLICATE_OVERLAP * stems.size) + 1);
    return [...stems].sort((a, b) => (this.rarity.get(a) ?? 0) - (this.rarity.get(b) ?? 0)).slice(0, length);
  }
}

function pushTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The best-scoring candidates, no two alike, in article order. */
function pickCandidates(candidates: Candidate[], title: string | null, count: number): Candidate[] {
  const scores = scoreCandidates(candidates, title);
  const score = (candidate: Candidate): number => scores[candidate.order] ?? 0;
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => score(b) - score(a) || a.order - b.order)) {
    if (chosen.length >= count) break;
    if (chosen.some((picked) => overlap(picked.stems, candidate.stems) > NEAR_DUPLICATE_OVERLAP)) continue;
    if (!hasAntecedent(candidate, chosen)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.order - b.order);
}

/**
 * Openers that lean on the sentence right before: a connective ("But", "However"), a demonstrative
 * ("That", "These measures") or "it". "This year" and its like point to a time, not back.
 */
const LEANS_ON_PREVIOUS = new RegExp(
  String.raw`^["'“‘(]?(?:but|and|or|so|yet|also|however|meanwhile|still|nevertheless|nonetheless|instead|then|otherwise|furthermore|moreover|likewise|similarly|it|its|such|${DEMONSTRATIVE_POINTING_BACK})\b`,
  'iu',
);

/** Openers that need a person named before them somewhere in the summary: "He also", "She", "Their". */
const LEANS_ON_A_PERSON = /^["'“‘(]?(?:he|she|they|his|her|their|him|them)\b/iu;

/**
 * Whether the summary so far gives the sentence what it leans on: the sentence right before for a
 * connective or demonstrative, an earlier sentence for a pronoun. The lead stands alone by definition.
 */
function hasAntecedent(candidate: Candidate, chosen: Candidate[]): boolean {
  if (candidate.order === 0) return true;
  if (LEANS_ON_PREVIOUS.test(candidate.text))
    return chosen.some((picked) => picked.order === candidate.order - 1);
  if (LEANS_ON_A_PERSON.test(candidate.text)) return chosen.some((picked) => picked.order < candidate.order);
  return true;
}

function stemsOf(text: string): Set<string> {
  // Word by word, with no list of every word: a sentence may be a whole page long.
  const stems = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{M}\d]+/gu)) {
    if (word.length >= MIN_CONTENT_WORD_LENGTH) stems.add(word.slice(0, STEM_LENGTH));
  }
  return stems;
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
  // A loop, not Math.max(...centralities): spreading tens of thousands of arguments overflows the stack.
  let mostCentral = Number.EPSILON;
  for (const centrality of centralities) mostCentral = Math.max(mostCentral, centrality);
  const titleStems = stemsOf(title ?? '');
  const weights = SUMMARY_WEIGHTS;
  const wordsOf = candidates.map((candidate) => candidate.text.split(/\s+/));
  const typicalLength = medianOf(wordsOf.map((words) => words.length));
  return candidates.map((candidate) => {
    const words = wordsOf[candidate.order] ?? [];
    return (
      weights.lead / Math.pow(1 + candidate.order, weights.leadDecay) +
      weights.centrality * ((centralities[candidate.order] ?? 0) / mostCentral) +
      weights.title * shareOf(titleStems, candidate.stems) +
      weights.names * nameDensity(words) +
      weights.number * (/\d/.test(candidate.text) ? 1 : 0) +
      weights.paragraphOpener * (candidate.opensParagraph ? 1 : 0) -
      weights.quoted * quotedShare(candidate.text, words.length) -
      weights.length * Math.abs(Math.log(words.length / typicalLength))
    );
  });
}

/**
 * The article's typical sentence length in words (the median): a newsroom's own measure of a sentence
 * that says one thing, where a fixed length would suit one house style (a CNN highlight's 14 words).
 */
function medianOf(counts: number[]): number {
  const sorted = [...counts].sort((a, b) => a - b);
  return Math.max(1, sorted[Math.floor(sorted.length / 2)] ?? 1);
}

/** Share of words after the first that start with a capital: names, places, organisations. */
function nameDensity(words: string[]): number {
  const rest = words.slice(1);
  return rest.filter((word) => /^["'“‘(«„]?\p{Lu}/u.test(word)).length / Math.max(1, rest.length);
}

/** Marks that open and close a quotation; a single quote opens before a letter and closes after one. */
const OPENING_MARK = /["“„«]|(?<![\p{L}\d])['‘](?=\p{L})/gu;
const CLOSING_MARK = /["”»]|(?<=[\p{L}.,!?])['’](?=[\s,.;:!?)—–-]|$)/gu;

/** Whether the sentence holds one end of a quotation and not the other: a piece of a longer quote. */
function isQuoteFragment(text: string): boolean {
  const straight = (text.match(/"/gu) ?? []).length;
  if (straight % 2 === 1) return true;
  const opening = (text.match(OPENING_MARK) ?? []).length;
  const closing = (text.match(CLOSING_MARK) ?? []).length;
  return straight === 0 && opening !== closing;
}

/** Share of the sentence's words that stand inside quotation marks; all of it for a piece of a longer quote. */
function quotedShare(text: string, wordCount: number): number {
  if (isQuoteFragment(text)) return 1;
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
