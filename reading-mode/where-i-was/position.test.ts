// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../reader-data/article-key';
import { articleBlocks, blockAt, textKey } from './position';

const body = (html: string): Element =>
  new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild as Element;

describe('articleBlocks', () => {
  it('counts each paragraph once, the innermost block holding it, in reading order', () => {
    const blocks = articleBlocks(
      body(
        '<h2>A</h2><p>one</p><ul><li>two</li><li><p>three</p></li></ul>' +
          '<blockquote><p>four</p></blockquote><figure><img alt=""><figcaption>five</figcaption></figure><pre>six</pre>',
      ),
    );
    expect(blocks.map((block) => `${block.tagName}:${block.textContent}`)).toEqual([
      'H2:A',
      'P:one',
      'LI:two',
      'P:three',
      'P:four',
      'FIGURE:five',
      'PRE:six',
    ]);
  });
});

describe('blockAt', () => {
  // Blocks 40 px tall, one under the other.
  const bottoms = [40, 80, 120, 160, 200];
  const at = (line: number): number => blockAt(bottoms.length, (index) => bottoms[index] ?? 0, line);

  it('is the first block whose bottom is below the line', () => {
    expect(at(0)).toBe(0);
    expect(at(39)).toBe(0);
    expect(at(40)).toBe(1);
    expect(at(130)).toBe(3);
  });

  it('is the last block once the line is past them all, and 0 for no block', () => {
    expect(at(500)).toBe(4);
    expect(blockAt(0, () => 0, 10)).toBe(0);
  });

  it('measures few blocks of many', () => {
    let measured = 0;
    const index = blockAt(
      10_000,
      (i) => {
        measured += 1;
        return (i + 1) * 10;
      },
      55_555,
    );
    expect(index).toBe(5555);
    expect(measured).toBeLessThanOrEqual(15);
  });
});

describe('keys', () => {
  it('keys an article by a SHA-256 of its address, the fragment left out, never the address itself', () => {
    const key = addressKey('https://news.example/story?id=4#section-2');
    expect(key).toBe(createHash('sha256').update('https://news.example/story?id=4').digest('hex'));
    expect(key).toBe(addressKey('https://news.example/story?id=4'));
    expect(key).not.toContain('news');
    expect(addressKey('https://news.example/story?id=5')).not.toBe(key);
  });

  it('tells a changed text from the same text', () => {
    expect(textKey('One paragraph.\n\nTwo.')).toBe(textKey('One paragraph.\n\nTwo.'));
    expect(textKey('One paragraph.\n\nTwo!')).not.toBe(textKey('One paragraph.\n\nTwo.'));
  });
});
