import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASE_KINDS, unpackWordTable, packWordTable } from '../analysis/lexicon/word-table';
import { WORD_TABLE } from '../analysis/lexicon/word-table.generated';
import { renderWordTableModule, wordKindsFromCompromise } from './word-table-source';

describe('the shipped word table', () => {
  const fromSource = packWordTable(wordKindsFromCompromise());

  it('is what `npm run lexicon:pack` writes from the installed compromise (run it after an upgrade)', () => {
    const shipped = readFileSync(
      join(import.meta.dirname, '../analysis/lexicon/word-table.generated.ts'),
      'utf8',
    );
    expect(shipped).toBe(renderWordTableModule(fromSource));
  });

  it('answers for every lower-case word of compromise’s lexicon with the kinds compromise gives it', () => {
    const shipped = unpackWordTable(WORD_TABLE);
    const source = wordKindsFromCompromise();
    expect(shipped.size).toBe(source.size);
    for (const word of ['germany', 'new york', 'nurse', 'monday', 'walked', 'mary']) {
      expect(WORD_TABLE.kindSets[shipped.get(word) ?? -1]).toEqual([...new Set(source.get(word))].sort());
    }
  });

  it('keeps a phrase only with the kinds asked of phrases, and a single word with all its kinds', () => {
    const shipped = unpackWordTable(WORD_TABLE, (set) => WORD_TABLE.kindSets[set] ?? []);
    expect(shipped.get('in order to')).toBeUndefined();
    expect(shipped.get('new york')).toEqual(['place']);
    expect(shipped.get('prime minister')).toEqual(['role']);
    expect(shipped.get('walked')).toEqual(['common']);
    for (const [word, kinds] of shipped) {
      if (word.includes(' '))
        expect(
          kinds.filter((kind) => !PHRASE_KINDS.has(kind)),
          word,
        ).toEqual([]);
    }
  });
});
