import type { KeyNumber } from '../types';
import type { Sentence } from '../sentences';
import { isKind } from '../lexicon';
import { isQuestion, isStorySentence } from '../summary-cleaning';
import { findFigures, type Figure, type FigureKind } from './figures';
import { statementFor } from './statements';

/** Most key numbers shown: the handful of figures that carry a story, not every number in it. */
export const MAX_NUMBERS = 5;

/** How much each kind of figure tells the reader: money and shares say more than head counts. */
const KIND_WEIGHT: Readonly<Record<FigureKind, number>> = { money: 3, percentage: 2.5, count: 2 };

/** A figure written with a scale word ("4.5 billion") is an amount that matters more than a bare count. */
const SCALE_BONUS = 1;

/** A figure the headline gives is the story's own. */
const HEADLINE_BONUS = 2;

/** A count of people (victims, voters, jobs) is what news counts first. */
const PEOPLE_BONUS = 0.5;

/** Weight of the lead: news gives its main figures first, so a figure counts less the later it comes. */
const LEAD_WEIGHT = 1.5;

/**
 * Sentences that make the lead. A measure (a distance, a duration) or a small price is shown only from
 * there, where it is the story's own figure ("closed for 11 days"); later it is background.
 */
const LEAD_SENTENCES = 3;

/** Money below this, written without a scale word, is a price ("$4.99"), background unless in the lead. */
const SMALL_PRICE = 100;

/** Units a count of which is a measure of time, distance, size or score rather than of people or things. */
const MEASURES = new Set(
  'second seconds minute minutes hour hours day days week weeks month months year years decades centuries mile miles kilometres kilometers km feet foot inches metres meters yards acres hectares degrees pounds lbs kilograms kg grams tons tonnes ounces points goals runs laps bytes kilobytes megabytes gigabytes terabytes kb mb gb tb mph watts volts'.split(
    ' ',
  ),
);

/** Plural nouns for people the lexicon does not list as roles (it lists "workers", "voters" as roles). */
const PEOPLE = new Set(
  'people persons residents children kids adults men women students pupils patients passengers civilians refugees migrants victims families households customers users members fans visitors tourists employees staff jobs troops soldiers deaths'.split(
    ' ',
  ),
);

interface Candidate extends KeyNumber {
  score: number;
  sentence: number;
  /** The figure's amount, and every figure the statement holds: a figure said once is not shown again. */
  amount: string;
  amounts: string[];
}

/**
 * Words of four letters or more that say nothing of what a headline is about: function words, and
 * the words of figures ("million", "percent"), which every statement with a figure has.
 */
const NOT_TOPIC_WORDS = new Set(
  'about above after again against also among been before being below between both could does doing down during each even every from have having here into just more most much must next only other over same says said should since some such than that their them then there these they this those through under until upon very were what when where which while will with would your hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens percent cent'.split(
    ' ',
  ),
);

/** Letters kept when comparing words, so "closes" meets "closure" and "minister" meets "ministers". */
const TOPIC_STEM_LENGTH = 5;

/** The words that say what a text is about: its longer words less function words, as stems. */
function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    if (!NOT_TOPIC_WORDS.has(word)) stems.add(word.slice(0, TOPIC_STEM_LENGTH));
  }
  return stems;
}

/** A title with fewer topic words than this is a site's name or a label, not a headline to test against. */
const MIN_HEADLINE_WORDS = 2;

/** Letters of an abbreviation a story makes of its headline's words ("RA" for rheumatoid arthritis). */
const ABBREVIATION = /^\p{Lu}{2,5}$/u;

/**
 * What the headline says the story is about: its topic stems and the abbreviations of its runs of
 * words, or nothing when the title is no headline.
 */
