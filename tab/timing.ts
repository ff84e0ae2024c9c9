/**
 * The popup's performance marks and measures, from the click to the settled story, which
 * `npm run bench -- popup` reads to break the wait down. They stay in the popup's own timeline: the tab
 * reports how long it took as a number in its answer, and nothing of Crux's is marked in the page.
 */

/** Moments of the popup's life, marked once each. */
export type PopupMoment = 'script' | 'first-paint' | 'story';

/** Stretches of the wait, measured each time they run. */
export type PopupStage = 'injection' | 'read' | 'in-tab' | 'analysis';

const PREFIX = 'crux:';

/** Marks a moment of the popup's life, once: a later render does not move it. */
export function markMoment(moment: PopupMoment): void {
  if (performance.getEntriesByName(PREFIX + moment, 'mark').length === 0) performance.mark(PREFIX + moment);
}

/** Measures a stage from `start` (a `performance.now()` reading) to now. */
function measureStage(stage: PopupStage, start: number): void {
  performance.measure(PREFIX + stage, { start, end: performance.now() });
}

/** Measures a stage that ran elsewhere, ending now, from how long it took there. */
export function measureStageEndingNow(stage: PopupStage, durationMs: number): void {
  const end = performance.now();
  performance.measure(PREFIX + stage, { start: Math.max(0, end - durationMs), end });
}

/** Runs `work`, measuring how long it takes as `stage`. */
export async function timed<T>(stage: PopupStage, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    measureStage(stage, start);
  }
}
