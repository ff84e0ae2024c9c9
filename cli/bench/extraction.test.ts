import { describe, expect, it } from 'vitest';
import { droppedShare, f1, meanScore, overlap, scoreText, shingleCount, shingles, words } from './extraction';

describe('the shingle scorer', () => {
  it('splits text into lowercased words of letters and digits', () => {
    expect(words('The Mayor said: "Build it," in 2025!')).toEqual([
      'the',
      'mayor',
      'said',
      'build',
      'it',
      'in',
      '2025',
    ]);
  });

  it('counts overlapping four-word shingles as a multiset', () => {
    // a b c d e → "a b c d", "b c d e"; a text of four words is one shingle, shorter ones too.
    expect([...shingles('a b c d e')]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
    expect([...shingles('a b')]).toEqual([['a b', 1]]);
    expect(shingles('')).toEqual(new Map());
    // "x y x y x y x" has four shingles: "x y x y" twice and "y x y x" twice.
    const repeated = shingles('x y x y x y x');
    expect(repeated.get('x y x y')).toBe(2);
    expect(repeated.get('y x y x')).toBe(2);
    expect(shingleCount(repeated)).toBe(4);
  });

  it('counts shared shingles as often as the smaller side has them', () => {
    expect(overlap(shingles('x y x y x y x'), shingles('x y x y'))).toBe(1);
  });

  it('scores precision and recall by hand-counted shingles', () => {
    // truth "a b c d e f": 3 shingles (abcd, bcde, cdef). Extracted "z a b c d e": zabc, abcd, bcde.
    // Shared 2: precision 2/3, recall 2/3.
    const score = scoreText('z a b c d e', 'a b c d e f');
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(scoreText('', 'a b c d')).toEqual({ precision: 0, recall: 0 });
    expect(scoreText('a b c d', 'a b c d')).toEqual({ precision: 1, recall: 1 });
  });

  it('averages precision and recall over pages, then takes F1 of the averages', () => {
    const mean = meanScore([
      { precision: 1, recall: 0.5 },
      { precision: 0.5, recall: 1 },
    ]);
    expect(mean).toEqual({ precision: 0.75, recall: 0.75 });
    expect(f1(mean)).toBeCloseTo(0.75);
    expect(f1({ precision: 1, recall: 0.5 })).toBeCloseTo(2 / 3);
    expect(f1({ precision: 0, recall: 0 })).toBe(0);
    expect(meanScore([])).toEqual({ precision: 0, recall: 0 });
  });

  it("measures the share of a reference text's shingles another text lacks", () => {
    // Reference "a b c d e f" has 3 shingles; "a b c d e" keeps abcd and bcde: a third is dropped.
    expect(droppedShare('a b c d e f', 'a b c d e')).toBeCloseTo(1 / 3);
    expect(droppedShare('a b c d', 'a b c d and more')).toBe(0);
    expect(droppedShare('', 'anything')).toBe(0);
  });
});