function headlineTopic(title: string | null): Set<string> {
  const topic = topicStems(title ?? '');
  if (topic.size < MIN_HEADLINE_WORDS) return new Set();
  const words = [...(title ?? '').matchAll(/\p{L}+/gu)].map(([word]) => word);
  for (let start = 0; start < words.length; start += 1) {
    let initials = '';
    for (const word of words.slice(start, start + 5)) {
      initials += word.charAt(0).toUpperCase();
      if (initials.length >= 2) topic.add(initials);
    }
  }
  return topic;
}

/** The story's key amounts, counts and shares, each in the article's own words that say what it counts. */
export function findKeyNumbers(sentences: Sentence[], title: string | null = null): KeyNumber[] {
  const inTitle = new Set(title === null ? [] : findFigures(title).map(amountKey));
  const topic = headlineTopic(title);
  const storyYear = latestYear(sentences);
  const isStory = sentences.map((sentence) => isStorySentence(sentence.text));
  const candidates: Candidate[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (!isStory[index] || isQuestion(sentence.text) || SURVEY_METHOD.test(sentence.text)) continue;
    if (sentence.index >= LEAD_SENTENCES && isBackground(sentence.text, storyYear)) continue;
    const figures = findFigures(sentence.text);
    if (isListOfFigures(figures, sentence.text)) continue;
    const before = sentences[index - 1];
    const previous =
      before !== undefined && before.paragraph === sentence.paragraph && isStory[index - 1] === true
        ? before.text
        : null;
    for (const figure of figures) {
      if (!shows(figure, sentence.index, sentence.text)) continue;
      const statement = statementFor(sentence.text, figure.start, figure.end, previous);
      if (statement === null) continue;
      const amount = amountKey(figure);
      if (!isOnTopic(statement.text, sentence.index, inTitle.has(amount), topic)) continue;
      candidates.push({
        value: figure.value.replace(/\s+/gu, ' '),
        statement: statement.text,
        at: statement.at,
        score: scoreOf(figure, sentence.index) + (inTitle.has(amount) ? HEADLINE_BONUS : 0),
        sentence: sentence.index,
        amount,
        // The figure itself is always among them.
        amounts: figures.filter((other) => inside(other, figure, statement)).map(amountKey),
      });
    }
  }
  return bestOnce(candidates);
}

/** A year as a story writes it: four digits from 1900 to 2099, standing alone. */
const YEAR = /(?<![\d.,$€£¥])\b(?:19|20)\d{2}\b(?![\d%,.]\d)/gu;

/**
 * Years before the story's own that make a sentence background: "In 1998, bombings killed more than
 * 200" in a story of 2017 is history the story recalls, not its news. Two years, so "last year" stays.
 */
const BACKGROUND_YEARS = 2;

/** The latest year the story names: the nearest stand-in for when it was written. */
function latestYear(sentences: Sentence[]): number {
  let latest = 0;
  for (const sentence of sentences) {
    for (const [year] of sentence.text.matchAll(YEAR)) latest = Math.max(latest, Number(year));
  }
  return latest;
}

/** A sentence dated only in years well before the story's own. */
function isBackground(text: string, storyYear: number): boolean {
  const years = [...text.matchAll(YEAR)].map(([year]) => Number(year));
  return years.length > 0 && years.every((year) => year <= storyYear - BACKGROUND_YEARS);
}

/** A sentence about how a poll was taken (its margin of error, its sample): method, not story. */
const SURVEY_METHOD =
  /\b(?:margin of (?:sampling )?error|sampling error|sample size|confidence interval)\b/iu;

/** Three figures of one kind in a sentence, or a "respectively", make a table in prose ("82, 92 and 86 percent"). */
const MOST_FIGURES_OF_A_KIND = 2;

function isListOfFigures(figures: Figure[], text: string): boolean {
  if (/\brespectively\b/iu.test(text)) return true;
  const byKind = new Map<FigureKind, number>();
  for (const figure of figures) byKind.set(figure.kind, (byKind.get(figure.kind) ?? 0) + 1);
  return [...byKind.values()].some((count) => count > MOST_FIGURES_OF_A_KIND);
}

