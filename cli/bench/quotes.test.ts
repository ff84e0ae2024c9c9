import { describe, expect, it } from 'vitest';
import { isNamedSource, matchQuotes, sameSpeaker, wordOverlapF1 } from './quotes';

describe('wordOverlapF1', () => {
  it('scores shared lowercased words over the mean length', () => {
    // 3 shared words; 4 found and 6 gold words: 2 * 3 / (4 + 6) = 0.6.
    expect(wordOverlapF1('We will not stop', 'we will stop every single time')).toBeCloseTo(0.6);
    expect(wordOverlapF1('Same words.', 'same, WORDS')).toBe(1);
    expect(wordOverlapF1('', 'anything')).toBe(0);
  });

  it('counts a repeated word only as often as both sides have it', () => {
    // found "no no no" (3), gold "no way" (2): 1 shared, 2 * 1 / 5 = 0.4.
    expect(wordOverlapF1('no no no', 'no way')).toBeCloseTo(0.4);
  });
});

describe('matchQuotes', () => {
  it('pairs best overlaps first, each gold quote at most once, at F1 0.5 or more', () => {
    const found = ['we will win this race', 'we will win', 'nothing in common here'];
    const gold = ['we will win this race today', 'they lost'];
    // found 0 vs gold 0: 2 * 5 / 11 = 0.91; found 1 vs gold 0: 2 * 3 / 9 = 0.67 but gold 0 is taken.
    expect(matchQuotes(found, gold)).toEqual([[0, 0]]);
  });

  it('drops pairs under the threshold', () => {
    // 1 shared word of 2 and 4: 2 * 1 / 6 = 0.33.
    expect(matchQuotes(['big plans'], ['he has big ideas'])).toEqual([]);
  });
});

describe('speaker checks', () => {
  it('treats pronouns and empty sources as unnamed', () => {
    expect(isNamedSource('He')).toBe(false);
    expect(isNamedSource('')).toBe(false);
    expect(isNamedSource('Mr. Obama')).toBe(true);
  });

  it('matches a speaker sharing a capitalised name word', () => {
    expect(sameSpeaker('Barack Obama', 'Mr. Obama')).toBe(true);
    expect(sameSpeaker('Donald Trump', "Trump's campaign")).toBe(true);
    expect(sameSpeaker('Hillary Clinton', 'Mr. Obama')).toBe(false);
    expect(sameSpeaker(null, 'Obama')).toBe(false);
  });
});
