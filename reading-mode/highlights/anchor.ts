import type { TextQuote } from '../../reader-data/highlights';

export type { TextQuote };

/** A place in the article's text: `start` to `end`, as character offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Context kept on each side: about five words, enough to tell most repeats apart, little to store. */
export const CONTEXT_CHARACTERS = 32;

/**
 * How much of a quote may have changed and still be found: one character in ten (a typo fixed, a
 * word changed), never more. Past it the highlight is "could not be found" rather than on other words.
 */
const MAX_EDIT_SHARE = 0.1;

/** The quote of `span` in `text`, for keeping. */
export function describeQuote(text: string, span: TextSpan): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_CHARACTERS), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_CHARACTERS),
    start: span.start,
  };
}

/**
 * Where `quote` is in `text` now, or null when it cannot be placed with confidence: the exact words
 * if they are there (among repeats, the one whose context matches best, then the nearest to where it
 * was); else the closest near-copy within the edit budget, if exactly one is closest.
 */
export function anchorQuote(text: string, quote: TextQuote): TextSpan | null {
  if (quote.exact === '') return null;
  const exact = occurrences(text, quote.exact).map((start) => ({ start, end: start + quote.exact.length }));
  if (exact.length > 0) return best(text, quote, exact);
  const budget = Math.floor(quote.exact.length * MAX_EDIT_SHARE);
  if (budget === 0) return null;
  const near = approximateMatches(text, quote.exact, budget);
  if (near.length === 0) return null;
  // A near-copy must still stand where the passage stood: among the same words around it, half its
  // context at least. A passage rewritten away is lost, not moved onto a look-alike elsewhere.
  const placed = near.filter(
    (match) => contextAgreement(text, quote, match) * 2 >= quote.prefix.length + quote.suffix.length,
  );
  if (placed.length === 0) return null;
  const fewest = Math.min(...placed.map((match) => match.edits));
  return best(
    text,
    quote,
    placed.filter((match) => match.edits === fewest),
  );
}

/** Every start of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/**
 * Of several candidate places, the one whose surroundings match the quote's context best, then the
 * nearest to where it was; null when two are alike in both (no guess on the reader's words).
 */
function best(text: string, quote: TextQuote, candidates: TextSpan[]): TextSpan | null {
  const scored = candidates
    .map((span) => ({
      span,
      context: contextAgreement(text, quote, span),
      distance: Math.abs(span.start - quote.start),
    }))
    .sort((one, other) => other.context - one.context || one.distance - other.distance);
  const [first, second] = scored;
  if (!first) return null;
  if (second && second.context === first.context && second.distance === first.distance) return null;
  return { start: first.span.start, end: first.span.end };
}

/** How many characters of the quote's context the text keeps right around `span`, before and after it. */
function contextAgreement(text: string, quote: TextQuote, span: TextSpan): number {
  return (
    commonSuffix(text.slice(Math.max(0, span.start - quote.prefix.length), span.start), quote.prefix) +
    commonPrefix(text.slice(span.end, span.end + quote.suffix.length), quote.suffix)
  );
}

function commonPrefix(one: string, other: string): number {
  let length = 0;
  while (length < one.length && length < other.length && one[length] === other[length]) length += 1;
  return length;
}

function commonSuffix(one: string, other: string): number {
  let length = 0;
  while (
    length < one.length &&
    length < other.length &&
    one[one.length - 1 - length] === other[other.length - 1 - length]
  )
    length += 1;
  return length;
}

/**
 * The places in `text` that `pattern` matches with at most `budget` edits (Sellers' dynamic
 * programming, with Ukkonen's cut-off so a small budget costs little): for each end where the edits
 * reach a local minimum, the start found by walking the table back, and the edits it took.
 */
function approximateMatches(text: string, pattern: string, budget: number): (TextSpan & { edits: number })[] {
  const m = pattern.length;
  // Column of the DP table for the current text position, and the start of each row's best alignment.
  let previous = Array.from({ length: m + 1 }, (_, i) => i);
  let previousStart = new Array<number>(m + 1).fill(0);
  let lastActive = Math.min(budget, m);
  const found: (TextSpan & { edits: number })[] = [];
  for (let j = 1; j <= text.length; j += 1) {
    const current = new Array<number>(m + 1).fill(0);
    const currentStart = new Array<number>(m + 1).fill(j);
    current[0] = 0;
    currentStart[0] = j;
    const limit = Math.min(m, lastActive + 1);
    for (let i = 1; i <= limit; i += 1) {
      const substitute = (previous[i - 1] ?? Infinity) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const skipText = (previous[i] ?? Infinity) + 1;
      const skipPattern = (current[i - 1] ?? Infinity) + 1;
      const cost = Math.min(substitute, skipText, skipPattern);
      current[i] = cost;
      currentStart[i] =
        cost === substitute
          ? (previousStart[i - 1] ?? j - 1)
          : cost === skipPattern
            ? (currentStart[i - 1] ?? j)
            : (previousStart[i] ?? j);
    }
    for (let i = limit + 1; i <= m; i += 1) current[i] = budget + 1;
    lastActive = limit;
    while (lastActive > 0 && (current[lastActive] ?? Infinity) > budget) lastActive -= 1;
    const edits = current[m] ?? Infinity;
    if (edits <= budget) {
      const start = currentStart[m] ?? 0;
      const last = found[found.length - 1];
      // Neighbouring ends of one near-copy: keep the fewest edits, then the one whose first and last
      // characters are the quote's (the change inside, as a reader's eye sees it), then the length
      // nearest the quote's.
      if (last && start <= last.end && last.start <= j) {
        const rank = (span: TextSpan): [number, number] => [
          Number(text[span.start] !== pattern[0]) + Number(text[span.end - 1] !== pattern[m - 1]),
          Math.abs(span.end - span.start - m),
        ];
        const [ends, offBy] = rank({ start, end: j });
        const [lastEnds, lastOffBy] = rank(last);
        const better =
          edits < last.edits ||
          (edits === last.edits && (ends < lastEnds || (ends === lastEnds && offBy < lastOffBy)));
        if (better) found[found.length - 1] = { start, end: j, edits };
      } else {
        found.push({ start, end: j, edits });
      }
    }
    previous = current;
    previousStart = currentStart;
  }
  return found;
}
