import type { Sentence } from '../sentences';
import { isFirstName, isKind, kindSet, PERSON_VERBS, SAYING_VERBS } from '../lexicon';
import type { NameCandidate } from './types';
import { nameKey, stripPossessive } from './words';
import { isRoleWord } from './roles';

/**
 * Lets a name-shaped phrase stand alone when the text somewhere says a person of that name is meant:
 * this phrase with a role, an age or a verb of speech, or its last word so ("Okafor said", "Ms.
 * Okafor"). A product, venue or company with a name's shape gets no such word, and stays out.
 */
export function withEvidence(candidates: NameCandidate[], sentences: Sentence[]): void {
  const phrases = new Set<string>();
  const surnames = new Set<string>();
  markSubjectsOfPronouns(candidates, sentences);
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
  // A name in a list with people is one ("Werner Heisenberg, Max Born and Pascual Jordan"), not a
  // title ("Nikolaas de Wit, Political Correspondent"): from
  // each side, so a list whose one person stands at either end is read whole.
  for (const order of [candidates, [...candidates].reverse()]) {
    let previous: NameCandidate | undefined;
    for (const candidate of order) {
      if (
        candidate.needsEvidence &&
        !candidate.standsAlone &&
        !isRoleWord((candidate.words[candidate.words.length - 1] ?? '').toLowerCase()) &&
        previous?.standsAlone === true &&
        inOneList(previous, candidate, sentences)
      )
        candidate.standsAlone = true;
      previous = candidate;
    }
  }
}

/**
 * Two given names sharing one surname ("Brothers Ray and Tony DiMarco", "Bill and Hillary Clinton"):
 * the first, a given name or after a plural word for kin, is read with the surname of the second.
 */
export function withSharedSurnames(candidates: NameCandidate[], sentences: Sentence[]): void {
  candidates.forEach((candidate, index) => {
    const next = candidates[index + 1];
    const given = candidate.words[0] ?? '';
    if (candidate.words.length !== 1 || candidate.standsAlone || next === undefined) return;
    if (next.words.length !== 2 || !next.standsAlone || next.sentence !== candidate.sentence) return;
    const sentence = sentences[candidate.sentence];
    if (sentence === undefined) return;
    const between = sentence.text.slice(candidate.end - sentence.start, next.start - sentence.start);
    const before = sentence.text.slice(
      Math.max(0, candidate.start - sentence.start - 24),
      candidate.start - sentence.start,
    );
    if (!/^\s+(?:and|&)\s+$/u.test(between)) return;
    if (!isFirstName(given.toLowerCase()) && !PLURAL_KIN_BEFORE.test(before)) return;
    const surname = next.words[1] ?? '';
    candidate.words = [given, surname];
    candidate.surface = `${candidate.surface} ${surname}`;
    candidate.standsAlone = true;
  });
}

/** A plural word for people of one family right before two given names: "brothers", "the couple". */
const PLURAL_KIN_BEFORE =
  /\b(?:brothers|sisters|siblings|twins|couple|parents|spouses|cousins|sons|daughters)\s+$/iu;

/** A sentence opening with a personal pronoun: "He said", "She has", "His first album". */
const OPENS_WITH_PERSONAL_PRONOUN = /^(?:He|She|His|Her|Hers)\b/u;

/**
 * The first name of a sentence is its subject; when the next sentence goes on with "He" or "She",
 * that subject is a person ("Ebo Quartey opened the show. He played for two hours."). A product or a
 * company goes on as "It".
 */
