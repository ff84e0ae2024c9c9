import { describe, it, expect } from 'vitest';
import { isEnglish } from './language';

const english =
  'The council said that it was ready to vote on the plan, and the mayor agreed with the decision of the board.';
const german =
  'Der Stadtrat hat am Donnerstag einen neuen Haushalt beschlossen, und die Opposition ist mit der Entscheidung nicht zufrieden.';

describe('isEnglish', () => {
  it('trusts a language tag', () => {
    expect(isEnglish(german, 'en-GB')).toBe(true);
    expect(isEnglish(english, 'de')).toBe(false);
  });

  it('tells English from other languages by their function words when untagged', () => {
    expect(isEnglish(english, null)).toBe(true);
    expect(isEnglish(german, null)).toBe(false);
  });

  it('counts a table with few function words as English', () => {
    expect(isEnglish('1. Michelle Freeman (Jamaica) 12.71\n2. Ludmila Engquist (Sweden) 12.74', null)).toBe(
      true,
    );
  });
});
