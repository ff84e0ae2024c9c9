import { useEffect, useRef, useState } from 'preact/hooks';
import { focusBand, lineAt, textLines, type Line } from './lines';

/** Space left bright above and below the band's lines, so no descender or accent is dimmed. */
const BAND_PADDING_PX = 3;
/**
 * The reading line stays within this share of the visible height from either edge: past it, ↓ and ↑
 * scroll the article by a line instead, as a teleprompter does, so the eyes need not chase the band.
 */
const COMFORT_MARGIN = 0.25;
/** Where the reading line starts: a third of the way down what the toolbar leaves visible. */
const START_AT = 1 / 3;

interface LineFocusProps {
  /** Lines left bright around the reading line (1, 3 or 5); 0 draws nothing. */
  count: number;
  scroller: () => HTMLElement | null;
  /** The article, whose lines of text the band snaps to. */
  article: () => Element | null;
  /** How much of the scroller's top the toolbar covers. */
  coveredTop: () => number;
}

/** Whether a key pressed in `target` belongs to a control there, not to line focus. */
function inControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('input, select, textarea, button, [contenteditable], .crux-toolbar, .crux-lightbox') !==
    null
  );
}

/**
 * Line focus: dims everything but `count` lines around the reading line. The line follows the mouse,
 * moves a line at a time with ↓ and ↑, and stays on the same place on screen as the article scrolls.
 */
export function LineFocus({ count, scroller, article, coveredTop }: LineFocusProps) {
  const [band, setBand] = useState<Line | null>(null);
  const readingLine = useRef<number | null>(null);
  const latest = useRef({ scroller, article, coveredTop });
  latest.current = { scroller, article, coveredTop };

  useEffect(() => {
    const view = latest.current.scroller();
    if (!count || !view) {
      setBand(null);
      return undefined;
    }
    let frame = 0;
    const visible = (): Line => {
      const box = view.getBoundingClientRect();
      return { top: box.top + latest.current.coveredTop(), bottom: box.bottom };
    };
    const measure = (): Line[] => {
      const root = latest.current.article();
      const { top, bottom } = visible();
      return root ? textLines(root, top, bottom) : [];
    };
    const draw = (): void => {
      cancelAnimationFrame(frame);
      frame = 0;
      const lines = measure();
      const { top, bottom } = visible();
      readingLine.current ??= top + (bottom - top) * START_AT;
      const index = lineAt(lines, readingLine.current);
      setBand(index < 0 ? null : focusBand(lines, index, count));
    };
    const redraw = (): void => {
      frame ||= requestAnimationFrame(draw);
    };
    const move = (step: 1 | -1): void => {
      const lines = measure();
      const shown = visible();
      const index = lineAt(lines, readingLine.current ?? shown.top);
      const current = lines[index];
      const next = lines[index + step];
      const margin = (shown.bottom - shown.top) * COMFORT_MARGIN;
      const comfortable = next && next.top >= shown.top + margin && next.bottom <= shown.bottom - margin;
      const before = view.scrollTop;
      if (!comfortable) {
        const lineHeight = current ? current.bottom - current.top : 24;
        view.scrollTop += next && current ? next.top - current.top : step * lineHeight;
      }
      // Where the article cannot scroll further, the line itself moves on, to the first or last line.
      if (next && (comfortable || view.scrollTop === before))
        readingLine.current = (next.top + next.bottom) / 2;
      draw();
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || inControl(event.target)) return;
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    };
    let pointer = { x: NaN, y: NaN };
    const onPointerMove = (event: PointerEvent): void => {
      // Firefox also sends a move when the article scrolls under a still mouse: only a moved one counts.
      const still = event.clientX === pointer.x && event.clientY === pointer.y;
      pointer = { x: event.clientX, y: event.clientY };
      if (still || event.pointerType === 'touch' || event.clientY < visible().top) return;
      readingLine.current = event.clientY;
      redraw();
    };
    // Text size, width, spacing and the window's size all move the lines.
    const resized = new ResizeObserver(redraw);
    const root = latest.current.article();
    if (root) resized.observe(root);
    resized.observe(view);
    view.addEventListener('scroll', redraw, { passive: true });
    view.addEventListener('keydown', onKeyDown);
    view.addEventListener('pointermove', onPointerMove, { passive: true });
    draw();
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      view.removeEventListener('scroll', redraw);
      view.removeEventListener('keydown', onKeyDown);
      view.removeEventListener('pointermove', onPointerMove);
    };
  }, [count]);

  if (!count || !band) return null;
  return (
    <div class="crux-line-focus" aria-hidden="true" data-lines={count}>
      <div
        class="crux-line-focus-shade"
        style={{ top: 0, height: `${Math.max(0, band.top - BAND_PADDING_PX)}px` }}
      />
      <div class="crux-line-focus-shade" style={{ top: `${band.bottom + BAND_PADDING_PX}px`, bottom: 0 }} />
    </div>
  );
}
