import { describe, expect, it } from 'vitest';
import type { ArticleHighlights, Highlight } from './highlights';
import { articleHighlightsMarkdown, libraryMarkdown } from './highlights-markdown';

function highlight(id: string, exact: string, start: number, note = '', at = 1): Highlight {
  return { id, quote: { exact, prefix: '', suffix: '', start }, color: 'yellow', note, at };
}

const SEAWALL: ArticleHighlights = {
  url: 'https://ledger.example/seawall',
  title: 'Harbour city votes to rebuild its seawall',
  byline: 'Mara Lind',
  siteName: 'The Ledger',
  publishedTime: '2024-03-01T08:00:00Z',
  highlights: [
    highlight('b', 'The vote was 7 to 2.', 120, 'Check the minutes.'),
    highlight('a', 'This wall is the difference between a town and a memory.', 40),
  ],
  at: 2,
};

describe('articleHighlightsMarkdown', () => {
  it('writes the title, link and facts, then the highlights with their notes', () => {
    expect(articleHighlightsMarkdown(SEAWALL)).toBe(
      [
        '# Harbour city votes to rebuild its seawall',
        '',
        '<https://ledger.example/seawall>',
        '',
        'Mara Lind · The Ledger · 2024-03-01',
        '',
        '> This wall is the difference between a town and a memory.',
        '',
        '> The vote was 7 to 2.',
        '',
        'Check the minutes.',
        '',
      ].join('\n'),
    );
  });

  it('lists highlights in reading order, the older first where two start together', () => {
    const markdown = articleHighlightsMarkdown({
      ...SEAWALL,
      highlights: [
        highlight('c', 'third', 300),
        highlight('b', 'second', 10, '', 5),
        highlight('a', 'first', 10, '', 4),
        highlight('z', 'zeroth', 0),
      ],
    });
    const quoted = markdown.split('\n').filter((line) => line.startsWith('> '));
    expect(quoted).toEqual(['> zeroth', '> first', '> second', '> third']);
  });

  it('credits a highlight to the speaker of the key quote it is, lies in, or covers most of', () => {
    const speakers = [
      { text: '“This wall is the difference between a town and a memory.”', speaker: 'Elena Vasquez' },
      { text: 'We will be honest about the cost of it all.', speaker: 'Daniel Okafor' },
      { text: 'Nobody asked the fishermen what they wanted here.', speaker: 'Ana Ruiz' },
    ];
    const markdown = articleHighlightsMarkdown(
      {
        ...SEAWALL,
        highlights: [
          highlight('a', 'This wall is the difference between a town and a memory.', 10),
          highlight('b', 'honest about the cost', 100),
          highlight('c', 'The mayor said: we will be honest about the cost of it', 200),
          highlight('d', 'what they wanted here. Then the meeting ended.', 300),
          highlight('e', 'The vote was 7 to 2.', 400),
        ],
      },
      speakers,
    );
    expect(markdown).toContain(
      '> This wall is the difference between a town and a memory.\n>\n> — Elena Vasquez\n\n',
    );
    expect(markdown).toContain('> honest about the cost\n>\n> — Daniel Okafor\n\n');
    expect(markdown).toContain(
      '> The mayor said: we will be honest about the cost of it\n>\n> — Daniel Okafor\n\n',
    );
    // It shares only the quote's last words: not most of the quote, so no speaker.
    expect(markdown).toContain('> what they wanted here. Then the meeting ended.\n\n');
    expect(markdown).toMatch(/> The vote was 7 to 2\.\n$/u);
    expect(markdown).not.toContain('Ana Ruiz');
  });

  it('writes no paragraph for an empty note, and keeps a note of several lines in its block', () => {
    const markdown = articleHighlightsMarkdown({
      ...SEAWALL,
      highlights: [
        highlight('a', 'One.', 1, ''),
        highlight('b', 'Two.', 2, 'First line\n# not a heading\n\n\n- not a list\n   '),
        highlight('c', 'Three.', 3, '  \n  '),
      ],
    });
    expect(markdown.slice(markdown.indexOf('> One.'))).toBe(
      '> One.\n\n> Two.\n\nFirst line\\\n\\# not a heading\n\n\\- not a list\n\n> Three.\n',
    );
  });

  it('heads an article without a title with its address, and leaves out facts it does not know', () => {
    const markdown = articleHighlightsMarkdown({
      ...SEAWALL,
      title: null,
      byline: null,
      siteName: null,
      publishedTime: null,
      url: 'https://ledger.example/a_b?q=1',
      highlights: [highlight('a', 'One.', 1)],
    });
    expect(markdown).toBe(
      '# https://ledger.example/a\\_b?q=1\n\n<https://ledger.example/a_b?q=1>\n\n> One.\n',
    );
  });

  it('keeps hostile page text as text: no HTML, link, heading, list or code of its own', () => {
    const markdown = articleHighlightsMarkdown({
      url: 'https://ledger.example/x?<script>',
      title: '# Title](javascript:alert(1))\n<img src=x onerror=alert(1)>',
      byline: '1. *Bold* _em_',
      siteName: '`code` | cell',
      publishedTime: '<b>yesterday</b>',
      highlights: [
        highlight('a', '> not a nested quote [link](https://evil.example) &amp; ~~struck~~', 1),
        highlight(
          'b',
          '- not a list item',
          2,
          '<script>alert(1)</script>\n1) not a list\n    indented code?',
        ),
        highlight('c', '+ 12. \u202Ereversed', 3),
      ],
      at: 1,
    });
    expect(markdown).toBe(
      [
        '# \\# Title\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>',
        '',
        '<https://ledger.example/x?%3Cscript%3E>',
        '',
        '1\\. \\*Bold\\* \\_em\\_ · \\`code\\` \\| cell · \\<b\\>yesterday\\</b\\>',
        '',
        '> \\> not a nested quote \\[link\\](https://evil.example) \\&amp; \\~\\~struck\\~\\~',
        '',
        '> \\- not a list item',
        '',
        '\\<script\\>alert(1)\\</script\\>\\',
        '1\\) not a list\\',
        'indented code?',
        '',
        '> \\+ 12. reversed',
        '',
      ].join('\n'),
    );
  });

  it('links only web addresses', () => {
    const markdown = articleHighlightsMarkdown({ ...SEAWALL, url: 'javascript:alert(1)' });
    expect(markdown).not.toContain('<javascript');
    expect(markdown.split('\n')[2]).toBe('Mara Lind · The Ledger · 2024-03-01');
  });
});

describe('libraryMarkdown', () => {
  it('writes every article, the most recently changed first, with a rule between them', () => {
    const older: ArticleHighlights = {
      ...SEAWALL,
      url: 'https://ledger.example/older',
      title: 'Older',
      byline: null,
      siteName: null,
      publishedTime: null,
      highlights: [highlight('a', 'Old words.', 0)],
      at: 1,
    };
    const newer: ArticleHighlights = { ...older, url: 'https://ledger.example/newer', title: 'Newer', at: 9 };
    expect(libraryMarkdown({ one: older, two: newer })).toBe(
      '# Newer\n\n<https://ledger.example/newer>\n\n> Old words.\n' +
        '\n---\n\n' +
        '# Older\n\n<https://ledger.example/older>\n\n> Old words.\n',
    );
    expect(libraryMarkdown({})).toBe('');
  });
});
