import { describe, it, expect } from 'vitest';
import { wordsOf } from './words';

describe('wordsOf', () => {
  it('keeps inner apostrophes and hyphens, offsets, and what separates each word from the next', () => {
    expect(wordsOf("Mr. O'Brien's all-rounder, 42, left.")).toEqual([
      { text: 'Mr', start: 0, end: 2, after: '. ' },
      { text: "O'Brien's", start: 4, end: 13, after: ' ' },
      { text: 'all-rounder', start: 14, end: 25, after: ', 42, ' },
      { text: 'left', start: 31, end: 35, after: '.' },
    ]);
  });

  it('starts afresh on every text', () => {
    expect(wordsOf('Angela Merkel')).toHaveLength(2);
    expect(wordsOf('Ng')).toEqual([{ text: 'Ng', start: 0, end: 2, after: '' }]);
    expect(wordsOf('')).toEqual([]);
  });
});
