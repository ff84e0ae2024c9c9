import type { Person } from '../types';
import type { TrackedPerson } from './types';

/** Prominence weights: a title or lead mention counts like a few extra mentions, a quote like two. */
const PROMINENCE = {
  inTitle: 3,
  inLead: 2,
  hasRole: 1,
  perQuote: 2,
} as const;

/** Sentences that make up the lead, where the central people of a news story are introduced. */
const LEAD_SENTENCES = 3;

/**
 * Most people listed, most prominent first: the popup shows a few and pages through the rest. The
 * longest honest list in the shared data is a page of athletics results naming 137 (a story names a few
 * dozen at most); a page naming thousands is a directory, and 200 of it bound what the popup must draw.
 */
export const MAX_PEOPLE = 200;

/** Orders people by prominence: mentions, a place in the title or lead, a role, and being quoted. */
export function rankPeople(people: TrackedPerson[], quotesBy: ReadonlyMap<string, number>): Person[] {
  return people
    .map((person) => ({ person, score: prominence(person, quotesBy) }))
    .sort((a, b) => b.score - a.score || a.person.firstSentence - b.person.firstSentence)
    .slice(0, MAX_PEOPLE)
    .map(({ person: { name, role, mentions, aliases } }) => ({ name, role, mentions, aliases }));
}

function prominence(person: TrackedPerson, quotesBy: ReadonlyMap<string, number>): number {
  return (
    person.mentions +
    (person.inTitle ? PROMINENCE.inTitle : 0) +
    (person.firstSentence < LEAD_SENTENCES ? PROMINENCE.inLead : 0) +
    (person.role === null ? 0 : PROMINENCE.hasRole) +
    PROMINENCE.perQuote * (quotesBy.get(person.name) ?? 0)
  );
}
