import { GIVEN_NAMES } from './first-names';
import { WORD_TABLE } from './word-table.generated';
import { unpackWordTable, type WordKind } from './word-table';

export { COURTESY_TITLES, TITLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_WORDS } from './titles';
export { genderOfPronoun, PERSON_VERBS, SAYING_VERBS, SPEAKER_PRONOUNS, UNNAMED_SOURCES } from './speech';
export { GROUP_WORDS, NON_PERSON_ENDINGS, NON_PERSON_WORDS } from './not-people';
export { NAME_PARTICLES } from './name-particles';
export type { WordKind } from './word-table';

/** Each kind as one bit, so a word's kinds are one number and asking about several kinds is one `&`. */
const KIND_BITS: Readonly<Record<WordKind, number>> = {
  'male-name': 1 << 0,
  'female-name': 1 << 1,
  'first-name': 1 << 2,
  'last-name': 1 << 3,
  place: 1 << 4,
  organisation: 1 << 5,
  nationality: 1 << 6,
  role: 1 << 7,
  honorific: 1 << 8,
  calendar: 1 << 9,
  noun: 1 << 10,
  common: 1 << 11,
};

/** Several kinds as bits of one number, built once and asked with `isKind`. */
export type KindSet = number;

/** The kinds given, as one `KindSet`. */
export function kindSet(...kinds: WordKind[]): KindSet {
  return kinds.reduce((bits, kind) => bits | KIND_BITS[kind], 0);
}

/** A bit past the kinds' bits for words on the given-name list, so one lookup also answers `isFirstName`. */
const GIVEN_NAME_BIT = 1 << 12;

const FIRST_NAME_BITS = kindSet('male-name', 'female-name', 'first-name') | GIVEN_NAME_BIT;

/** Each word's kinds as bits, unpacked from the word table on the first lookup (about 10 ms). */
let bitsOfWord: Map<string, number> | undefined;

function wordBits(): Map<string, number> {
  if (bitsOfWord) return bitsOfWord;
  bitsOfWord = unpackWordTable(WORD_TABLE, (set) => kindSet(...(WORD_TABLE.kindSets[set] ?? [])));
  return bitsOfWord;
}

/**
 * Unpacks the word table now rather than at the first lookup: the popup's worker calls it while it
 * waits for the article, so the table is ready when the analysis starts.
 */
export function prepareWordTable(): void {
  wordBits();
}

/** A lower-cased word's kinds and given-name bit. */
function bitsOf(lower: string): number {
  return (wordBits().get(lower) ?? 0) | (GIVEN_NAMES.has(lower) ? GIVEN_NAME_BIT : 0);
}

/** True when the word or phrase is known as the kind, or as any kind of the set. */
export function isKind(wordOrPhrase: string, wanted: WordKind | KindSet): boolean {
  const kinds = typeof wanted === 'number' ? wanted : KIND_BITS[wanted];
  return (bitsOf(wordOrPhrase.toLowerCase()) & kinds) !== 0;
}

/** The gender a first name suggests, or null when the name is not a known first name or is shared. */
export function genderOfFirstName(word: string): 'male' | 'female' | null {
  const bits = bitsOf(word.toLowerCase());
  const male = (bits & KIND_BITS['male-name']) !== 0;
  const female = (bits & KIND_BITS['female-name']) !== 0;
  if (male === female) return null;
  return male ? 'male' : 'female';
}

/** True for a word that is a known given name of either gender. */
export function isFirstName(word: string): boolean {
  return (bitsOf(word.toLowerCase()) & FIRST_NAME_BITS) !== 0;
}
