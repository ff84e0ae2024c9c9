/**
 * ROUGE as Google's `rouge-score` package computes it with `use_stemmer=True`, so Crux's figures can be
 * compared with published ones: lowercase, every run outside [a-z0-9] becomes a space, tokens longer
 * than three characters go through NLTK's Porter stemmer (its default NLTK_EXTENSIONS mode).
 */

/** Precision, recall and their harmonic mean, each from 0 to 1. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** The three scores a summary is usually judged by. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeLsum: RougeScore;
}

/** rouge-score stems only tokens longer than this, leaving short words ("was", "has") as they are. */
const SHORTEST_STEMMED_TOKEN = 4;

/** Scores a candidate summary against a reference; for ROUGE-Lsum each one's sentences are on their own lines. */
export function scoreRouge(reference: string, candidate: string): RougeScores {
  const referenceTokens = tokenize(reference);
  const candidateTokens = tokenize(candidate);
  return {
    rouge1: scoreNgrams(ngramCounts(referenceTokens, 1), ngramCounts(candidateTokens, 1)),
    rouge2: scoreNgrams(ngramCounts(referenceTokens, 2), ngramCounts(candidateTokens, 2)),
    rougeLsum: scoreSummaryLcs(linesOf(reference).map(tokenize), linesOf(candidate).map(tokenize)),
  };
}

/** rouge-score's tokenizer: lowercase, alphanumeric runs, long tokens stemmed. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .map((token) => (token.length >= SHORTEST_STEMMED_TOKEN ? porterStem(token) : token))
    .filter((token) => /^[a-z0-9]+$/.test(token));
}

function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= tokens.length; index += 1) {
    const ngram = tokens.slice(index, index + n).join(' ');
    counts.set(ngram, (counts.get(ngram) ?? 0) + 1);
  }
  return counts;
}

function scoreNgrams(reference: Map<string, number>, candidate: Map<string, number>): RougeScore {
  let overlap = 0;
  for (const [ngram, count] of reference) overlap += Math.min(count, candidate.get(ngram) ?? 0);
  const precision = overlap / Math.max(total(candidate), 1);
  const recall = overlap / Math.max(total(reference), 1);
  return { precision, recall, f1: fMeasure(precision, recall) };
}

/** Summary-level LCS (ROUGE paper §3.2), each token counted at most as often as both sides have it. */
function scoreSummaryLcs(reference: string[][], candidate: string[][]): RougeScore {
  const referenceLength = sumOf(reference.map((sentence) => sentence.length));
  const candidateLength = sumOf(candidate.map((sentence) => sentence.length));
  if (referenceLength === 0 || candidateLength === 0) return { precision: 0, recall: 0, f1: 0 };
  const referenceLeft = tokenCounts(reference);
  const candidateLeft = tokenCounts(candidate);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set(candidate.flatMap((other) => lcsIndices(sentence, other)));
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = sentence[index] ?? '';
      const inCandidate = candidateLeft.get(token) ?? 0;
      const inReference = referenceLeft.get(token) ?? 0;
      if (inCandidate > 0 && inReference > 0) {
        hits += 1;
        candidateLeft.set(token, inCandidate - 1);
        referenceLeft.set(token, inReference - 1);
      }
    }
  }
  const precision = hits / candidateLength;
  const recall = hits / referenceLength;
  return { precision, recall, f1: fMeasure(precision, recall) };
}

/** Indices into `reference` of one longest common subsequence, read back as rouge-score does. */
function lcsIndices(reference: string[], candidate: string[]): number[] {
  const width = candidate.length + 1;
  const table = new Uint16Array((reference.length + 1) * width);
  for (let i = 1; i <= reference.length; i += 1) {
    for (let j = 1; j <= candidate.length; j += 1) {
      table[i * width + j] =
        reference[i - 1] === candidate[j - 1]
          ? (table[(i - 1) * width + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * width + j] ?? 0, table[i * width + j - 1] ?? 0);
    }
  }
  const indices: number[] = [];
  let i = reference.length;
  let j = candidate.length;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      indices.push(i - 1);
      i -= 1;
      j -= 1;
    } else if ((table[i * width + j - 1] ?? 0) > (table[(i - 1) * width + j] ?? 0)) {
      j -= 1;
    } else {
      i -= 1;
    }
  }
  return indices.reverse();
}

function tokenCounts(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences)
    for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function total(counts: Map<string, number>): number {
  return sumOf([...counts.values()]);
}

function sumOf(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

function fMeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

// ---------------------------------------------------------------------------------------------------
// NLTK's Porter stemmer, NLTK_EXTENSIONS mode (nltk/stem/porter.py), step by step.

/** NLTK's table of irregular forms, mapped straight to their stems. */
const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ['sky', 'sky'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['news', 'news'],
  ['innings', 'inning'],
  ['inning', 'inning'],
  ['outings', 'outing'],
  ['outing', 'outing'],
  ['cannings', 'canning'],
  ['canning', 'canning'],
  ['howe', 'howe'],
  ['proceed', 'proceed'],
  ['exceed', 'exceed'],
  ['succeed', 'succeed'],
]);

/** A suffix rule: the suffix, what replaces it, and the condition on the stem left without it. */
type Rule = [suffix: string, replacement: string, condition: ((stem: string) => boolean) | null];

/** Stems one lower-case word as NLTK's PorterStemmer().stem does. */
export function porterStem(word: string): string {
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 2) return word;
  let stem = step1a(word);
  stem = step1b(stem);
  stem = step1c(stem);
  stem = step2(stem);
  stem = step3(stem);
  stem = step4(stem);
  stem = step5a(stem);
  return step5b(stem);
}

