import type { Sentence } from '../sentences';
import { isEnglish } from '../language';
import { mixesScripts, withLatinLookAlikes } from '../look-alikes';
import { type Word, wordsOf } from '../words';
import type { NameCandidate, PeopleInText, PersonMention, TrackedPerson } from './types';
import { isCommonWord, nameKey } from './words';
import { withEvidence, withSharedSurnames } from './evidence';
import { addNameCandidates } from './finding';
import { addHandleCandidates } from './handles';
import { addCitationCandidates } from './citations';
import {
  addGivenName,
  addPerson,
  countMention,
  indexByGivenName,
  indexBySurname,
  matchingFullName,
  personWithGivenName,
  personWithGivenNames,
  personWithSurname,
  recordMention,
  shownName,
} from './aliases';
import { isHeading, knownNamesIn } from './headings';
import { inferGenders } from './gender';

export type { PeopleInText, PersonMention, TrackedPerson } from './types';
export { MAX_PEOPLE, rankPeople } from './ranking';

/** Where the title stands for the surname index: before the text, so a name goes to the first person it names. */
const TITLE_POSITION = -1;

/** Finds the people an article names, merging every mention under the fullest name. */
export function findPeople(sentences: Sentence[], title: string | null, lang: string | null): PeopleInText {
  const english = isEnglish(sentences.map((sentence) => sentence.text).join(' '), lang);
  const headings: Array<{ sentence: Sentence; words: Word[] }> = [];
  const candidates: NameCandidate[] = [];
  for (const sentence of sentences) {
    const words = readableWords(sentence.text);
    if (isHeading(sentence.text, words)) headings.push({ sentence, words });
    else addNameCandidates(candidates, sentence, words, english);
    if (english) addHandleCandidates(candidates, sentence);
    if (english) addCitationCandidates(candidates, sentence);
  }
  withEvidence(candidates, sentences);
  withSharedSurnames(candidates, sentences);
  const people: TrackedPerson[] = [];
  const mentions: PersonMention[] = [];
  const namesakes = new Map<string, number[]>();
  const firstWords = new Map<string, number[]>();
  for (const candidate of candidates) {
    if (!candidate.standsAlone) continue;
    const index =
      matchingFullName(people, namesakes, candidate) ??
      (candidate.words.length === 1
        ? personWithGivenName(firstWords, candidate.words[0] ?? '')
        : personWithGivenNames(firstWords, people, candidate.words)) ??
      addPerson(people, namesakes, candidate);
    if (index !== null) recordMention(people, mentions, index, candidate);
    if (index !== null && candidate.words.length > 1) addGivenName(firstWords, people, index);
  }
  // A single name the text vouches for ("Maria, 34,") is a person of its own when nobody fuller has it;
  // added first, so its other mentions, before or after, find it like any surname.
  const fullNames = indexBySurname(people, mentions);
  const fullGivenNames = indexByGivenName(people);
  const singles = candidates.filter((candidate) => !candidate.standsAlone && candidate.words.length === 1);
  for (const candidate of singles) {
    const word = candidate.words[0] ?? '';
    if (!candidate.singleWithEvidence) continue;
    if (personWithSurname(fullNames, word, candidate.start) !== null) continue;
    // A given name that two people of the story share ("Arthur" with two Arthurs) is neither of them.
    if ((fullGivenNames.get(nameKey(word)) ?? []).length > 0) continue;
    const index = matchingFullName(people, namesakes, candidate) ?? addPerson(people, namesakes, candidate);
    if (index !== null) recordMention(people, mentions, index, candidate);
    candidate.standsAlone = true;
  }
  const surnames = indexBySurname(people, mentions);
  const givenNames = indexByGivenName(people);
  for (const candidate of singles) {
    if (candidate.standsAlone) continue;
    const surname = candidate.words[0] ?? '';
    if (candidate.opensSentence && isCommonWord(surname.toLowerCase())) continue;
    const index =
      personWithSurname(surnames, surname, candidate.start) ??
      personWithGivenName(givenNames, surname, { people, sentence: candidate.sentence });
    if (index !== null) recordMention(people, mentions, index, candidate);
  }
  for (const { sentence, words } of headings) {
    for (const found of knownNamesIn(sentence.text, words, sentence.start, people, surnames)) {
      recordMention(people, mentions, found.person, found);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  inferGenders(people, mentions, sentences);
  // The title sits outside the text, so its mentions count but have no place for quotes to point at.
  const titleText = title ?? '';
  for (const found of knownNamesIn(titleText, readableWords(titleText), TITLE_POSITION, people, surnames)) {
    countMention(people, found.person, found);
    const person = people[found.person];
    if (person !== undefined) person.inTitle = true;
  }
  for (const person of people) person.name = shownName(person);
  return { people, mentions };
}

/**
 * The words of a text, a word that mixes scripts ("Раul" with a Cyrillic Р) in its Latin form, so the
 * lexicon knows it as the name it passes for; offsets stay as written.
 */
function readableWords(text: string): Word[] {
  return wordsOf(text).map((word) =>
    mixesScripts(word.text) ? { ...word, text: withLatinLookAlikes(word.text) } : word,
  );
}