/**
 * Background a figure sits in rather than news: a population, an age group, a survey's sample ("surveyed
 * 1,852 voters"; its findings are the news), or the whole that a part is counted "out of" (in "966,700
 * out of 1.1 million", the part is the news).
 */
const BACKGROUND_BEFORE =
  /\b(?:surveyed|polled|interviewed|analy[sz]ed|sample of|sampled)\s+(?:more than\s+|about\s+|around\s+|over\s+|nearly\s+|some\s+)?$|\b(?:population of|ages?\b|aged\b)[^.;]{0,24}$|\bout of\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|over\s+)?$/iu;

/** A distance that says where a place is ("30 miles north of Buffalo"), not what happened there. */
const LOCATING =
  /^\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|off|outside|from|away)\b/iu;

/** Whether a figure is worth a reader's look where it stands. */
function shows(figure: Figure, sentence: number, text: string): boolean {
  if (BACKGROUND_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start))) return false;
  const measure = figure.kind === 'count' && MEASURES.has(figure.counted);
  if (measure && LOCATING.test(text.slice(figure.end + figure.counted.length + 1))) return false;
  if (sentence < LEAD_SENTENCES) return true;
  if (measure && !figure.scaled) return false;
  return !(figure.kind === 'money' && !figure.scaled && figure.amount < SMALL_PRICE);
}

/** True when `other` lies within the statement cut for `figure` (the statement's offsets are its own). */
function inside(other: Figure, figure: Figure, statement: { text: string; at: number }): boolean {
  const statementStart = figure.start - statement.at;
  return other.start >= statementStart && other.end <= statementStart + statement.text.length;
}

function scoreOf(figure: Figure, sentence: number): number {
  const people = figure.kind === 'count' && (PEOPLE.has(figure.counted) || isPeopleRole(figure.counted));
  return (
    KIND_WEIGHT[figure.kind] +
    (figure.scaled ? SCALE_BONUS : 0) +
    (people ? PEOPLE_BONUS : 0) +
    LEAD_WEIGHT / Math.sqrt(1 + sentence)
  );
}

/** "workers", "voters": a plural whose singular the lexicon knows as a role. */
function isPeopleRole(word: string): boolean {
  return word.endsWith('s') && isKind(word.slice(0, -1), 'role');
}

/**
 * Whether a statement is about what the headline says the story is about: it shares a word with the
 * headline, or an abbreviation of its words, or gives the headline's figure. A figure from elsewhere
 * is mostly trivia, a side story or a statement whose subject lies in another sentence. The lead tells
 * the story by definition, and without a headline there is nothing to test against.
 */
function isOnTopic(statement: string, sentence: number, inHeadline: boolean, topic: Set<string>): boolean {
  if (topic.size === 0 || inHeadline || sentence < LEAD_SENTENCES) return true;
  for (const stem of topicStems(statement)) if (topic.has(stem)) return true;
  for (const [word] of statement.matchAll(/\p{L}+/gu))
    if (ABBREVIATION.test(word) && topic.has(word)) return true;
  return false;
}

/** The same figure restated ("$2.5 billion", "$2.5bn") has one key; figures in words key by their text. */
function amountKey(figure: Figure): string {
  return Number.isNaN(figure.amount)
    ? figure.value.toLowerCase().replace(/\s+/g, ' ')
    : `${figure.kind}:${figure.amount}`;
}

/** The best-scoring statements, each statement and each figure once, most important first. */
function bestOnce(candidates: Candidate[]): KeyNumber[] {
  const said = new Set<string>();
  const shown = new Set<string>();
  const chosen: KeyNumber[] = [];
  for (const candidate of candidates.sort((a, b) => b.score - a.score || a.sentence - b.sentence)) {
    if (chosen.length >= MAX_NUMBERS) break;
    if (shown.has(candidate.statement) || said.has(candidate.amount)) continue;
    shown.add(candidate.statement);
    for (const key of candidate.amounts) said.add(key);
    chosen.push({ value: candidate.value, statement: candidate.statement, at: candidate.at });
  }
  return chosen;
}
