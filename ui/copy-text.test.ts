import { describe, expect, it } from 'vitest';
import { quoteWithAttribution, summaryAsMarkdown, summaryAsText } from './copy-text';

describe('copy text', () => {
  it('copies a quote with its speaker and role', () => {
    expect(
      quoteWithAttribution({ text: 'This wall is the difference', speaker: 'Elena Vasquez', role: 'Mayor' }),
    ).toBe('“This wall is the difference” — Elena Vasquez, Mayor');
    expect(quoteWithAttribution({ text: 'We will be honest', speaker: 'Daniel Okafor', role: null })).toBe(
      '“We will be honest” — Daniel Okafor',
    );
    expect(quoteWithAttribution({ text: 'Unclaimed words', speaker: null, role: null })).toBe(
      '“Unclaimed words”',
    );
  });

  it('copies the summary as plain text or Markdown', () => {
    const sentences = ['The council voted.', 'Fishermen objected.'];
    expect(summaryAsText(sentences)).toBe('The council voted.\nFishermen objected.');
    expect(summaryAsMarkdown(sentences, 'Seawall vote', 'https://ledger.example/a')).toBe(
      '**[Seawall vote](https://ledger.example/a)**\n\n- The council voted.\n- Fishermen objected.',
    );
    expect(summaryAsMarkdown(sentences, null, null)).toBe('- The council voted.\n- Fishermen objected.');
  });

  it('keeps a crafted title or sentence text in the Markdown summary: no link, image or markup of its own', () => {
    const copy = summaryAsMarkdown(
      ['See [this](javascript:alert(1)) and <img src=x onerror=alert(1)> `code`'],
      'News](javascript:alert(document.cookie))[\n# Heading',
      'https://ledger.example/a',
    );
    expect(copy).toBe(
      '**[News\\](javascript:alert(document.cookie))\\[ # Heading](https://ledger.example/a)**\n\n' +
        '- See \\[this\\](javascript:alert(1)) and \\<img src=x onerror=alert(1)\\> \\`code\\`',
    );
    expect(summaryAsMarkdown(['A.'], 'Title', 'javascript:alert(1)')).toBe('**Title**\n\n- A.');
  });

  it('copies no bidirectional formatting characters, wherever the page hid them', () => {
    const copies = [
      quoteWithAttribution({
        text: 'We\u202E will build\u202C',
        speaker: 'Elena\u2067 Vasquez',
        role: 'Mayor\u200F',
      }),
      summaryAsText(['The council\u202D voted.', '\u2066Fishermen objected.\u2069']),
      summaryAsMarkdown(['The council\u061C voted.'], 'Seawall\u202E vote', 'https://ledger.example/a'),
    ];
    for (const copy of copies) expect(copy).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(copies[0]).toBe('“We will build” — Elena Vasquez, Mayor');
  });
});
