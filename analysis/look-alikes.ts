/**
 * Cyrillic and Greek letters that look like Latin ones, each with the Latin letter it passes for: a
 * small part of Unicode TR39's confusables (confusables.txt), only the letters that look the same in
 * ordinary fonts, so "Раul" with a Cyrillic Р is read as the "Paul" a reader sees.
 */
const LATIN_LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  // Cyrillic capitals
  ['А', 'A'],
  ['В', 'B'],
  ['Е', 'E'],
  ['Ѕ', 'S'],
  ['І', 'I'],
  ['Ј', 'J'],
  ['К', 'K'],
  ['М', 'M'],
  ['Н', 'H'],
  ['О', 'O'],
  ['Р', 'P'],
  ['С', 'C'],
  ['Т', 'T'],
  ['У', 'Y'],
  ['Х', 'X'],
  ['Ԛ', 'Q'],
  ['Ԝ', 'W'],
  // Cyrillic small letters
  ['а', 'a'],
  ['е', 'e'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['у', 'y'],
  ['х', 'x'],
  ['ѕ', 's'],
  ['і', 'i'],
  ['ј', 'j'],
  ['һ', 'h'],
  ['ԁ', 'd'],
  ['ԛ', 'q'],
  ['ԝ', 'w'],
  // Greek capitals
  ['Α', 'A'],
  ['Β', 'B'],
  ['Ε', 'E'],
  ['Ζ', 'Z'],
  ['Η', 'H'],
  ['Ι', 'I'],
  ['Κ', 'K'],
  ['Μ', 'M'],
  ['Ν', 'N'],
  ['Ο', 'O'],
  ['Ρ', 'P'],
  ['Τ', 'T'],
  ['Υ', 'Y'],
  ['Χ', 'X'],
  // Greek small letters
  ['ο', 'o'],
  ['ρ', 'p'],
  ['ν', 'v'],
  ['ι', 'i'],
]);

/** Any letter of the table, to leave text without one as it is at once. */
const LOOK_ALIKE = new RegExp(`[${[...LATIN_LOOK_ALIKES.keys()].join('')}]`, 'gu');

const LATIN_LETTER = /\p{Script=Latin}/u;

const CYRILLIC_OR_GREEK_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * The text with every look-alike letter replaced by the Latin letter it passes for: two names with the
 * same skeleton look the same to a reader. Each letter stays one UTF-16 unit, so offsets keep their place.
 */
export function latinSkeleton(text: string): string {
  return text.replace(LOOK_ALIKE, (letter) => LATIN_LOOK_ALIKES.get(letter) ?? letter);
}

/** True when a word mixes Latin letters with Cyrillic or Greek ones, as no honest spelling does. */
export function mixesScripts(word: string): boolean {
  return LATIN_LETTER.test(word) && CYRILLIC_OR_GREEK_LETTER.test(word);
}

/** Each word that mixes scripts in its Latin form, the others as written: how such a name is shown. */
export function withLatinLookAlikes(text: string): string {
  if (!CYRILLIC_OR_GREEK_LETTER.test(text)) return text;
  return text.replace(/[\p{L}\p{M}'’-]+/gu, (word) => (mixesScripts(word) ? latinSkeleton(word) : word));
}