function isConsonant(word: string, index: number): boolean {
  const letter = word.charAt(index);
  if ('aeiou'.includes(letter)) return false;
  if (letter === 'y') return index === 0 ? true : !isConsonant(word, index - 1);
  return true;
}

/** Porter's m: how many vowel-consonant sequences the stem has. */
function measure(stem: string): number {
  let pattern = '';
  for (let index = 0; index < stem.length; index += 1) pattern += isConsonant(stem, index) ? 'c' : 'v';
  return pattern.split('vc').length - 1;
}

function hasPositiveMeasure(stem: string): boolean {
  return measure(stem) > 0;
}

function containsVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index += 1) if (!isConsonant(stem, index)) return true;
  return false;
}

function endsDoubleConsonant(word: string): boolean {
  return (
    word.length >= 2 &&
    word.charAt(word.length - 1) === word.charAt(word.length - 2) &&
    isConsonant(word, word.length - 1)
  );
}

/** Porter's *o, with NLTK's extension to two-letter stems ("vowel, consonant"). */
function endsCvc(word: string): boolean {
  const n = word.length;
  return (
    (n >= 3 &&
      isConsonant(word, n - 3) &&
      !isConsonant(word, n - 2) &&
      isConsonant(word, n - 1) &&
      !'wxy'.includes(word.charAt(n - 1))) ||
    (n === 2 && !isConsonant(word, 0) && isConsonant(word, 1))
  );
}

/** Applies the first rule whose suffix the word has; if its condition fails, no later rule is tried. */
function applyRules(word: string, rules: Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    return condition === null || condition(stem) ? stem + replacement : word;
  }
  return word;
}

function step1a(word: string): string {
  if (word.endsWith('ies') && word.length === 4) return `${word.charAt(0)}ie`;
  return applyRules(word, [
    ['sses', 'ss', null],
    ['ies', 'i', null],
    ['ss', 'ss', null],
    ['s', '', null],
  ]);
}

function step1b(word: string): string {
  if (word.endsWith('ied')) return word.slice(0, -3) + (word.length === 4 ? 'ie' : 'i');
  if (word.endsWith('eed')) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? `${stem}ee` : word;
  }
  const suffix = ['ed', 'ing'].find(
    (ending) => word.endsWith(ending) && containsVowel(word.slice(0, -ending.length)),
  );
  if (suffix === undefined) return word;
  const stem = word.slice(0, -suffix.length);
  for (const ending of ['at', 'bl', 'iz']) if (stem.endsWith(ending)) return `${stem}e`;
  if (endsDoubleConsonant(stem))
    return 'lsz'.includes(stem.charAt(stem.length - 1)) ? stem : stem.slice(0, -1);
  return measure(stem) === 1 && endsCvc(stem) ? `${stem}e` : stem;
}

/** NLTK's y → i: only after a consonant, and not when the stem is that one consonant. */
function step1c(word: string): string {
  return applyRules(word, [['y', 'i', (stem) => stem.length > 1 && isConsonant(stem, stem.length - 1)]]);
}

function step2(word: string): string {
  if (word.endsWith('alli') && hasPositiveMeasure(word.slice(0, -4))) return step2(`${word.slice(0, -4)}al`);
  const positive = hasPositiveMeasure;
  return applyRules(word, [
    ['ational', 'ate', positive],
    ['tional', 'tion', positive],
    ['enci', 'ence', positive],
    ['anci', 'ance', positive],
    ['izer', 'ize', positive],
    ['bli', 'ble', positive],
    ['alli', 'al', positive],
    ['entli', 'ent', positive],
    ['eli', 'e', positive],
    ['ousli', 'ous', positive],
    ['ization', 'ize', positive],
    ['ation', 'ate', positive],
    ['ator', 'ate', positive],
    ['alism', 'al', positive],
    ['iveness', 'ive', positive],
    ['fulness', 'ful', positive],
    ['ousness', 'ous', positive],
    ['aliti', 'al', positive],
    ['iviti', 'ive', positive],
    ['biliti', 'ble', positive],
    ['fulli', 'ful', positive],
    // NLTK keeps the "l" with the stem, so short stems like "geo" and "theo" qualify.
    ['logi', 'log', () => positive(word.slice(0, -3))],
  ]);
}

function step3(word: string): string {
  const positive = hasPositiveMeasure;
  return applyRules(word, [
    ['icate', 'ic', positive],
    ['ative', '', positive],
    ['alize', 'al', positive],
    ['iciti', 'ic', positive],
    ['ical', 'ic', positive],
    ['ful', '', positive],
    ['ness', '', positive],
  ]);
}

function step4(word: string): string {
  const long = (stem: string): boolean => measure(stem) > 1;
  return applyRules(word, [
    ['al', '', long],
    ['ance', '', long],
    ['ence', '', long],
    ['er', '', long],
    ['ic', '', long],
    ['able', '', long],
    ['ible', '', long],
    ['ant', '', long],
    ['ement', '', long],
    ['ment', '', long],
    ['ent', '', long],
    ['ion', '', (stem) => long(stem) && /[st]$/.test(stem)],
    ['ou', '', long],
    ['ism', '', long],
    ['ate', '', long],
    ['iti', '', long],
    ['ous', '', long],
    ['ive', '', long],
    ['ize', '', long],
  ]);
}

function step5a(word: string): string {
  if (!word.endsWith('e')) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

function step5b(word: string): string {
  return word.endsWith('ll') && measure(word.slice(0, -1)) > 1 ? word.slice(0, -1) : word;
}
