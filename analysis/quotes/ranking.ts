import type { Quote } from '../types';
import type { PeopleInText } from '../people';
import type { FoundQuote } from './context';

/** Fewest words a quote needs without a speaker, or starting mid-sentence: shorter ones are names and slogans. */
const MIN_UNATTRIBUTED_WORDS = 5;

/** Fewest words a quoted statement needs when its speaker is given ("“We need change,” he said"). */
const MIN_STATEMENT_WORDS = 2;

/** Fewest words a quote worked into a sentence needs to be a statement, not a scare quote ("massive"). */
const MIN_PARTIAL_WORDS = 8;

/** Fewest words a quote worked into a sentence needs when it is a clause with its own verb ("has made dramatic changes"). */
const MIN_PARTIAL_CLAUSE_WORDS = 5;

/** Auxiliaries and copulas that make a quoted phrase a clause, a statement rather than a label. */
const FINITE_VERB =
  /\b(?:is|are|was|were|will|would|can|could|has|have|had|do|does|did|should|must|may|might|won’t|won't|can’t|can't|isn’t|isn't|don’t|don't)\b/iu;

/** Characters of Chinese or Japanese, written without spaces, that make up about one English word. */
const CJK_CHARACTERS_PER_WORD = 2;

/** Scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Share of capitalised words above which a quote is a title of a work ("The Art of the Deal"), not speech. */
const TITLE_CASE_SHARE = 0.7;

/** Small words left in lower case inside titles of works, so not counted when judging title case. */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
]);

/** Ranking weights: substance (length) first, then who speaks and how early. */
const QUOTE_WEIGHTS = { length: 2, speakerProminence: 1.5, hasSpeaker: 0.5, position: 0.5 } as const;

/**
 * Most quotes listed, most important first: the popup shows a few and pages through the rest. The most
 * in one article of the shared data is 25 (PolNeAR); a page of thousands of quotes is a transcript or
 * a comment thread, and its first hundred bound what the popup must draw.
 */
export const MAX_QUOTES = 100;

/** Quote length (in words) past which a longer quote is not considered more substantial. */
const SUBSTANTIAL_QUOTE_WORDS = 40;

/**
 * A quote is a statement when it says something: a whole quoted sentence with its speaker given, a
 * longer one without, or a quote worked into a sentence that is long enough to be more than a phrase;
 * never a title of a work written in capitals.
 */
export function isStatement(quote: FoundQuote, workedIn: boolean): boolean {
  const words = quote.text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const unspacedCharacters = quote.text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const wordCount =
    words.length - (unspacedCharacters > 0 ? 1 : 0) + unspacedCharacters / CJK_CHARACTERS_PER_WORD;
  const wholeSentence = quote.speaker !== null && /^\p{Lu}/u.test(quote.text);
  const clause = FINITE_VERB.test(quote.text);
  const fewest = workedIn
    ? clause
      ? MIN_PARTIAL_CLAUSE_WORDS
      : MIN_PARTIAL_WORDS
    : wholeSentence
      ? MIN_STATEMENT_WORDS
      : MIN_UNATTRIBUTED_WORDS;
  if (wordCount < fewest) return false;
  const contentWords = words.filter((word) => !TITLE_FUNCTION_WORDS.has(word.toLowerCase()));
  const capitalised = contentWords.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / Math.max(1, contentWords.length) < TITLE_CASE_SHARE;
}

export function rankQuotes(quotes: FoundQuote[], found: PeopleInText, textLength: number): Quote[] {
  // A loop, not Math.max(...people): spreading tens of thousands of arguments overflows the stack.
  let mostMentions = 1;
  for (const person of found.people) mostMentions = Math.max(mostMentions, person.mentions);
  const score = (quote: FoundQuote): number => {
    const words = quote.text.split(/\s+/).length;
    const mentions = quote.person === null ? 0 : (found.people[quote.person]?.mentions ?? 0);
    return (
      QUOTE_WEIGHTS.length * Math.min(1, words / SUBSTANTIAL_QUOTE_WORDS) +
      QUOTE_WEIGHTS.speakerProminence * (mentions / mostMentions) +
      (quote.speaker === null ? 0 : QUOTE_WEIGHTS.hasSpeaker) +
      QUOTE_WEIGHTS.position * (1 - quote.start / Math.max(1, textLength))
    );
  };
  return quotes
    .map((quote) => ({ quote, score: score(quote) }))
    .sort((a, b) => b.score - a.score || a.quote.start - b.quote.start)
    .slice(0, MAX_QUOTES)
    .map(({ quote: { text, speaker, role } }) => ({ text, speaker, role }));
}
