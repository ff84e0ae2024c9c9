import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packWordTable } from '../analysis/lexicon/word-table';
import { renderWordTableModule, wordKindsFromCompromise } from './word-table-source';

/** Writes the analysis's word table from compromise's lexicon (a dev dependency, not shipped). */
const path = join(import.meta.dirname, '../analysis/lexicon/word-table.generated.ts');
const table = packWordTable(wordKindsFromCompromise());
writeFileSync(path, renderWordTableModule(table));
console.log(`wrote ${path}: ${table.kindSets.length} sets of kinds, ${table.words.length} characters`);
