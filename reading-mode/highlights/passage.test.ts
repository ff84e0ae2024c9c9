import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../reader-data/highlights';
import { describeQuote } from './anchor';
import { passageWithAttribution, withHighlight } from './passage';

const TEXT = 'alpha beta gamma delta epsilon zeta eta theta';
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const kept = (words: string, id: string, note = ''): Highlight => ({
  id,
  quote: describeQuote(TEXT, span(words)),
  color: 'blue',
  note,
  at: 1,
});

describe('withHighlight', () => {
  it('adds a highlight beside those it does not touch', () => {
    const result = withHighlight([kept('alpha', 'k1')], TEXT, {
      id: 'n1',
      span: span('delta'),
      color: 'pink',
      note: '',
      at: 2,
    });
    expect(result.map((highlight) => [highlight.id, highlight.quote.exact])).toEqual([
      ['k1', 'alpha'],
      ['n1', 'delta'],
    ]);
  });

  it('takes the highlights it overlaps into itself, their notes after its own', () => {
    const result = withHighlight(
      [kept('beta gamma', 'k1', 'first'), kept('epsilon zeta', 'k2', 'second'), kept('theta', 'k3')],
      TEXT,
      { id: 'n1', span: span('gamma delta epsilon'), color: 'yellow', note: 'mine', at: 2 },
    );
    expect(result.map((highlight) => highlight.id)).toEqual(['k3', 'n1']);
    const merged = result[1];
    expect(merged?.quote.exact).toBe('beta gamma delta epsilon zeta');
    expect(merged?.note).toBe('mine\n\nfirst\n\nsecond');
    expect(merged?.color).toBe('yellow');
  });
});

describe('passageWithAttribution', () => {
  it('quotes the words, then the byline, title, site and address', () => {
    expect(
      passageWithAttribution('Rates will rise.', {
        url: 'https://news.example/a',
        title: 'Rates',
        byline: 'Ana Ruiz',
        siteName: 'Example News',
        publishedTime: null,
      }),
    ).toBe('“Rates will rise.”\n— Ana Ruiz, “Rates”, Example News, https://news.example/a');
  });

  it('gives the address alone when nothing else is known', () => {
    expect(
      passageWithAttribution('Yes.', {
        url: 'http://127.0.0.1/x',
        title: null,
        byline: null,
        siteName: null,
        publishedTime: null,
      }),
    ).toBe('“Yes.”\n— http://127.0.0.1/x');
  });
});
