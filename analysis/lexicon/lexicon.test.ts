import { describe, it, expect } from 'vitest';
import { genderOfFirstName, isFirstName, isKind, kindSet } from './index';

describe('isKind', () => {
  it('looks a word or phrase up in any case, for one kind or a set of kinds', () => {
    expect(isKind('Germany', 'place')).toBe(true);
    expect(isKind('new york', 'place')).toBe(true);
    expect(isKind('nurse', kindSet('place', 'common'))).toBe(true);
    expect(isKind('nurse', kindSet('place', 'calendar'))).toBe(false);
    expect(isKind('Monday', 'calendar')).toBe(true);
  });

  it('knows nothing of unknown words, even ones named like object properties', () => {
    for (const word of ['xyzzy', 'constructor', '__proto__', 'toString']) {
      expect(isKind(word, kindSet('place', 'common', 'noun', 'role', 'last-name'))).toBe(false);
      expect(isFirstName(word)).toBe(false);
    }
  });
});

describe('first names', () => {
  it('takes given names from the lexicon and from the gazetteer', () => {
    expect(isFirstName('Angela')).toBe(true);
    expect(isFirstName('Randy')).toBe(true);
    expect(isFirstName('nurse')).toBe(false);
  });

  it('tells the gender a first name suggests, or null when it is unknown', () => {
    expect(genderOfFirstName('Mary')).toBe('female');
    expect(genderOfFirstName('John')).toBe('male');
    expect(genderOfFirstName('Randy')).toBeNull();
  });
});
