import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from './index';
import type { Insights } from './types';

/**
 * Golden cases: `fixtures/<case>.txt` is a short article whose first line is its title, then a blank
 * line, then the text (paragraphs separated by blank lines); `<case>.expected.json` beside it holds
 * what analyzeArticle must find: people (name and role, in rank order), quotes (text and speaker, in
 * rank order), the summary length and, when listed, the key numbers' values in order.
 */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Expected {
  summarySentences: number;
  people: Array<{ name: string; role: string | null }>;
  quotes: Array<{ text: string; speaker: string | null }>;
  numbers?: string[];
}

function readCase(name: string): { insights: Insights; expected: Expected } {
  const [title = '', ...body] = readFileSync(`${FIXTURES}${name}.txt`, 'utf8').split('\n');
  const expected: Expected = JSON.parse(readFileSync(`${FIXTURES}${name}.expected.json`, 'utf8'));
  return { insights: analyzeArticle({ title, text: body.join('\n').trim(), lang: null }), expected };
}

const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.replace(/\.txt$/, ''));

describe('analyzeArticle on golden articles', () => {
  it('has fixture articles to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(name, () => {
      const { insights, expected } = readCase(name);
      expect(insights.people.map(({ name: personName, role }) => ({ name: personName, role }))).toEqual(
        expected.people,
      );
      expect(insights.quotes.map(({ text, speaker }) => ({ text, speaker }))).toEqual(expected.quotes);
      expect(insights.summary).toHaveLength(expected.summarySentences);
      if (expected.numbers !== undefined)
        expect(insights.numbers.map((number) => number.value)).toEqual(expected.numbers);
    });
  }
});
