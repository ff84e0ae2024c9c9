// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dropHeadByline, dropPullQuotes, dropRepeatedLead, dropRepeatedParagraphs } from './repeats';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

const SAID =
  '<p>She paused. “For a decade our children have taken two buses to reach a reading room,” she said.</p>';

describe('dropPullQuotes', () => {
  it('drops a pull quote that repeats a sentence of the story, by name or as an aside', () => {
    const root = body(
      `${SAID}<figure class="wp-block-pullquote"><blockquote><p>“For a decade our children have taken two buses to reach a reading room”</p><cite>Rosa Delgado</cite></blockquote></figure>` +
        '<aside><p>For a decade our children have taken two buses to reach a reading room.</p></aside>',
    );
    dropPullQuotes(root.ownerDocument);
    expect(root.innerHTML).toBe(SAID);
  });

  it('keeps a pull quote, aside or block quote whose words the story does not repeat', () => {
    const kept =
      `${SAID}<div class="pullquote"><p>The library opens next April on the old cannery site.</p></div>` +
      '<aside><p>Riverside has eleven branches and one mobile library.</p></aside>' +
      '<blockquote><p>For a decade our children have taken two buses to reach a reading room</p></blockquote>';
    const root = body(kept);
    dropPullQuotes(root.ownerDocument);
    expect(root.innerHTML).toBe(kept);
  });

  it('keeps short repeats, which a story may say twice', () => {
    const kept = '<p>“No,” he said.</p><aside class="pull-quote">“No,” he said.</aside>';
    const root = body(kept);
    dropPullQuotes(root.ownerDocument);
    expect(root.innerHTML).toBe(kept);
  });
});

describe('dropRepeatedLead', () => {
  const STANDFIRST = '<p>Eleven of the 40 promised crossings have been built.</p>';

  it('drops the headline and a second copy of the standfirst at the top of the body', () => {
    const root = body(
      `${STANDFIRST}<h2>Councils wait for crossing money</h2><div><p>Eleven of the 40 promised crossings have been built</p></div><p>The rest are on hold.</p>`,
    );
    dropRepeatedLead(
      root,
      'Councils wait for crossing money',
      'Eleven of the 40 promised crossings have been built.',
    );
    expect(root.innerHTML).toBe(`${STANDFIRST}<div></div><p>The rest are on hold.</p>`);
  });

  it('keeps a repeated first paragraph that the page does not mark as its standfirst', () => {
    const kept = `${STANDFIRST}${STANDFIRST}`;
    const root = body(kept);
    dropRepeatedLead(root, 'Councils wait for crossing money', null);
    expect(root.innerHTML).toBe(kept);
  });

  it('keeps a repeat further down, which is the story’s own', () => {
    const later = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index}.</p>`).join('');
    const kept = `${STANDFIRST}${later}${STANDFIRST}`;
    const root = body(kept);
    dropRepeatedLead(
      root,
      'Councils wait for crossing money',
      'Eleven of the 40 promised crossings have been built.',
    );
    expect(root.innerHTML).toBe(kept);
  });
});

describe('dropHeadByline', () => {
  it('takes a byline printed as the first lines of the body out of the text, and gives its names', () => {
    const root = body(
      '<p>Review</p><p>By Dana Reyes and Sam Ito</p><p>The phone is thinner than last year’s.</p>',
    );
    expect(dropHeadByline(root)).toBe('Dana Reyes and Sam Ito');
    expect(root.innerHTML).toBe('<p>Review</p><p>The phone is thinner than last year’s.</p>');
    const dated = body('<div>Written By: Jason Shafrin - Oct• 31•12</div><p>The story.</p>');
    expect(dropHeadByline(dated)).toBe('Jason Shafrin');
    expect(dated.innerHTML).toBe('<p>The story.</p>');
  });

  it('leaves a sentence that starts with "By", a byline-like line far down the story, and a page of only a byline', () => {
    const kept =
      '<p>By Monday, the river had risen and many may leave.</p><p>By Tuesday, 5,000 people had left.</p>' +
      '<p>By noon, Mayor Ruiz had closed the bridge.</p>' +
      '<p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>By Jane Roe</p>';
    const root = body(kept);
    expect(dropHeadByline(root)).toBeNull();
    expect(root.innerHTML).toBe(kept);
    const only = '<p>By Lim Cheng Soon, 28 May 2010</p>';
    const alone = body(only);
    expect(dropHeadByline(alone)).toBeNull();
    expect(alone.innerHTML).toBe(only);
  });
});

describe('dropRepeatedParagraphs', () => {
  const teaser =
    'BEIJING — Manufacturing activity in China declined in July, but at a more moderate pace than in June, an early gauge showed.';
  const second =
    'The preliminary purchasing managers index, a gauge of nationwide manufacturing activity, rose to 49.5 in July from 48.2.';

  it('drops the second copy of a passage of long paragraphs, word for word and in order', () => {
    const root = body(
      `<p>${teaser}</p><p>${second}</p><h3>Subscribe</h3><div class="paywall"><p>${teaser}</p><p>${second}</p></div>`,
    );
    dropRepeatedParagraphs(root);
    expect(root.innerHTML).toBe(
      `<p>${teaser}</p><p>${second}</p><h3>Subscribe</h3><div class="paywall"></div>`,
    );
  });

  it('keeps a refrain, one paragraph printed again, a paragraph printed many times, and short lines', () => {
    const kept = [
      `<p>Not again.</p><p>${teaser}</p><p>Not again.</p><p>${second}</p><p>${teaser}</p>`,
      `<p>${teaser}</p><p>${teaser}</p><p>${teaser}</p><p>${teaser}</p>`,
    ];
    for (const html of kept) {
      const root = body(html);
      dropRepeatedParagraphs(root);
      expect(root.innerHTML).toBe(html);
    }
  });
});
