import type { Person } from './types';
import type { Sentence } from './sentences';
import {
  COURTESY_TITLES,
  GROUP_WORDS,
  NAME_PARTICLES,
  NON_PERSON_ENDINGS,
  PERSON_VERBS,
  SAYING_VERBS,
  NON_PERSON_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  genderOfFirstName,
  isFirstName,
  isKind,
  kindSet,
} from './lexicon';
import { isEnglish } from './language';
import { latinSkeleton, mixesScripts, withLatinLookAlikes } from './look-alikes';
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
  /** The name's words as compared: look-alike letters read as Latin ones, so "Раul" is "Paul". */
  nameKeys: string[];
  /** How often each surface form (the aliases) was seen: the name shown is the one most used. */
  surfaceCounts: Map<string, number>;
  /** The place in `PeopleInText.mentions` of their latest mention so far, when a namesake must be chosen. */
  latestMention: number;
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

/**
 * Most people listed, most prominent first: the popup shows a few and pages through the rest. The
 * longest honest list in the shared data is a page of athletics results naming 137 (a story names a few
 * dozen at most); a page naming thousands is a directory, and 200 of it bound what the popup must draw.
 */
export const MAX_PEOPLE = 200;

/**
 * Most people tracked under one surname: a family or a team names a handful; a page naming more under
 * one surname is a list, and past this a new namesake is left out, so matching a name against its
 * namesakes costs at most this many comparisons.
 */
const MAX_NAMESAKES = 50;

