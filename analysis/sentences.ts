/** One sentence of the article, with where it sits in the text. */
export interface Sentence {
  text: string;
  /** Position among all sentences, from 0. */
  index: number;
  /** Position of its paragraph, from 0; paragraphs are separated by a blank line. */
  paragraph: number;
  /** Character offsets into the article text: text === article.slice(start, end). */
  start: number;
  end: number;
}

/** Abbreviations that stand before a name or number and so never end a sentence ("Dr. Ng", "No. 5"). */
const ABBREVIATIONS_BEFORE_NAMES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'cmdr',
  'sgt',
  'maj',
  'adm',
  'rev',
  'hon',
  'pres',
  'supt',
  'det',
  'insp',
  'fr',
  'sr',
  'jr',
  'vs',
  'mt',
  'ft',
  'messrs',
  'mme',
  'mlle',
  'atty',
  'gens',
  'sens',
  'reps',
  'cpl',
  'pvt',
]);

/** Abbreviations that stand before a number ("Jan. 5", "No. 10"), so they end nothing when a digit follows. */
const ABBREVIATIONS_BEFORE_NUMBERS: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
]);

/** Abbreviations that can also close a sentence ("bought by Acme Inc."), so they end one only before a typical opener. */
const ABBREVIATIONS_THAT_MAY_END: ReadonlySet<string> = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'bros',
  'etc',
  'approx',
  'dept',
  'univ',
  'ave',
  'blvd',
  'est',
]);

/** Words that typically open an English sentence; after an ambiguous abbreviation they signal a new one. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'his',
  'her',
  'their',
  'its',
  'there',
  'some',
  'many',
  'most',
  'one',
  'two',
  'no',
  'yet',
  'so',
  'still',
  'last',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'also',
  'other',
  'both',
]);

/**
 * A possible sentence end: terminal punctuation, closing quotes or brackets, then whitespace. It starts
 * where a run of punctuation starts: tried from inside a long run ("......"), it would rescan the run.
 */
const CANDIDATE_END = /(?<![.!?…])([.!?…]+)(["'”’»)\]]*)(\s+)/g;

/** What may open the next sentence: a capital letter, a digit, an opening quote or bracket. */
const NEXT_SENTENCE_START = /^["'“‘«„([]*[\p{Lu}\p{Lt}\p{Lo}\d]/u;

/** A line break inside a paragraph is a boundary unless it merely wraps a sentence onto a lower-case line. */
const WRAPPED_LINE_START = /^[\p{Ll},;]$/u;

/** Splits article text into sentences, keeping each one's paragraph and character offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of paragraphsOf(text)) {
    for (const line of linesOf(text, block.start, block.end)) {
      for (const [start, end] of sentenceSpans(text, line.start, line.end)) {
        sentences.push({ text: text.slice(start, end), index: sentences.length, paragraph, start, end });
      }
    }
    paragraph += 1;
  }
  return sentences;
}

interface Span {
  start: number;
  end: number;
}

function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.filter((span) => text.slice(span.start, span.end).trim() !== '');
}

function linesOf(text: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let lineStart = start;
  // Where the text goes on after the whitespace at a line break; kept from break to break, so a run of
  // blank-looking lines is read once, not once per line.
  let printable = start;
  for (let position = start; position < end; position += 1) {
    if (text[position] !== '\n') continue;
    printable = Math.max(printable, position + 1);
    while (printable < end && /\s/u.test(text.charAt(printable))) printable += 1;
    if (printable < end && WRAPPED_LINE_START.test(String.fromCodePoint(text.codePointAt(printable) ?? 0)))
      continue;
    lines.push({ start: lineStart, end: position });
    lineStart = position + 1;
  }
  lines.push({ start: lineStart, end });
  return lines;
}

function sentenceSpans(text: string, start: number, end: number): Array<[number, number]> {
  const chunk = text.slice(start, end);
  const spans: Array<[number, number]> = [];
  let sentenceStart = 0;
  for (const match of chunk.matchAll(CANDIDATE_END)) {
    const [whole, marks = '', closers = '', gap = ''] = match;
    const boundary = match.index + marks.length + closers.length;
    const rest = chunk.slice(match.index + whole.length);
    const lastWord = lastWordBefore(chunk, sentenceStart, match.index);
    if (!endsSentence(lastWord, marks, rest, gap)) continue;
    spans.push([sentenceStart, boundary]);
    sentenceStart = boundary;
  }
  spans.push([sentenceStart, chunk.length]);
  return spans.flatMap(([from, to]) => trimmed(text, start + from, start + to));
}

/** A letter or dot, which make up the word before a full stop ("Dr", "U.S"). */
const WORD_OR_DOT = /^[\p{L}.]$/u;

/**
 * The run of letters and dots that ends at `end`, no further back than `from`: read from its end, so
 * each possible sentence end costs its last word, not the whole sentence so far.
 */
function lastWordBefore(text: string, from: number, end: number): string {
  let start = end;
  while (start > from) {
    const low = text.charCodeAt(start - 1);
    const isPair = low >= 0xdc00 && low <= 0xdfff && start - 2 >= from;
    const width = isPair ? 2 : 1;
    if (!WORD_OR_DOT.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end);
}

function endsSentence(lastWord: string, marks: string, rest: string, gap: string): boolean {
  if (rest === '') return false;
  if (!NEXT_SENTENCE_START.test(rest)) return false;
  if (marks !== '.') return true;
  const bare = lastWord.replace(/\./g, '').toLowerCase();
  const nextWord = /^["'“‘(]*([\p{L}\d]+)/u.exec(rest)?.[1] ?? '';
  if (ABBREVIATIONS_BEFORE_NAMES.has(bare) && !lastWord.includes('.')) return false;
  if (ABBREVIATIONS_BEFORE_NUMBERS.has(bare) && /^\d/.test(nextWord)) return false;
  if (/^\p{Lu}$/u.test(lastWord)) return gap.includes('\n');
  if (bare === 'eg' || bare === 'ie') return false;
  const dotted = lastWord.includes('.');
  if (dotted || ABBREVIATIONS_THAT_MAY_END.has(bare)) {
    return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return true;
}

function trimmed(text: string, start: number, end: number): Array<[number, number]> {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return from < to ? [[from, to]] : [];
}
