import type { PeopleInText } from '../people';
import { genderOfPronoun, isKind, SPEAKER_PRONOUNS, UNNAMED_SOURCES } from '../lexicon';
import {
  AGE_DESCRIPTION,
  LEADING_CONNECTIVE,
  ONLY_TIME,
  PRONOUN_AND_ADVERB,
  TRAILING_TIME,
  MAX_SPEAKER_WORDS,
  NOT_A_SPEAKER,
  PARTICIPLE_OPENER,
  PREPOSITION_OPENER,
  TRAILING_RELATIVE,
  WRITTEN_NAME,
} from './patterns';
import { type Attribution, type Context, firstMentionFrom, lastIndexAtOrBefore, sentenceAt } from './context';

/** A description of a person, not a name: lower case, or led by a determiner ("His attorney", "The mayor"). */
const DESCRIPTION = /^(?:\p{Ll}|(?:His|Her|Their|Its|The|A|An|Our|My)\s)/u;

/** A description of someone acting for another, before that other's name: "a spokesman for ", "a lawyer representing ". */
const ON_BEHALF_OF =
  /^(?:a|an|the|one|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:for|of|representing|to|at|with|from)\s+$/iu;

/**
 * The speaker of acts joined to the verb of saying ("he leaned in and [said]", "The clerk told
 * investigators Ambrose came back later and [said]"): the last "he", "she" or person named in the
 * phrase, the subject of the last act; "chewed in silence and" names no one.
 */
function subjectOfActs(
  context: Context,
  start: number,
  end: number,
  quoteStart: number,
  role: string | null,
): Attribution | null {
  const { text, found } = context;
  let pronoun: { at: number; gender: 'male' | 'female' } | null = null;
  for (const match of text.slice(start, end).matchAll(/\b(?:he|she)\b/giu)) {
    const gender = genderOfPronoun(match[0]);
    if (gender !== null) pronoun = { at: start + match.index, gender };
  }
  const last = found.mentions[firstMentionFrom(found.mentions, end) - 1];
  const named = last !== undefined && last.start >= start ? last : undefined;
  if (named !== undefined && (pronoun === null || named.start > pronoun.at))
    return attributionOf(named.person, found, role);
  if (pronoun === null) return null;
  const person = recentPerson(context, Math.min(quoteStart, pronoun.at), pronoun.gender);
  return person === null ? null : attributionOf(person, found, role);
}

/** A phrase that is a determiner and nothing else ("the", "its"): what is left of a phrase that named no one. */
const DETERMINER_ONLY = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)$/iu;

