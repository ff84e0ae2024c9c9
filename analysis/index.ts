import type { ArticleText, Insights } from './types';
import { withoutBidiControls } from './bidi-controls';
import { splitSentences } from './sentences';
import { findPeople, rankPeople } from './people';
import { findQuotes } from './quotes';
import { summarize } from './summary';

export { LONGER_SUMMARY_SENTENCES } from './summary';
import { findKeyNumbers } from './numbers';

/** Summary length when the caller does not ask for one: the three sentences news highlights use. */
const DEFAULT_SUMMARY_SENTENCES = 3;

/** Tells the story of an article: summary, key quotes with speakers, people, and key numbers. */
export function analyzeArticle(input: ArticleText, options: { summarySentences?: number } = {}): Insights {
  const sentences = splitSentences(input.text);
  const found = findPeople(sentences, input.title, input.lang);
  const quotes = findQuotes(input.text, sentences, found);
  const quotesBy = new Map<string, number>();
  for (const quote of quotes) {
    if (quote.speaker !== null) quotesBy.set(quote.speaker, (quotesBy.get(quote.speaker) ?? 0) + 1);
  }
  return readableInsights({
    summary: summarize(sentences, input.title, options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES),
    quotes,
    people: rankPeople(found.people, quotesBy),
    numbers: findKeyNumbers(sentences),
  });
}

/** Only the summary, at the length asked for: the popup's "Longer" option, without analysing again. */
export function summarizeArticle(input: ArticleText, sentenceCount: number): string[] {
  return summarize(splitSentences(input.text), input.title, sentenceCount).map(withoutBidiControls);
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
    numbers: insights.numbers.map((number) => ({
      value: clean(number.value),
      context: clean(number.context),
    })),
  };
}
