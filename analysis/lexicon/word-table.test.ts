import { describe, expect, it } from 'vitest';
import { packWordTable, unpackWordTable, type WordKind } from './word-table';

describe('the packed word table', () => {
  it('gives back every word with its kinds, whatever its digits, spaces or letters', () => {
    const kindsOfWord = new Map<string, WordKind[]>([
      ['walk', ['common']],
      ['walked', ['common']],
      ['walking', ['common', 'noun']],
      ['internationalisation', ['noun']],
      ['internationalised', ['common']],
      ['7 eleven', ['organisation']],
      ['q1', ['calendar']],
      ['zoë', ['female-name']],
      ['new york', ['place']],
      ['a', ['common']],
    ]);
    const table = packWordTable(kindsOfWord);
    const unpacked = unpackWordTable(table);
    expect(unpacked.size).toBe(kindsOfWord.size);
    for (const [word, kinds] of kindsOfWord) {
      expect(table.kindSets[unpacked.get(word) ?? -1]).toEqual([...kinds].sort());
    }
  });

  it('shares prefixes between neighbours, so the table is smaller than its words', () => {
    const words = ['walk', 'walked', 'walker', 'walking', 'walks'];
    const table = packWordTable(new Map(words.map((word) => [word, ['common']])));
    expect(table.words.length).toBeLessThan(words.join('').length);
  });

  it('leaves out a word without kinds, and refuses one it could not read back', () => {
    expect(unpackWordTable(packWordTable(new Map([['gone', []]]))).size).toBe(0);
    expect(() => packWordTable(new Map([[':-O', ['common']]]))).toThrow(/cannot hold/);
    expect(() => packWordTable(new Map([['', ['common']]]))).toThrow(/cannot hold/);
  });
});
