import type { Word } from '../words';
import type { TrackedPerson } from './types';
import { isCapitalised, isCommonWord, nameKey, stripPossessive } from './words';
import { personWithSurname, type SurnameIndex } from './aliases';

interface HeadingMention {
  words: string[];
  surface: string;
  start: number;
  end: number;
  person: number;
}

/**
 * Known names in a heading, title or all-capitals line ("SHEARER SIGNS", "Merkel Wins Vote"), split
 * into `words`, `offset` being where it starts.
 */
export function knownNamesIn(
  text: string,
  words: Word[],
  offset: number,
  people: TrackedPerson[],
  surnames: SurnameIndex,
): HeadingMention[] {
  const found: HeadingMention[] = [];
  for (const [index, word] of words.entries()) {
    const name = stripPossessive(word.text);
    const owner = name.length > 1 ? personWithSurname(surnames, name, offset) : null;
    const person = owner === null ? undefined : people[owner];
    if (owner === null || person === undefined) continue;
    const firstName = person.nameWords.length === 2 ? (person.nameWords[0] ?? '') : '';
    const previous = words[index - 1];
    const previousKey = nameKey(previous?.text ?? '');
    const withFirstName =
      previous !== undefined &&
      previous.after === ' ' &&
      firstName !== '' &&
      (previousKey === nameKey(firstName) || previousKey === nameKey(firstName.toUpperCase()));
    const start = withFirstName ? previous.start : word.start;
    const end = word.start + name.length;
    found.push({
      words: withFirstName ? [previous.text, name] : [name],
      surface: text.slice(start, end),
      start: offset + start,
      end: offset + end,
      person: owner,
    });
  }
  return found;
}

/** Sentence punctuation at the end of a line, which a heading lacks. */
const SENTENCE_END = /[.!?"”]$/;

/** A figure, which a heading lacks (a row of names and scores has them). */
const FIGURE = /\d/;

/**
 * A heading: a line in capitals, or a line without sentence punctuation or figures whose words are all
 * capitalised, some of them ordinary words ("Top Stories"); a row of names and scores is not one.
 */
export function isHeading(text: string, words: Word[]): boolean {
  if (text === text.toUpperCase() && text !== text.toLowerCase()) return true;
  if (SENTENCE_END.test(text) || FIGURE.test(text)) return false;
  return (
    words.length > 1 &&
    words.every((word) => isCapitalised(word.text) || word.text.length <= 3) &&
    words.filter((word) => isCommonWord(word.text.toLowerCase())).length >=
      words.length * HEADING_COMMON_SHARE
  );
}

/** Share of ordinary words that makes a capitalised line a heading ("Top Stories") rather than a list of names. */
const HEADING_COMMON_SHARE = 1 / 3;
