import { describe, it, expect } from 'vitest';
import { analyzeArticle, summarizeArticle } from './index';

/** Every bidirectional control the analysis strips, as a pattern over its output. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('analyzeArticle', () => {
  it('hands out no bidirectional control in any string', () => {
    const text = [
      'Mayor \u202eHelen Varga\u202c, the city\u2067s mayor\u2069, opened the \u200fnew bridge on Monday after three years of work.',
      '“We built this \u202ebridge for\u202c the next hundred years,” Varga said. The bridge cost $48\u200e million.',
      'About 2,000 \u2066people\u2069 crossed the bridge on the first day, and the council said 40% of them came by bike.',
      'Traffic on the old ferry fell by half within a week, the port authority\u061c said in a statement.',
      'The mayor said the city would now repair the riverside path that runs beside the new bridge.',
    ].join('\n\n');
    const insights = analyzeArticle({ title: 'Varga opens \u202ethe bridge', text, lang: 'en' });
    expect(insights.people.length).toBeGreaterThan(0);
    expect(insights.quotes.length).toBeGreaterThan(0);
    expect(insights.numbers.length).toBeGreaterThan(0);
    expect(insights.summary.length).toBeGreaterThan(0);
    expect(JSON.stringify(insights)).not.toMatch(BIDI_CONTROL);
    expect(summarizeArticle({ title: null, text, lang: 'en' }, 6).join(' ')).not.toMatch(BIDI_CONTROL);
  });
});

describe('analyzeArticle with asides', () => {
  const text = [
    'Mayor Ana Ruiz opened the new harbour bridge on Monday after three years of building work.',
    'Workers cheer as the last span is lifted into place.',
    'Jon Tamsen/Harbour Images',
    '“We built this bridge for the next hundred years,” Ruiz said at the opening ceremony.',
    'The bridge cost $48 million and carries 2,000 people a day, the council said.',
    'Read more: Councillor Petra Nyland resigns over the ferry contract',
  ].join('\n\n');
  const asides = [
    { text: 'Workers cheer as the last span is lifted into place.', kind: 'caption' as const },
    { text: 'Jon Tamsen/Harbour Images', kind: 'credit' as const },
    { text: 'Read more: Councillor Petra Nyland resigns over the ferry contract', kind: 'link' as const },
  ];

  it('takes nobody from a credit or a link to another story, and no summary sentence from a caption', () => {
    const insights = analyzeArticle({ title: 'Ruiz opens the bridge', text, lang: 'en', asides });
    expect(insights.people.map((person) => person.name)).toEqual(['Ana Ruiz']);
    expect(insights.summary.join(' ')).not.toContain('Workers cheer');
    expect(summarizeArticle({ title: null, text, lang: 'en', asides }, 6).join(' ')).not.toContain(
      'Workers cheer',
    );
    expect(insights.quotes[0]?.speaker).toBe('Ana Ruiz');
  });

  it('reads every paragraph as the story when extraction names no aside', () => {
    const insights = analyzeArticle({ title: 'Ruiz opens the bridge', text, lang: 'en' });
    expect(insights.people.map((person) => person.name)).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Jon Tamsen', 'Petra Nyland']),
    );
  });
});
