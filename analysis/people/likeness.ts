import { GROUP_WORDS, isFirstName, isKind, kindSet, NON_PERSON_ENDINGS, NON_PERSON_WORDS } from '../lexicon';
import { isAcronym, isCommonWord, ORDINARY_KINDS } from './words';

/** What the words around a name say about it. */
export interface NameEvidence {
  /** A title or courtesy title stands before it. */
  titled: boolean;
  /** It opens its sentence, where ordinary words are capitalised too. */
  opensSentence: boolean;
  /** One of its words is an initial ("J. K. Rowling", "Morris W. Travers"): people have them, products not. */
  hasInitial: boolean;
}

/** Kinds that make a whole phrase something other than a person ("New York", "Foreign Office"). */
const NOT_PERSON_PHRASE = kindSet('place', 'organisation', 'nationality', 'calendar');

/** Kinds that make a first name ambiguous as the start of a name: also a place or an ordinary word. */
const AMBIGUOUS_FIRST_NAME = kindSet('place', 'common', 'noun', 'role');

/**
 * Whether a capitalised phrase is not a person, may name one if it matches a known surname, or surely
 * names one on its own evidence (a title, a first name, or name-shaped).
 */
export function personLikeness(
  words: string[],
  evidence: NameEvidence,
): 'not-a-person' | 'if-a-known-surname' | 'name-shaped' | 'on-its-own' {
  const lowers = words.map((word) => word.toLowerCase());
  const phrase = lowers.join(' ');
  if (isKind(phrase, NOT_PERSON_PHRASE) && !(evidence.titled && words.length === 1)) return 'not-a-person';
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const lower = lowers[index] ?? '';
    const nonPerson =
      (NON_PERSON_WORDS.has(lower) && !(index === 0 && words.length > 1 && isFirstName(lower))) ||
      GROUP_WORDS.has(lower);
    if (nonPerson || isAcronym(word) || isCompoundAdjective(word) || CAPITALS_IN_A_ROW.test(word))
      return 'not-a-person';
    if (isKind(lower, 'nationality') || isPlaceNotName(lower, index)) return 'not-a-person';
    if (isKind(lower, 'calendar') && !isFirstName(lower)) return 'not-a-person';
  }
  const last = lowers[lowers.length - 1] ?? '';
  if (words.length > 1 && NON_PERSON_ENDINGS.has(last) && !surelyASurname(lowers)) return 'not-a-person';
  return namesAPerson(lowers, phrase, evidence, isSurnameShaped(words[words.length - 1] ?? ''));
}

/**
 * A surname by its shape: a prefix of the surnames of many countries before a capital ("McCartney",
 * "DiMarco", "DeSantis", "O'Brien", "VanDyke"). Products rarely take it.
 */
export function isSurnameShaped(word: string): boolean {
  return SURNAME_SHAPE.test(word);
}

const SURNAME_SHAPE = /^(?:Mc|Di|De|Da|Del|Della|Van|Von|O['’])\p{Lu}\p{Ll}{2,}$/u;

/**
 * Whether a phrase that may name a person surely does (titled, led by a given name or an initial),
 * looks like a name and needs the text to say so, or is a known surname at most.
 */
function namesAPerson(
  lowers: string[],
  phrase: string,
  evidence: NameEvidence,
  surnameShaped: boolean,
): 'if-a-known-surname' | 'name-shaped' | 'on-its-own' {
  const { titled, opensSentence, hasInitial } = evidence;
  if (lowers.length === 1) return titled && !isCommonWord(phrase) ? 'on-its-own' : 'if-a-known-surname';
  const [first = '', ...rest] = lowers;
  const last = lowers[lowers.length - 1] ?? '';
  const restAreNames = rest.every((word) => !isCommonWord(word));
  const unambiguousFirstName = isFirstName(first) && !isKind(first, AMBIGUOUS_FIRST_NAME);
  if (titled || unambiguousFirstName || hasInitial) return 'on-its-own';
  if (isFirstName(first)) return restAreNames ? 'on-its-own' : 'if-a-known-surname';
  const noOrdinaryWords = lowers.every((word) => !isCommonWord(word) && !isKind(word, 'organisation'));
  // "Ray DiMarco": an ordinary word before a surname by its shape may be a given name; the text says.
  if (surnameShaped && lowers.length === 2 && !noOrdinaryWords) return 'name-shaped';
  if (!noOrdinaryWords || (opensSentence && !isKind(last, 'last-name') && isCommonWord(first)))
    return 'if-a-known-surname';
  // A known surname at the end is the lexicon's word that a person is meant ("Chiwenga" is not known).
  return (isKind(last, 'last-name') || surnameShaped) && !isCommonWord(first) ? 'on-its-own' : 'name-shaped';
}

/** A given name and a known surname ("Shirley Temple"): a person even when the surname is also a venue word. */
function surelyASurname(lowers: string[]): boolean {
  const first = lowers[0] ?? '';
  return (
    isFirstName(first) &&
    !isKind(first, AMBIGUOUS_FIRST_NAME) &&
    isKind(lowers[lowers.length - 1] ?? '', 'last-name')
  );
}

/**
 * Whether a lone capitalised word can be a name: not an ordinary word, not an adverb in "-ly" that
 * the lexicon lacks ("Incredibly," opening a quote), not the plural of a group ("Islamists").
 */
export function isSingleName(word: string): boolean {
  const lower = word.toLowerCase();
  if (isCommonWord(lower)) return false;
  if (isFirstName(lower) || isKind(lower, 'last-name')) return true;
  const singular = lower.replace(/s$/u, '');
  return (
    !lower.endsWith('ly') &&
    !(singular !== lower && (GROUP_WORDS.has(singular) || isKind(singular, 'nationality')))
  );
}

/** Two capitals in a row inside a word ("OpenGL", "APIs", "iOS"): a product or acronym, never a name. */
const CAPITALS_IN_A_ROW = /\p{Lu}{2}/u;

/** "Ontario-based", "Brazilian-born": capitalised compounds that describe, never name. */
function isCompoundAdjective(word: string): boolean {
  const tail = /-(\p{Ll}+)$/u.exec(word)?.[1];
  if (tail === undefined || /^(?:al|el|bin|ibn|abu|d)[-’']/u.test(word)) return false;
  // "Jae-myung" or "Jean-pierre" as typed: the part after the hyphen is no English word.
  if (ROMANISED_SYLLABLES.test(word)) return false;
  return ADJECTIVE_ENDING.test(tail) || isKind(tail, ORDINARY_KINDS);
}

/**
 * A given name of two romanised syllables ("Sun-hee", "Jae-in", "Ki-moon", "Yun-ah"), whose second
 * syllable may happen to be an English word: a capital, a syllable, a hyphen, a syllable.
 */
const ROMANISED_SYLLABLES =
  /^\p{Lu}[bcdghjkmnprstwy]{0,2}[aeiouy]{1,3}(?:ng|n|m|k|l)?-[bcdghjkmnprstwy]{0,2}[aeiouwy]{1,3}(?:ng|n|m|k|l|p|t)?$/u;

/** Endings of the second part of a compound adjective: "-based", "-born", "-owned", "-leaning", "-style". */
const ADJECTIVE_ENDING = /(?:ed|ing|born|made|run|style|wide|like|free|proof)$/u;

function isPlaceNotName(word: string, index: number): boolean {
  if (!isKind(word, 'place')) return false;
  return !(index === 0 && isFirstName(word)) && !isKind(word, 'last-name');
}
