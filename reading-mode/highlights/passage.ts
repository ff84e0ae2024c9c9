import type { ArticleAbout, Highlight, HighlightColor } from '../../reader-data/highlights';
import { anchorQuote, describeQuote, type TextSpan } from './anchor';

/** A new highlight: its words, where they are, and how the reader marked them. */
export interface NewHighlight {
  id: string;
  span: TextSpan;
  color: HighlightColor;
  note: string;
  at: number;
}

/**
 * `highlights` with `added` kept in the article's `text`. Highlights it overlaps become part of it, as
 * a highlighter's stroke over an earlier one does: one passage, their notes kept after its own.
 */
export function withHighlight(highlights: Highlight[], text: string, added: NewHighlight): Highlight[] {
  let { start, end } = added.span;
  const notes: string[] = [];
  const kept: Highlight[] = [];
  for (const highlight of highlights) {
    const span = anchorQuote(text, highlight.quote);
    if (span && span.start < end && span.end > start) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
      if (highlight.note !== '') notes.push(highlight.note);
    } else kept.push(highlight);
  }
  const note = [added.note, ...notes].filter((part) => part !== '').join('\n\n');
  const highlight: Highlight = {
    id: added.id,
    quote: describeQuote(text, { start, end }),
    color: added.color,
    note,
    at: added.at,
  };
  return [...kept, highlight];
}

/** A passage as a reader pastes it elsewhere: the words in quotation marks, then whose and where from. */
export function passageWithAttribution(passage: string, about: ArticleAbout): string {
  const source = [about.byline, about.title ? `“${about.title}”` : null, about.siteName]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join(', ');
  return `“${passage}”\n— ${source ? `${source}, ` : ''}${about.url}`;
}
