import type { Person } from './types';
import type { Sentence } from './sentences';
import {
  COURTESY_TITLES,
  GROUP_WORDS,
  NAME_PARTICLES,
  NON_PERSON_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  genderOfFirstName,
  isFirstName,
  isKind,
  kindsOf,
} from './lexicon';
import { isEnglish } from './language';
import { wordsOf, type Word } from './words';

/** A person as the analysis tracks them: the public fields plus what ranking and quotes need. */
export interface TrackedPerson extends Person {
  gender: 'male' | 'female' | null;
  /** Index of the sentence that first names them. */
  firstSentence: number;
  /** True when the article's title names them. */
  inTitle: boolean;
  /** The words of the name, used to match later short mentions. */
  nameWords: string[];
}

/** Where in the text a person is named, pointing into `PeopleInText.people`. */
export interface PersonMention {
  start: number;
  end: number;
  person: number;
}

/** Everyone the article names, with every place it names them, in text order. */
export interface PeopleInText {
  people: TrackedPerson[];
  mentions: PersonMention[];
}

/** Longest run of words taken as one name; longer capitalised runs are titles of works or bodies. */
const MAX_NAME_WORDS = 4;

/** Titles that, before a single name, are part of how the person is named ("Sheikh Hasina"). */
const NAME_FORMING_TITLES: ReadonlySet<string> = new Set(['sheikh', 'sheikha']);

/** Words scanned left of a name for its title ("former German Foreign Minister"). */
const MAX_TITLE_WORDS = 5;

/** Longest appositive read as a role ("Angela Merkel, Germany's chancellor,"): longer ones are clauses. */
const MAX_APPOSITIVE_WORDS = 7;

/** Words that open a clause rather than a role after a name and comma ("Smith, who ..."). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'who',
  'whose',
  'which',
  'where',
  'when',
  'and',
  'but',
  'or',
  'in',
  'at',
  'on',
  'for',
  'with',
  'speaking',
  'said',
  'says',
  'told',
  'however',
  'too',
  'though',
  'meanwhile',
  'then',
  'also',
]);

/** Articles dropped from the front of an appositive role ("a Canadian nurse" reads "Canadian nurse"). */
const LEADING_ARTICLE = /^(?:a|an|the)\s+/i;

/** Prominence weights: a title or lead mention counts like a few extra mentions, a quote like two. */
const PROMINENCE = {
  inTitle: 3,
  inLead: 2,
  hasRole: 1,
  perQuote: 2,
} as const;

/** Where the title stands for the surname index: before the text, so a name goes to the first person it names. */
const TITLE_POSITION = -1;

/** Sentences that make up the lead, where the central people of a news story are introduced. */
const LEAD_SENTENCES = 3;

