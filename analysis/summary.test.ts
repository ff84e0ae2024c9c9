import { describe, it, expect } from 'vitest';
import { splitSentences } from './sentences';
import { summarize } from './summary';

const story = [
  'LONDON, England (CNN) -- The city council approved a new flood plan on Tuesday after months of debate.',
  'The flood plan builds barriers along the river and raises the riverbank by two metres.',
  'Photo: Getty Images',
  'Residents who were flooded twice last year welcomed the flood plan but asked for faster work.',
  'The weather on Tuesday was sunny and mild across the whole region.',
  'The council will vote on the flood plan budget next month, and barriers could start in spring.',
  'Read more about local news on our website today.',
].join('\n\n');

describe('summarize', () => {
  it('returns the requested number of sentences in article order, dateline stripped, junk skipped', () => {
    const summary = summarize(splitSentences(story), 'Council approves flood plan', 3);
    expect(summary).toHaveLength(3);
    expect(summary[0]).toBe('The city council approved a new flood plan on Tuesday after months of debate.');
    expect(summary.join(' ')).not.toMatch(/Getty|Read more|weather/);
  });

  it('leaves out a near-duplicate of a chosen sentence', () => {
    const text =
      'The council approved the new flood plan on Tuesday evening. The council approved the new flood plan on Tuesday night. ' +
      'Barriers will rise along the river before the winter storms. Residents asked for faster work on the barriers. ' +
      'The mayor promised a public meeting every month. Work begins in the spring.';
    const summary = summarize(splitSentences(text), null, 2);
    expect(summary).toEqual([
      'The council approved the new flood plan on Tuesday evening.',
      'Barriers will rise along the river before the winter storms.',
    ]);
  });

  it('gives a very short article its opening sentences', () => {
    const text =
      'The library will close on Monday for repairs to its roof. Books can be returned to any branch.';
    expect(summarize(splitSentences(text), null, 3)).toEqual([
      'The library will close on Monday for repairs to its roof.',
      'Books can be returned to any branch.',
    ]);
  });
});
