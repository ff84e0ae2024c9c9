import { describe, it, expect } from 'vitest';
import { porterStem, scoreRouge, tokenize } from './rouge';

describe('porterStem', () => {
  it('matches NLTK PorterStemmer (NLTK_EXTENSIONS) on known words', () => {
    const known: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      ties: 'tie',
      flies: 'fli',
      died: 'die',
      denied: 'deni',
      agreed: 'agre',
      humbled: 'humbl',
      sized: 'size',
      hopping: 'hop',
      filing: 'file',
      meeting: 'meet',
      happy: 'happi',
      enjoy: 'enjoy',
      sensational: 'sensat',
      itemization: 'item',
      generously: 'gener',
      hopefully: 'hope',
      reference: 'refer',
      colonizer: 'colon',
      geology: 'geolog',
      controlling: 'control',
      dying: 'die',
      news: 'news',
    };
    for (const [word, stem] of Object.entries(known)) expect([word, porterStem(word)]).toEqual([word, stem]);
  });
});

describe('tokenize', () => {
  it('lowercases, splits on anything outside [a-z0-9] and stems only tokens longer than three characters', () => {
    expect(tokenize("U.S. officials' 3-day visit: Café talks, running")).toEqual([
      'u',
      's',
      'offici',
      '3',
      'day',
      'visit',
      'caf',
      'talk',
      'run',
    ]);
  });
});

describe('scoreRouge', () => {
  it('counts clipped unigram and bigram overlap and the LCS of one sentence', () => {
    const scores = scoreRouge('The cat sat on the mat.', 'The cat was on the mat.');
    expect(scores.rouge1.f1).toBeCloseTo(5 / 6);
    expect(scores.rouge2.f1).toBeCloseTo(3 / 5);
    expect(scores.rougeLsum.f1).toBeCloseTo(5 / 6);
  });

  it('takes the union LCS over candidate sentences for ROUGE-Lsum (the ROUGE paper example)', () => {
    // Reference a b c d e; candidate lines share "a b" and "a c e" with it: union a b c e, 4 hits.
    const scores = scoreRouge('a b c d e', 'a b f g h\na c h i e');
    expect(scores.rougeLsum.precision).toBeCloseTo(4 / 10);
    expect(scores.rougeLsum.recall).toBeCloseTo(4 / 5);
    expect(scores.rougeLsum.f1).toBeCloseTo(8 / 15);
    expect(scores.rouge1.f1).toBeCloseTo(8 / 15);
    // Bigrams run across the line break: only "a b" is shared, 1 of 9 candidate and 1 of 4 reference bigrams.
    expect(scores.rouge2.f1).toBeCloseTo(2 / 13);
  });

  it('does not count a repeated token more often than both sides have it', () => {
    const scores = scoreRouge('a b\na c', 'a x y');
    // Each reference line's LCS with the candidate is "a", but the candidate has one "a": 1 hit.
    expect(scores.rougeLsum.precision).toBeCloseTo(1 / 3);
    expect(scores.rougeLsum.recall).toBeCloseTo(1 / 4);
  });

  it('scores an empty candidate zero', () => {
    expect(scoreRouge('a b c', '').rouge1.f1).toBe(0);
    expect(scoreRouge('a b c', '').rougeLsum.f1).toBe(0);
  });
});
