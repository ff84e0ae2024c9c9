import { describe, expect, it } from 'vitest';
import { reportFromHtml } from './node-page';

/** A short article whose page carries a Sass expression left inside calc(), as some sites ship it. */
function pageWithBrokenCss(where: 'sheet' | 'attribute' | 'both'): string {
  const broken = 'height: calc(($container-max-width - 20px) / 16 * 9)';
  const sheet = where === 'attribute' ? '' : `<style>.hero { ${broken} } .note { color: red }</style>`;
  const attribute = where === 'sheet' ? '' : ` style="display: none; ${broken}"`;
  return `<!doctype html><html><head><title>Council backs the harbour plan</title>${sheet}</head><body>
<article><h1>Council backs the harbour plan</h1>
<div class="hero"${attribute}><p>Hidden promotional text that no reader sees on the page.</p></div>
<p>Mayor Karen Holt said on Monday that the council would vote on the harbour plan next week, after months of debate.</p>
<p>"We have waited long enough for this decision to be made," Holt said. The plan adds twelve bus routes and costs about $40 million.</p>
<p>Critics said the cost was too high for a town of its size and that the money should go to roads and schools instead.</p>
</article></body></html>`;
}

describe('reportFromHtml', () => {
  it.each(['sheet', 'attribute', 'both'] as const)(
    'reads a page whose CSS jsdom cannot parse (%s), keeping what the rest of its styles say',
    (where) => {
      const result = reportFromHtml(pageWithBrokenCss(where));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.report.people.map((person) => person.name)).toEqual(['Karen Holt']);
      expect(result.report.quotes[0]?.speaker).toBe('Karen Holt');
      // The readable part of the style attribute stays: the hidden block stays out of the article.
      if (where !== 'sheet') expect(result.report.text).not.toContain('Hidden promotional text');
    },
  );
});
