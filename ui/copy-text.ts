import type { Quote } from '../analysis/types';
import { withoutBidiControls } from '../analysis/bidi-controls';

/** A quote as a reader pastes it elsewhere: the words, then who said them. */
export function quoteWithAttribution(quote: Quote): string {
  const speaker = quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : null;
  return withoutBidiControls(speaker ? `“${quote.text}” — ${speaker}` : `“${quote.text}”`);
}

/** The summary as plain text: one sentence a line. */
export function summaryAsText(sentences: string[]): string {
  return withoutBidiControls(sentences.join('\n'));
}

/**
 * The summary as Markdown: the article's title (linked when its address is a web address), then a
 * bullet a sentence. Page text stays text: a crafted title cannot make a link of its own.
 */
export function summaryAsMarkdown(sentences: string[], title: string | null, url: string | null): string {
  const linked = url !== null && /^https?:\/\//i.test(url);
  const titleText = title ? markdownText(title) : null;
  const heading = titleText ? `**${linked ? `[${titleText}](${url})` : titleText}**\n\n` : '';
  return withoutBidiControls(
    `${heading}${sentences.map((sentence) => `- ${markdownText(sentence)}`).join('\n')}`,
  );
}

/**
 * Text as Markdown shows it and reads nothing into it: a backslash before the marks that open links,
 * images, autolinks, HTML and code, and line breaks folded, so no page text becomes a link or markup.
 */
function markdownText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\[\]<>`]/g, '\\$&');
}
