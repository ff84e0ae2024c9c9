import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote, type TextSpan } from './anchor';

/** The span of the n-th (from 0) occurrence of `words` in `text`. */
function spanOf(text: string, words: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(words, start + 1);
  if (start === -1) throw new Error(`no ${words}`);
  return { start, end: start + words.length };
}

const ARTICLE =
  'The council met on Tuesday. The council voted to rebuild the seawall before winter. ' +
  'Fishermen said the seawall would kill the harbour. The council will meet again in March.';

describe('anchorQuote', () => {
  it('finds the words it quoted in an unchanged article', () => {
    const span = spanOf(ARTICLE, 'rebuild the seawall');
    expect(anchorQuote(ARTICLE, describeQuote(ARTICLE, span))).toEqual(span);
  });

  it('finds any passage of an unchanged article where it was, down to a single letter', () => {
    fc.assert(
      fc.property(fc.nat(ARTICLE.length - 1), fc.integer({ min: 1, max: 60 }), (start, length) => {
        const span = { start, end: Math.min(ARTICLE.length, start + length) };
        expect(anchorQuote(ARTICLE, describeQuote(ARTICLE, span))).toEqual(span);
      }),
    );
  });

  it('tells repeats of the same words apart by the words around them', () => {
    for (const nth of [0, 1, 2]) {
      const span = spanOf(ARTICLE, 'The council', nth);
      expect(anchorQuote(ARTICLE, describeQuote(ARTICLE, span)), `occurrence ${nth}`).toEqual(span);
    }
    // Text added before them moves every repeat: the context still finds the right one.
    const edited = `Breaking: ${ARTICLE}`;
    const second = spanOf(ARTICLE, 'The council', 1);
    expect(anchorQuote(edited, describeQuote(ARTICLE, second))).toEqual(spanOf(edited, 'The council', 1));
  });

  it('falls back on where it was when the context is the same, and guesses nothing when it cannot tell', () => {
    const text = 'yes yes yes yes';
    const third = spanOf(text, 'yes', 2);
    const quote = { ...describeQuote(text, third), prefix: '', suffix: '' };
    expect(anchorQuote(text, quote)).toEqual(third);
    // Two repeats alike in context and equally far from where it was: not found, rather than a guess.
    expect(anchorQuote('ab__ab', { exact: 'ab', prefix: '', suffix: '', start: 2 })).toBeNull();
  });

  it('finds a quote after a small edit inside it, on the edited words', () => {
    const span = spanOf(ARTICLE, 'Fishermen said the seawall would kill the harbour.');
    const quote = describeQuote(ARTICLE, span);
    const edited = ARTICLE.replace('would kill', 'could kill');
    expect(anchorQuote(edited, quote)).toEqual(
      spanOf(edited, 'Fishermen said the seawall could kill the harbour.'),
    );
  });

  it('finds nothing, rather than other words, when the quote was rewritten', () => {
    const span = spanOf(ARTICLE, 'Fishermen said the seawall would kill the harbour.');
    const quote = describeQuote(ARTICLE, span);
    const rewritten = ARTICLE.replace(
      'Fishermen said the seawall would kill the harbour.',
      'Boat owners warned that the wall may ruin the port.',
    );
    expect(anchorQuote(rewritten, quote)).toBeNull();
    expect(anchorQuote('', quote)).toBeNull();
  });

  it('puts a rewritten quote on no look-alike elsewhere: a near-copy must stand among its old context', () => {
    const before =
      'Polls opened at seven. The latest forecast has the senator ahead by four points in the state. ' +
      'Turnout was high in the north.';
    const quote = describeQuote(before, spanOf(before, 'The latest forecast has the senator ahead'));
    const after =
      'Polls opened at seven. Officials would not say when the first results were expected tonight. ' +
      'Turnout was high in the north. Last week the latest forecast had the senator ahead, an aide said.';
    expect(anchorQuote(after, quote)).toBeNull();
    // The same near-copy where the quote stood is found: the edit is the page's, the place is the same.
    const edited = before.replace('forecast has', 'forecast had');
    expect(anchorQuote(edited, quote)).toEqual(spanOf(edited, 'The latest forecast had the senator ahead'));
  });

  it('keeps a short quote exact: one wrong letter in a short word is another word', () => {
    const quote = describeQuote('the cat sat', spanOf('the cat sat', 'cat'));
    expect(anchorQuote('the hat sat', quote)).toBeNull();
  });

  it('reads right-to-left text as any other', () => {
    const hebrew = 'הגינה נפתחה באביב. הגינה גדלה מאוד. המתנדבים הגיעו כל שבוע לגינה.';
    const span = spanOf(hebrew, 'הגינה', 1);
    expect(anchorQuote(hebrew, describeQuote(hebrew, span))).toEqual(span);
    const arabic = 'صوّت المجلس على إعادة بناء الجدار البحري قبل الشتاء.';
    const quoted = spanOf(arabic, 'إعادة بناء الجدار البحري');
    const edited = arabic.replace('قبل', 'بعد');
    expect(anchorQuote(edited, describeQuote(arabic, quoted))).toEqual(
      spanOf(edited, 'إعادة بناء الجدار البحري'),
    );
  });

  it('costs little on a long article', () => {
    const long = `${'Paragraph of filler text about the harbour and the town. '.repeat(2000)}The one sentence that matters.`;
    const span = spanOf(long, 'The one sentence that matters.');
    const quote = describeQuote(long, span);
    const edited = long.replace('that matters', 'that mattered');
    const started = performance.now();
    expect(anchorQuote(edited, quote)).toEqual(spanOf(edited, 'The one sentence that mattered.'));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
