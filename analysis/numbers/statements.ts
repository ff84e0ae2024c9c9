import { SAYING_VERBS } from '../lexicon';
import {
  DEMONSTRATIVE_POINTING_BACK,
  withoutAgencyDateline,
  withoutPlaceDateline,
} from '../summary-cleaning';

/** The article's own words that hold a figure: a whole sentence, or the clauses of one that say it. */
export interface Statement {
  text: string;
  /** Where the figure stands in `text`. */
  at: number;
}

/**
 * Longest statement shown, in words. An ordinary news sentence fits whole; a longer one is cut to the
 * clauses around its figure, and a figure whose clauses alone are longer is not shown.
 */
const MAX_STATEMENT_WORDS = 40;

/** Fewest words of a statement: a figure and what it counts, with a verb ("Turnout was 64%"). */
const MIN_STATEMENT_WORDS = 3;

/**
 * Where one clause of a sentence ends and the next begins: a semicolon, colon or dash, or a comma
 * before a word that opens a clause. The next clause starts after the match.
 */
const CLAUSE_BREAK =
  /\s*(?:;|:(?=\s)|\s(?:--|—|–)\s|—|,(?=\s(?:and|but|while|whereas|although|though|which|who|where|after|before|because|as|when|including|with|so|yet|or|up|down|from|compared|bringing|making|leaving|meaning|according)\b))\s*/giu;

/** Words that join a clause to the one before it and can be left off when the clause stands alone. */
const JOINING_WORDS =
  /^(?:and|but|so|yet|or|while|whereas|although|though)\s+|^(?:however|meanwhile|still|also|now|then|in addition|by contrast|in total|overall),\s*/iu;

/** At a sentence's start only a conjunction or an adverb set off by a comma joins it ("So far," stays). */
const JOINING_AT_START =
  /^(?:and|but|yet)\s+|^(?:however|meanwhile|still|also|now|then|in addition|by contrast|in total|overall),\s*/iu;

/**
 * Words that, opening a statement, point back to something named earlier ("It lost 464,000
 * subscribers": which firm?), as does an unnamed "the company" or "the agency" in a story of several; such
 * a statement needs the sentence before it, also after a fronted phrase ("Sunday, he completed 70
 * percent"). "This year" and its like point to a time, not back.
 */
const POINTS_BACK = new RegExp(
  String.raw`^(?:[^,;:"“”]{1,30},\s+)?(?:it|its|they|their|them|he|she|his|her|him|we|our|us|i|my|you|your|such|both|the latter|the former|the same|the (?:company|firm|agency|group|utility|organi[sz]ation|department|carrier|retailer)\b|${DEMONSTRATIVE_POINTING_BACK})\b`,
  'iu',
);

/** A sentence that opens on a verb in -ing, with no subject ("Still collecting $28,600 per child"): a fragment. */
const NO_SUBJECT = /^(?:still|also|now)\s+\p{Ll}+ing\b/iu;

/** Words that open a clause leaning on the one before ("which cost $5m", "after 400 were hurt"): no statement alone. */
const LEANING_CLAUSE =
  /^(?:which|who|whom|whose|where|when|after|before|because|as|with|including|compared|according|up|down|from|bringing|making|leaving|meaning)\b/iu;

/** Quotation marks: a quote is shown whole, so its words are never cut from who said them. */
const QUOTE_MARKS = /["“”„«»]/gu;

/** Words that say whose claim a sentence is ("according to"), so the claim is never cut from them. */
const ATTRIBUTION = /\baccording to\b/iu;

/** Dateline forms the summary also drops, plus a place and a lone hyphen ("HONOLULU - "). */
const HYPHEN_DATELINE = /^\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s?[\p{L}. ]{1,30})?\s-\s+/u;

/**
 * The statement that holds the figure at `start`..`end` of the sentence, or null when none stands alone.
 * A sentence that opens by pointing back ("It lost 464,000 subscribers") is shown after the sentence
 * before it in its paragraph, when that one names what it points to and both fit in one statement.
 */
