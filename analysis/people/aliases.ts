import { latinSkeleton, mixesScripts, withLatinLookAlikes } from '../look-alikes';
import type { NameCandidate, PersonMention, TrackedPerson } from './types';
import { isCommonWord, nameKey } from './words';

/**
 * Most people tracked under one surname: a family or a team names a handful; a page naming more under
 * one surname is a list, and past this a new namesake is left out, so matching a name against its
 * namesakes costs at most this many comparisons.
 */
const MAX_NAMESAKES = 50;

/**
 * The name to show: of the forms of the fullest name that look alike, one that mixes no scripts, else
 * the one the article uses most, else the first; a word that still mixes scripts shown in Latin.
 */
export function shownName(person: TrackedPerson): string {
  if (person.surfaceCounts.size <= 1) return withLatinLookAlikes(person.name);
  const skeleton = latinSkeleton(person.name);
  const honest = (surface: string): boolean => surface.split(/\s+/).every((word) => !mixesScripts(word));
  let shown = { surface: person.name, honest: honest(person.name), count: 0 };
  for (const [surface, count] of person.surfaceCounts) {
    if (latinSkeleton(surface) !== skeleton) continue;
    const form = { surface, honest: honest(surface), count };
    const better = form.honest === shown.honest ? form.count > shown.count : form.honest;
    if (better) shown = form;
  }
  return withLatinLookAlikes(shown.surface);
}

/** Adds a person named by `candidate`, unless their surname already has as many namesakes as are tracked. */
export function addPerson(
  people: TrackedPerson[],
  namesakes: Map<string, number[]>,
  candidate: NameCandidate,
): number | null {
  const nameKeys = candidate.words.map(nameKey);
  const surname = nameKeys[nameKeys.length - 1] ?? '';
  const sharing = namesakes.get(surname) ?? [];
  if (sharing.length >= MAX_NAMESAKES) return null;
  people.push({
    name: candidate.surface,
    role: null,
    mentions: 0,
    aliases: [],
    gender: candidate.gender,
    firstSentence: candidate.sentence,
    inTitle: false,
    nameWords: candidate.words,
    nameKeys,
    surfaceCounts: new Map(),
    latestMention: -1,
    ...(candidate.nickname === undefined ? {} : { nickname: candidate.nickname }),
  });
  sharing.push(people.length - 1);
  namesakes.set(surname, sharing);
  return people.length - 1;
}

/**
 * The person a full or titled name belongs to: same surname and no clashing first name. A titled
 * surname alone ("President Okafor") goes to the one holding that title, else the one named last.
 * Only the people sharing the surname (`namesakes`, by surname) are compared.
 */
export function matchingFullName(
  people: TrackedPerson[],
  namesakes: ReadonlyMap<string, number[]>,
  candidate: NameCandidate,
): number | null {
  const keys = candidate.words.map(nameKey);
  const matches = (namesakes.get(keys[keys.length - 1] ?? '') ?? []).filter((index) => {
    const nameKeys = people[index]?.nameKeys ?? [];
    const shorter = keys.length <= nameKeys.length ? keys : nameKeys;
    const longer = shorter === keys ? nameKeys : keys;
    return shorter.length === 1 || shorter.every((word) => longer.some((other) => sameNameWord(word, other)));
  });
  if (matches.length <= 1) return matches[0] ?? null;
  const sameTitle = matches.find(
    (index) => candidate.role !== null && people[index]?.role === candidate.role,
  );
  if (sameTitle !== undefined) return sameTitle;
  return matches.reduce((latest, index) =>
    (people[index]?.latestMention ?? -1) > (people[latest]?.latestMention ?? -1) ? index : latest,
  );
}

/** Two words of a name that may be the same: equal, or an initial and a name it begins ("J." and "John"). */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [initial, word] = a.length === 1 ? [a, b] : [b, a];
  return initial.length === 1 && word.length > 1 && word.charAt(0).toLowerCase() === initial.toLowerCase();
}

/** Where each surname is first introduced with a full name, in text order, keyed as written and in capitals. */
export type SurnameIndex = ReadonlyMap<string, ReadonlyArray<{ start: number; person: number }>>;

