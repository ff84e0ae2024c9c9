import { beforeEach, describe, expect, it } from 'vitest';
import { FakeUtterance } from '../../tests/unit-helpers/fake-speech';
import { FIRST_START_LIMIT_MS, Narrator, type NarratorState, type Speakable } from './narrator';

/** A speech service that records what it is given, and speaks when the test says so. */
class FakeSynthesis {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance as unknown as FakeUtterance);
  }
  cancel(): void {
    this.cancels += 1;
    // As browsers do, the utterance cut off reports it.
    this.last?.fire('error', { error: 'interrupted' });
  }
  get last(): FakeUtterance | undefined {
    return this.spoken[this.spoken.length - 1];
  }
  /** The voice says the last utterance through. */
  finish(): void {
    const utterance = this.last;
    utterance?.fire('start');
    utterance?.fire('end');
  }
}

const ARTICLE: Speakable[] = [
  { text: 'Seawall vote', block: 0 },
  { text: 'The council voted.', block: 1 },
  { text: 'It passed.', block: 1 },
  { text: 'Fishermen object.', block: 2 },
];

let synthesis: FakeSynthesis;
let states: NarratorState[];
let words: [number, number, number][];
let timers: Map<number, { callback: () => void; ms: number }>;

function narrator(utterances = ARTICLE): Narrator {
  let next = 1;
  return new Narrator(utterances, {
    synthesis,
    makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
    lang: 'en-GB',
    onState: (state) => states.push(state),
    onWord: (index, start, end) => words.push([index, start, end]),
    setTimer: (callback, ms) => {
      timers.set(next, { callback, ms });
      return next++;
    },
    clearTimer: (timer) => timers.delete(timer),
  });
}

/** Runs the timers that are due by `ms` from now, as the clock would. */
function elapse(ms: number): void {
  for (const [id, timer] of [...timers]) {
    if (timer.ms <= ms) {
      timers.delete(id);
      timer.callback();
    }
  }
}

beforeEach(() => {
  synthesis = new FakeSynthesis();
  states = [];
  words = [];
  timers = new Map();
});

describe('Narrator', () => {
  it('reads the utterances one at a time to the end, in the article’s language', () => {
    const reader = narrator();
    reader.play(0);
    for (let turn = 0; turn < ARTICLE.length; turn += 1) synthesis.finish();
    expect(synthesis.spoken.map((utterance) => utterance.text)).toEqual(ARTICLE.map((u) => u.text));
    expect(synthesis.spoken.every((utterance) => utterance.lang === 'en-GB')).toBe(true);
    expect(states.map((state) => (state.kind === 'playing' ? state.index : state.kind))).toEqual([
      0,
      1,
      2,
      3,
      'ended',
    ]);
    // Speech left over from before is cut off once; moving on after an utterance ended cuts nothing.
    expect(synthesis.cancels).toBe(1);
  });

  it('pauses at once and resumes at the same utterance', () => {
    const reader = narrator();
    reader.play(1);
    synthesis.finish();
    synthesis.last?.fire('start');
    const cancelsBefore = synthesis.cancels;
    reader.pause();
    expect(reader.current).toEqual({ kind: 'paused', index: 2 });
    expect(synthesis.cancels).toBe(cancelsBefore + 1);
    reader.play();
    expect(synthesis.last?.text).toBe('It passed.');
    expect(reader.current).toEqual({ kind: 'playing', index: 2 });
  });

  it('ignores the events of an utterance it cut off', () => {
    const reader = narrator();
    reader.play(0);
    const first = synthesis.last;
    reader.play(3);
    first?.fire('end');
    expect(reader.current).toEqual({ kind: 'playing', index: 3 });
    expect(synthesis.spoken).toHaveLength(2);
  });

  it('skips to the next block, and back to this block’s start or the one before', () => {
    const reader = narrator();
    reader.play(0);
    reader.skip(1);
    expect(reader.current).toEqual({ kind: 'playing', index: 1 });
    reader.skip(1);
    expect(reader.current).toEqual({ kind: 'playing', index: 3 });
    reader.skip(1);
    expect(reader.current).toEqual({ kind: 'playing', index: 3 });
    reader.play(2);
    reader.skip(-1);
    expect(reader.current).toEqual({ kind: 'playing', index: 1 });
    reader.skip(-1);
    expect(reader.current).toEqual({ kind: 'playing', index: 0 });
    reader.pause();
    reader.skip(1);
    expect(reader.current).toEqual({ kind: 'paused', index: 1 });
  });

  it('reports words where the voice gives boundaries, measuring a word the voice gives no length', () => {
    const reader = narrator();
    reader.play(1);
    synthesis.last?.fire('start');
    synthesis.last?.fire('boundary', { name: 'word', charIndex: 4, charLength: 7 });
    synthesis.last?.fire('boundary', { name: 'word', charIndex: 12, charLength: 0 });
    synthesis.last?.fire('boundary', { name: 'sentence', charIndex: 0, charLength: 18 });
    expect(words).toEqual([
      [1, 4, 11],
      [1, 12, 17],
    ]);
  });

  it('says there is no speech when the first utterance never starts, and stops trying', () => {
    const reader = narrator();
    reader.play(0);
    elapse(FIRST_START_LIMIT_MS);
    expect(reader.current).toEqual({ kind: 'unavailable', reason: 'no-speech' });
    expect(synthesis.spoken).toHaveLength(1);
  });

  it('says speech stopped answering when an utterance started and never ended', () => {
    const reader = narrator();
    reader.play(0);
    synthesis.last?.fire('start');
    elapse(60_000);
    expect(reader.current).toEqual({ kind: 'unavailable', reason: 'stopped-answering' });
  });

  it('says so on a real error, not on an interruption', () => {
    const reader = narrator();
    reader.play(0);
    synthesis.last?.fire('error', { error: 'interrupted' });
    expect(reader.current.kind).toBe('playing');
    synthesis.last?.fire('error', { error: 'synthesis-failed' });
    expect(reader.current).toEqual({ kind: 'unavailable', reason: 'no-speech' });
  });

  it('restarts the utterance with a new speed or voice, and stops at once', () => {
    const reader = narrator();
    reader.play(1);
    const voice = { lang: 'en-US', name: 'Alex' } as SpeechSynthesisVoice;
    reader.configure(1.5, voice);
    expect(synthesis.last).toMatchObject({ text: 'The council voted.', rate: 1.5, voice, lang: 'en-US' });
    reader.stop();
    expect(reader.current).toEqual({ kind: 'idle' });
    expect(timers.size).toBe(0);
  });
});
