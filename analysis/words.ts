/** A word of a sentence with its offsets and the characters between it and the next word. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** What separates this word from the next one (" ", ", ", ". "), or the rest of the text. */
  after: string;
}

/**
 * A word: letters, with inner apostrophes and hyphens ("O'Brien", "Merkel's", "all-rounder"). Global
 * and shared, so `wordsOf` resets its `lastIndex` before each text.
 */
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\d'’-]*[\p{L}\p{M}\d])?/gu;

/** Splits text into words, keeping offsets and the separators between them. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let previous: Word | undefined;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = { text: match[0], start: match.index, end: match.index + match[0].length, after: '' };
    if (previous !== undefined) previous.after = text.slice(previous.end, word.start);
    words.push(word);
    previous = word;
  }
  if (previous !== undefined) previous.after = text.slice(previous.end);
  return words;
}
