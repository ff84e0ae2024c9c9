// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JUMP_GAP, scrollUnderToolbar } from './scroll-under-toolbar';

/** A scroller 60 px below the window's top, and a heading `position` px down its content. */
function layout(position: { top: number }) {
  const scroller = document.createElement('div');
  const heading = document.createElement('h2');
  scroller.append(heading);
  document.body.append(scroller);
  scroller.getBoundingClientRect = () => new DOMRect(0, 60, 800, 600);
  heading.getBoundingClientRect = () => new DOMRect(0, 60 + position.top - scroller.scrollTop, 800, 30);
  scroller.scrollTo = vi.fn((options?: ScrollToOptions | number) => {
    if (typeof options === 'object') scroller.scrollTop = options.top ?? 0;
  });
  return { scroller, heading };
}

const TOOLBAR = 50;

describe('scrollUnderToolbar', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] }));
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('puts the heading just under the toolbar at once, without smooth scrolling', () => {
    const { scroller, heading } = layout({ top: 2000 });
    const placed = vi.fn();
    scrollUnderToolbar(scroller, heading, () => TOOLBAR, placed);
    expect(scroller.scrollTo).toHaveBeenCalledWith({ top: 2000 - TOOLBAR - JUMP_GAP, behavior: 'instant' });
    expect(placed).toHaveBeenLastCalledWith(2000 - TOOLBAR - JUMP_GAP);
  });

  it('puts it back when the paragraphs around it take their height a frame later', () => {
    const position = { top: 2000 };
    const { scroller, heading } = layout(position);
    scrollUnderToolbar(scroller, heading, () => TOOLBAR);
    position.top = 2240;
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(scroller.scrollTop).toBe(2240 - TOOLBAR - JUMP_GAP);
  });

  it('leaves the article where the reader takes it once they scroll themselves', () => {
    const position = { top: 2000 };
    const { scroller, heading } = layout(position);
    scrollUnderToolbar(scroller, heading, () => TOOLBAR);
    scroller.dispatchEvent(new Event('wheel'));
    position.top = 2240;
    vi.advanceTimersToNextFrame();
    expect(scroller.scrollTop).toBe(2000 - TOOLBAR - JUMP_GAP);
  });
});
