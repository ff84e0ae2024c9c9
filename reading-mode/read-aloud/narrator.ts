/**
 * Reads a list of utterances aloud, one at a time, through the Web Speech API: play from any one,
 * pause and resume at the same one, skip by block, stop. One utterance at a time keeps long articles
 * going on voices that cut a long utterance off, and lets the reader's place be an index.
 */

/** What the narrator needs of `speechSynthesis`. */
export interface Synthesis {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/** What the narrator needs of an utterance to speak: its text and block. */
export interface Speakable {
  text: string;
  block: number;
}

export type NarratorState =
  | { kind: 'idle' }
  | { kind: 'playing'; index: number }
  | { kind: 'paused'; index: number }
  | { kind: 'ended' }
  /** Nothing was heard: no speech service answered, or it stopped answering. */
  | { kind: 'unavailable'; reason: 'no-speech' | 'stopped-answering' };

export interface NarratorOptions {
  synthesis: Synthesis;
  /** Builds an utterance (in the page's window: `new SpeechSynthesisUtterance(text)`). */
  makeUtterance: (text: string) => SpeechSynthesisUtterance;
  lang: string | null;
  onState: (state: NarratorState) => void;
  /** Told the word being spoken, as offsets in the utterance's text, where the voice reports words. */
  onWord?: (index: number, start: number, end: number) => void;
  setTimer?: (callback: () => void, ms: number) => number;
  clearTimer?: (timer: number) => void;
}

/**
 * How long the first utterance may take to start before the narrator says there is no speech: a
 * browser without a speech service never starts one. Later ones get longer (a voice may pause).
 */
export const FIRST_START_LIMIT_MS = 4_000;
const LATER_START_LIMIT_MS = 10_000;

/** A generous bound on an utterance's length: 8 characters a second at rate 1, plus a margin. */
function endLimitMs(text: string, rate: number): number {
  return 10_000 + (text.length / (8 * rate)) * 1_000;
}

/** The word after `start` in `text`, for a voice that reports where a word starts but not its length. */
const WORD = /[\p{L}\p{N}\p{M}'’-]+/uy;

export class Narrator {
  private state: NarratorState = { kind: 'idle' };
  /** Counts the utterances given to the voice: events of an earlier one are stale. */
  private turn = 0;
  private heardOnce = false;
  private timer: number | null = null;
  private rate = 1;
  private voice: SpeechSynthesisVoice | null = null;

  constructor(
    private readonly utterances: readonly Speakable[],
    private readonly options: NarratorOptions,
  ) {}

  get current(): NarratorState {
    return this.state;
  }

  /** Speed (0.5 to 3) and voice for the utterances from the next one on; a change mid-sentence restarts it. */
  configure(rate: number, voice: SpeechSynthesisVoice | null): void {
    const changed = rate !== this.rate || voice !== this.voice;
    this.rate = rate;
    this.voice = voice;
    if (changed && this.state.kind === 'playing') this.speak(this.state.index);
  }

  /** Plays from utterance `index`, or from where it was paused. */
  play(index?: number): void {
    const from =
      index ?? (this.state.kind === 'paused' || this.state.kind === 'playing' ? this.state.index : 0);
    if (from < 0 || from >= this.utterances.length) return;
    this.speak(from);
  }

  pause(): void {
    if (this.state.kind !== 'playing') return;
    const { index } = this.state;
    this.silence();
    this.setState({ kind: 'paused', index });
  }

  /** Playing or paused: jumps to the next block's first utterance, or the previous block's (this block's start when well into it). */
  skip(direction: 1 | -1): void {
    if (this.state.kind !== 'playing' && this.state.kind !== 'paused') return;
    const target = this.blockStart(this.state.index, direction);
    if (target === null) return;
    if (this.state.kind === 'paused') this.setState({ kind: 'paused', index: target });
    else this.speak(target);
  }

  /** Stops speech at once and forgets the place. */
  stop(): void {
    this.silence();
    this.setState({ kind: 'idle' });
  }

  private blockStart(index: number, direction: 1 | -1): number | null {
    const block = this.utterances[index]?.block ?? 0;
    if (direction === 1) {
      const next = this.utterances.findIndex((utterance, at) => at > index && utterance.block > block);
      return next === -1 ? null : next;
    }
    const start = this.utterances.findIndex((utterance) => utterance.block === block);
    // Well into a block, "previous" goes back to its start, as a music player's does.
    if (index > start) return start;
    const previousBlock = this.utterances[start - 1]?.block;
    if (previousBlock === undefined) return start;
    return this.utterances.findIndex((utterance) => utterance.block === previousBlock);
  }

  /** Gives utterance `index` to the voice; `after` the last one ended, nothing needs cutting off. */
  private speak(index: number, after: 'cut-off' | 'ended' = 'cut-off'): void {
    const speakable = this.utterances[index];
    if (!speakable) return;
    if (after === 'cut-off') this.silence();
    else this.forgetTurn();
    const turn = this.turn;
    const utterance = this.options.makeUtterance(speakable.text);
    utterance.rate = this.rate;
    if (this.options.lang) utterance.lang = this.options.lang;
    if (this.voice) {
      utterance.voice = this.voice;
      utterance.lang = this.voice.lang;
    }
    const live = (): boolean => turn === this.turn;
    utterance.addEventListener('start', () => {
      if (!live()) return;
      this.heardOnce = true;
      this.wait(endLimitMs(speakable.text, this.rate), () => this.fail('stopped-answering'));
    });
    utterance.addEventListener('boundary', (event) => {
      if (!live() || event.name !== 'word') return;
      const start = event.charIndex;
      WORD.lastIndex = start;
      const length = event.charLength > 0 ? event.charLength : (WORD.exec(speakable.text)?.[0].length ?? 0);
      if (length > 0) this.options.onWord?.(index, start, start + length);
    });
    utterance.addEventListener('end', () => {
      if (!live()) return;
      const next = index + 1;
      if (next < this.utterances.length) this.speak(next, 'ended');
      else {
        this.forgetTurn();
        this.setState({ kind: 'ended' });
      }
    });
    utterance.addEventListener('error', (event) => {
      // A cancel reports "interrupted" or "canceled" on the utterance it cut off: that is no failure.
      if (!live() || event.error === 'interrupted' || event.error === 'canceled') return;
      this.fail(this.heardOnce ? 'stopped-answering' : 'no-speech');
    });
    this.setState({ kind: 'playing', index });
    this.wait(this.heardOnce ? LATER_START_LIMIT_MS : FIRST_START_LIMIT_MS, () =>
      this.fail(this.heardOnce ? 'stopped-answering' : 'no-speech'),
    );
    this.options.synthesis.speak(utterance);
  }

  /** Cancels what the voice is saying; its late events are then stale. */
  private silence(): void {
    this.forgetTurn();
    this.options.synthesis.cancel();
  }

  private forgetTurn(): void {
    this.turn += 1;
    this.clearWait();
  }

  private fail(reason: 'no-speech' | 'stopped-answering'): void {
    this.silence();
    this.setState({ kind: 'unavailable', reason });
  }

  private wait(ms: number, then: () => void): void {
    this.clearWait();
    const setTimer = this.options.setTimer ?? ((callback, delay) => window.setTimeout(callback, delay));
    this.timer = setTimer(then, ms);
  }

  private clearWait(): void {
    if (this.timer === null) return;
    const clearTimer = this.options.clearTimer ?? ((timer) => window.clearTimeout(timer));
    clearTimer(this.timer);
    this.timer = null;
  }

  private setState(state: NarratorState): void {
    this.state = state;
    this.options.onState(state);
  }
}
