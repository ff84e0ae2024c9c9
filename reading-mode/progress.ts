/** How far the reader is through the article, and how long the rest takes. */
export interface ReadingProgress {
  /** From 0 (top) to 1 (the end is in view). */
  fraction: number;
  /** Whole minutes left at the article's reading pace; 0 once the end is in view. */
  minutesLeft: number;
}

/** Progress from a scroll container's geometry and the article's reading time. */
export function readingProgress(
  scroll: { scrollTop: number; scrollHeight: number; clientHeight: number },
  readingMinutes: number,
): ReadingProgress {
  const scrollable = scroll.scrollHeight - scroll.clientHeight;
  const fraction = scrollable <= 0 ? 1 : Math.min(1, Math.max(0, scroll.scrollTop / scrollable));
  return { fraction, minutesLeft: Math.ceil(readingMinutes * (1 - fraction)) };
}
