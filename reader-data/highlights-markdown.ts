import { withoutBidiControls } from '../analysis/bidi-controls';
import type { ArticleHighlights, Highlight, HighlightLibrary } from './highlights';

/** A key quote of the story and who said it: a highlight of those words is credited to them. */
export interface SpokenQuote {
  text: string;
  speaker: string;
}

/**
 * How much of a key quote a highlight must cover to be credited to its speaker, when it does not lie
 * inside the quote: most of it, so a highlight that only touches a quote's last words is not.
 */
const SPEAKER_OVERLAP_SHARE = 0.5;

/**
 * One article's highlights as Markdown: its title, link and facts, then each highlight in reading
 * order as a quotation, credited to its speaker when it is one of `speakers`' quotes, with its note.
 */
export function articleHighlightsMarkdown(
  article: ArticleHighlights,
  speakers: readonly SpokenQuote[] = [],
): string {
  const blocks = [`# ${inlineText(article.title ?? article.url)}`];
  const link = linkTarget(article.url);
  if (link) blocks.push(`<${link}>`);
  const facts = [article.byline, article.siteName, publishedDate(article.publishedTime)]
    .filter((fact): fact is string => fact !== null)
    .map(inlineText);
  if (facts.length > 0) blocks.push(facts.join(' · '));
  for (const highlight of inReadingOrder(article.highlights)) {
    const speaker = speakerOf(highlight.quote.exact, speakers);
    blocks.push(`> ${inlineText(highlight.quote.exact)}${speaker ? `\n>\n> — ${inlineText(speaker)}` : ''}`);
    // The note is a plain paragraph under its quotation, with no label: in Obsidian, Bear and Notion
    // the quotation's bar already tells the page's words from the reader's own, a label would be in
    // one language only, and a note nested in the quotation would read as part of the page.
    const note = noteText(highlight.note);
    if (note) blocks.push(note);
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Every article's highlights as Markdown, the most recently changed article first, a rule between them. */
export function libraryMarkdown(library: HighlightLibrary): string {
  return Object.values(library)
    .sort((one, other) => other.at - one.at)
    .map((article) => articleHighlightsMarkdown(article))
    .join('\n---\n\n');
}

/** The highlights as the article reads: by where each starts, the older first where two start together. */
export function inReadingOrder(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort((one, other) => one.quote.start - other.quote.start || one.at - other.at);
}

/**
 * The speaker of the key quote the highlighted text is, lies inside, or covers most of; the one it
 * shares the most words with when several could be.
 */
function speakerOf(exact: string, speakers: readonly SpokenQuote[]): string | null {
  const highlighted = comparable(exact);
  let best: { speaker: string; shared: number } | null = null;
  for (const { text, speaker } of speakers) {
    const quote = comparable(text);
    if (quote === '' || highlighted === '') continue;
    const shared = sharedLength(highlighted, quote);
    const credited = shared === highlighted.length || shared >= quote.length * SPEAKER_OVERLAP_SHARE;
    if (credited && shared > 0 && (!best || shared > best.shared)) best = { speaker, shared };
  }
  return best?.speaker ?? null;
}

/** Text as compared with a quote: bidi controls and quotation marks gone, white space as one space, lower case. */
function comparable(text: string): string {
  return withoutBidiControls(text)
    .replace(/["“”„«»‹›「」『』]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** How many characters two texts share in one run: one inside the other, or one's end the other's start. */
function sharedLength(one: string, other: string): number {
  if (other.includes(one)) return one.length;
  if (one.includes(other)) return other.length;
  for (let length = Math.min(one.length, other.length) - 1; length > 0; length--) {
    if (one.endsWith(other.slice(0, length)) || other.endsWith(one.slice(0, length))) return length;
  }
  return 0;
}

/** The date part of a published time ("2024-03-01"), or the page's own words when it is not a date. */
function publishedDate(value: string | null): string | null {
  if (value === null) return null;
  const date = /^\d{4}-\d{2}-\d{2}/u.exec(value.trim());
  return date ? date[0] : value;
}

/** An http(s) address as an autolink may hold it (no space or angle bracket), or null for any other. */
function linkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/[\s<>]/gu, encodeURIComponent);
  } catch {
    return null;
  }
}

/**
 * The reader's note as Markdown paragraphs: its line breaks kept (a backslash before each, CommonMark's
 * hard break), blank lines as paragraph breaks, every line escaped so it stays text.
 */
function noteText(note: string): string {
  return note
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(inlineText)
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * Page or reader text as Markdown shows it and reads nothing into it: one line, a backslash before
 * every mark that opens emphasis, code, a link or image, HTML, an entity or a table cell, and before
 * whatever would make the line a heading, list, quotation, rule or code block.
 */
function inlineText(text: string): string {
  return withoutBidiControls(text)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/gu, '\\$&')
    .replace(/^([-+=]|\d+(?=[.)]))/u, (start) => (/\d/u.test(start) ? `${start}\\` : `\\${start}`));
}
