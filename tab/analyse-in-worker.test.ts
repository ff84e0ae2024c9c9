import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_BUDGET_MS, analyseInWorker, type AnalysisWorker } from './analyse-in-worker';
import { storyInsights } from './story-insights';

const input = {
  title: 'Harbour city votes to rebuild its seawall',
  text: '"This wall is the difference," said Mayor Elena Vasquez. The plan costs $48 million.',
  lang: 'en',
};

/** A stand-in for the analysis worker: answers as the real one does, fails, or never answers. */
class FakeWorker extends EventTarget implements AnalysisWorker {
  terminate = vi.fn();
  constructor(private readonly behaviour: 'answer' | 'fail' | 'hang') {
    super();
  }
  postMessage(message: typeof input): void {
    if (this.behaviour === 'hang') return;
    setTimeout(() => {
      if (this.behaviour === 'fail') this.dispatchEvent(new Event('error'));
      else this.dispatchEvent(new MessageEvent('message', { data: storyInsights(message) }));
    }, 10);
  }
}

describe('analyseInWorker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers with the worker’s insights, then stops the worker', async () => {
    const worker = new FakeWorker('answer');
    const outcome = analyseInWorker(input, { startWorker: () => worker });
    await vi.advanceTimersByTimeAsync(10);
    expect(await outcome).toEqual({ ok: true, ...storyInsights(input) });
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('stops a worker that has not answered within the budget, and says it was too slow', async () => {
    const worker = new FakeWorker('hang');
    const settled = vi.fn();
    void analyseInWorker(input, { startWorker: () => worker }).then(settled);
    await vi.advanceTimersByTimeAsync(ANALYSIS_BUDGET_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    expect(worker.terminate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalledWith({ ok: false, reason: 'too-slow' });
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('keeps to a budget it is given', async () => {
    const outcome = analyseInWorker(input, { budgetMs: 50, startWorker: () => new FakeWorker('hang') });
    await vi.advanceTimersByTimeAsync(50);
    expect(await outcome).toEqual({ ok: false, reason: 'too-slow' });
  });

  it('says the analysis failed when the worker fails or cannot start', async () => {
    const worker = new FakeWorker('fail');
    const outcome = analyseInWorker(input, { startWorker: () => worker });
    await vi.advanceTimersByTimeAsync(10);
    expect(await outcome).toEqual({ ok: false, reason: 'failed' });
    expect(worker.terminate).toHaveBeenCalledOnce();
    const refused = analyseInWorker(input, {
      startWorker: () => {
        throw new Error('SecurityError');
      },
    });
    expect(await refused).toEqual({ ok: false, reason: 'failed' });
  });
});
