import type { Sentence } from '../sentences';
import type { PeopleInText, PersonMention } from '../people';
import type { QuotedPiece } from '../quote-marks';

/** A direct quote found in the text, with the person it is attributed to when that is a person. */
export interface FoundQuote {
  text: string;
  start: number;
  paragraph: number;
  speaker: string | null;
  role: string | null;
  person: number | null;
}

export interface Attribution {
  speaker: string | null;
  role: string | null;
  person: number | null;
}

/** What the speaker rules read: the text, its sentences, its people, and where quotes sit. */
export interface Context {
  text: string;
  sentences: Sentence[];
  found: PeopleInText;
  pieces: QuotedPiece[];
  /** The mentions outside quotes, in text order: the people a pronoun can stand for. */
  spokenOf: PersonMention[];
  /**
   * For each gender, and each index into `spokenOf`, the index of the latest mention up to it whose
   * person a pronoun of that gender can stand for (-1 when none): a pronoun is resolved in one step.
   */
  latestFitting: Record<'male' | 'female', Int32Array>;
  /** Mentions, in text order, of the people whose role holds a word, by that word: "the senator" is found at once. */
  mentionsByRoleWord: ReadonlyMap<string, PersonMention[]>;
  /** The subject of each sentence's saying verb, by sentence index, read once per sentence. */
  verbSubjects: Map<number, VerbSubject | null>;
}

/** The first saying verb of a sentence, read with its asides blanked, and the speaker of its subject. */
export interface VerbSubject {
  /** Where the verb's clause ends in the text: it counts for a quote that starts at or after this. */
  end: number;
  speaker: Attribution | null;
}

/** True when a mention stands inside a quote; pieces are in text order and never overlap, so one is asked. */
export function isInsideQuote(pieces: QuotedPiece[], mention: PersonMention): boolean {
  const piece =
    pieces[lastIndexAtOrBefore(pieces.length, (index) => pieces[index]?.innerStart ?? 0, mention.start)];
  return piece !== undefined && mention.end <= piece.innerEnd;
}

/** The index of the last of `count` items in ascending order whose key is at most `position` (-1 when none). */
export function lastIndexAtOrBefore(
  count: number,
  keyAt: (index: number) => number,
  position: number,
): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyAt(middle) <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** For each mention in `spokenOf`, the latest one up to it whose person's gender is unknown or `gender`. */
export function latestFitting(
  found: PeopleInText,
  spokenOf: PersonMention[],
  gender: 'male' | 'female',
): Int32Array {
  const latest = new Int32Array(spokenOf.length);
  let fitting = -1;
  spokenOf.forEach((mention, index) => {
    const personGender = found.people[mention.person]?.gender ?? null;
    if (personGender === null || personGender === gender) fitting = index;
    latest[index] = fitting;
  });
  return latest;
}

/** Every mention of a person with a role, listed under each word of the role, in text order. */
export function mentionsByRoleWord(found: PeopleInText): Map<string, PersonMention[]> {
  const byWord = new Map<string, PersonMention[]>();
  for (const mention of found.mentions) {
    const role = found.people[mention.person]?.role?.toLowerCase() ?? '';
    for (const word of new Set(role.split(/\s+/))) {
      const list = byWord.get(word) ?? [];
      list.push(mention);
      byWord.set(word, list);
    }
  }
  return byWord;
}

/** The sentence holding a position, found by halving (sentences are in text order). */
export function sentenceAt(sentences: Sentence[], position: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  const sentence = sentences[low];
  return sentence !== undefined && sentence.start <= position ? sentence : undefined;
}

/** The index of the first mention starting at or after a position, found by halving. */
export function firstMentionFrom(mentions: PersonMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
