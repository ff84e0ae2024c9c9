import type { ArticleText, Insights } from './types';
import { withoutBidiControls } from './bidi-controls';
import { splitSentences, type Sentence } from './sentences';
import { findPeople, rankPeople } from './people';
import { findQuotes } from './quotes';
import { summarize } from './summary';

import { findKeyNumbers } from './numbers';

export { LONGER_SUMMARY_SENTENCES } from './summary';
export { prepareWordTable as prepareAnalysis } from './lexicon';

/** Summary length when the caller does not ask for one: the three sentences news highlights use. */
const DEFAULT_SUMMARY_SENTENCES = 3;

/** Tells the story of an article: summary, key quotes with speakers, people, and key numbers. */
export function analyzeArticle(input: ArticleText, options: { summarySentences?: number } = {}): Insights {
  const { text, captions } = storyText(input);
  const sentences = splitSentences(text);
  const told = toldSentences(sentences, captions);
  const found = findPeople(sentences, input.title, input.lang);
  const quotes = findQuotes(text, sentences, found);
  const quotesBy = new Map<string, number>();
  for (const quote of quotes) {
    if (quote.speaker !== null) quotesBy.set(quote.speaker, (quotesBy.get(quote.speaker) ?? 0) + 1);
  }
  return readableInsights({
    summary: summarize(told, input.title, options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES),
    quotes,
    people: rankPeople(found.people, quotesBy),
    numbers: findKeyNumbers(told, input.title),
  });
}

/** Only the summary, at the length asked for: the popup's "Longer" option, without analysing again. */
export function summarizeArticle(input: ArticleText, sentenceCount: number): string[] {
  const { text, captions } = storyText(input);
  return summarize(toldSentences(splitSentences(text), captions), input.title, sentenceCount).map(
    withoutBidiControls,
  );
}

/**
 * The text the analysis reads, without the credits and links to other stories extraction named (a
 * credit names who took a picture, a related headline another story's people), and where its
 * captions are: a caption names who is in the picture, but says no summary sentence and no key
 * number ("Above: ...").
 */
function storyText(input: ArticleText): { text: string; captions: Array<{ start: number; end: number }> } {
  const leftOut = new Set<string>();
  const captionTexts = new Set<string>();
  for (const aside of input.asides ?? []) (aside.kind === 'caption' ? captionTexts : leftOut).add(aside.text);
  if (leftOut.size === 0 && captionTexts.size === 0) return { text: input.text, captions: [] };
  const kept: string[] = [];
  const captions: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const paragraph of input.text.split(PARAGRAPH_BREAK)) {
    if (leftOut.has(paragraph)) continue;
    if (captionTexts.has(paragraph)) captions.push({ start: offset, end: offset + paragraph.length });
    kept.push(paragraph);
    offset += paragraph.length + PARAGRAPH_BREAK.length;
  }
  return { text: kept.join(PARAGRAPH_BREAK), captions };
}

/** How the article's text separates paragraphs. */
const PARAGRAPH_BREAK = '\n\n';

/** The sentences that tell the story: none of a caption's. Both lists are in text order: walked once. */
function toldSentences(
  sentences: Sentence[],
  captions: ReadonlyArray<{ start: number; end: number }>,
): Sentence[] {
  if (captions.length === 0) return sentences;
  let caption = 0;
  return sentences.filter((sentence) => {
    while ((captions[caption]?.end ?? Infinity) <= sentence.start) caption += 1;
    const span = captions[caption];
    return span === undefined || sentence.start < span.start;
  });
}

/** The insights with no bidirectional control left in any string, so none reorders what the popup shows. */
function readableInsights(insights: Insights): Insights {
  const clean = withoutBidiControls;
  const cleanOrNull = (text: string | null): string | null => (text === null ? null : clean(text));
  return {
    summary: insights.summary.map(clean),
    quotes: insights.quotes.map((quote) => ({
      text: clean(quote.text),
      speaker: cleanOrNull(quote.speaker),
      role: cleanOrNull(quote.role),
    })),
    people: insights.people.map((person) => ({
      name: clean(person.name),
      role: cleanOrNull(person.role),
      mentions: person.mentions,
      aliases: person.aliases.map(clean),
    })),
    numbers: insights.numbers.map((number) => {
      const before = clean(number.statement.slice(0, number.at));
      const after = clean(number.statement.slice(number.at + number.value.length));
      const value = clean(number.value);
      return { value, statement: before + value + after, at: before.length };
    }),
  };
}
