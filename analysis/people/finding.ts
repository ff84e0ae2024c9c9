import type { Sentence } from '../sentences';
import {
  COURTESY_TITLES,
  genderOfFirstName,
  GROUP_WORDS,
  isFirstName,
  isKind,
  kindSet,
  NAME_PARTICLES,
  TITLE_MODIFIERS,
} from '../lexicon';
import type { Word } from '../words';
import type { NameCandidate } from './types';
import {
  isCapitalised,
  isCommonWord,
  isInDottedAbbreviation,
  isInitial,
  isPossessive,
  joinsName,
  stripPossessive,
} from './words';
import { appositiveRole, isRoleWord, isTitleWord, titleBefore } from './roles';
import { isSingleName, isSurnameShaped, type NameEvidence, personLikeness } from './likeness';
import { KIN_BEFORE, NAMED_AFTER, saysAPersonIsMeant } from './evidence';

/** Longest run of words taken as one name; longer capitalised runs are titles of works or bodies. */
const MAX_NAME_WORDS = 4;

/**
 * Words that open a sentence, after which a capital letter and a dot ended the sentence before
 * ("the Zentra One S. That was …", "Plan B. Everyone agreed"), not an initial ("M. Butcher 70").
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'the this that these those a an and but or so it its he she they we i you everyone everybody there here in on at for with as if when while after before then now yet also however his her their our my'.split(
    ' ',
  ),
);

/** Titles that, before a single name, are part of how the person is named ("Sheikh Hasina"). */
const NAME_FORMING_TITLES: ReadonlySet<string> = new Set(['sheikh', 'sheikha']);

/** Adds to `candidates` the possible names in a sentence, one per run of capitalised words. */
export function addNameCandidates(
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
    // Marguerite “Peg” Voss: a nickname in quote marks inside the name.
    const nickname = nicknameAt(words, end);
    if (nickname !== 0) {
      end += nickname + 1;
      continue;
    }
    if (!joinsName(previous)) break;
    // "… Xbox One S. That …": a letter that ends a sentence, not an initial, when an ordinary word follows.
    if (isInitial(previous) && SENTENCE_OPENERS.has(next.text.toLowerCase())) break;
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

/** An opening mark after a space, and a closing mark before one: around a nickname in a name. */
const OPENS_NICKNAME = /^\s["“‘]$/u;
const CLOSES_NICKNAME = /^["”’]\s$/u;

/**
 * How many words of a nickname in quote marks start at `index`, between two words of one name
 * (Marcus “Muscles” Delacroix-Finch, Dwayne “The Rock” Johnson), else 0.
 */
function nicknameAt(words: Word[], index: number): number {
  if (!OPENS_NICKNAME.test(words[index - 1]?.after ?? '')) return 0;
  for (let length = 1; length <= MAX_NICKNAME_WORDS; length += 1) {
    const last = words[index + length - 1];
    const after = words[index + length];
    if (last === undefined || after === undefined || !isCapitalised(last.text)) return 0;
    if (CLOSES_NICKNAME.test(last.after)) return isCapitalised(after.text) ? length : 0;
    if (last.after !== ' ') return 0;
  }
  return 0;
}

/** Longest nickname read inside a name ("The Rock"). */
const MAX_NICKNAME_WORDS = 2;

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
  if (runEnd - nameStart > MAX_NAME_WORDS) nameStart = lastGivenNameStart(words, nameStart, runEnd);
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
  const evidence: NameEvidence = { titled, opensSentence, hasInitial };
  // A nickname says nothing of whether the rest is a name: "Dusty" is an ordinary word.
  const nicknameWords = new Set<number>();
  for (let index = nameStart + 1; index < runEnd - 1; index += 1) {
    const length = nicknameAt(words, index);
    for (let offset = 0; offset < length; offset += 1) nicknameWords.add(index - nameStart + offset);
  }
  const likeness = personLikeness(
    texts.filter((_, at) => !nicknameWords.has(at)),
    evidence,
  );
  const following = sentence.text.slice(last.end, last.end + 24);
  // "Con Edison, which maintains …": "which" is said of things, never of a person.
  // "Mubarak's government" is a mention of Mubarak; "the Mubarak government" is not.
  const namedAfter = !isPossessive(last.text) && NAMED_AFTER.test(following);
  // ", which" may speak of what came before ("the carrier run by Annika Brøndum, which was followed
  // by a writedown"): it rules out only a name that is not surely a person's.
  const whichAfter = likeness !== 'on-its-own' && /^,\s+which\b/u.test(following);
  if (likeness === 'not-a-person' || namedAfter || whichAfter) return null;
  const trustedInLanguage = english || (texts.length > 1 && isFirstName(texts[0] ?? ''));
  const end = last.start + stripPossessive(last.text).length;
  const role = title.role ?? appositiveRole(sentence.text, last.end);
  const kin = KIN_BEFORE.test(sentence.text.slice(Math.max(0, first.start - 20), first.start));
  const context =
    titled || role !== null || kin ? 'strong' : saysAPersonIsMeant(sentence.text, first.start, end);
  const evidenced = context !== 'none';
  // "the Baltic", "the Figment team": a lone word after "the" names a thing, not a person.
  const wordBefore = words[nameStart - 1]?.text ?? '';
  const afterThe = wordBefore === 'the';
  const single = texts.length === 1 && !titled && !afterThe && (kin || isSingleName(texts[0] ?? ''));
  const singleWithEvidence =
    single && (context === 'strong' || (context === 'weak' && isFirstName(texts[0] ?? '')));
  // "Earl Pritchard, 74,", "someone named Man Haron Monis, who": a name of ordinary words that an
  // age, a role or "who" says is a person's, its surname no ordinary word.
  const lastLower = stripPossessive(last.text).toLowerCase();
  const vouchedFullName =
    likeness === 'if-a-known-surname' &&
    texts.length > 1 &&
    wordBefore.toLowerCase() !== 'the' &&
    context === 'strong' &&
    !isCommonWord(lastLower) &&
    !texts.some((word) => isRoleWord(word.toLowerCase()));
  const nickname = nicknameWords.size === 1 ? texts[[...nicknameWords][0] ?? 0] : undefined;
  return {
    ...(nickname === undefined ? {} : { nickname }),
    words: texts,
    start: sentence.start + first.start,
    end: sentence.start + end,
    surface: sentence.text.slice(first.start, end),
    sentence: sentence.index,
    titled,
    standsAlone: trustedInLanguage && (likeness === 'on-its-own' || vouchedFullName),
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

/**
 * Where a name starts in a run too long to be one, when a plain given name begins a short enough tail
 * ("Pierce County Auditor Donna Whitfield"): at that given name; else where it was.
 */
function lastGivenNameStart(words: Word[], nameStart: number, runEnd: number): number {
  for (let index = runEnd - MAX_NAME_WORDS; index < runEnd - 1; index += 1) {
    if (index > nameStart && isPlainGivenName(words[index]?.text.toLowerCase() ?? '')) return index;
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
  // "Ray DiMarco asked": a word opening a sentence before a surname by its shape is kept, as a given name.
  const beforeSurname = index === runEnd - 2 && isSurnameShaped(words[runEnd - 1]?.text ?? '');
  return runStart === 0 && isCommonWord(lower) && !isLastOfRun && !beforeSurname;
}

/** Longer than "Jan" or "Sun", which are given names as often as dates; "March" or "Monday" never start a name. */
const SHORTEST_MONTH_NAME = 3;
