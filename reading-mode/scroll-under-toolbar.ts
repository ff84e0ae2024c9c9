/**
 * What reading mode jumps to (a heading, the paragraph where the reader left off) sits this far under
 * the toolbar, in CSS pixels: close to it, not touching it.
 */
export const JUMP_GAP = 16;

/**
 * For this many frames after a jump (about a third of a second), the target is put back should it
 * move: a very long article lays its paragraphs out only as they come near the screen (`.crux-long` in
 * reader.css), and those around the target take their real height a frame or two after the jump.
 */
const SETTLE_FRAMES = 20;
/** The reader's own input, which ends the settling: from then on, where the article is is theirs. */
const READER_INPUTS = ['wheel', 'touchstart', 'keydown', 'mousedown'];

/**
 * Scrolls `scroller`, at once, so that `target` sits `JUMP_GAP` under the toolbar (`coveredTop` high),
 * and keeps it there while the article around it settles. `onPlaced` hears each scroll position set.
 */
export function scrollUnderToolbar(
  scroller: HTMLElement,
  target: Element,
  coveredTop: () => number,
  onPlaced: (scrollTop: number) => void = () => undefined,
): void {
  const place = (): void => {
    const offset =
      target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - coveredTop() - JUMP_GAP;
    if (Math.abs(offset) >= 1) scroller.scrollTo({ top: scroller.scrollTop + offset, behavior: 'instant' });
    onPlaced(scroller.scrollTop);
  };
  let frames = 0;
  let frame = 0;
  const stop = (): void => {
    cancelAnimationFrame(frame);
    for (const input of READER_INPUTS) scroller.removeEventListener(input, stop);
  };
  const settle = (): void => {
    place();
    frames += 1;
    if (frames < SETTLE_FRAMES) frame = requestAnimationFrame(settle);
    else stop();
  };
  place();
  for (const input of READER_INPUTS) scroller.addEventListener(input, stop, { passive: true });
  frame = requestAnimationFrame(settle);
}
