import nlp from 'compromise';
import { analyzeArticle } from '../../analysis';
import { findPeople, rankPeople } from '../../analysis/people';
import { splitSentences } from '../../analysis/sentences';
import type { BenchResult } from './docs';
import { sharedJsonLines } from './data';
import { formatTable, markdownTable } from './stats';

/** The CoNLL-2003 English development documents with the people named in each. */
const PEOPLE_DATA = 'conll2003-dev.docs.jsonl';

/** Words in a benchmark unit for the speed figure: time is reported per this many words. */
const WORDS_PER_UNIT = 1000;

interface PeopleDoc {
  id: string;
  text: string;
  people: string[];
}

interface Tally {
  reported: number;
  reportedRight: number;
  gold: number;
  goldFound: number;
  milliseconds: number;
}

type NameFinder = (doc: PeopleDoc) => Set<string>;

/**
 * Crux as a real article reaches it: the headline as the title, the dateline and sentences as the
 * text, every name and alias of every person it reports.
 */
function cruxNames(doc: PeopleDoc): Set<string> {
  const [title = '', ...body] = doc.text.split('\n');
  const insights = analyzeArticle({ title, text: body.join('\n'), lang: null });
  return new Set(insights.people.flatMap((person) => [person.name, ...person.aliases]));
}

/** The people finder alone (sentence splitting, finding, ranking): the part of the analysis this measures. */
function cruxFinderNames(doc: PeopleDoc): Set<string> {
  const [title = '', ...body] = doc.text.split('\n');
  const found = findPeople(splitSentences(body.join('\n')), title, null);
  return new Set(rankPeople(found.people, new Map()).flatMap((person) => [person.name, ...person.aliases]));
}

/** The baseline: compromise's own people finder over the whole text. */
function compromiseNames(doc: PeopleDoc): Set<string> {
  const found: unknown = nlp(doc.text).people().out('array');
  return new Set(Array.isArray(found) ? found.filter((name) => typeof name === 'string') : []);
}

function score(docs: PeopleDoc[], find: NameFinder): Tally {
  const tally: Tally = { reported: 0, reportedRight: 0, gold: 0, goldFound: 0, milliseconds: 0 };
  for (const doc of docs) {
    const start = performance.now();
    const reported = find(doc);
    tally.milliseconds += performance.now() - start;
    const gold = new Set(doc.people);
    tally.reported += reported.size;
    tally.reportedRight += [...reported].filter((name) => gold.has(name)).length;
    tally.gold += gold.size;
    tally.goldFound += [...gold].filter((name) => reported.has(name)).length;
  }
  return tally;
}

function isPeopleDoc(value: unknown): value is PeopleDoc {
  if (typeof value !== 'object' || value === null) return false;
  const { id, text, people } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof text === 'string' &&
    Array.isArray(people) &&
    people.every((name) => typeof name === 'string')
  );
}

function figures(name: string, tally: Tally, words: number): string[] {
  const precision = tally.reported === 0 ? 0 : tally.reportedRight / tally.reported;
  const recall = tally.gold === 0 ? 0 : tally.goldFound / tally.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [
    name,
    precision.toFixed(3),
    recall.toFixed(3),
    f1.toFixed(3),
    ((tally.milliseconds * WORDS_PER_UNIT) / words).toFixed(2),
  ];
}

/** Scores Crux's people (names and aliases) against CoNLL-2003's, beside compromise's people finder. */
export async function runPeopleBench(): Promise<BenchResult | null> {
  const lines = sharedJsonLines(PEOPLE_DATA);
  if (lines === null) return null;
  const docs = lines.filter(isPeopleDoc);
  const words = docs.reduce((total, doc) => total + doc.text.split(/\s+/).length, 0);
  // One untimed pass first, so the figures show steady speed rather than lexicon loading and JIT warm-up.
  score(docs, cruxNames);
  score(docs, cruxFinderNames);
  score(docs, compromiseNames);
  const rows = [
    ['finder', 'precision', 'recall', 'F1', 'ms per 1,000 words'],
    figures('crux people finder', score(docs, cruxFinderNames), words),
    figures('crux analyzeArticle (all insights)', score(docs, cruxNames), words),
    figures('compromise people()', score(docs, compromiseNames), words),
  ];
  const heading = `${docs.length} CoNLL-2003 dev documents (${words} words), unique person strings per document, Node ${process.version}`;
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
  };
}
