import { useEffect, useRef, useState } from 'preact/hooks';
import { keepPosition, keptPosition } from '../../reader-data/reading-positions';
import { inPrivateWindow } from '../private-window';
import { scrollUnderToolbar } from '../scroll-under-toolbar';
import { addressKey } from '../../reader-data/article-key';
import { articleBlocks, blockAt, textKey } from './position';

/** How long the reader's scrolling rests before the position is kept: one write per pause, not per frame. */
const KEEP_AFTER_MS = 400;

interface WhereIWasOptions {
  /** The page's address: positions are kept under its hash. */
  url: string;
  /** The article's text: a position is offered only for the text it was kept in. */
  text: string;
  scroller: () => HTMLElement | null;
  /** The element the article's paragraphs are drawn in. */
  body: () => Element | null;
  /** How much of the scroller's top the toolbar covers. */
  coveredTop: () => number;
  /** Puts the whole article in: the kept paragraph may be in a part not drawn yet. */
  finishDrawing: () => void;
  /** The window is private, where nothing is kept or offered (default: as the browser says). */
  privateWindow?: boolean;
}

/** An earlier reading's position, offered to the reader. */
export interface WhereIWas {
  /** There is a position to offer. */
  offered: boolean;
  /** Jumps to the paragraph the reader had reached. */
  continueReading: () => void;
  /** Hides the offer. */
  dismiss: () => void;
}

/**
 * Keeps where the reader is in the article, on this device, as they scroll, and offers the place an
 * earlier reading of the same article reached. It never moves on its own: the reader chooses.
 */
export function useWhereIWas(options: WhereIWasOptions): WhereIWas {
  const [offer, setOffer] = useState<number | null>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const { url, text, privateWindow = inPrivateWindow() } = latest.current;
    const scroller = latest.current.scroller();
    if (privateWindow || !scroller) return undefined;
    let live = true;
    let scrolled = false;
    let kept: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const key = addressKey(url);
    const textHash = textKey(text);
    void keptPosition(key, textHash).then((block) => {
      if (live && !scrolled && block !== null && block > 0) setOffer(block);
    });

    const keep = (): void => {
      timer = undefined;
      const body = latest.current.body();
      if (!body) return;
      const blocks = articleBlocks(body);
      const line = scroller.getBoundingClientRect().top + latest.current.coveredTop();
      const block = blockAt(
        blocks.length,
        (index) => blocks[index]?.getBoundingClientRect().bottom ?? 0,
        line,
      );
      if (block === kept) return;
      kept = block;
      void keepPosition(key, textHash, block);
      // Once the reader has read on to the offered place, there is nothing left to offer.
      setOffer((offered) => (offered !== null && block >= offered ? null : offered));
    };
    const onScroll = (): void => {
      scrolled = true;
      clearTimeout(timer);
      timer = setTimeout(keep, KEEP_AFTER_MS);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      live = false;
      scroller.removeEventListener('scroll', onScroll);
      // Closing right after a scroll still keeps where it ended.
      if (timer !== undefined) {
        clearTimeout(timer);
        keep();
      }
    };
  }, []);

  const continueReading = (): void => {
    const { scroller, body, coveredTop, finishDrawing } = latest.current;
    const target = scroller();
    const article = body();
    if (offer === null || !target || !article) return;
    finishDrawing();
    const block = articleBlocks(article)[offer];
    setOffer(null);
    if (!block) return;
    scrollUnderToolbar(target, block, coveredTop);
    // Keyboard and screen reader users continue from there too.
    if (!(block instanceof HTMLElement)) return;
    block.tabIndex = -1;
    block.focus({ preventScroll: true });
  };
  return { offered: offer !== null, continueReading, dismiss: () => setOffer(null) };
}
