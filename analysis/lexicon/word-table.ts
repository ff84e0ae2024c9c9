/**
 * The English word table the analysis reasons with: each known word or phrase and its kinds, packed
 * into one string at build time (`npm run lexicon:pack`) and unpacked once, on the first lookup.
 */

/** What a single word can be, as the word table knows it. */
export type WordKind =
  | 'male-name'
  | 'female-name'
  | 'first-name'
  | 'last-name'
  | 'place'
  | 'organisation'
  | 'nationality'
  | 'role'
  | 'honorific'
  | 'calendar'
  | 'noun'
  | 'common';

/**
 * The kinds the analysis asks of a phrase of several words ("new york", "chief executive"): a phrase
 * is never asked whether it is an ordinary word or a name, so the table keeps only these for phrases.
 */
export const PHRASE_KINDS: ReadonlySet<WordKind> = new Set([
  'place',
  'organisation',
  'nationality',
  'calendar',
  'role',
]);

/**
 * The table as shipped. `kindSets` lists each combination of kinds a word has; `words` holds the words
 * in code-unit order, each written as the length (0–9) of the prefix it shares with the word before,
 * the rest of the word (lower-case: no A–Z), then one letter A, B, … naming its entry of `kindSets`.
 * Sorted neighbours share long prefixes ("walk", "walked", "walking"), so the string stays small.
 */
export interface PackedWordTable {
  kindSets: readonly (readonly WordKind[])[];
  words: string;
}

/** Longest prefix one word takes from the one before: one digit. */
const MAX_SHARED = 9;
const FIRST_SET_CODE = 'A'.charCodeAt(0);
const LAST_SET_CODE = 'Z'.charCodeAt(0);

/** Packs words and their kinds; throws on a word the format cannot hold (empty, or with A–Z). */
export function packWordTable(kindsOfWord: ReadonlyMap<string, readonly WordKind[]>): PackedWordTable {
  const kindSets: WordKind[][] = [];
  const setIndex = new Map<string, number>();
  let previous = '';
  let words = '';
  for (const word of [...kindsOfWord.keys()].sort(byCodeUnits)) {
    const kinds = [...new Set(kindsOfWord.get(word))].sort();
    if (kinds.length === 0) continue;
    if (word === '' || /[A-Z]/.test(word)) throw new Error(`the word table cannot hold "${word}"`);
    const key = kinds.join(' ');
    if (!setIndex.has(key)) {
      setIndex.set(key, kindSets.length);
      kindSets.push(kinds);
    }
    const index = setIndex.get(key) ?? 0;
    if (FIRST_SET_CODE + index > LAST_SET_CODE) throw new Error('the word table has too many sets of kinds');
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && previous[shared] === word[shared]) shared++;
    words += `${shared}${word.slice(shared)}${String.fromCharCode(FIRST_SET_CODE + index)}`;
    previous = word;
  }
  return { kindSets, words };
}

/** Each word of a packed table with what `valueOfSet` makes of its entry in `kindSets` (by default, its index). */
export function unpackWordTable<T = number>(
  table: PackedWordTable,
  valueOfSet: (index: number) => T = (index) => index as T,
): Map<string, T> {
  const values = table.kindSets.map((_kinds, index) => valueOfSet(index));
  const setOfWord = new Map<string, T>();
  let previous = '';
  let at = 0;
  while (at < table.words.length) {
    const shared = table.words.charCodeAt(at) - '0'.charCodeAt(0);
    let end = at + 1;
    while (end < table.words.length && !isSetCode(table.words.charCodeAt(end))) end++;
    const word = previous.slice(0, shared) + table.words.slice(at + 1, end);
    const value = values[table.words.charCodeAt(end) - FIRST_SET_CODE];
    if (value !== undefined) setOfWord.set(word, value);
    previous = word;
    at = end + 1;
  }
  return setOfWord;
}

function isSetCode(code: number): boolean {
  return code >= FIRST_SET_CODE && code <= LAST_SET_CODE;
}

function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