/** Finds the people an article names, merging every mention under the fullest name. */
export function findPeople(sentences: Sentence[], title: string | null, lang: string | null): PeopleInText {
  const english = isEnglish(sentences.map((sentence) => sentence.text).join(' '), lang);
  const headings: Array<{ sentence: Sentence; words: Word[] }> = [];
  const candidates: NameCandidate[] = [];
  for (const sentence of sentences) {
    const words = readableWords(sentence.text);
    if (isHeading(sentence.text, words)) headings.push({ sentence, words });
    else addNameCandidates(candidates, sentence, words, english);
  }
  withEvidence(candidates, sentences);
  const people: TrackedPerson[] = [];
  const mentions: PersonMention[] = [];
  const namesakes = new Map<string, number[]>();
  const firstWords = new Map<string, number[]>();
  for (const candidate of candidates) {
    if (!candidate.standsAlone) continue;
    const index =
      matchingFullName(people, namesakes, candidate) ??
      (candidate.words.length === 1 ? personWithGivenName(firstWords, candidate.words[0] ?? '') : null) ??
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
    if (personWithGivenName(fullGivenNames, word) !== null) continue;
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
      personWithSurname(surnames, surname, candidate.start) ?? personWithGivenName(givenNames, surname);
    if (index !== null) recordMention(people, mentions, index, candidate);
  }
  for (const { sentence, words } of headings) {
    for (const found of knownNamesIn(sentence.text, words, sentence.start, people, surnames)) {
      recordMention(people, mentions, found.person, found);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
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
 * Lets a name-shaped phrase stand alone when the text somewhere says a person of that name is meant:
 * this phrase with a role, an age or a verb of speech, or its last word so ("Okafor said", "Ms.
 * Okafor"). A product, venue or company with a name's shape gets no such word, and stays out.
 */
function withEvidence(candidates: NameCandidate[], sentences: Sentence[]): void {
  const phrases = new Set<string>();
  const surnames = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate.evidenced && !(candidate.standsAlone && candidate.titled)) continue;
    const keys = candidate.words.map(nameKey);
    phrases.add(keys.join(' '));
    surnames.add(keys[keys.length - 1] ?? '');
  }
  for (const candidate of candidates) {
    if (!candidate.needsEvidence) continue;
    const keys = candidate.words.map(nameKey);
    candidate.standsAlone =
      candidate.evidenced || phrases.has(keys.join(' ')) || surnames.has(keys[keys.length - 1] ?? '');
  }
  // A name in a list with people is one ("Werner Heisenberg, Max Born and Pascual Jordan"): from
  // each side, so a list whose one person stands at either end is read whole.
  for (const order of [candidates, [...candidates].reverse()]) {
    let previous: NameCandidate | undefined;
    for (const candidate of order) {
      if (
        candidate.needsEvidence &&
        !candidate.standsAlone &&
        previous?.standsAlone === true &&
        inOneList(previous, candidate, sentences)
      )
        candidate.standsAlone = true;
      previous = candidate;
    }
  }
}

/**
 * What stands between two names of one list: a comma or semicolon, "and", "or", "&", maybe after a
 * parenthesis and before a shirt number ("Lilian Thuram (14 - Sabri Lamouchi), 5 - Laurent Blanc").
 */
const LIST_JOIN =
  /^(?:\s*\([^()]{0,40}\))?(?:\s*[,;]\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)(?:\d{1,2}\s*[-–.]\s+)?$/u;

function inOneList(a: NameCandidate, b: NameCandidate, sentences: Sentence[]): boolean {
  if (a.sentence !== b.sentence) return false;
  const sentence = sentences[a.sentence];
  if (sentence === undefined) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return LIST_JOIN.test(sentence.text.slice(first.end - sentence.start, second.start - sentence.start));
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

/** A word as names are compared: look-alike Cyrillic and Greek letters read as the Latin ones. */
function nameKey(word: string): string {
  return latinSkeleton(word);
}

/**
 * The name to show: of the forms of the fullest name that look alike, one that mixes no scripts, else
 * the one the article uses most, else the first; a word that still mixes scripts shown in Latin.
 */
function shownName(person: TrackedPerson): string {
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

interface NameCandidate {
  /** The name's words as written, possessive dropped (a word mixing scripts in its Latin form). */
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
  /**
   * True when the name has the shape of a person's name but nothing yet says it is one ("Dolby
   * Vision", "Harbourside Amphitheatre" look the same as "Ngozi Okafor"): it stands alone only if the
   * text says so of this name somewhere (see `withEvidence`).
   */
  needsEvidence: boolean;
  /** True when the words around this mention say a person is meant: a role, an age, a verb of speech. */
  evidenced: boolean;
  /** A single word that names a person only with strong evidence, or a verb and a given name ("Sally said"). */
  singleWithEvidence: boolean;
  /** True when the name opens its sentence, where ordinary words are capitalised too. */
  opensSentence: boolean;
  role: string | null;
  gender: 'male' | 'female' | null;
}

/** Adds to `candidates` the possible names in a sentence, one per run of capitalised words. */
function addNameCandidates(
  candidates: NameCandidate[],
  sentence: Sentence,
  words: Word[],
  english: boolean,
): void {
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
    // "… Xbox One S. That …": a letter that ends a sentence, not an initial, when an ordinary word follows.
    if (isInitial(previous) && isCommonWord(next.text.toLowerCase())) break;
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
  const nameFormingTitle =
    runEnd - nameStart === 1 && NAME_FORMING_TITLES.has(words[nameStart - 1]?.text.toLowerCase() ?? '');
  if (nameFormingTitle) nameStart -= 1;
  nameStart = givenNameStart(words, nameStart, runEnd);
  const first = words[nameStart];
  const last = words[runEnd - 1];
  if (first === undefined || last === undefined || nameStart >= runEnd || runEnd - nameStart > MAX_NAME_WORDS)
    return null;
  const texts: string[] = [];
  for (let index = nameStart; index < runEnd; index += 1)
    texts.push(stripPossessive(words[index]?.text ?? ''));
  const title = titleBefore(words, nameStart);
  const titled = nameFormingTitle || title.courtesy || title.role !== null;
  const opensSentence = nameStart === 0;
  const hasInitial = words.slice(nameStart, runEnd - 1).some((word) => isInitial(word));
  const evidence: NameEvidence = { titled, opensSentence, startsWithInitial: hasInitial };
  const likeness = personLikeness(texts, evidence);
  if (likeness === 'not-a-person' || NAMED_AFTER.test(sentence.text.slice(last.end, last.end + 24)))
    return null;
  const trustedInLanguage = english || (texts.length > 1 && isFirstName(texts[0] ?? ''));
  const end = last.start + stripPossessive(last.text).length;
  const role = title.role ?? appositiveRole(sentence.text, last.end);
  const context =
    titled ||
    role !== null ||
    KIN_BEFORE.test(sentence.text.slice(Math.max(0, first.start - 20), first.start))
      ? 'strong'
      : saysAPersonIsMeant(sentence.text, first.start, end);
  const evidenced = context !== 'none';
  // "the Baltic", "the Figment team": a lone word after "the" names a thing, not a person.
  const afterThe = /^the$/u.test(words[nameStart - 1]?.text ?? '');
  const kin = KIN_BEFORE.test(sentence.text.slice(Math.max(0, first.start - 20), first.start));
  const single = texts.length === 1 && !titled && !afterThe && (kin || isSingleName(texts[0] ?? ''));
  const singleWithEvidence =
    single && (context === 'strong' || (context === 'weak' && !opensSentence && isFirstName(texts[0] ?? '')));
  return {
    words: texts,
    start: sentence.start + first.start,
    end: sentence.start + end,
    surface: sentence.text.slice(first.start, end),
    sentence: sentence.index,
    titled,
    standsAlone: trustedInLanguage && likeness === 'on-its-own',
    needsEvidence: trustedInLanguage && likeness === 'name-shaped',
    evidenced,
    singleWithEvidence: trustedInLanguage && likeness === 'if-a-known-surname' && singleWithEvidence,
    opensSentence,
    role,
    gender: title.gender ?? genderOfFirstName(texts[0] ?? ''),
  };
}

/**
 * Where a name starts when a plain given name follows words that are not names ("Fullback Andre
 * Joubert", "Ex-Yankee Randy Velarde"): at that given name.
 */
function givenNameStart(words: Word[], nameStart: number, runEnd: number): number {
  const lead = words[nameStart]?.text.toLowerCase() ?? '';
  const second = words[nameStart + 1]?.text.toLowerCase() ?? '';
  // "Frontman Colin Hart": a word that is no name, before a given name that is nothing else.
  const leadIsNoName = !isFirstName(lead) && !isKind(lead, 'last-name') && !NAME_PARTICLES.has(lead);
  if (runEnd - nameStart >= 3 && leadIsNoName && isPlainGivenName(second) && !isKind(second, 'last-name'))
    return nameStart + 1;
  let beforeAreWords = isOrdinaryOrEx(words[nameStart]);
  for (let index = nameStart + 1; index < runEnd - 1; index += 1) {
    const word = words[index]?.text.toLowerCase() ?? '';
    if (beforeAreWords && isPlainGivenName(word)) return index;
    beforeAreWords &&= isOrdinaryOrEx(words[index]);
  }
  return nameStart;
}

/** An ordinary word or an "Ex-" compound, which cannot open a name before a given name. */
function isOrdinaryOrEx(word: Word | undefined): boolean {
  const lower = word?.text.toLowerCase() ?? '';
  return lower.startsWith('ex-') || isCommonWord(lower);
}

/** Kinds that make a given name ambiguous: it is also a place, an ordinary word, a role or a surname. */
const NOT_PLAIN_GIVEN_NAME = kindSet('place', 'common', 'noun', 'role', 'last-name');

/** A given name that is nothing else in the lexicon: not a place, ordinary word or role. */
function isPlainGivenName(lower: string): boolean {
  return isFirstName(lower) && !isKind(lower, NOT_PLAIN_GIVEN_NAME);
}

const NATIONALITY_OR_HONORIFIC = kindSet('nationality', 'honorific');

/** True for a leading word of a capitalised run that is a title, nationality or sentence opener, not a name. */
function isTitleOrFiller(words: Word[], index: number, runEnd: number, runStart: number): boolean {
  const word = words[index];
  if (word === undefined || isInitial(word)) return false;
  const lower = word.text.toLowerCase();
  const monthOrDay = isKind(lower, 'calendar') && !isFirstName(lower) && lower.length > SHORTEST_MONTH_NAME;
  if (lower.startsWith('ex-') || monthOrDay) return index < runEnd - 1;
  const isLastOfRun = index === runEnd - 1;
  if (isFirstName(lower) && !isLastOfRun) return false;
  if (COURTESY_TITLES.has(lower) || isTitleWord(lower)) return !isLastOfRun;
  if (TITLE_MODIFIERS.has(lower) || isKind(lower, NATIONALITY_OR_HONORIFIC) || GROUP_WORDS.has(lower))
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
  while (first < nameStart - 1 && THE_OR_OF.test(words[first]?.text ?? '')) first += 1;
  const role = words
    .slice(first, nameStart)
    .map((word) => TITLE_ABBREVIATIONS.get(word.text.toLowerCase()) ?? word.text)
    .join(' ');
  return { role, courtesy: false, gender: null };
}

/** Words left out of the front of a role read before a name ("the", "of"). */
const THE_OR_OF = /^(?:the|of)$/i;

/** Where an "X of Y" office before a name starts ("Secretary of State Antony Blinken"), or null. */
function officeOfStart(words: Word[], nameStart: number): number | null {
  const title = words[nameStart - 3];
  const of = words[nameStart - 2];
  const domain = words[nameStart - 1];
  if (title === undefined || of === undefined || domain === undefined) return null;
  const joined = title.after === ' ' && of.after === ' ' && domain.after === ' ';
  if (!joined || of.text !== 'of' || !isCapitalised(domain.text)) return null;
  return isTitleWord(title.text.toLowerCase()) ? nameStart - 3 : null;
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

/** An appositive: a comma, an optional age ("Smith, 42, a nurse,"), and a phrase up to the next comma or stop. */
const APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?([^,.;:"“”()]+?)\s*(?:,|\.|;|$)/;

/**
 * Reads a role set off by commas after a name, `nameEnd` being where the name ends in `text`:
 * ", Germany's chancellor," or ", a Canadian nurse,".
 */
function appositiveRole(text: string, nameEnd: number): string | null {
  if (text.charAt(nameEnd) !== ',') return null;
  const match = APPOSITIVE.exec(text.slice(nameEnd));
  const phrase = match?.[1]?.replace(LEADING_ARTICLE, '').trim();
  if (phrase === undefined || phrase === '') return null;
  const roleWords = phrase.split(/\s+/);
  const opener = roleWords[0]?.toLowerCase() ?? '';
  if (roleWords.length > MAX_APPOSITIVE_WORDS || CLAUSE_OPENERS.has(opener)) return null;
  const namesARole = roleWords.some((word) => isRoleWord(stripPossessive(word.toLowerCase())));
  return namesARole ? phrase : null;
}

/** What the words around a name say about it. */
interface NameEvidence {
  /** A title or courtesy title stands before it. */
  titled: boolean;
  /** It opens its sentence, where ordinary words are capitalised too. */
  opensSentence: boolean;
  /** One of its words is an initial ("J. K. Rowling", "Morris W. Travers"): people have them, products not. */
  startsWithInitial: boolean;
}

/** Kinds that make a whole phrase something other than a person ("New York", "Foreign Office"). */
const NOT_PERSON_PHRASE = kindSet('place', 'organisation', 'nationality', 'calendar');

/** Kinds of an ordinary word (not a name). */
const ORDINARY_KINDS = kindSet('common', 'noun', 'role');

/** Kinds that make a first name ambiguous as the start of a name: also a place or an ordinary word. */
const AMBIGUOUS_FIRST_NAME = kindSet('place', 'common', 'noun', 'role');

/**
 * Whether a capitalised phrase is not a person, may name one if it matches a known surname, or surely
 * names one on its own evidence (a title, a first name, or name-shaped).
 */
function personLikeness(
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
  return namesAPerson(lowers, phrase, evidence);
}

/**
 * Whether a phrase that may name a person surely does (titled, led by a given name or an initial),
 * looks like a name and needs the text to say so, or is a known surname at most.
 */
function namesAPerson(
  lowers: string[],
  phrase: string,
  evidence: NameEvidence,
): 'if-a-known-surname' | 'name-shaped' | 'on-its-own' {
  const { titled, opensSentence, startsWithInitial } = evidence;
  if (lowers.length === 1) return titled && !isCommonWord(phrase) ? 'on-its-own' : 'if-a-known-surname';
  const [first = '', ...rest] = lowers;
  const last = lowers[lowers.length - 1] ?? '';
  const restAreNames = rest.every((word) => !isCommonWord(word));
  const unambiguousFirstName = isFirstName(first) && !isKind(first, AMBIGUOUS_FIRST_NAME);
  if (titled || unambiguousFirstName || startsWithInitial) return 'on-its-own';
  if (isFirstName(first)) return restAreNames ? 'on-its-own' : 'if-a-known-surname';
  const noOrdinaryWords = lowers.every((word) => !isCommonWord(word) && !isKind(word, 'organisation'));
  if (!noOrdinaryWords || (opensSentence && !isKind(last, 'last-name') && isCommonWord(first)))
    return 'if-a-known-surname';
  // A known surname at the end is the lexicon's word that a person is meant ("Chiwenga" is not known).
  return isKind(last, 'last-name') && !isCommonWord(first) ? 'on-its-own' : 'name-shaped';
}

/**
 * A thing named after a person, the name used as a modifier: "a Marie Curie fellowship", "the Nobel
 * Prize", "the Trump administration". The person may be named elsewhere; this is no mention of them.
 */
const NAMED_AFTER =
  /^\s+(?:administration|fellowship|scholarship|prize|award|medal|lecture|lectures|chair|professorship|doctrine|era|effect|law|theorem|principle|foundation|institute|center|centre|estate|trust|campaign|presidency|government|museum|library|collection|memorial)\b/u;

/** Verbs only a person does, right after a name ("Okafor said", "Okafor, who ..."). */
const PERSON_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:\d{1,3}\s*,|who\b|aged\s+\d)|\s+\(\d{1,3}\)|['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|family|parents|children|widow|partner)\b)`,
  'u',
);

/** A verb of speech or of a life right after a name ("Okafor said", "Okafor was born"). */
const VERB_AFTER = new RegExp(
  String.raw`^\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?:${[...SAYING_VERBS, ...PERSON_VERBS].join('|')})\b`,
  'u',
);

/** The first words of an appositive after a name: ", leader of the opposition", ", a former editor". */
const APPOSITIVE_OPENING = /^,\s+(?:(?:a|an|the)\s+)?((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u;

/** A verb of speech standing right before a name ("said Okafor", "according to Okafor"). */
const PERSON_BEFORE = new RegExp(
  String.raw`(?:\b(?:${[...SAYING_VERBS].join('|')})|\baccording\s+to)\s+$`,
  'u',
);

/**
 * True when the words right around a name say a person is meant: an age, "who", a family word after
 * the possessive, or a verb of speech or of a life (born, died, married) with the name as its subject.
 */
function saysAPersonIsMeant(text: string, start: number, end: number): Evidence {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  const roleSetOff = ROLE_SET_OFF_BEFORE.exec(before)?.[1]?.toLowerCase();
  const roleNoun = ROLE_NOUN_BEFORE.exec(before)?.[1]?.toLowerCase();
  const possessor = PLACE_POSSESSIVE_BEFORE.exec(before)?.[1]?.toLowerCase();
  const aside = PARENTHESIS_AFTER.exec(after)?.[1]?.toLowerCase();
  const appositiveWords = APPOSITIVE_OPENING.exec(after)?.[1]?.split(/\s+/) ?? [];
  // ", leader of", ", Germany's chancellor": lower case or a possessive; ", God help me" is no role.
  const opensRole = /^\p{Ll}|['’]s$/u.test(appositiveWords[0] ?? '');
  const appositive = opensRole ? appositiveWords.map((word) => word.toLowerCase()) : [];
  const strong =
    PERSON_AFTER.test(after) ||
    appositive.some((word) => isRoleWord(stripPossessive(word))) ||
    (roleSetOff !== undefined && isRoleWord(roleSetOff)) ||
    (aside !== undefined &&
      (isKind(aside, PLACE_OR_NATIONALITY) || isRoleWord(aside) || ORDINAL.test(aside)));
  if (strong) return 'strong';
  const modified =
    (roleNoun !== undefined && isRoleWord(roleNoun)) ||
    (possessor !== undefined && isKind(possessor, PLACE_OR_NATIONALITY));
  return modified || VERB_AFTER.test(after) || PERSON_BEFORE.test(before) ? 'weak' : 'none';
}

/**
 * What the words around a name say: `strong` (an appositive role, an age, "who", a family word),
 * which only a person takes; `weak`, which a company or product takes too ("Quanta said", "rival
 * Quanta", "Japan's Quanta"), enough for a name with a name's shape; or nothing.
 */
type Evidence = 'strong' | 'weak' | 'none';

const PLACE_OR_NATIONALITY = kindSet('place', 'nationality');

/** A role noun in lower case right before a name: "scrum-half Kyran Bracken", "counterpart Ana Ruiz". */
const ROLE_NOUN_BEFORE = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u;

/** A country's possessive before a name: "India's Leander Paes". */
const PLACE_POSSESSIVE_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}-]+)['’]s\s+$/u;

/**
 * A parenthesis right after a name holding a country, a role or a minute, as results and team sheets
 * write them: "Geir Moen (Norway)", "Wasim Akram (captain)", "Vidadi Rzayev (28th)".
 */
const PARENTHESIS_AFTER = /^\s*\((\p{L}[\p{L}. -]{1,30}|\d{1,3}(?:st|nd|rd|th)\b[^)]{0,12})\)/u;

/** A minute or place in order ("28th", "13rd" as typed). */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)\b/u;

/** A family word right before a name: "his wife Grace", "her son Tyler". */
const KIN_BEFORE =
  /\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|fiancée?|grandson|granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter)\s+$/u;

/** A role set off before a name: "The priest, Fidelis Mukonori," or "her lawyer, Ana Ruiz". */
const ROLE_SET_OFF_BEFORE =
  /\b(?:the|a|an|his|her|their|its|our|my)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),\s+$/iu;

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
function isSingleName(word: string): boolean {
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
  return ADJECTIVE_ENDING.test(tail) || isKind(tail, ORDINARY_KINDS);
}

/** Endings of the second part of a compound adjective: "-based", "-born", "-owned", "-leaning", "-style". */
const ADJECTIVE_ENDING = /(?:ed|ing|born|made|run|style|wide|like|free|proof)$/u;

function isPlaceNotName(word: string, index: number): boolean {
  if (!isKind(word, 'place')) return false;
  return !(index === 0 && isFirstName(word)) && !isKind(word, 'last-name');
}

/** True for a word the lexicon knows only as an ordinary word (not a name). */
function isCommonWord(lower: string): boolean {
  return isKind(lower, ORDINARY_KINDS) && !isKind(lower, 'last-name') && !isFirstName(lower);
}

/** Adds a person named by `candidate`, unless their surname already has as many namesakes as are tracked. */
function addPerson(
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
function matchingFullName(
  people: TrackedPerson[],
  namesakes: ReadonlyMap<string, number[]>,
  candidate: NameCandidate,
): number | null {
  const keys = candidate.words.map(nameKey);
  const matches = (namesakes.get(keys[keys.length - 1] ?? '') ?? []).filter((index) => {
    const nameKeys = people[index]?.nameKeys ?? [];
    const shorter = keys.length <= nameKeys.length ? keys : nameKeys;
    const longer = shorter === keys ? nameKeys : keys;
    return shorter.length === 1 || shorter.every((word) => longer.includes(word));
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

/** Where each surname is first introduced with a full name, in text order, keyed as written and in capitals. */
type SurnameIndex = ReadonlyMap<string, ReadonlyArray<{ start: number; person: number }>>;

function indexBySurname(people: TrackedPerson[], mentions: PersonMention[]): SurnameIndex {
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
function personWithSurname(surnames: SurnameIndex, word: string, position: number): number | null {
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
}

/** The people whose full name starts with each given name, by that name's key. */
function indexByGivenName(people: TrackedPerson[]): ReadonlyMap<string, number[]> {
  const owners = new Map<string, number[]>();
  people.forEach((_, index) => addGivenName(owners, people, index));
  return owners;
}

/** Adds a person of a full name to the index by first word; two owners are enough to know it is shared. */
function addGivenName(owners: Map<string, number[]>, people: TrackedPerson[], index: number): void {
  const person = people[index];
  const given = person?.nameKeys[0];
  if (person === undefined || person.nameKeys.length < 2 || given === undefined) return;
  const known = owners.get(given) ?? [];
  if (!known.includes(index)) owners.set(given, [...known.slice(0, 1), index]);
}

/**
 * The one person whose full name starts with this word, else null: a given name ("Alan" for Alan
 * Shearer), or a family name written first ("Yoon" for Yoon Suk Yeol).
 */
function personWithGivenName(givenNames: ReadonlyMap<string, number[]>, word: string): number | null {
  if (isCommonWord(word.toLowerCase())) return null;
  const owners = givenNames.get(nameKey(word)) ?? [];
  return owners.length === 1 ? (owners[0] ?? null) : null;
}

function recordMention(
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
function countMention(people: TrackedPerson[], index: number, found: FoundName): void {
  const person = people[index];
  if (person === undefined) return;
  const surface = found.surface;
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
function knownNamesIn(
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
function isHeading(text: string, words: Word[]): boolean {
  if (text === text.toUpperCase() && text !== text.toLowerCase()) return true;
  if (SENTENCE_END.test(text) || FIGURE.test(text)) return false;
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

/** A single capital letter: an initial when a dot follows. */
const CAPITAL_LETTER = /^\p{Lu}$/u;

function isInitial(word: Word): boolean {
  return word.after === '. ' && CAPITAL_LETTER.test(word.text);
}

/** The possessive ending "'s" or "’s". */
const POSSESSIVE = /[’']s$/;

function isPossessive(word: string): boolean {
  return POSSESSIVE.test(word);
}

function stripPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}