function markSubjectsOfPronouns(candidates: NameCandidate[], sentences: Sentence[]): void {
  let previousSentence = -1;
  for (const candidate of candidates) {
    if (candidate.sentence === previousSentence) continue;
    previousSentence = candidate.sentence;
    const next = sentences[candidate.sentence + 1];
    const sentence = sentences[candidate.sentence];
    if (next === undefined || sentence === undefined || next.paragraph !== sentence.paragraph) continue;
    if (candidate.needsEvidence && OPENS_WITH_PERSONAL_PRONOUN.test(next.text)) candidate.evidenced = true;
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
 * A thing named after a person, the name used as a modifier: "a Marie Curie fellowship", "the Nobel
 * Prize", "the Trump administration". The person may be named elsewhere; this is no mention of them.
 */
export const NAMED_AFTER =
  /^\s+(?:administration|fellowship|scholarship|prize|award|medal|lecture|lectures|chair|professorship|doctrine|era|effect|law|theorem|principle|foundation|institute|center|centre|estate|trust|campaign|presidency|government|museum|library|collection|memorial)\b/u;

/** Verbs only a person does, right after a name ("Okafor said", "Okafor, who ..."). */
const PERSON_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:\d{1,3}\s*(?:,|--|—|–|\)|$)|who\b|aged\s+\d|born\b)|\s+born\b|\s+\(\d{1,3}\)|['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|family|parents|children|widow|partner)\b)`,
  'u',
);

/** A verb of speech or of a life right after a name ("Okafor said", "Okafor was born"). */
const VERB_AFTER = new RegExp(
  String.raw`^\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?:${[...SAYING_VERBS, ...PERSON_VERBS].join('|')})\b`,
  'u',
);

/** The first words of an appositive after a name: ", leader of the opposition", ", a former editor". */
const APPOSITIVE_OPENING = /^,\s+(?:(a|an|the)\s+)?((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u;

/** A verb of speech standing right before a name ("said Okafor", "according to Okafor"). */
const PERSON_BEFORE = new RegExp(
  String.raw`(?:\b(?:${[...SAYING_VERBS].join('|')})|\baccording\s+to)\s+$`,
  'u',
);

/**
 * True when the words right around a name say a person is meant: an age, "who", a family word after
 * the possessive, or a verb of speech or of a life (born, died, married) with the name as its subject.
 */
export function saysAPersonIsMeant(text: string, start: number, end: number): Evidence {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  const roleSetOff = ROLE_SET_OFF_BEFORE.exec(before)?.[1]?.toLowerCase();
  const roleNoun = ROLE_NOUN_BEFORE.exec(before)?.[1]?.toLowerCase();
  const possessor = PLACE_POSSESSIVE_BEFORE.exec(before)?.[1]?.toLowerCase();
  const aside = PARENTHESIS_AFTER.exec(after)?.[1]?.toLowerCase();
  const appositiveMatch = APPOSITIVE_OPENING.exec(after);
  const appositiveWords = appositiveMatch?.[2]?.split(/\s+/) ?? [];
  // ", leader of", ", Germany's chancellor", ", the Atlanta rapper": lower case, a possessive, or a
  // place after an article; ", God help me" is no role, nor ", the AI-first code editor".
  const opensRole =
    /^\p{Ll}|['’]s$/u.test(appositiveWords[0] ?? '') ||
    (appositiveMatch?.[1] !== undefined &&
      isKind(appositiveWords[0]?.toLowerCase() ?? '', PLACE_OR_NATIONALITY));
  const appositive = opensRole ? appositiveWords.map((word) => word.toLowerCase()) : [];
  const namedAs = NAMED_BEFORE.exec(before)?.[1]?.toLowerCase();
  const strong =
    (namedAs !== undefined && isRoleWord(namedAs)) ||
    (PERSON_AFTER.test(after) && !PLACE_PREPOSITION_BEFORE.test(before)) ||
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
export const KIN_BEFORE =
  /\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|fiancée?|grandson|granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter)\s+$/u;

/** A preposition of place right before a name: "a fifth grader at Thorne, who …" is the grader. */
const PLACE_PREPOSITION_BEFORE = /\b(?:at|in|near|inside|outside)\s+$/u;

/** A person brought in and then named: "a fourth grader named Marcus", "a man called Ove". */
const NAMED_BEFORE =
  /\b(?:a|an|one|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:named|called)\s+$/iu;

/** A role set off before a name: "The priest, Fidelis Mukonori," or "her lawyer, Ana Ruiz". */
const ROLE_SET_OFF_BEFORE =
  /\b(?:the|a|an|his|her|their|its|our|my)\s+(?:[\p{L}\d-]+\s+){0,2}?([\p{L}-]+),\s+$/iu;