/** Turns a speaker phrase into a speaker: the person it names or stands for, else the phrase as written. */
export function resolveSpeaker(
  context: Context,
  phraseStart: number,
  phraseEnd: number,
  quoteStart: number,
  role: string | null,
): Attribution | null {
  const { text, found } = context;
  const phrase = text.slice(phraseStart, phraseEnd);
  const trimmed = phrase
    .trim()
    .replace(LEADING_CONNECTIVE, '')
    .replace(TRAILING_RELATIVE, '')
    .replace(TRAILING_TIME, '')
    .replace(PRONOUN_AND_ADVERB, '$1');
  if (ONLY_TIME.test(trimmed)) return null;
  if (/(?:^|\s)and$/u.test(trimmed))
    return subjectOfActs(context, phraseStart, phraseStart + phrase.length, quoteStart, role);
  const start = phraseStart + phrase.indexOf(trimmed);
  const end = start + trimmed.length;
  if (PREPOSITION_OPENER.test(trimmed)) return null;
  const namedAt = firstMentionFrom(found.mentions, start);
  const named = found.mentions[namedAt];
  // "Scott's niece" is someone close to Scott, not Scott: the name set off after it, else as written.
  const possessive = named !== undefined && /^[’']s\s+\p{L}/u.test(text.slice(named.end, end));
  // "A spokesman for Pemberton said": someone speaking for the person named, who stays unnamed.
  const onBehalf =
    named !== undefined && named.end <= end && ON_BEHALF_OF.test(text.slice(start, named.start));
  if (onBehalf) return { speaker: trimmed, role, person: null };
  if (named !== undefined && named.end <= end && !possessive) return attributionOf(named.person, found, role);
  const appositive = found.mentions[namedAt + 1];
  if (possessive && appositive !== undefined && /^\s*,\s*$/u.test(text.slice(end, appositive.start)))
    return attributionOf(appositive.person, found, trimmed);
  if (possessive && role !== null && WRITTEN_NAME.test(role))
    return { speaker: role, role: trimmed, person: null };
  // "said his editor there, Claire Beaumont-Hill": the description's name, set off after it.
  const setOff = named === undefined || named.end > end ? undefined : named;
  if (setOff === undefined && role !== null && DESCRIPTION.test(trimmed)) {
    const appositiveName = found.mentions[namedAt];
    const roleAt = text.indexOf(role, end);
    if (
      appositiveName !== undefined &&
      roleAt >= 0 &&
      appositiveName.start >= roleAt &&
      appositiveName.end <= roleAt + role.length
    )
      return attributionOf(appositiveName.person, found, trimmed);
    // "said the chief librarian, Marit Oyelaran": the name set off after the description is the
    // speaker, even where the text names them too seldom to be found as a person; never the role.
    if (WRITTEN_NAME.test(role)) return { speaker: role, role: trimmed, person: null };
  }
  if (AGE_DESCRIPTION.test(trimmed)) {
    const person = recentPerson(context, Math.min(quoteStart, start), 'any');
    return person === null ? null : attributionOf(person, found, role);
  }
  const pronoun = SPEAKER_PRONOUNS.get(trimmed.toLowerCase());
  if (pronoun !== undefined) {
    const person = pronoun === 'any' ? null : recentPerson(context, Math.min(quoteStart, start), pronoun);
    return person === null ? null : attributionOf(person, found, role);
  }
  const words = trimmed.split(/\s+/);
  const notASpeaker = [NOT_A_SPEAKER, PARTICIPLE_OPENER].some((rule) => rule.test(trimmed));
  if (words.length > MAX_SPEAKER_WORDS || notASpeaker) return null;
  if (!/\p{L}{2}/u.test(trimmed) || /^\p{Lu}\p{L}{0,3}\.?$/u.test(trimmed) || DETERMINER_ONLY.test(trimmed))
    return null;
  // A place says nothing: "Washington said" is its government, which the text names elsewhere if it matters.
  if (isKind(trimmed.toLowerCase(), 'place')) return null;
  const described = describedPerson(context, trimmed, start) ?? referredBack(context, trimmed, start);
  if (described !== null) return attributionOf(described, found, role);
  return { speaker: trimmed, role, person: null };
}

/** "the retired nurse", "the third-year coach", "the junior": a description with the definite article. */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * The person a definite description refers back to ("the retired nurse said", after "Ana Ruiz, a
 * retired nurse,"; "the junior said" after a player is named): the subject of the last sentence
 * naming someone, unless the text brought in someone unnamed of that kind ("a spokesperson …, the
 * spokesperson said"), who stays unnamed.
 */
function referredBack(context: Context, phrase: string, position: number): number | null {
  const head = DEFINITE_DESCRIPTION.exec(phrase)?.[1];
  // "the three governors" are a group: no one of them said it.
  const plural = head !== undefined && /[^s]s$/u.test(head);
  if (head === undefined || plural || UNNAMED_SOURCES.has(head)) return null;
  const before = context.text.slice(Math.max(0, position - REFERRED_BACK_CHARS), position);
  if (new RegExp(String.raw`\b(?:a|an|one|another)\s+(?:[\p{Ll}\d-]+\s+){0,3}${head}\b`, 'u').test(before))
    return null;
  return recentPerson(context, position, 'any');
}

/** How far back a definite description is looked for with an indefinite article: about two paragraphs. */
const REFERRED_BACK_CHARS = 1500;

/** A person the article referred to by role ("the senator"): the latest one named whose role ends so. */
function describedPerson(context: Context, phrase: string, position: number): number | null {
  const description = /^the\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)$/u.exec(phrase)?.[1];
  if (description === undefined) return null;
  const head = description.split(/\s+/).pop() ?? '';
  const mentions = context.mentionsByRoleWord.get(head) ?? [];
  const latest =
    mentions[lastIndexAtOrBefore(mentions.length, (index) => mentions[index]?.start ?? 0, position - 1)];
  return latest?.person ?? null;
}

export function attributionOf(index: number, found: PeopleInText, role: string | null): Attribution | null {
  const person = found.people[index];
  return person === undefined ? null : { speaker: person.name, role: person.role ?? role, person: index };
}

/**
 * The person a pronoun before `position` stands for: of the sentence that last names someone whose
 * gender fits, the first such person it names (its subject, as a reader takes "he" after "Lee said
 * Yoon's decree caused chaos"), outside quotes.
 */
export function recentPerson(
  context: Context,
  position: number,
  gender: 'male' | 'female' | 'any',
): number | null {
  const { spokenOf, latestFitting: fitting, found } = context;
  const before = firstMentionFrom(spokenOf, position) - 1;
  const latest = gender === 'any' ? before : (fitting[gender][before] ?? -1);
  const mention = spokenOf[latest];
  if (mention === undefined) return null;
  const sentence = sentenceAt(context.sentences, mention.start);
  if (sentence === undefined) return mention.person;
  if (gender !== 'any' && unnamedSubjectBetween(context, sentence.index + 1, position, gender)) return null;
  let subject = latest;
  for (let index = latest - 1; index >= 0 && latest - index <= SUBJECT_SEARCH_MENTIONS; index -= 1) {
    const earlier = spokenOf[index];
    if (earlier === undefined || earlier.start < sentence.start) break;
    const personGender = found.people[earlier.person]?.gender ?? null;
    if (gender === 'any' || personGender === null || personGender === gender) subject = index;
  }
  return spokenOf[subject]?.person ?? null;
}

/** Mentions looked back over for a sentence's subject: a sentence names a few people, a list many. */
const SUBJECT_SEARCH_MENTIONS = 12;

/** Someone unnamed of each gender, as the subject of a sentence: "His sister, who asked …, said". */
const UNNAMED_SUBJECT: Record<'male' | 'female', RegExp> = {
  female:
    /^(?:His|Her|Their|The|A|An|One)\s+(?:[\p{L}-]+\s+){0,2}?(?:sister|mother|wife|daughter|woman|girl|grandmother|granddaughter|aunt|niece|widow|girlfriend|fiancée|mom|mum|stepmother|sister-in-law|mother-in-law|daughter-in-law|actress|waitress|\p{Ll}+woman)\b/u,
  male: /^(?:His|Her|Their|The|A|An|One)\s+(?:[\p{L}-]+\s+){0,2}?(?:brother|father|husband|son|man|boy|grandfather|grandson|uncle|nephew|widower|boyfriend|fiancé|dad|stepfather|brother-in-law|father-in-law|son-in-law|waiter|(?:spokes|chair|business|congress|police|fisher|sales)man)\b/u,
};

/**
 * True when a sentence from `fromSentence` up to `position` has for subject an unnamed person of the
 * pronoun's gender: the pronoun stands for them, nearer than anyone named ("His sister said Simmons
 * had started a job." then "“He was a big kid,” she said." is the sister).
 */
function unnamedSubjectBetween(
  context: Context,
  fromSentence: number,
  position: number,
  gender: 'male' | 'female',
): boolean {
  for (let index = fromSentence; index < context.sentences.length; index += 1) {
    const sentence = context.sentences[index];
    if (sentence === undefined || sentence.start >= position) return false;
    if (UNNAMED_SUBJECT[gender].test(sentence.text)) return true;
  }
  return false;
}
