import type { Sentence } from '../sentences';
import type { NameCandidate } from './types';
import { isFirstName, isKind, kindSet } from '../lexicon';
import { vouchedCandidate } from './vouched';
import { isCommonWord } from './words';

/**
 * Online handles ("mconley", "Kenrick95"), which developer blogs name people by: written in lower
 * case or with digits, so the capitalised-name finder never sees them. Taken only where the words
 * say a person is meant: a changelog's "mconley fixed …" opening a sentence, or a list of thanks
 * ("Thanks to evilpie", "My thanks go out to Clifford Wolf, whitequark, …").
 */

/** A handle: lower-case letters (digits, dots, underscores and hyphens allowed) or a word ending in digits. */
const HANDLE = String.raw`(?:\p{Ll}[\p{Ll}\d_.-]{2,30}|\p{L}[\p{L}_-]{1,30}\d{1,6})`;

/** A one-word name as changelogs write one ("Gijs fixed …"): capitalised, no other capital, not a company's. */
const SINGLE_NAME = String.raw`\p{Lu}\p{Ll}{1,20}`;

/** A sentence opening with a handle and what a contributor does: "mconley fixed", "Kenrick95 landed". */
const CHANGELOG_OPENING = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s+))(${HANDLE}|${SINGLE_NAME})\s+(?:fixed|landed|added|improved|implemented|removed|updated|contributed|ported|refactored|rewrote|cleaned\s+up|made|has\s+(?:patches|fixed|landed|added)|is\s+working|wrote|fixes|adds)\b`,
  'gu',
);

/** The opening of a list of thanks: "Thanks to", "thanks for", "My thanks go out to". */
const THANKS = /\bthanks\s+(?:go(?:es)?\s+out\s+)?(?:to|for)\s+/giu;

/** A handle standing alone as one item of a list. */
const HANDLE_ITEM = new RegExp(String.raw`^${HANDLE}$`, 'u');

/** Adds the handles a sentence names as people. */
export function addHandleCandidates(candidates: NameCandidate[], sentence: Sentence): void {
  // A lower-case sentence start does not end the sentence before it, so openings are looked for inside.
  for (const opening of sentence.text.matchAll(CHANGELOG_OPENING)) {
    const token = opening[1] ?? '';
    if (isHandle(token)) candidates.push(handle(sentence, token, opening.index));
  }
  for (const thanks of sentence.text.matchAll(THANKS)) {
    const listStart = thanks.index + thanks[0].length;
    const list = /^[^.;:!?()]*/u.exec(sentence.text.slice(listStart))?.[0] ?? '';
    let offset = listStart;
    for (const item of list.split(/(,\s*(?:and\s+)?|\s+and\s+)/u)) {
      const token = item.trim();
      if (HANDLE_ITEM.test(token) && isHandle(token))
        candidates.push(handle(sentence, token, offset + item.indexOf(token)));
      offset += item.length;
    }
  }
}

/**
 * Not an English word: "users fixed" or "thanks to everyone" name nobody; a capitalised word is a
 * given name, or no word, place or company the lexicon knows ("Apple fixed" is a company's).
 */
function isHandle(token: string): boolean {
  const lower = token.toLowerCase();
  if (/\d/u.test(token)) return true;
  if (/^\p{Lu}/u.test(token)) return isFirstName(lower) || !isKind(lower, NOT_A_CONTRIBUTOR);
  return !isCommonWord(lower);
}

/** Kinds of a capitalised word that make it no contributor's name. */
const NOT_A_CONTRIBUTOR = kindSet(
  'common',
  'noun',
  'role',
  'place',
  'organisation',
  'nationality',
  'calendar',
);

function handle(sentence: Sentence, token: string, at: number): NameCandidate {
  return vouchedCandidate(sentence, { words: [token], surface: token }, at, token.length);
}
