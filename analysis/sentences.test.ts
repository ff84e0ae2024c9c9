import { describe, it, expect } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps their offsets', () => {
    const text = 'The vote was close. Turnout was high!';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['The vote was close.', 'Turnout was high!']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not split after titles, initials, U.S., e.g. or decimals', () => {
    expect(texts('Mr. Smith met Dr. Ng and Gen. Lee in St. Louis. They talked.')).toEqual([
      'Mr. Smith met Dr. Ng and Gen. Lee in St. Louis.',
      'They talked.',
    ]);
    expect(texts('J. K. Rowling wrote it. Sales rose 3.5 times.')).toEqual([
      'J. K. Rowling wrote it.',
      'Sales rose 3.5 times.',
    ]);
    expect(texts('The U.S. Senate voted, e.g. on taxes. It passed.')).toEqual([
      'The U.S. Senate voted, e.g. on taxes.',
      'It passed.',
    ]);
    expect(texts('Sen. Ruth Hale and Rep. Tom Arndt spoke on Jan. 5 at 9 a.m. in room No. 4.')).toHaveLength(
      1,
    );
  });

  it('ends a sentence at an abbreviation when a typical opener follows', () => {
    expect(
      texts('The shop was sold to Acme Inc. The deal closed in the U.S. The price was not disclosed.'),
    ).toEqual([
      'The shop was sold to Acme Inc.',
      'The deal closed in the U.S.',
      'The price was not disclosed.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before "he said"', () => {
    expect(texts('"We won," she said. "Now we work." The crowd cheered.')).toEqual([
      '"We won," she said.',
      '"Now we work."',
      'The crowd cheered.',
    ]);
    expect(texts('“Is this fair?” he asked. Nobody answered.')).toEqual([
      '“Is this fair?” he asked.',
      'Nobody answered.',
    ]);
  });

  it('treats ellipses as a boundary only before a capital', () => {
    expect(texts('He paused... and then went on. Wait... Then silence.')).toEqual([
      'He paused... and then went on.',
      'Wait...',
      'Then silence.',
    ]);
  });

  it('numbers paragraphs and treats a line break as a boundary unless a line merely wraps', () => {
    const sentences = splitSentences(
      'HEADLINE IN CAPITALS\nThe first line\nwraps here. Second.\n\nNew paragraph.',
    );
    expect(sentences.map((sentence) => [sentence.text, sentence.paragraph])).toEqual([
      ['HEADLINE IN CAPITALS', 0],
      ['The first line\nwraps here.', 0],
      ['Second.', 0],
      ['New paragraph.', 1],
    ]);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2, 3]);
  });
});
