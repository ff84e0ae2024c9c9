import type { Sentence } from '../sentences';
import type { NameCandidate } from './types';

/**
 * A candidate whose context already says it is a person (a handle in a changelog, an author in a
 * reference list): it stands alone, with no title, role or gender known. `at` is where it starts in
 * the sentence, `length` how much of the sentence it covers.
 */
export function vouchedCandidate(
  sentence: Sentence,
  name: { words: string[]; surface: string },
  at: number,
  length: number,
): NameCandidate {
  return {
    words: name.words,
    surface: name.surface,
    start: sentence.start + at,
    end: sentence.start + at + length,
    sentence: sentence.index,
    titled: false,
    standsAlone: true,
    needsEvidence: false,
    evidenced: true,
    singleWithEvidence: false,
    opensSentence: at === 0,
    role: null,
    gender: null,
  };
}
