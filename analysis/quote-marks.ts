/** A stretch of text between quote marks; `closed` is false when it runs on to the paragraph's end. */
export interface QuotedPiece {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  /** Index of its paragraph (a line of the text), from 0. */
  paragraph: number;
  /** True when nothing but space stands before it in its paragraph. */
  opensParagraph: boolean;
}

/**
 * Each opening mark and the marks that may close it. Two apostrophes stand for a double mark in some
 * newspapers' text; a closing ” typed at the start of a quote opens one; straight and curly marks get
 * mixed up in edited copy, so each double mark also closes the other.
 */
const CLOSING_MARKS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["''", ["''"]],
  ['"', ['"', '”']],
  ['“', ['”', '"']],
  ['”', ['”']],
  ['„', ['“', '”']],
  ['«', ['»']],
  ['‚', ['‘', '’']],
  ['‘', ['’']],
  ['「', ['」']],
];

/** The first character of any opening mark, to skip plain text quickly. */
const OPENING_CHARACTER = new RegExp(
  `[${[...new Set(CLOSING_MARKS.map(([mark]) => mark.charAt(0)))].join('')}]`,
  'gu',
);

/** Marks that also serve as apostrophes or inch signs, so open a quote only where a word starts. */
const AMBIGUOUS_OPENERS: ReadonlySet<string> = new Set(["''", '"', '”', '‘']);

/** Marks that also serve as apostrophes, so close a quote only where a word ends (not in "don’t"). */
const AMBIGUOUS_CLOSERS: ReadonlySet<string> = new Set(['’', '”', '"']);

/** Every quoted stretch, line by line: nested marks inside a quote stay part of it. */
export function quotedPieces(text: string): QuotedPiece[] {
  const pieces: QuotedPiece[] = [];
  const marks = { text, next: -1 };
  let lineStart = 0;
  let paragraph = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = {
      start: lineStart,
      end: lineEnd,
      paragraph,
      firstPrintable: firstPrintable(text, lineStart, lineEnd),
    };
    if (line.firstPrintable < lineEnd) {
      piecesInLine(marks, line, pieces);
      paragraph += 1;
    }
    lineStart = lineEnd + 1;
  }
  return pieces;
}

/** A line of the text, with where its first character other than space stands (its end when none). */
interface Line {
  start: number;
  end: number;
  paragraph: number;
  firstPrintable: number;
}

function firstPrintable(text: string, start: number, end: number): number {
  let position = start;
  while (position < end && /\s/u.test(text.charAt(position))) position += 1;
  return position;
}

/**
 * Where the next character that may open a quote stands, at or after `from` (the text's length when
 * none): kept between calls, so text without quote marks is searched once, not once per line.
 */
function nextOpeningCharacter(marks: { text: string; next: number }, from: number): number {
  if (marks.next >= from) return marks.next;
  OPENING_CHARACTER.lastIndex = from;
  marks.next = OPENING_CHARACTER.exec(marks.text)?.index ?? marks.text.length;
  return marks.next;
}

function piecesInLine(marks: { text: string; next: number }, line: Line, pieces: QuotedPiece[]): void {
  const { text } = marks;
  const lineEnd = line.end;
  let position = line.start;
  while (position < lineEnd) {
    position = nextOpeningCharacter(marks, position);
    if (position >= lineEnd) return;
    const opening = openingAt(text, position);
    if (opening === null) {
      position += 1;
      continue;
    }
    const [mark, closers] = opening;
    const innerStart = position + mark.length;
    const close = closingAfter(text, innerStart, lineEnd, closers);
    const closed = close !== null;
    if (close !== null && isNickname(text, position, close.end)) {
      position = close.end;
      continue;
    }
    pieces.push({
      start: position,
      end: close === null ? lineEnd : close.end,
      innerStart,
      innerEnd: close === null ? lineEnd : close.start,
      closed,
      paragraph: line.paragraph,
      opensParagraph: position <= line.firstPrintable,
    });
    position = close === null ? lineEnd : close.end;
  }
}

/**
 * A nickname inside a name (Marcia "Cia" Price): a few capitalised words between a given name and a
 * surname. The given name is looked for behind the opening mark only once that mark is found, not
 * behind every character of the text.
 */
export const NICKNAME_IN_NAME =
  /["“](?<=\p{Lu}\p{Ll}+\s["“])\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}["”](?=\s\p{Lu})/gu;

/** The nickname pattern tried at one place only. */
const NICKNAME_HERE = new RegExp(NICKNAME_IN_NAME.source, 'uy');

/** True when the quoted stretch from `start` to `end` is a nickname inside a name, not a quote. */
function isNickname(text: string, start: number, end: number): boolean {
  NICKNAME_HERE.lastIndex = start;
  const match = NICKNAME_HERE.exec(text);
  return match !== null && match.index + match[0].length === end;
}

function openingAt(text: string, position: number): readonly [string, readonly string[]] | null {
  for (const entry of CLOSING_MARKS) {
    const [mark] = entry;
    if (!text.startsWith(mark, position)) continue;
    if (!AMBIGUOUS_OPENERS.has(mark)) return entry;
    const before = text.charAt(position - 1);
    const after = text.charAt(position + mark.length);
    const wordStarts = before === '' || /[\s([{—–-]/u.test(before);
    if (wordStarts && after !== '' && !/[\s']/u.test(after)) return entry;
    return null;
  }
  return null;
}

function closingAfter(
  text: string,
  from: number,
  lineEnd: number,
  closers: readonly string[],
): { start: number; end: number } | null {
  for (let position = from; position < lineEnd; position += 1) {
    const closer = closers.find((mark) => text.startsWith(mark, position));
    if (closer === undefined || (AMBIGUOUS_CLOSERS.has(closer) && !endsWord(text, position, closer)))
      continue;
    return { start: position, end: position + closer.length };
  }
  return null;
}

/**
 * True when a closing mark stands where a word ends: after a non-space, before no letter; or right
 * after a comma or stop whatever follows, as a missing space leaves it (`cards,”Kaplan says`): no
 * apostrophe follows a comma.
 */
function endsWord(text: string, position: number, mark: string): boolean {
  const before = text.charAt(position - 1);
  const after = text.charAt(position + mark.length);
  if (/[,.!?…]/u.test(before)) return true;
  return before !== '' && !/\s/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