/** Finds the people an article names, merging every mention under the fullest name. */
export function findPeople(sentences: Sentence[], title: string | null, lang: string | null): PeopleInText {
  const english = isEnglish(sentences.map((sentence) => sentence.text).join(' '), lang);
  const headings = new Set(sentences.filter((sentence) => isHeading(sentence.text)));
  const candidates = sentences.flatMap((sentence) =>
    headings.has(sentence) ? [] : nameCandidates(sentence, english),
  );
  const people: TrackedPerson[] = [];
  const mentions: PersonMention[] = [];
  for (const candidate of candidates.filter((found) => found.standsAlone)) {
    const index = matchingFullName(people, mentions, candidate) ?? addPerson(people, candidate);
    recordMention(people, mentions, index, candidate);
  }
  const surnames = indexBySurname(people, mentions);
  for (const candidate of candidates.filter((found) => !found.standsAlone && found.words.length === 1)) {
    const surname = candidate.words[0] ?? '';
    if (candidate.opensSentence && isCommonWord(surname.toLowerCase())) continue;
    const index =
      personWithSurname(surnames, surname, candidate.start) ?? personWithGivenName(people, surname);
    if (index !== null) recordMention(people, mentions, index, candidate);
  }
  for (const sentence of headings) {
    for (const found of knownNamesIn(sentence.text, sentence.start, people, surnames)) {
      recordMention(people, mentions, found.person, found);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  // The title sits outside the text, so its mentions count but have no place for quotes to point at.
  for (const found of knownNamesIn(title ?? '', TITLE_POSITION, people, surnames)) {
    countMention(people, found.person, found);
    const person = people[found.person];
    if (person !== undefined) person.inTitle = true;
  }
  return { people, mentions };
}

/** Orders people by prominence: mentions, a place in the title or lead, a role, and being quoted. */
export function rankPeople(people: TrackedPerson[], quotesBy: ReadonlyMap<string, number>): Person[] {
  const score = (person: TrackedPerson): number =>
    person.mentions +
    (person.inTitle ? PROMINENCE.inTitle : 0) +
    (person.firstSentence < LEAD_SENTENCES ? PROMINENCE.inLead : 0) +
    (person.role === null ? 0 : PROMINENCE.hasRole) +
    PROMINENCE.perQuote * (quotesBy.get(person.name) ?? 0);
  return [...people]
    .sort((a, b) => score(b) - score(a) || a.firstSentence - b.firstSentence)
    .map(({ name, role, mentions, aliases }) => ({ name, role, mentions, aliases }));
}

interface NameCandidate {
  /** The name's words as written, possessive dropped. */
  words: string[];
  /** The name exactly as the text spells it ("J. K. Rowling"), possessive dropped. */
  surface: string;
  start: number;
  end: number;
  sentence: number;
  /** True when a title or courtesy title stands before it ("Dr. Ng", "President Obama"). */
  titled: boolean;
  /** True when the name is a person on its own evidence; otherwise only if it matches a known surname. */
  standsAlone: boolean;
  /** True when the name opens its sentence, where ordinary words are capitalised too. */
  opensSentence: boolean;
  role: string | null;
  gender: 'male' | 'female' | null;
}

function nameCandidates(sentence: Sentence, english: boolean): NameCandidate[] {
  const words = wordsOf(sentence.text);
  const candidates: NameCandidate[] = [];
  let index = 0;
  while (index < words.length) {
    const runEnd = capitalisedRunEnd(words, index);
    if (runEnd === index) {
      index += 1;
      continue;
    }
    const candidate = personInRun(sentence, words, index, runEnd, english);
    if (candidate !== null) candidates.push(candidate);
    index = runEnd;
  }
  return candidates;
}

/** The index just past the run of name-like words starting at `start` (equal to `start` if none). */
function capitalisedRunEnd(words: Word[], start: number): number {
  const first = words[start];
  if (first === undefined || !isCapitalised(first.text) || isInDottedAbbreviation(words, start)) return start;
  let end = start + 1;
  while (end < words.length) {
    const previous = words[end - 1];
    const next = words[end];
    if (previous === undefined || next === undefined || isPossessive(previous.text)) break;
    if (!joinsName(previous)) break;
    if (isCapitalised(next.text) && !isInDottedAbbreviation(words, end)) {
      end += 1;
      continue;
    }
    const afterParticle = words[end + 1];
    const particleJoins =
      NAME_PARTICLES.has(next.text) && afterParticle !== undefined && isCapitalised(afterParticle.text);
    if (!particleJoins || !joinsName(next)) break;
    end += 2;
  }
  return end;
}

/** True when the gap after a word keeps the next one in the same name: a space, or the dot of an initial or title. */
function joinsName(previous: Word): boolean {
  const gap = previous.after;
  if (gap === ' ') return true;
  return (
    gap === '. ' &&
    (isInitial(previous) ||
      COURTESY_TITLES.has(previous.text.toLowerCase()) ||
      TITLE_ABBREVIATIONS.has(previous.text.toLowerCase()))
  );
}

function personInRun(
  sentence: Sentence,
  words: Word[],
  runStart: number,
  runEnd: number,
  english: boolean,
): NameCandidate | null {
  let nameStart = runStart;
  while (nameStart < runEnd && isTitleOrFiller(words, nameStart, runEnd, runStart)) nameStart += 1;
  for (let index = nameStart; index < runEnd - 1; index += 1) {
    const lower = (words[index]?.text ?? '').toLowerCase();
    if (isTitleWord(lower) && !isFirstName(lower)) nameStart = index + 1;
  }
  if (runEnd - nameStart === 1 && NAME_FORMING_TITLES.has(words[nameStart - 1]?.text.toLowerCase() ?? ''))
    nameStart -= 1;
  nameStart = givenNameStart(words, nameStart, runEnd);
  const nameWords = words.slice(nameStart, runEnd);
  const first = nameWords[0];
  const last = nameWords[nameWords.length - 1];
  if (first === undefined || last === undefined || nameWords.length > MAX_NAME_WORDS) return null;
  const texts = nameWords.map((word) => stripPossessive(word.text));
  const title = titleBefore(words, nameStart);
  const titled = title.courtesy || title.role !== null;
  const opensSentence = nameStart === 0;
  const evidence = { titled, opensSentence, startsWithInitial: isInitial(first) };
  if (!looksLikePerson(texts, evidence, false)) return null;
  const trustedInLanguage = english || (texts.length > 1 && isFirstName(texts[0] ?? ''));
  const end = last.start + stripPossessive(last.text).length;
  return {
    words: texts,
    start: sentence.start + first.start,
    end: sentence.start + end,
    surface: sentence.text.slice(first.start, end),
    sentence: sentence.index,
    titled,
    standsAlone: trustedInLanguage && looksLikePerson(texts, evidence, true),
    opensSentence,
    role: title.role ?? appositiveRole(sentence.text.slice(last.end)),
    gender: title.gender ?? genderOfFirstName(texts[0] ?? ''),
  };
}

/**
 * Where a name starts when a plain given name follows words that are not names ("Fullback Andre
 * Joubert", "Ex-Yankee Randy Velarde"): at that given name.
 */
function givenNameStart(words: Word[], nameStart: number, runEnd: number): number {
  for (let index = nameStart + 1; index < runEnd - 1; index += 1) {
    const word = words[index]?.text.toLowerCase() ?? '';
    const before = words.slice(nameStart, index);
    const beforeAreWords = before.every(
      (previous) => /^ex-/i.test(previous.text) || isCommonWord(previous.text.toLowerCase()),
    );
    if (isPlainGivenName(word) && beforeAreWords) return index;
  }
  return nameStart;
}

/** A given name that is nothing else in the lexicon: not a place, ordinary word or role. */
function isPlainGivenName(lower: string): boolean {
  return isFirstName(lower) && !isKind(lower, 'place', 'common', 'noun', 'role', 'last-name');
}

/** True for a leading word of a capitalised run that is a title, nationality or sentence opener, not a name. */
function isTitleOrFiller(words: Word[], index: number, runEnd: number, runStart: number): boolean {
  const word = words[index];
  if (word === undefined || isInitial(word)) return false;
  const lower = word.text.toLowerCase();
  const monthOrDay = isKind(lower, 'calendar') && !isFirstName(lower) && lower.length > SHORTEST_MONTH_NAME;
  if (/^ex-/.test(lower) || monthOrDay) return index < runEnd - 1;
  const isLastOfRun = index === runEnd - 1;
  if (isFirstName(lower) && !isLastOfRun) return false;
  if (COURTESY_TITLES.has(lower) || isTitleWord(lower)) return !isLastOfRun;
  if (TITLE_MODIFIERS.has(lower) || isKind(lower, 'nationality', 'honorific') || GROUP_WORDS.has(lower))
    return true;
  return runStart === 0 && isCommonWord(lower) && !isLastOfRun;
}

interface TitleFound {
  role: string | null;
  courtesy: boolean;
  gender: 'male' | 'female' | null;
}

/** Reads the title standing left of a name: "German Chancellor", "Surrey captain", "Mr.". */
function titleBefore(words: Word[], nameStart: number): TitleFound {
  const found: TitleFound = { role: null, courtesy: false, gender: null };
  const adjacent = words[nameStart - 1];
  if (adjacent === undefined || !joinsName(adjacent)) return found;
  const adjacentLower = adjacent.text.toLowerCase();
  const courtesy = COURTESY_TITLES.get(adjacentLower);
  if (courtesy !== undefined) return { role: null, courtesy: true, gender: courtesy };
  const office = officeOfStart(words, nameStart);
  if (!isTitleWord(adjacentLower) && office === null) return found;
  let first = office ?? nameStart - 1;
  while (first > 0 && nameStart - first < MAX_TITLE_WORDS) {
    const before = words[first - 1];
    if (before === undefined || before.after !== ' ') break;
    const lower = before.text.toLowerCase();
    const qualifies =
      isTitleWord(lower) ||
      TITLE_MODIFIERS.has(lower) ||
      isKind(lower, 'nationality') ||
      (isKind(lower, 'noun') && nameStart - first === 1) ||
      (isCapitalised(before.text) && !isCommonWord(lower));
    if (!qualifies) break;
    first -= 1;
  }
  while (first < nameStart - 1 && /^(?:the|of)$/i.test(words[first]?.text ?? '')) first += 1;
  const role = words
    .slice(first, nameStart)
    .map((word) => TITLE_ABBREVIATIONS.get(word.text.toLowerCase()) ?? word.text)
    .join(' ');
  return { role, courtesy: false, gender: null };
}

/** Where an "X of Y" office before a name starts ("Secretary of State Antony Blinken"), or null. */
function officeOfStart(words: Word[], nameStart: number): number | null {
  const [title, of, domain] = words.slice(Math.max(0, nameStart - 3), nameStart);
  const joined = [title, of, domain].every((word) => word !== undefined && word.after === ' ');
  if (!joined || of?.text !== 'of' || !isCapitalised(domain?.text ?? '')) return null;
  return isTitleWord(title?.text.toLowerCase() ?? '') ? nameStart - 3 : null;
}

/** A title written next to a name ("Chancellor", "captain", "Sen."); hyphenated ones count ("Major-General"). */
function isTitleWord(lower: string): boolean {
  if (TITLE_WORDS.has(lower) || TITLE_ABBREVIATIONS.has(lower)) return true;
  return (
    lower.includes('-') &&
    lower.split('-').some((part) => TITLE_WORDS.has(part) || TITLE_ABBREVIATIONS.has(part))
  );
}

/** A word that can head a role in an appositive: a title, or any noun for a person ("nurse", "banker"). */
function isRoleWord(lower: string): boolean {
  return isTitleWord(lower) || (isKind(lower, 'role') && !lower.endsWith('s'));
}

/** Reads a role set off by commas after a name: ", Germany's chancellor," or ", a Canadian nurse,". */
function appositiveRole(after: string): string | null {
  const match = /^,\s+(?:\d{1,3},\s+)?([^,.;:"“”()]+?)\s*(?:,|\.|;|$)/.exec(after);
  const phrase = match?.[1]?.replace(LEADING_ARTICLE, '').trim();
  if (phrase === undefined || phrase === '') return null;
  const roleWords = phrase.split(/\s+/);
  const opener = roleWords[0]?.toLowerCase() ?? '';
  if (roleWords.length > MAX_APPOSITIVE_WORDS || CLAUSE_OPENERS.has(opener)) return null;
  const namesARole = roleWords.some((word) => isRoleWord(word.toLowerCase().replace(/[’']s$/, '')));
  return namesARole ? phrase : null;
}

/**
 * Decides whether a capitalised phrase can name a person (`alone` false: it may, if it matches a known
 * surname) or surely names one on its own evidence (`alone` true: a title, a first name, or name-shaped).
 */
function looksLikePerson(
  words: string[],
  evidence: { titled: boolean; opensSentence: boolean; startsWithInitial: boolean },
  alone: boolean,
): boolean {
  const { titled, opensSentence, startsWithInitial } = evidence;
  const lowers = words.map((word) => word.toLowerCase());
  const phrase = lowers.join(' ');
  if (isKind(phrase, 'place', 'organisation', 'nationality', 'calendar') && !(titled && words.length === 1))
    return false;
  const nonPerson = (word: string, index: number): boolean =>
    (NON_PERSON_WORDS.has(word) && !(index === 0 && words.length > 1 && isFirstName(word))) ||
    GROUP_WORDS.has(word);
  if (lowers.some(nonPerson)) return false;
  if (words.some((word) => isAcronym(word) || isCompoundAdjective(word))) return false;
  if (lowers.some((word, index) => isKind(word, 'nationality') || isPlaceNotName(word, index))) return false;
  if (lowers.some((word) => isKind(word, 'calendar') && !isFirstName(word))) return false;
  if (!alone) return true;
  if (words.length === 1) return titled && !isCommonWord(phrase);
  const [first = '', ...rest] = lowers;
  const restAreNames = rest.every((word) => !isCommonWord(word));
  const unambiguousFirstName = isFirstName(first) && !isKind(first, 'place', 'common', 'noun', 'role');
  if (titled || unambiguousFirstName || startsWithInitial) return true;
  if (isFirstName(first)) return restAreNames;
  const noOrdinaryWords = lowers.every((word) => !isCommonWord(word) && !isKind(word, 'organisation'));
  return (
    noOrdinaryWords &&
    (!opensSentence || isKind(lowers[lowers.length - 1] ?? '', 'last-name') || !isCommonWord(first))
  );
}

/** "Ontario-based", "Brazilian-born": capitalised compounds that describe, never name. */
function isCompoundAdjective(word: string): boolean {
  return /-\p{Ll}+$/u.test(word) && !/^(?:al|el|bin|ibn|abu|d)[-’']/u.test(word);
}

function isPlaceNotName(word: string, index: number): boolean {
  if (!isKind(word, 'place')) return false;
  return !(index === 0 && isFirstName(word)) && !isKind(word, 'last-name');
}

/** True for a word the lexicon knows only as an ordinary word (not a name). */
function isCommonWord(lower: string): boolean {
  const kinds = kindsOf(lower);
  const ordinary = kinds.has('common') || kinds.has('noun') || kinds.has('role');
  return ordinary && !kinds.has('last-name') && !isFirstName(lower);
}

function addPerson(people: TrackedPerson[], candidate: NameCandidate): number {
  people.push({
    name: candidate.surface,
    role: null,
    mentions: 0,
    aliases: [],
    gender: candidate.gender,
    firstSentence: candidate.sentence,
    inTitle: false,
    nameWords: candidate.words,
  });
  return people.length - 1;
}

/**
 * The person a full or titled name belongs to: same surname and no clashing first name. A titled
 * surname alone ("President Okafor") goes to the one holding that title, else the one named last.
 */
function matchingFullName(
  people: TrackedPerson[],
  mentions: PersonMention[],
  candidate: NameCandidate,
): number | null {
  const surname = candidate.words[candidate.words.length - 1];
  const matches = people.flatMap((person, index) => {
    if (person.nameWords[person.nameWords.length - 1] !== surname) return [];
    const shorter = candidate.words.length <= person.nameWords.length ? candidate.words : person.nameWords;
    const longer = shorter === candidate.words ? person.nameWords : candidate.words;
    return shorter.length === 1 || shorter.every((word) => longer.includes(word)) ? [index] : [];
  });
  if (matches.length <= 1) return matches[0] ?? null;
  const sameTitle = matches.find(
    (index) => candidate.role !== null && people[index]?.role === candidate.role,
  );
  if (sameTitle !== undefined) return sameTitle;
  const named = mentions.filter((mention) => matches.includes(mention.person));
  return named[named.length - 1]?.person ?? matches[matches.length - 1] ?? null;
}

/** Where each surname is first introduced with a full name, in text order, keyed as written and in capitals. */
type SurnameIndex = ReadonlyMap<string, ReadonlyArray<{ start: number; person: number }>>;

function indexBySurname(people: TrackedPerson[], mentions: PersonMention[]): SurnameIndex {
  const index = new Map<string, Array<{ start: number; person: number }>>();
  for (const mention of mentions) {
    const person = people[mention.person];
    const surname = person?.nameWords[person.nameWords.length - 1];
    if (surname === undefined) continue;
    for (const key of new Set([surname, surname.toUpperCase()])) {
      const list = index.get(key) ?? [];
      list.push({ start: mention.start, person: mention.person });
      index.set(key, list);
    }
  }
  return index;
}

/** The nearest person named before `position` whose surname is `word`, else the first named after it. */
function personWithSurname(surnames: SurnameIndex, word: string, position: number): number | null {
  const named = surnames.get(word);
  if (named === undefined) return null;
  const before = named.filter((mention) => mention.start < position);
  return (before[before.length - 1] ?? named[0])?.person ?? null;
}

interface FoundName {
  words: string[];
  surface: string;
  start: number;
  end: number;
  role?: string | null;
  gender?: 'male' | 'female' | null;
}

/** The one person whose full name starts with this given name ("Alan" for Alan Shearer), else null. */
function personWithGivenName(people: TrackedPerson[], word: string): number | null {
  if (!isFirstName(word)) return null;
  const owners = people.flatMap((person, index) =>
    person.nameWords.length > 1 && person.nameWords[0] === word ? [index] : [],
  );
  return owners.length === 1 ? (owners[0] ?? null) : null;
}

function recordMention(
  people: TrackedPerson[],
  mentions: PersonMention[],
  index: number,
  found: FoundName,
): void {
  if (people[index] === undefined) return;
  countMention(people, index, found);
  mentions.push({ start: found.start, end: found.end, person: index });
}

/** Adds a mention to a person's count and aliases, and takes the fuller name or a first role from it. */
function countMention(people: TrackedPerson[], index: number, found: FoundName): void {
  const person = people[index];
  if (person === undefined) return;
  const surface = found.surface;
  if (found.words.length > person.nameWords.length) {
    person.name = surface;
    person.nameWords = found.words;
  }
  if (!person.aliases.includes(surface)) person.aliases.push(surface);
  person.mentions += 1;
  person.role ??= found.role ?? null;
  person.gender ??= found.gender ?? null;
}

interface HeadingMention {
  words: string[];
  surface: string;
  start: number;
  end: number;
  person: number;
}

/** Known names in a heading, title or all-capitals line ("SHEARER SIGNS", "Merkel Wins Vote"), `offset` being where it starts. */
function knownNamesIn(
  text: string,
  offset: number,
  people: TrackedPerson[],
  surnames: SurnameIndex,
): HeadingMention[] {
  const found: HeadingMention[] = [];
  const words = wordsOf(text);
  words.forEach((word, index) => {
    const name = stripPossessive(word.text);
    const owner = name.length > 1 ? personWithSurname(surnames, name, offset) : null;
    const person = owner === null ? undefined : people[owner];
    if (owner === null || person === undefined) return;
    const firstName = person.nameWords.length === 2 ? (person.nameWords[0] ?? '') : '';
    const previous = words[index - 1];
    const withFirstName =
      previous !== undefined &&
      previous.after === ' ' &&
      [firstName, firstName.toUpperCase()].includes(previous.text);
    const start = withFirstName ? previous.start : word.start;
    const end = word.start + name.length;
    found.push({
      words: withFirstName ? [previous.text, name] : [name],
      surface: text.slice(start, end),
      start: offset + start,
      end: offset + end,
      person: owner,
    });
  });
  return found;
}

/**
 * A heading: a line in capitals, or a line without sentence punctuation or figures whose words are all
 * capitalised, some of them ordinary words ("Top Stories"); a row of names and scores is not one.
 */
function isHeading(text: string): boolean {
  if (text === text.toUpperCase() && text !== text.toLowerCase()) return true;
  if (/[.!?"”]$/.test(text) || /\d/.test(text)) return false;
  const words = wordsOf(text);
  return (
    words.length > 1 &&
    words.every((word) => isCapitalised(word.text) || word.text.length <= 3) &&
    words.filter((word) => isCommonWord(word.text.toLowerCase())).length >=
      words.length * HEADING_COMMON_SHARE
  );
}

/** Longer than "Jan" or "Sun", which are given names as often as dates; "March" or "Monday" never start a name. */
const SHORTEST_MONTH_NAME = 3;

/** Share of ordinary words that makes a capitalised line a heading ("Top Stories") rather than a list of names. */
const HEADING_COMMON_SHARE = 1 / 3;

/** Name prefixes written in lower case before a capital ("al-Assad", "d'Estaing"). */
const LOWER_CASE_NAME_PREFIX = /^(?:al|el|bin|ibn|abu|d)[-’']\p{Lu}/u;

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  if (first === first.toLowerCase())
    return first !== first.toUpperCase() && LOWER_CASE_NAME_PREFIX.test(word);
  return !isAcronym(word);
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/** True for a letter of "U.S." or "U.N.", which looks like an initial but is an abbreviation. */
function isInDottedAbbreviation(words: Word[], index: number): boolean {
  const word = words[index];
  if (word === undefined || word.text.length > 1) return false;
  return word.after === '.' || words[index - 1]?.after === '.';
}

function isInitial(word: Word): boolean {
  return /^\p{Lu}$/u.test(word.text) && word.after === '. ';
}

function isPossessive(word: string): boolean {
  return /[’']s$/.test(word);
}

function stripPossessive(word: string): string {
  return word.replace(/[’']s$/, '');
}
