import type { Quote } from '../analysis/types';
import { withoutBidiControls } from './bidi';

/** A quote as a reader pastes it elsewhere: the words, then who said them. */
export function quoteWithAttribution(quote: Quote): string {
  const speaker = quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : null;
  return withoutBidiControls(speaker ? `“${quote.text}” — ${speaker}` : `“${quote.text}”`);
}

/** The summary as plain text: one sentence a line. */
export function summaryAsText(sentences: string[]): string {
  return withoutBidiControls(sentences.join('\n'));
}

/** The summary as Markdown: the article's title (linked when its address is known), then a bullet a sentence. */
export function summaryAsMarkdown(sentences: string[], title: string | null, url: string | null): string {
  const heading = title ? `**${url ? `[${title}](${url})` : title}**\n\n` : '';
  return withoutBidiControls(`${heading}${sentences.map((sentence) => `- ${sentence}`).join('\n')}`);
}
