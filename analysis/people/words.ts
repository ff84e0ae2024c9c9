import { COURTESY_TITLES, isFirstName, isKind, kindSet, TITLE_ABBREVIATIONS } from '../lexicon';
import { latinSkeleton } from '../look-alikes';
import type { Word } from '../words';

/** A word as names are compared: look-alike Cyrillic and Greek letters read as the Latin ones. */
export function nameKey(word: string): string {
  return latinSkeleton(word.replace(ARABIC_ARTICLE, ''));
}

/** The article of an Arabic name, which a later mention may drop ("al-Bashir", then "Mr. Bashir"). */
const ARABIC_ARTICLE = /^(?:al|el)[-‘’']/iu;

/** True when the gap after a word keeps the next one in the same name: a space, or the dot of an initial or title. */
export function joinsName(previous: Word): boolean {
  const gap = previous.after;
  if (gap === ' ') return true;
  // "T.J.": a letter of initials written without a space joins the next.
  if (gap === '.' && CAPITAL_LETTER.test(previous.text)) return true;
  return (
    gap === '. ' &&
    (isInitial(previous) ||
      COURTESY_TITLES.has(previous.text.toLowerCase()) ||
      TITLE_ABBREVIATIONS.has(previous.text.toLowerCase()))
  );
}

/** Kinds of an ordinary word (not a name). */
export const ORDINARY_KINDS = kindSet('common', 'noun', 'role');

/** True for a word the lexicon knows only as an ordinary word (not a name). */
export function isCommonWord(lower: string): boolean {
  return isKind(lower, ORDINARY_KINDS) && !isKind(lower, 'last-name') && !isFirstName(lower);
}

/** Name prefixes written in lower case before a capital ("al-Assad", "d'Estaing"). */
const LOWER_CASE_NAME_PREFIX = /^(?:al|el|bin|ibn|abu|d)[-’']\p{Lu}/u;

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  if (first === first.toLowerCase())
    return first !== first.toUpperCase() && LOWER_CASE_NAME_PREFIX.test(word);
  return !isAcronym(word);
}

export function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/** True for a letter of "U.S." or "U.N.", which looks like an initial but is an abbreviation. */
export function isInDottedAbbreviation(words: Word[], index: number): boolean {
  const word = words[index];
  if (word === undefined || word.text.length > 1) return false;
  const dotted = word.after === '.' || words[index - 1]?.after === '.';
  return dotted && !isInCompactInitials(words, index);
}

/**
 * True for a letter of initials written without spaces before a name ("T.J. Whitmore", "George H.W.
 * Bush"): two or three dotted capitals, a capitalised word right after, and not a place or body
 * written so ("U.S. Army", "D.C. Council").
 */
function isInCompactInitials(words: Word[], index: number): boolean {
  let first = index;
  while (first > 0 && words[first - 1]?.after === '.' && CAPITAL_LETTER.test(words[first - 1]?.text ?? ''))
    first -= 1;
  let last = index;
  while (words[last]?.after === '.' && CAPITAL_LETTER.test(words[last + 1]?.text ?? '')) last += 1;
  const letters = words.slice(first, last + 1);
  const after = words[last + 1];
  if (letters.length < 2 || letters.length > 3 || words[last]?.after !== '. ' || after === undefined)
    return false;
  if (!letters.every((letter) => CAPITAL_LETTER.test(letter.text))) return false;
  const abbreviation = letters.map((letter) => letter.text.toLowerCase()).join('');
  return !DOTTED_ABBREVIATIONS.has(abbreviation) && isCapitalised(after.text) && after.text.length > 1;
}

/** Places and bodies written with dotted capitals, which read like initials before a capitalised word. */
const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'us usa uk un eu dc la ny nj nc sc nh nm nd sd ri wv pa da ad bc am pm ussr uae rsvp ok tv fc'.split(' '),
);

/** A single capital letter: an initial when a dot follows. */
const CAPITAL_LETTER = /^\p{Lu}$/u;

export function isInitial(word: Word): boolean {
  return word.after === '. ' && CAPITAL_LETTER.test(word.text);
}

/** The possessive ending "'s" or "’s". */
const POSSESSIVE = /[’']s$/;

export function isPossessive(word: string): boolean {
  return POSSESSIVE.test(word);
}

export function stripPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}