export function statementFor(
  sentence: string,
  start: number,
  end: number,
  previous: string | null = null,
): Statement | null {
  const own = statementInSentence(sentence, start, end);
  if (own !== POINTS_BACK_ONLY) return own;
  if (previous === null) return null;
  const before = withoutDatelines(previous).trim();
  const after = sentence.trimStart();
  const joined = `${before} ${after}`;
  if (POINTS_BACK.test(before) || NO_SUBJECT.test(before) || !/[.!]["'”’»)]*$/u.test(before)) return null;
  if (wordCount(joined) > MAX_STATEMENT_WORDS) return null;
  const shift = before.length + 1 - (sentence.length - after.length);
  const together = standingAlone(joined, 0, joined.length, start + shift);
  return together === POINTS_BACK_ONLY ? null : together;
}

/** What `standingAlone` says of words that would stand alone but for pointing back to an earlier sentence. */
const POINTS_BACK_ONLY = 'points back';

function statementInSentence(
  sentence: string,
  start: number,
  end: number,
): Statement | null | typeof POINTS_BACK_ONLY {
  const story = withoutDatelines(sentence);
  const offset = sentence.length - story.length;
  if (start < offset) return null;
  const from = start - offset;
  const to = end - offset;
  const span =
    wordCount(story) <= MAX_STATEMENT_WORDS
      ? { first: 0, last: story.length }
      : clausesAround(story, from, to);
  if (span === null) return null;
  return standingAlone(story, span.first, span.last, from);
}

function withoutDatelines(sentence: string): string {
  const text = sentence.trim();
  const story = withoutPlaceDateline(withoutAgencyDateline(text)).replace(HYPHEN_DATELINE, '');
  // The datelines come off the front only; keep the sentence's own end so offsets count from its start.
  return sentence.slice(sentence.length - (story.length + (sentence.length - sentence.trimEnd().length)));
}

/**
 * The shortest run of whole clauses around the figure, or null when the sentence may not be cut: a
 * quote or an attributed claim is shown whole or not at all.
 */
function clausesAround(text: string, from: number, to: number): { first: number; last: number } | null {
  if (quoteMarks(text).length > 0 || ATTRIBUTION.test(text) || hasSayingVerb(text)) return null;
  let first = 0;
  let last = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const breakStart = match.index;
    const breakEnd = breakStart + match[0].length;
    if (breakEnd <= from) first = breakEnd;
    else if (breakStart >= to) {
      last = breakStart;
      break;
    }
  }
  // From the sentence's start when that fits: its subject is there.
  if (wordCount(text.slice(0, last)) <= MAX_STATEMENT_WORDS) first = 0;
  if (wordCount(text.slice(first, last)) > MAX_STATEMENT_WORDS) return null;
  return { first, last };
}

/** Where the quotation marks stand in the words. */
function quoteMarks(words: string): number[] {
  return [...words.matchAll(QUOTE_MARKS)].map((match) => match.index);
}

/** Whether the figure stands inside quotation marks; scare quotes elsewhere ("promoting") do not count. */
function inQuote(words: string, figureAt: number): boolean {
  const marks = quoteMarks(words);
  for (let pair = 0; pair + 1 < marks.length; pair += 2) {
    if ((marks[pair] ?? 0) < figureAt && figureAt < (marks[pair + 1] ?? 0)) return true;
  }
  return false;
}

function hasSayingVerb(text: string): boolean {
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) if (SAYING_VERBS.has(word)) return true;
  return false;
}

/** The clauses as a statement a reader can take alone, or null when they point back to an earlier sentence. */
function standingAlone(
  text: string,
  first: number,
  last: number,
  figureAt: number,
): Statement | null | typeof POINTS_BACK_ONLY {
  let start = first;
  const joined = (first === 0 ? JOINING_AT_START : JOINING_WORDS).exec(text.slice(start));
  if (joined !== null && start + joined[0].length <= figureAt) start += joined[0].length;
  let end = last;
  const cut = end < text.trimEnd().length;
  if (cut) while (end > start && /[\s,;:—–-]/u.test(text.charAt(end - 1))) end -= 1;
  const words = text.slice(start, end);
  if (wordCount(words) < MIN_STATEMENT_WORDS) return null;
  if (POINTS_BACK.test(words) || NO_SUBJECT.test(words)) return first === 0 ? POINTS_BACK_ONLY : null;
  // One end of a quote whose other end is in another sentence: a piece of someone's words, cut short.
  if (quoteMarks(words).length % 2 === 1) return null;
  // A figure inside someone's words, with no one said to say them, is a piece of a quote, not a fact.
  if (inQuote(words, figureAt - start) && !hasSayingVerb(words) && !ATTRIBUTION.test(words)) return null;
  if (first > 0 && LEANING_CLAUSE.test(words)) return null;
  // Spaces as a reader sees them: a sentence from preformatted text may hold line breaks.
  const lead = oneLine(text.slice(start, figureAt));
  const statement = lead + oneLine(text.slice(figureAt, end));
  return { text: statement.charAt(0).toLocaleUpperCase() + statement.slice(1), at: lead.length };
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
