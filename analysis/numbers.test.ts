import { describe, it, expect } from 'vitest';
import { splitSentences } from './sentences';
import { findKeyNumbers } from './numbers';

const numbers = (text: string) => findKeyNumbers(splitSentences(text));

describe('findKeyNumbers', () => {
  it('finds amounts, percentages and counts with context', () => {
    const found = numbers(
      'The council approved a $4.5 billion budget. Transport spending rises 12% to €820m. ' +
        'About 2,000 people were evacuated from the valley. Schools get £3,000 each, and 12 percent more staff.',
    );
    expect(found.map((number) => number.value)).toEqual([
      '$4.5 billion',
      '€820m',
      '£3,000',
      '12%',
      '12 percent',
      '2,000',
    ]);
    expect(found.find((number) => number.value === '2,000')?.context).toBe(
      'people were evacuated from the valley',
    );
    expect(found.find((number) => number.value === '$4.5 billion')?.context).toBe(
      'council approved … budget',
    );
  });

  it('keeps enough words to say what a number counts, and no more than its own clause', () => {
    const found = numbers(
      'According to the city, 60% of the cost will come from a national flood-resilience grant. ' +
        'The storm closed the terminal for 11 days and forced the evacuation of the lower town.',
    );
    // Four content words after the figure; "of the", "will" and "from a" do not count.
    expect(found.find((number) => number.value === '60%')?.context).toBe(
      'cost will come from a national flood-resilience',
    );
    // A count's context ends where "and" starts another clause.
    expect(found.find((number) => number.value === '11')?.context).toBe('days');
  });

  it('reads numbers written in words', () => {
    expect(
      numbers('Three million euros were set aside, and three million people voted.').map(
        (number) => number.value,
      ),
    ).toEqual(['Three million euros', 'three million']);
  });

  it('skips years, days of the month, times, ages and small counts', () => {
    const found = numbers(
      'In 2024 the mayor, 61, met 4 aides on March 14 at 11 p.m. and signed a 45-year-old law from 1979 with 31 votes to 9.',
    );
    expect(found.map((number) => number.value)).toEqual(['31']);
  });

  it('lists each value once and at most eight', () => {
    const text = Array.from(
      { length: 12 },
      (_, index) => `The fund paid $${index + 1},000 to families.`,
    ).join(' ');
    const found = numbers(`${text} The fund paid $1,000 to families again.`);
    expect(found).toHaveLength(8);
    expect(new Set(found.map((number) => number.value)).size).toBe(8);
  });
});
