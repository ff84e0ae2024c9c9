import type { QuotedPiece } from '../quote-marks';
import { MAX_SPEAKER_WORDS } from './patterns';
import { type Context, firstMentionFrom, sentenceAt } from './context';
import { attributionClauseAfter, attributionIn, withoutAsides } from './attribution';

/**
 * Joins the pieces of one quote: one that runs on over paragraphs (left open, the next paragraph
 * reopening it) and one interrupted by its attribution (`"…," he said. "…"`), unless the second
 * piece has an attribution of its own, which makes it a quote of its own.
 */
export function groupQuotes(context: Context): QuotedPiece[][] {
  const groups: QuotedPiece[][] = [];
  for (const piece of context.pieces) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group !== undefined && previous !== undefined && continuesQuote(context, previous, piece))
      group.push(piece);
    else groups.push([piece]);
  }
  return groups;
}

function continuesQuote(context: Context, previous: QuotedPiece, next: QuotedPiece): boolean {
  if (!previous.closed) return next.opensParagraph && next.paragraph === previous.paragraph + 1;
  if (next.paragraph !== previous.paragraph) return false;
  const gap = withoutAsides(context.text.slice(previous.end, next.start));
  const interruption = /^\s*[,.!?…—–-]*\s*([^\n]{1,200}?)\s*[,.;—–-]\s*$/u.exec(gap)?.[1] ?? '';
  const stops = [...interruption.matchAll(/[.!?](?=\s+\S)/gu)];
  const [stop] = stops;
  if (stops.length > 1) return false;
  if (
    stop !== undefined &&
    !continuesAfterAside(context, previous, gap, gap.indexOf(interruption) + stop.index)
  )
    return false;
  const attribution = attributionIn(interruption);
  if (attribution === null || attribution.phrase.trim().split(/\s+/).length > MAX_SPEAKER_WORDS) return false;
  return !next.closed || attributionClauseAfter(context, next) === null;
}

/**
 * A quote broken off at a comma, attributed, then resumed after one sentence of narrative that names
 * no one (`"…," Obama said. He did not say more. "…"`), is still the same quote.
 */
function continuesAfterAside(context: Context, previous: QuotedPiece, gap: string, stop: number): boolean {
  const brokeOff =
    /,\s*$/u.test(context.text.slice(previous.innerStart, previous.innerEnd)) || /^\s*,/u.test(gap);
  if (!brokeOff || !/[.!?]\s*$/u.test(gap)) return false;
  const asideStart = previous.end + stop + 1;
  const asideEnd = previous.end + gap.length;
  const named = context.found.mentions[firstMentionFrom(context.found.mentions, asideStart)];
  return named === undefined || named.start >= asideEnd;
}

/** A quote worked into a sentence ("she called the deal “a historic mistake”"), not standing as one. */
export function isWorkedIn(context: Context, piece: QuotedPiece): boolean {
  if (piece.opensParagraph) return false;
  const { text } = context;
  const sentenceStart = sentenceAt(context.sentences, piece.start)?.start ?? piece.start;
  // Read back from the quote over space: the sentence's start, a colon or a comma introduce it.
  let before = piece.start;
  while (before > sentenceStart && /\s/u.test(text.charAt(before - 1))) before -= 1;
  const introduced = before === sentenceStart || /[:,]/u.test(text.charAt(before - 1));
  return !introduced || /^\s*\p{Ll}/u.test(text.slice(piece.innerStart, piece.innerEnd));
}

/**
 * Joins the pieces of an interrupted quote: a comma the attribution forced becomes a full stop before a
 * capital, and an ellipsis marks words left out between pieces that break off mid-sentence.
 */
export function joinPieces(pieces: string[]): string {
  // Built part by part, reading only the end of the last part: a quote of thousands of pieces stays linear.
  const parts: string[] = [];
  for (const piece of pieces.map((text) => text.trim())) {
    const last = parts.length - 1;
    const joined = parts[last];
    if (joined === undefined) {
      if (piece !== '') parts.push(piece);
    } else if (/\p{L}$/u.test(joined.slice(-2))) {
      parts.push(` … ${piece}`);
    } else {
      if (/^\p{Lu}/u.test(piece)) parts[last] = joined.replace(/,$/, '.');
      parts.push(` ${piece}`);
    }
  }
  return parts.join('');
}

export function cleanQuoteText(quote: string): string {
  return quote.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
}
