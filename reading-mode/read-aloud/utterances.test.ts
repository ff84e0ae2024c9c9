// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE_CHARACTERS, spokenSentences, utteranceSpans } from './utterances';

/** An article from the test's own markup, parsed inert. */
function article(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<article>${html}</article>`, 'text/html');
  return document.adoptNode(parsed.querySelector('article') ?? document.createElement('article'));
}

const spoken = (html: string, captions = false) =>
  spokenSentences(article(html), { captions }).map((sentence) => ({
    text: sentence.text,
    block: sentence.block,
    shown: sentence.range.toString(),
  }));

describe('spokenSentences', () => {
  it('reads each block sentence by sentence, titles and abbreviations kept whole', () => {
    const sentences = spoken(
      '<h1>Seawall vote</h1><p>Dr. Ng met Mr. Reyes on Jan. 5. The plan costs $4.5 million. It passed.</p>' +
        '<p>“We will build it,” said Mayor Vasquez. “Now.”</p>',
    );
    expect(sentences.map(({ text, block }) => [text, block])).toEqual([
      ['Seawall vote', 0],
      ['Dr. Ng met Mr. Reyes on Jan. 5.', 1],
      ['The plan costs $4.5 million.', 1],
      ['It passed.', 1],
      ['“We will build it,” said Mayor Vasquez.', 2],
      ['“Now.”', 2],
    ]);
    // The highlight covers exactly what the voice is given.
    for (const sentence of sentences) expect(sentence.shown).toBe(sentence.text);
  });

  it('follows a sentence across links and emphasis, and maps a word back to the article', () => {
    const root = article('<p>The <a href="#">harbour <em>master</em> said</a> no. Then he left.</p>');
    const [first] = spokenSentences(root, { captions: false });
    expect(first?.text).toBe('The harbour master said no.');
    expect(first?.range.toString()).toBe('The harbour master said no.');
    const master = first?.text.indexOf('master') ?? -1;
    expect(first?.rangeOf(master, master + 'master'.length)?.toString()).toBe('master');
    expect(first?.rangeOf(master, master + 'master said'.length)?.toString()).toBe('master said');
    expect(first?.rangeOf(-1, 3)).toBeNull();
    expect(first?.rangeOf(0, 500)).toBeNull();
  });

  it('marks no word, rather than failing, once a highlight drawn since has split the text', () => {
    const root = article('<p>The harbour master said no to the plan.</p>');
    const [first] = spokenSentences(root, { captions: false });
    const text = root.querySelector('p')?.firstChild;
    if (!(text instanceof Text)) throw new Error('no text');
    text.splitText(4);
    const plan = first?.text.indexOf('plan') ?? -1;
    expect(first?.rangeOf(plan, plan + 'plan'.length)).toBeNull();
  });

  it('leaves out code blocks, hidden text, footnote marks, and captions unless asked; credits always', () => {
    const html =
      '<p>Before the code.</p><pre><code>let x = 1;</code></pre><p hidden>Hidden.</p>' +
      '<p>A claim<sup><a href="#n1">[1]</a></sup> stands.</p>' +
      '<figure><img alt="The wall"><figcaption>The new wall at dawn. <span class="credit">Photo: Ana Ruiz</span></figcaption></figure>' +
      '<p>After the figure.</p>';
    expect(spoken(html).map((sentence) => sentence.text)).toEqual([
      'Before the code.',
      'A claim stands.',
      'After the figure.',
    ]);
    expect(spoken(html, true).map((sentence) => sentence.text)).toEqual([
      'Before the code.',
      'A claim stands.',
      'The new wall at dawn.',
      'After the figure.',
    ]);
  });

  it('reads a list item, and a nested list, as blocks of their own; a line break as a space', () => {
    const sentences = spoken(
      '<ul><li>First point.<ul><li>A detail.</li></ul></li><li>Second<br>line.</li></ul><blockquote><p>Quoted.</p></blockquote>',
    );
    expect(sentences.map(({ text, block }) => [text, block])).toEqual([
      ['First point.', 0],
      ['A detail.', 1],
      ['Second line.', 2],
      ['Quoted.', 3],
    ]);
    expect(sentences[2]?.shown).toBe('Secondline.');
  });

  it('reads right-to-left text sentence by sentence', () => {
    const sentences = spoken(
      '<p dir="rtl">قال رئيس البلدية إن الجدار سيبنى. وافق المجلس على الخطة.</p><p dir="rtl">אמר ראש העיר. המועצה הסכימה.</p>',
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'قال رئيس البلدية إن الجدار سيبنى.',
      'وافق المجلس على الخطة.',
      'אמר ראש העיר.',
      'המועצה הסכימה.',
    ]);
    for (const sentence of sentences) expect(sentence.shown).toBe(sentence.text);
  });

  it('skips blocks with nothing to say', () => {
    expect(spoken('<p>  </p><p>—</p><p>Words.</p>').map((sentence) => sentence.text)).toEqual(['Words.']);
  });
});

describe('utteranceSpans', () => {
  const pieces = (text: string) =>
    utteranceSpans(text, 0, text.length).map(([start, end]) => text.slice(start, end));

  it('keeps a sentence whole when it is short enough', () => {
    expect(pieces('The council voted.')).toEqual(['The council voted.']);
  });

  it('cuts a long sentence at its clauses, each piece short enough, losing no word', () => {
    const clause = 'the council voted again on the plan to rebuild the harbour wall';
    const sentence = `${Array.from({ length: 8 }, () => clause).join(', ')}.`;
    const cut = pieces(sentence);
    expect(cut.length).toBeGreaterThan(1);
    for (const piece of cut) expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARACTERS);
    expect(cut.every((piece, index) => index === cut.length - 1 || piece.endsWith(','))).toBe(true);
    expect(cut.join(' ')).toBe(sentence);
  });

  it('cuts Chinese and Japanese text at its full stops, which need no space', () => {
    const sentence = '市议会投票决定重建海堤。'.repeat(40);
    const cut = pieces(sentence);
    for (const piece of cut) {
      expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARACTERS);
      expect(piece.endsWith('。')).toBe(true);
    }
    expect(cut.join('')).toBe(sentence);
  });

  it('cuts between words, or anywhere, when a long sentence has no clause', () => {
    const words = 'word '.repeat(100).trim();
    for (const piece of pieces(words)) expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARACTERS);
    expect(pieces(words).join(' ')).toBe(words);
    const blob = 'x'.repeat(600);
    expect(pieces(blob).join('')).toBe(blob);
  });
});
