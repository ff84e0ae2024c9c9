import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { currentSection } from './current-section';
import type { ContentsHeading } from './headings';
import { JUMP_GAP, scrollUnderToolbar } from '../scroll-under-toolbar';

interface ContentsPanelProps {
  /** The article's section headings (`contentsHeadings`); with none, there is no Contents button. */
  headings: ContentsHeading[];
  /** The article's direction and language: the panel sits on its inline-start side and reads as it does. */
  dir: 'ltr' | 'rtl' | 'auto';
  lang: string | undefined;
  /** Reading mode's scrolling box. */
  scroller: () => HTMLElement | null;
  /** The sticky toolbar: the panel sits below it, and a heading jumped to just under it. */
  toolbar: () => HTMLElement | null;
  /** Puts the rest of a long article in, so that the heading jumped to is there. */
  finishDrawing: () => void;
}

/** A section is in view once its heading's top passes this far under the toolbar: a little below a jump's. */
const SECTION_LINE = 2 * JUMP_GAP;

/** A jump's place: its section stays the current one until the reader scrolls away from it. */
interface Jump {
  index: number;
  scrollTop: number;
}

/**
 * The Contents button in reading mode's toolbar and the panel it opens: the article's headings, two
 * levels, beside the article on its inline-start side, the section in view marked as the reader scrolls.
 * An entry jumps to its heading; Esc in the panel closes it, and only it.
 */
export function ContentsPanel(props: ContentsPanelProps) {
  const { headings } = props;
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState(-1);
  const [coveredTop, setCoveredTop] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const lastJump = useRef<Jump | null>(null);

  // While the panel is open it follows the reader's scrolling, and the toolbar's height as it changes.
  useEffect(() => {
    const scroller = props.scroller();
    const toolbar = props.toolbar();
    if (!open || !scroller || !toolbar) return undefined;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      setCoveredTop(toolbar.offsetHeight);
      setCurrent(sectionInView(headings, scroller, toolbar.offsetHeight, lastJump.current));
    };
    const schedule = (): void => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    const resizes = new ResizeObserver(schedule);
    resizes.observe(toolbar);
    resizes.observe(scroller);
    scroller.addEventListener('scroll', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      scroller.removeEventListener('scroll', schedule);
    };
  }, [open, headings]);

  // The current entry stays in sight in a panel long enough to scroll.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    const entry = panel?.querySelector('[aria-current]');
    if (!panel || !entry) return;
    const box = panel.getBoundingClientRect();
    const entryBox = entry.getBoundingClientRect();
    if (entryBox.top < box.top) panel.scrollTop -= box.top - entryBox.top;
    else if (entryBox.bottom > box.bottom) panel.scrollTop += entryBox.bottom - box.bottom;
  }, [current, open]);

  const jump = (index: number): void => {
    const heading = headings[index]?.element;
    const scroller = props.scroller();
    if (!heading || !scroller) return;
    props.finishDrawing();
    if (!heading.isConnected) return;
    scrollUnderToolbar(
      scroller,
      heading,
      () => props.toolbar()?.offsetHeight ?? 0,
      (scrollTop) => {
        lastJump.current = { index, scrollTop };
      },
    );
    setCurrent(index);
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    // On a narrow window the panel lies over the text: it makes way for the section jumped to.
    if (overlapsSideways(panelRef.current, heading)) setOpen(false);
  };

  const onPanelKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Reading mode is a modal dialog, and closing it is Esc's default action: cancelled here, in both
    // browsers, this Esc closes the panel alone. Stopped here, it does not bubble on to the page's own
    // Esc handlers underneath either.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  if (headings.length === 0) return null;
  return (
    <>
      <button
        type="button"
        class="crux-button"
        ref={buttonRef}
        data-testid="contents"
        aria-expanded={open}
        aria-controls="crux-contents"
        onClick={() => setOpen(!open)}
      >
        {t('contents')}
      </button>
      <nav
        id="crux-contents"
        class="crux-contents"
        ref={panelRef}
        hidden={!open}
        dir={props.dir}
        aria-label={t('contentsPanel')}
        style={{ '--crux-covered-top': `${coveredTop}px` }}
        onKeyDown={onPanelKeyDown}
      >
        <ul lang={props.lang}>
          {headings.map((heading, index) => (
            <li key={index}>
              <button
                type="button"
                class="crux-contents-entry"
                data-level={heading.level}
                aria-current={index === current ? 'location' : undefined}
                onClick={() => jump(index)}
              >
                {heading.text}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

/** The section in view as the reader sees it: a section jumped to stays current until they scroll. */
function sectionInView(
  headings: ContentsHeading[],
  scroller: HTMLElement,
  coveredTop: number,
  lastJump: Jump | null,
): number {
  if (lastJump && Math.abs(scroller.scrollTop - lastJump.scrollTop) < 1) return lastJump.index;
  const origin = scroller.getBoundingClientRect().top;
  const tops = headings.map(({ element }) =>
    element.isConnected ? element.getBoundingClientRect().top - origin : Infinity,
  );
  return currentSection(tops, coveredTop + SECTION_LINE);
}

/** Whether `panel` and `element` share any of the window's width: one lies over the other. */
function overlapsSideways(panel: HTMLElement | null, element: HTMLElement): boolean {
  if (!panel) return false;
  const panelBox = panel.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return panelBox.left < box.right && panelBox.right > box.left;
}
