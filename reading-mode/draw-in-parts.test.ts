// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawInParts } from './draw-in-parts';

/** Readability's wrapping: the article's paragraphs inside two `<div>`s. */
function article(paragraphs: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const outer = document.createElement('div');
  const page = document.createElement('div');
  for (let index = 1; index <= paragraphs; index += 1) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `Paragraph ${index}.`;
    page.append(paragraph);
  }
  outer.append(page);
  fragment.append(outer);
  return fragment;
}

/** A pause that waits for the test to let the next part in. */
function steppedPause() {
  const waiting: Array<() => void> = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async step(): Promise<void> {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const texts = (target: Element): string[] =>
  [...target.querySelectorAll('p')].map((p) => p.textContent ?? '');

describe('drawInParts', () => {
  it('draws a short article at once, in its wrappers', async () => {
    const target = document.createElement('div');
    const drawing = drawInParts(target, article(5), { first: 10 });
    await drawing.done;
    expect(target.innerHTML).toBe(
      '<div><div><p>Paragraph 1.</p><p>Paragraph 2.</p><p>Paragraph 3.</p><p>Paragraph 4.</p><p>Paragraph 5.</p></div></div>',
    );
  });

  it('draws a long article’s first blocks at once and the rest in parts, in order, in the same wrappers', async () => {
    const target = document.createElement('div');
    const stepped = steppedPause();
    const drawing = drawInParts(target, article(10), { first: 4, part: 3, pause: stepped.pause });
    expect(texts(target)).toHaveLength(4);
    await stepped.step();
    expect(texts(target)).toHaveLength(7);
    await stepped.step();
    await stepped.step();
    await drawing.done;
    expect(texts(target)).toEqual(Array.from({ length: 10 }, (_, index) => `Paragraph ${index + 1}.`));
    expect(target.querySelectorAll(':scope > div > div')).toHaveLength(1);
  });

  it('puts the rest in at once when asked (copying, printing), and stops when cancelled', async () => {
    const whole = document.createElement('div');
    const finished = drawInParts(whole, article(10), { first: 2, part: 1, pause: steppedPause().pause });
    finished.finish();
    expect(texts(whole)).toHaveLength(10);

    const closed = document.createElement('div');
    const stepped = steppedPause();
    const cancelled = drawInParts(closed, article(10), { first: 2, part: 1, pause: stepped.pause });
    cancelled.cancel();
    await stepped.step();
    await cancelled.done;
    expect(texts(closed)).toHaveLength(2);
  });
});
