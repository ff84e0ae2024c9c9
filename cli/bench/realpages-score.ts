/**
 * Scoring of people and quotes on real pages, as `realpages-dev.jsonl`'s README describes it for the
 * held-out set: names and quote openings folded, then matched one to one.
 */

/** One page's hand annotation. */
export interface GoldPage {
  id: string;
  people: string[];
  credits: string[];
  quotes: GoldQuote[];
}

export interface GoldQuote {
  /** The quote's first eight words. */
  start: string;
  words: number;
  speaker: string;
  named: boolean;
}

/** A person as Crux reports one. */
export interface ReportedPerson {
  name: string;
  aliases: string[];
}

/** A quote as Crux reports one. */
export interface ReportedQuote {
  text: string;
  speaker: string | null;
}

/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/**
 * Words of a name or quote with case, accents and punctuation folded ("O’Keefe" and "OKeefe" alike);
 * in Chinese or Japanese, written without spaces, each character is a word.
 */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(UNSPACED, ' $1 ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether one of a reported person's strings matches a gold name, by the README's three rules. */
export function namesMatch(reported: string, gold: string): boolean {
  const a = foldedWords(reported);
  const b = foldedWords(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  const sameLast = a[a.length - 1] === b[b.length - 1];
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (sameLast && shorter.every((word) => longer.includes(word))) return true;
  return b.length === 1 && a[a.length - 1] === b[0];
}

function personMatches(person: ReportedPerson, gold: string): boolean {
  return [person.name, ...person.aliases].some((name) => namesMatch(name, gold));
}

/** How the people of one page scored: counts, and the wrong and missed names for `--errors`. */
export interface PeopleScore {
  reported: number;
  matched: number;
  gold: number;
  wrong: string[];
  missed: string[];
}

/**
 * Pairs reported people with gold names one to one (exact folded equality first, then the looser
 * rules); a reported person matching only a credit is left out of the count.
 */
export function scorePeople(reported: ReportedPerson[], page: GoldPage): PeopleScore {
  const usedGold = new Set<number>();
  const matchedReported = new Set<number>();
  const exact = (person: ReportedPerson, gold: string): boolean =>
    [person.name, ...person.aliases].some(
      (name) => foldedWords(name).join(' ') === foldedWords(gold).join(' '),
    );
  for (const rule of [exact, personMatches]) {
    reported.forEach((person, index) => {
      if (matchedReported.has(index)) return;
      const goldIndex = page.people.findIndex((gold, at) => !usedGold.has(at) && rule(person, gold));
      if (goldIndex < 0) return;
      usedGold.add(goldIndex);
      matchedReported.add(index);
    });
  }
  const wrong: string[] = [];
  let counted = 0;
  reported.forEach((person, index) => {
    if (matchedReported.has(index)) {
      counted += 1;
      return;
    }
    const onlyACredit = page.credits.some((credit) => personMatches(person, credit));
    // A second report of a gold person already matched is wrong too: the reader sees one person twice.
    if (onlyACredit) return;
    counted += 1;
    wrong.push(person.name);
  });
  return {
    reported: counted,
    matched: matchedReported.size,
    gold: page.people.length,
    wrong,
    missed: page.people.filter((_, at) => !usedGold.has(at)),
  };
}

/** Words compared at the start of a quote: the first six of one appear as a run in the first eight of the other. */
const RUN_WORDS = 6;
const START_WORDS = 8;

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let at = 0; at + needle.length <= haystack.length; at += 1) {
    if (needle.every((word, offset) => haystack[at + offset] === word)) return true;
  }
  return false;
}

/** Whether a reported quote is the gold one, by their openings. */
export function quotesMatch(reported: string, goldStart: string): boolean {
  const a = foldedWords(reported).slice(0, START_WORDS);
  const b = foldedWords(goldStart).slice(0, START_WORDS);
  return containsRun(b, a.slice(0, RUN_WORDS)) || containsRun(a, b.slice(0, RUN_WORDS));
}

/** Whether the reported speaker holds the last word of the gold speaker's name. */
export function speakerRight(reported: string | null, goldSpeaker: string): boolean {
  if (reported === null) return false;
  const last = foldedWords(goldSpeaker).pop();
  return last !== undefined && foldedWords(reported).includes(last);
}

export interface QuotesScore {
  reported: number;
  matched: number;
  gold: number;
  /** Matched quotes whose gold speaker is named, and how many of those Crux gave to that person. */
  named: number;
  namedRight: number;
  /** Matched quotes of an unnamed source that Crux gave to a named person of the story. */
  unnamedGivenAName: number;
  wrong: string[];
  missed: string[];
  wrongSpeakers: string[];
}

/** A quotes score with nothing counted yet. */
export function noQuotes(): QuotesScore {
  return {
    reported: 0,
    matched: 0,
    gold: 0,
    named: 0,
    namedRight: 0,
    unnamedGivenAName: 0,
    wrong: [],
    missed: [],
    wrongSpeakers: [],
  };
}

function opening(text: string): string {
  return foldedWords(text).slice(0, START_WORDS).join(' ');
}

/** Pairs reported quotes with gold ones one to one, in the page's order, and checks their speakers. */
export function scoreQuotes(
  reported: ReportedQuote[],
  page: GoldPage,
  people: ReportedPerson[],
): QuotesScore {
  const usedGold = new Set<number>();
  const score = { ...noQuotes(), reported: reported.length, gold: page.quotes.length };
  for (const quote of reported) {
    const goldIndex = page.quotes.findIndex(
      (gold, at) => !usedGold.has(at) && quotesMatch(quote.text, gold.start),
    );
    const gold = page.quotes[goldIndex];
    if (gold === undefined) {
      score.wrong.push(opening(quote.text));
      continue;
    }
    usedGold.add(goldIndex);
    score.matched += 1;
    if (gold.named) {
      score.named += 1;
      if (speakerRight(quote.speaker, gold.speaker)) score.namedRight += 1;
      else
        score.wrongSpeakers.push(
          `${opening(quote.text)} — ${quote.speaker ?? '(none)'}, not ${gold.speaker}`,
        );
    } else if (
      quote.speaker !== null &&
      people.some((person) => personMatches(person, quote.speaker ?? ''))
    ) {
      score.unnamedGivenAName += 1;
      score.wrongSpeakers.push(`${opening(quote.text)} — ${quote.speaker}, not ${gold.speaker} (unnamed)`);
    }
  }
  score.missed = page.quotes
    .filter((_, at) => !usedGold.has(at))
    .map((gold) => `${gold.start} — ${gold.speaker}`);
  return score;
}
