import nlp from 'compromise/two';
import { GIVEN_NAMES } from './first-names';

export { COURTESY_TITLES, TITLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_WORDS } from './titles';
export { genderOfPronoun, PERSON_VERBS, SAYING_VERBS, SPEAKER_PRONOUNS, UNNAMED_SOURCES } from './speech';
export { GROUP_WORDS, NON_PERSON_ENDINGS, NON_PERSON_WORDS } from './not-people';
export { NAME_PARTICLES } from './name-particles';

/** What a single word can be, as compromise's built-in English lexicon knows it. */
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

/** Compromise's tags mapped to the kinds the analysis reasons with; unlisted tags are ordinary words. */
const KIND_OF_TAG: ReadonlyMap<string, WordKind> = new Map(
  Object.entries({
    MaleName: 'male-name',
    FemaleName: 'female-name',
    FirstName: 'first-name',
    LastName: 'last-name',
    Country: 'place',
    City: 'place',
    Region: 'place',
    Place: 'place',
    Organization: 'organisation',
    SportsTeam: 'organisation',
    Demonym: 'nationality',
    Actor: 'role',
    Honorific: 'honorific',
    Month: 'calendar',
    WeekDay: 'calendar',
    Date: 'calendar',
    Noun: 'noun',
    Singular: 'noun',
    Uncountable: 'noun',
  } satisfies Record<string, WordKind>),
);

/**
 * Compromise tags that name specific people or loose proper nouns; skipped so the lexicon stays
 * generic (a word list, not a who's who) and so proper nouns don't pass for ordinary words.
 */
const IGNORED_TAGS: ReadonlySet<string> = new Set(['Person', 'ProperNoun']);

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

/**
 * Compromise's lexicon (word → tag or tags), read a word at a time: converting all 24,000 entries when
 * the module loads would delay the first story for words no article uses.
 */
const LEXICON = pickObject(pickObject(nlp.model(), 'one'), 'lexicon');

/** Most words the cache below holds; past it the cache starts afresh, so a long-running process stays small. */
const MAX_CACHED_WORDS = 100_000;

/** The bits of every lower-cased word or phrase looked up so far, known to the lexicon or not. */
const BITS_OF_WORD = new Map<string, number>();

/** A lower-cased word's kinds (its lexicon tags, unlisted ones counting as ordinary) and given-name bit. */
function bitsOf(lower: string): number {
  const known = BITS_OF_WORD.get(lower);
  if (known !== undefined) return known;
  let bits = GIVEN_NAMES.has(lower) ? GIVEN_NAME_BIT : 0;
  const tagOrTags: unknown = Object.hasOwn(LEXICON, lower) ? Reflect.get(LEXICON, lower) : [];
  for (const tag of Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags]) {
    if (typeof tag !== 'string' || IGNORED_TAGS.has(tag)) continue;
    bits |= KIND_BITS[KIND_OF_TAG.get(tag) ?? 'common'];
  }
  if (BITS_OF_WORD.size >= MAX_CACHED_WORDS) BITS_OF_WORD.clear();
  BITS_OF_WORD.set(lower, bits);
  return bits;
}

function pickObject(value: unknown, key: string): object {
  if (typeof value !== 'object' || value === null) return {};
  const picked: unknown = Object.entries(value).find(([name]) => name === key)?.[1];
  return typeof picked === 'object' && picked !== null ? picked : {};
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
