/** A word of a sentence with its offsets and the characters between it and the next word. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** What separates this word from the next one (" ", ", ", ". "), or the rest of the text. */
  after: string;
}

/** A word: letters, with inner apostrophes and hyphens ("O'Brien", "Merkel's", "all-rounder"). */
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\d'’-]*[\p{L}\p{M}\d])?/gu;

/** Splits text into words, keeping offsets and the separators between them. */
export function wordsOf(text: string): Word[] {
  const matches = [...text.matchAll(WORD)];
  return matches.map((match, index) => {
    const end = match.index + match[0].length;
    const next = matches[index + 1];
    return {
      text: match[0],
      start: match.index,
      end,
      after: text.slice(end, next === undefined ? text.length : next.index),
    };
  });
}
