import type { ArticleText } from '../analysis/types';
import type { StoryInsights } from './story-insights';

/**
 * How long the popup waits for the analysis before it gives up. The popup analyses at most 300,000
 * characters (`MAX_ANALYSED_CHARACTERS`), which took 0.6–1.6 s on a slow two-core machine, a cold
 * worker included; 8 s leaves a slower device five times that, and still answers before a reader
 * watching a spinner loses patience (about 10 s). Only a page built to defeat the analysis meets it.
 */
export const ANALYSIS_BUDGET_MS = 8_000;

/** Why there are no insights: the analysis ran past its budget, or failed. */
export type AnalysisFailure = 'too-slow' | 'failed';

/** The analysis's answer, or why there is none. */
export type AnalysisOutcome = ({ ok: true } & StoryInsights) | { ok: false; reason: AnalysisFailure };

/** The popup's side of an analysis worker: what `analyseInWorker` needs of a `Worker`. */
export type AnalysisWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/** Starts the analysis worker: a module worker bundled with the extension (no remote code, no eval). */
export function startAnalysisWorker(): AnalysisWorker {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Analyses an article in a worker of its own, so the popup keeps answering its reader meanwhile. A
 * worker that has not answered within the budget is stopped, whatever it is doing.
 */
export function analyseInWorker(
  input: ArticleText,
  options: { budgetMs?: number; startWorker?: () => AnalysisWorker } = {},
): Promise<AnalysisOutcome> {
  const { budgetMs = ANALYSIS_BUDGET_MS, startWorker = startAnalysisWorker } = options;
  return new Promise((resolve) => {
    let worker: AnalysisWorker;
    try {
      worker = startWorker();
    } catch {
      resolve({ ok: false, reason: 'failed' });
      return;
    }
    const finish = (outcome: AnalysisOutcome): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'too-slow' }), budgetMs);
    worker.addEventListener('message', (event: MessageEvent<StoryInsights>) =>
      finish({ ok: true, insights: event.data.insights, longSummary: event.data.longSummary }),
    );
    worker.addEventListener('error', () => finish({ ok: false, reason: 'failed' }));
    worker.addEventListener('messageerror', () => finish({ ok: false, reason: 'failed' }));
    worker.postMessage(input);
  });
}
