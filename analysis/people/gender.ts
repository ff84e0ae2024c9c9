import type { Sentence } from '../sentences';
import { genderOfPronoun } from '../lexicon';
import type { PersonMention, TrackedPerson } from './types';

/** A personal pronoun of one gender, as a word. */
const GENDERED_PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/iu;

/** Times one gender's pronouns must outnumber the other's before a person is taken to be of it. */
const CLEAR_MAJORITY = 3;

/**
 * Gives a person whose title and given name say nothing of gender ("Tyrell Simmons", "Parata") the one
 * the text uses for them: the first gendered pronoun after each plain mention, before anyone else is
 * named, up to the end of the next sentence of the paragraph ("Simmons walked out. He …"). A
 * possessive mention is left out: "Simmons' mother said she" speaks of the mother.
 */
export function inferGenders(
  people: TrackedPerson[],
  mentions: PersonMention[],
  sentences: Sentence[],
): void {
  const votes = people.map(() => ({ male: 0, female: 0 }));
  let sentence = 0;
  mentions.forEach((mention, index) => {
    if (people[mention.person]?.gender !== null) return;
    while ((sentences[sentence]?.end ?? Infinity) <= mention.start) sentence += 1;
    const here = sentences[sentence];
    if (here === undefined) return;
    const rest = here.text.slice(mention.end - here.start);
    if (/^[’']/u.test(rest)) return;
    const next = sentences[sentence + 1];
    const window = next !== undefined && next.paragraph === here.paragraph ? [here, next] : [here];
    const end = mentions[index + 1]?.start ?? Infinity;
    const after = window
      .map((part) => part.text.slice(Math.max(0, mention.end - part.start), Math.max(0, end - part.start)))
      .join(' ');
    const gender = genderOfPronoun(GENDERED_PRONOUN.exec(after)?.[1] ?? '');
    const tally = votes[mention.person];
    if (gender !== null && tally !== undefined) tally[gender] += 1;
  });
  people.forEach((person, index) => {
    const tally = votes[index];
    if (person.gender !== null || tally === undefined) return;
    if (tally.male > 0 && tally.male >= CLEAR_MAJORITY * tally.female) person.gender = 'male';
    else if (tally.female > 0 && tally.female >= CLEAR_MAJORITY * tally.male) person.gender = 'female';
  });
}
