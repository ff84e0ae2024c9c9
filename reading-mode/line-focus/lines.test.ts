import { describe, expect, it } from 'vitest';
import { focusBand, lineAt, mergeLines, type Line } from './lines';

/** Five lines 30 px apart, each 24 px tall. */
const LINES: Line[] = [0, 1, 2, 3, 4].map((n) => ({ top: 100 + n * 30, bottom: 124 + n * 30 }));

describe('mergeLines', () => {
  it('puts the runs of one line together, and keeps lines apart', () => {
    expect(
      mergeLines([
        { top: 130, bottom: 154 },
        { top: 100, bottom: 124 },
        // A link and a smaller superscript on the first line.
        { top: 101, bottom: 123 },
        { top: 98, bottom: 112 },
        { top: 131, bottom: 150 },
      ]),
    ).toEqual([
      { top: 98, bottom: 124 },
      { top: 130, bottom: 154 },
    ]);
  });

  it('leaves out empty boxes', () => {
    expect(mergeLines([{ top: 5, bottom: 5 }])).toEqual([]);
  });
});

describe('lineAt', () => {
  it('is the line holding the point, or the nearest one', () => {
    expect(lineAt(LINES, 110)).toBe(0);
    expect(lineAt(LINES, 165)).toBe(2);
    // Between lines 2 and 3 (184–190), nearer 3.
    expect(lineAt(LINES, 189)).toBe(3);
    expect(lineAt(LINES, 0)).toBe(0);
    expect(lineAt(LINES, 999)).toBe(4);
    expect(lineAt([], 10)).toBe(-1);
  });
});

describe('focusBand', () => {
  it('spans one, three or five lines centred on the reading line', () => {
    expect(focusBand(LINES, 2, 1)).toEqual({ top: 160, bottom: 184 });
    expect(focusBand(LINES, 2, 3)).toEqual({ top: 130, bottom: 214 });
    expect(focusBand(LINES, 2, 5)).toEqual({ top: 100, bottom: 244 });
  });

  it('holds fewer lines at the ends of the text', () => {
    expect(focusBand(LINES, 0, 3)).toEqual({ top: 100, bottom: 154 });
    expect(focusBand(LINES, 4, 5)).toEqual({ top: 160, bottom: 244 });
    expect(focusBand([], 0, 3)).toBeNull();
  });
});
