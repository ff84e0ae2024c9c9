import { describe, expect, it } from 'vitest';
import { formatTable, markdownTable, median } from './stats';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle pair of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('tables', () => {
  it('aligns text columns left and figures right', () => {
    expect(
      formatTable([
        ['stage', 'ms'],
        ['readability', '1.5'],
        ['text', '12.25'],
      ]),
    ).toBe(
      ['stage           ms', '-----------  -----', 'readability    1.5', 'text         12.25'].join('\n'),
    );
  });

  it('writes Markdown with right-aligned figure columns', () => {
    expect(
      markdownTable([
        ['stage', 'ms'],
        ['text', '2'],
      ]),
    ).toBe('| stage | ms |\n| --- | ---: |\n| text | 2 |');
  });
});
