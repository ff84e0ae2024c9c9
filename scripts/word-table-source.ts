import nlp from 'compromise/two';
import { PHRASE_KINDS, type PackedWordTable, type WordKind } from '../analysis/lexicon/word-table';

const COMPROMISE_VERSION: string = nlp.version;

/** Compromise's tags mapped to the kinds the analysis reasons with; unlisted tags are ordinary words. */
const KIND_OF_TAG: ReadonlyMap<string, WordKind> = new Map(
  Object.entries({
    MaleName: 'male-name',
    FemaleName: 'female-name',
    FirstName: 'first-name',
    LastName: 'last-name',
    Country: 'place',
    City: 'place',
    Region: 'place',
    Place: 'place',
    Organization: 'organisation',
    SportsTeam: 'organisation',
    Demonym: 'nationality',
    Actor: 'role',
    Honorific: 'honorific',
    Month: 'calendar',
    WeekDay: 'calendar',
    Date: 'calendar',
    Noun: 'noun',
    Singular: 'noun',
    Uncountable: 'noun',
  } satisfies Record<string, WordKind>),
);

/**
 * Compromise tags that name specific people or loose proper nouns; skipped so the table stays generic
 * (a word list, not a who's who) and so proper nouns don't pass for ordinary words.
 */
const IGNORED_TAGS: ReadonlySet<string> = new Set(['Person', 'ProperNoun']);

/**
 * Every word and phrase of compromise's English lexicon (with the inflections it derives) and its
 * kinds; a phrase only with the kinds asked of phrases (`PHRASE_KINDS`: 3,975 phrases such as "in
 * order to" were only ordinary words, and a seventh of the table). Compromise is a build-time source
 * only: unpacking its lexicon at run time took about 0.6 s of every first story, for a table that
 * never changes between builds.
 */
export function wordKindsFromCompromise(): Map<string, WordKind[]> {
  const lexicon: unknown = Reflect.get(Reflect.get(nlp.model(), 'one') as object, 'lexicon');
  const kindsOfWord = new Map<string, WordKind[]>();
  for (const [word, tagOrTags] of Object.entries(lexicon as object)) {
    // Words are looked up lower-cased: a key with capitals (emoticons such as ":-O") is never asked for.
    if (word !== word.toLowerCase()) continue;
    const tags: unknown[] = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    const phrase = word.includes(' ');
    const kinds = tags
      .filter((tag): tag is string => typeof tag === 'string' && !IGNORED_TAGS.has(tag))
      .map((tag) => KIND_OF_TAG.get(tag) ?? 'common')
      .filter((kind) => !phrase || PHRASE_KINDS.has(kind));
    if (kinds.length > 0) kindsOfWord.set(word, kinds);
  }
  return kindsOfWord;
}

/** The source of `analysis/lexicon/word-table.generated.ts` for a packed table. */
export function renderWordTableModule(table: PackedWordTable): string {
  return [
    `// Written by \`npm run lexicon:pack\` from compromise ${COMPROMISE_VERSION}'s English lexicon: do not edit.`,
    `import type { PackedWordTable } from './word-table';`,
    '',
    `export const WORD_TABLE: PackedWordTable = {`,
    `  kindSets: ${JSON.stringify(table.kindSets)},`,
    `  words: ${JSON.stringify(table.words)},`,
    `};`,
    '',
  ].join('\n');
}
