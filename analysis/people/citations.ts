import type { Sentence } from '../sentences';
import { isFirstName, isKind, kindSet } from '../lexicon';
import type { NameCandidate } from './types';
import { vouchedCandidate } from './vouched';

/**
 * Authors in a reference list ("Frankel, Theodore (2004)", "Horn, Roger A.; Johnson, Charles R.",
 * "Carvalho, I., Liang, W. et al."): surname first, then a given name or initials. Read only in a
 * sentence that cites (a year in brackets, or "et al."), and only where the given part is initials
 * or a known given name, so "Paris, France (2004)" names nobody.
 */

/** A sentence that cites a work: a year in brackets or "et al.". */
const CITES = /\((?:1[5-9]|20)\d\d[a-z]?\)|\bet al\b/u;

/** "Surname, Given" or "Surname, G. N." followed by what ends an author in a list. */
const AUTHOR =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?:[- ]\p{Lu}[\p{Ll}'’-]+)?),\s+((?:\p{Lu}\.\s?){1,3}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?)(?=\s*(?:[;(]|,|\.\s|\s+(?:and|&|et al)\b|$))/gu;

const NOT_A_SURNAME = kindSet('place', 'nationality', 'organisation', 'calendar', 'common', 'noun');

/** Adds the authors a citing sentence names, each as the person "Given Surname". */
export function addCitationCandidates(candidates: NameCandidate[], sentence: Sentence): void {
  if (!CITES.test(sentence.text)) return;
  const authors: NameCandidate[] = [];
  for (const match of sentence.text.matchAll(AUTHOR)) {
    const surname = match[1] ?? '';
    const given = (match[2] ?? '').trim();
    const initials = /^(?:\p{Lu}\.\s?)+$/u.test(given);
    const givenName = given.split(/\s+/)[0] ?? '';
    if (!initials && !isFirstName(givenName.toLowerCase())) continue;
    if (isKind(surname.toLowerCase(), NOT_A_SURNAME)) continue;
    const words = [...given.replace(/\./g, '. ').split(/\s+/).filter(Boolean), surname].map((word) =>
      word.replace(/\.$/u, ''),
    );
    const surface = `${given.replace(/\.(?=\p{Lu})/gu, '. ')} ${surname}`;
    authors.push(vouchedCandidate(sentence, { words, surface }, match.index, match[0].length));
  }
  if (authors.length > 0) replaceInsideAuthors(candidates, authors, sentence.index);
}

/**
 * The name finder read "Roger A" in "Horn, Roger A.;": each author, read whole, takes the place of
 * the candidates of its sentence inside its span. Both lists are walked once, in text order.
 */
function replaceInsideAuthors(candidates: NameCandidate[], authors: NameCandidate[], sentence: number): void {
  let first = candidates.length;
  while (first > 0 && candidates[first - 1]?.sentence === sentence) first -= 1;
  const others = candidates.splice(first).sort((a, b) => a.start - b.start);
  let author = 0;
  for (const other of others) {
    while ((authors[author]?.end ?? Infinity) < other.start) author += 1;
    const span = authors[author];
    if (span === undefined || other.start < span.start || other.end > span.end) candidates.push(other);
  }
  candidates.push(...authors);
}