export function indexBySurname(people: TrackedPerson[], mentions: PersonMention[]): SurnameIndex {
  const index = new Map<string, Array<{ start: number; person: number }>>();
  // Each person's keys are worked out once, not once per mention.
  const keysOf = people.map((person) => {
    const surname = person.nameWords[person.nameWords.length - 1];
    return surname === undefined ? [] : [...new Set([nameKey(surname), nameKey(surname.toUpperCase())])];
  });
  for (const mention of mentions) {
    for (const key of keysOf[mention.person] ?? []) {
      const list = index.get(key);
      const entry = { start: mention.start, person: mention.person };
      if (list === undefined) index.set(key, [entry]);
      else list.push(entry);
    }
  }
  return index;
}

/** The nearest person named before `position` whose surname is `word`, else the first named after it. */
export function personWithSurname(surnames: SurnameIndex, word: string, position: number): number | null {
  const named = surnames.get(nameKey(word));
  if (named === undefined) return null;
  // The list is in text order: the last mention before `position` is found by halving.
  let low = 0;
  let high = named.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((named[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return (named[low - 1] ?? named[0])?.person ?? null;
}

interface FoundName {
  words: string[];
  surface: string;
  start: number;
  end: number;
  role?: string | null;
  gender?: 'male' | 'female' | null;
  nickname?: string;
}

/** The people whose full name starts with each given name, by that name's key. */
export function indexByGivenName(people: TrackedPerson[]): ReadonlyMap<string, number[]> {
  const owners = new Map<string, number[]>();
  people.forEach((_, index) => addGivenName(owners, people, index));
  return owners;
}

/** Adds a person of a full name to the index by first word; two owners are enough to know it is shared. */
export function addGivenName(owners: Map<string, number[]>, people: TrackedPerson[], index: number): void {
  const person = people[index];
  const given = person?.nameKeys[0];
  if (person === undefined || person.nameKeys.length < 2 || given === undefined) return;
  for (const key of person.nickname === undefined ? [given] : [given, nameKey(person.nickname)]) {
    const known = owners.get(key) ?? [];
    if (!known.includes(index)) owners.set(key, [...known.slice(0, 1), index]);
  }
}

/**
 * The one person whose fuller name starts with all of these words: given names of more than one word
 * ("Te Kaurinui" for Te Kaurinui Robert Parata, "Mary Ann" for Mary Ann Evans), else null.
 */
export function personWithGivenNames(
  givenNames: ReadonlyMap<string, number[]>,
  people: TrackedPerson[],
  words: string[],
): number | null {
  const keys = words.map(nameKey);
  const owners = (givenNames.get(keys[0] ?? '') ?? []).filter((index) => {
    const nameKeys = people[index]?.nameKeys ?? [];
    return nameKeys.length > keys.length && keys.every((key, at) => nameKeys[at] === key);
  });
  return owners.length === 1 ? (owners[0] ?? null) : null;
}

/**
 * The one person whose full name starts with this word, else null: a given name ("Alan" for Alan
 * Shearer), or a family name written first ("Yoon" for Yoon Suk Yeol).
 */
export function personWithGivenName(
  givenNames: ReadonlyMap<string, number[]>,
  word: string,
  introducedBy?: { people: TrackedPerson[]; sentence: number },
): number | null {
  if (isCommonWord(word.toLowerCase())) return null;
  let owners = givenNames.get(nameKey(word)) ?? [];
  // Of two owners, a short form refers back to the one the text had brought in by then.
  if (owners.length > 1 && introducedBy !== undefined)
    owners = owners.filter(
      (index) => (introducedBy.people[index]?.firstSentence ?? Infinity) <= introducedBy.sentence,
    );
  return owners.length === 1 ? (owners[0] ?? null) : null;
}

export function recordMention(
  people: TrackedPerson[],
  mentions: PersonMention[],
  index: number,
  found: FoundName,
): void {
  const person = people[index];
  if (person === undefined) return;
  countMention(people, index, found);
  person.latestMention = mentions.length;
  mentions.push({ start: found.start, end: found.end, person: index });
}

/** Adds a mention to a person's count and aliases, and takes the fuller name or a first role from it. */
export function countMention(people: TrackedPerson[], index: number, found: FoundName): void {
  const person = people[index];
  if (person === undefined) return;
  const surface = found.surface;
  if (found.nickname !== undefined) person.nickname ??= found.nickname;
  if (found.words.length > person.nameWords.length) {
    person.name = surface;
    person.nameWords = found.words;
    person.nameKeys = found.words.map(nameKey);
  }
  const seen = person.surfaceCounts.get(surface) ?? 0;
  if (seen === 0) person.aliases.push(surface);
  person.surfaceCounts.set(surface, seen + 1);
  person.mentions += 1;
  person.role ??= found.role ?? null;
  person.gender ??= found.gender ?? null;
}
