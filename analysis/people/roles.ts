import { COURTESY_TITLES, isKind, TITLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon';
import type { Word } from '../words';
import { isCapitalised, isCommonWord, joinsName, stripPossessive } from './words';

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

interface TitleFound {
  role: string | null;
  courtesy: boolean;
  gender: 'male' | 'female' | null;
}

/** Reads the title standing left of a name: "German Chancellor", "Surrey captain", "Mr.". */
export function titleBefore(words: Word[], nameStart: number): TitleFound {
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
export function isTitleWord(lower: string): boolean {
  if (TITLE_WORDS.has(lower) || TITLE_ABBREVIATIONS.has(lower)) return true;
  return (
    lower.includes('-') &&
    lower.split('-').some((part) => TITLE_WORDS.has(part) || TITLE_ABBREVIATIONS.has(part))
  );
}

/** A word that can head a role in an appositive: a title, or any noun for a person ("nurse", "banker"). */
export function isRoleWord(lower: string): boolean {
  const known = ROLE_WORDS_SEEN.get(lower);
  if (known !== undefined) return known;
  const role = isTitleWord(lower) || (isKind(lower, 'role') && !lower.endsWith('s')) || isRoleByForm(lower);
  // Each word is read once: the form's parts are looked up in the lexicon only the first time.
  if (ROLE_WORDS_SEEN.size >= MAX_ROLE_WORDS_SEEN) ROLE_WORDS_SEEN.clear();
  ROLE_WORDS_SEEN.set(lower, role);
  return role;
}

/** Words already read as a role or not, up to a bound so a huge page cannot grow it without end. */
const ROLE_WORDS_SEEN = new Map<string, boolean>();
const MAX_ROLE_WORDS_SEEN = 20_000;

/**
 * A noun for a person by its form, where the lexicon lacks it: one who practises something
 * ("novelist", "cellist", "physicist"), a trade in "-ician" ("technician"), a "-man", "-woman" or
 * "-person" ("spokeswoman", "fisherman"), or a compound ending in a role ("songwriter").
 */
function isRoleByForm(lower: string): boolean {
  if (PERSON_NOUNS.has(lower)) return true;
  if (lower.length < MIN_FORMED_ROLE) return false;
  if (/ist$/u.test(lower)) return !/(?:sist|xist)$/u.test(lower) && !LISTS.test(lower);
  if (/(?:ician|grader)$/u.test(lower)) return true;
  if (/(?:man|woman|person)$/u.test(lower)) return !NOT_PEOPLE_IN_MAN.has(lower);
  if (!/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(lower)) return false;
  for (let split = MIN_COMPOUND_HEAD; split <= lower.length - MIN_COMPOUND_TAIL; split += 1) {
    const tail = lower.slice(split).replace(/^-/u, '');
    if (tail.length >= MIN_COMPOUND_TAIL && isKind(tail, 'role') && !tail.endsWith('s')) return true;
  }
  return false;
}

/** Nouns for a person that the lexicon does not tag as roles: "a member", "a man called Ove". */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  'member man woman boy girl child kid baby teen teenager student resident neighbour neighbor friend guy lady person customer patient'.split(
    ' ',
  ),
);

/** Shortest word read as a role by its form: "chemist"; "twist" and "mist" are shorter. */
const MIN_FORMED_ROLE = 6;

/** Lists, not people, in "-list": "playlist", "checklist", "shortlist". */
const LISTS = /(?:play|check|short|wish|black|white|set|track|wait|watch|hit|book|song|to-do|bucket)list$/u;

/** Words in "-man" that are no person. */
const NOT_PEOPLE_IN_MAN: ReadonlySet<string> = new Set([
  'talisman',
  'ottoman',
  'caiman',
  'superhuman',
  'doberman',
]);

/** A compound's parts, each long enough to be a word: "song|writer", "co-|founder" is too short a head. */
const MIN_COMPOUND_HEAD = 3;
const MIN_COMPOUND_TAIL = 5;

/** An appositive: a comma, an optional age ("Smith, 42, a nurse,"), and a phrase up to the next comma or stop. */
const APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?([^,.;:"“”()]+?)\s*(?:,|\.|;|$)/;

/**
 * Reads a role set off by commas after a name, `nameEnd` being where the name ends in `text`:
 * ", Germany's chancellor," or ", a Canadian nurse,".
 */
export function appositiveRole(text: string, nameEnd: number): string | null {
  if (text.charAt(nameEnd) !== ',') return null;
  const match = APPOSITIVE.exec(text.slice(nameEnd));
  const phrase = match?.[1]?.replace(LEADING_ARTICLE, '').trim();
  if (phrase === undefined || phrase === '') return null;
  const roleWords = phrase.split(/\s+/);
  const opener = roleWords[0]?.toLowerCase() ?? '';
  // ", waiting for his mother,": a participle opens a clause, not a role.
  if (roleWords.length > MAX_APPOSITIVE_WORDS || CLAUSE_OPENERS.has(opener) || /ing$/u.test(opener))
    return null;
  const namesARole = roleWords.some((word) => isRoleWord(stripPossessive(word.toLowerCase())));
  return namesARole ? phrase : null;
}
