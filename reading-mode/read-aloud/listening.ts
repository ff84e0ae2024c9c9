import { Narrator, type NarratorState } from './narrator';
import { spokenSentences, type SpokenSentence } from './utterances';
import { VoiceMarks } from './voice-marks';

/** What the Listen controls show: the narrator's state, and whether the reader scrolled away from the voice. */
export interface ListeningView {
  state: NarratorState;
  away: boolean;
}

export interface ListeningOptions {
  /** The article as reading mode shows it: title, byline line and body. */
  article: HTMLElement;
  /** Reading mode's scrolling box. */
  scroller: HTMLElement;
  /** How far the sticky toolbar covers the top of the scroller, in CSS pixels. */
  coveredTop: () => number;
  lang: string | null;
  captions: boolean;
  reducedMotion: () => boolean;
  onChange: (view: ListeningView) => void;
}

/** Reading aloud in reading mode: started when the reader first presses Listen. */
export interface Listening {
  /** Plays from where it was paused, or from the paragraph in view. */
  play(): void;
  pause(): void;
  skip(direction: 1 | -1): void;
  /** Speed and voice, from the sentence being read. */
  configure(rate: number, voice: SpeechSynthesisVoice | null): void;
  /** Scrolls back to the sentence being read and follows it again. */
  backToVoice(): void;
  /** Stops speech at once and takes its marks and listeners away. */
  stop(): void;
}

/** Keys that scroll reading mode: pressed by the reader, they mean the reader is looking elsewhere. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** How long after a reader's wheel, touch or key a scroll counts as theirs. */
const READER_SCROLL_MS = 800;
/** The reader's own input that may scroll reading mode. */
const READER_INPUTS = ['wheel', 'touchmove', 'keydown', 'mousedown'];
/** What a click in the article may land on without moving the voice: links, images, controls. */
const NOT_A_PLACE = 'a, button, img, input, select, textarea, [role="button"]';

/** Starts reading aloud over reading mode's article; speech comes from the page's `speechSynthesis`. */
export function startListening(options: ListeningOptions): Listening {
  const { article, scroller } = options;
  const window = article.ownerDocument.defaultView;
  const synthesis = window?.speechSynthesis;
  if (!window || !synthesis || typeof window.SpeechSynthesisUtterance !== 'function') {
    // Nothing is drawn or listened to: there is nothing to take away on stop.
    const unavailable = (): void =>
      options.onChange({ state: { kind: 'unavailable', reason: 'no-speech' }, away: false });
    unavailable();
    return {
      play: unavailable,
      pause: () => undefined,
      skip: () => undefined,
      configure: () => undefined,
      backToVoice: () => undefined,
      stop: () => undefined,
    };
  }
  const sentences = spokenSentences(article, { captions: options.captions });
  const marks = new VoiceMarks(article);
  let away = false;
  let readerScrolledAt = -Infinity;
  let state: NarratorState = { kind: 'idle' };
  const report = (): void => options.onChange({ state, away });

  /** The sentence being read, or held by a pause. */
  const current = (): SpokenSentence | undefined =>
    state.kind === 'playing' || state.kind === 'paused' ? sentences[state.index] : undefined;
  /** The index of a block's first sentence. */
  const startOfBlock = (block: number | undefined): number =>
    sentences.findIndex((sentence) => sentence.block === block);

  const narrator = new Narrator(sentences, {
    synthesis,
    makeUtterance: (text) => new window.SpeechSynthesisUtterance(text),
    lang: options.lang,
    onState: (next) => {
      state = next;
      const sentence = current();
      marks.showSentence(sentence?.range ?? null);
      if (next.kind === 'playing' && sentence) follow(sentence);
      report();
    },
    onWord: (index, start, end) => marks.showWord(sentences[index]?.rangeOf(start, end) ?? null),
  });

  const follow = (sentence: SpokenSentence): void => {
    if (away) return;
    const box = sentence.range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const top = view.top + options.coveredTop();
    // Kept in the upper part of the view, where the eye reads; scrolled only when it leaves it.
    if (box.top >= top && box.bottom <= view.top + view.height * 0.7) return;
    scroller.scrollTo({
      top: scroller.scrollTop + box.top - top - view.height * 0.15,
      behavior: options.reducedMotion() ? 'auto' : 'smooth',
    });
  };

  const inView = (sentence: SpokenSentence): boolean => {
    const box = sentence.range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.bottom > view.top + options.coveredTop() && box.top < view.bottom;
  };

  /**
   * Where "play" starts: the first block whose start shows below the toolbar, not one whose last line
   * peeks out above it; in a block longer than the view, the block the reader is in.
   */
  const firstInView = (): number => {
    const view = scroller.getBoundingClientRect();
    const top = view.top + options.coveredTop();
    const blockStart = sentences.findIndex((sentence, index) => {
      if (index > 0 && sentences[index - 1]?.block === sentence.block) return false;
      const box = sentence.range.getBoundingClientRect();
      return box.top >= top && box.top < view.bottom;
    });
    if (blockStart !== -1) return blockStart;
    const shown = sentences.find((sentence) => inView(sentence));
    return Math.max(0, startOfBlock(shown?.block));
  };

  const onReaderInput = (event: Event): void => {
    if (event instanceof KeyboardEvent && !SCROLL_KEYS.has(event.key)) return;
    readerScrolledAt = performance.now();
  };
  const onScroll = (): void => {
    if (performance.now() - readerScrolledAt > READER_SCROLL_MS) return;
    const reading = current();
    const nowAway = reading !== undefined && !inView(reading);
    if (nowAway !== away) {
      away = nowAway;
      report();
    }
  };
  const onClick = (event: MouseEvent): void => {
    if (state.kind !== 'playing' && state.kind !== 'paused') return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest(NOT_A_PLACE) || !window.getSelection()?.isCollapsed) return;
    const clicked = sentences.find((sentence) => sentence.range.intersectsNode(target));
    if (!clicked) return;
    away = false;
    narrator.play(startOfBlock(clicked.block));
  };
  const onPageHide = (): void => narrator.stop();

  for (const type of READER_INPUTS) scroller.addEventListener(type, onReaderInput);
  scroller.addEventListener('scroll', onScroll, { passive: true });
  article.addEventListener('click', onClick);
  window.addEventListener('pagehide', onPageHide);

  return {
    play: () => {
      if (sentences.length === 0) return;
      away = false;
      if (state.kind === 'paused' || state.kind === 'playing') narrator.play();
      else narrator.play(firstInView());
    },
    pause: () => narrator.pause(),
    skip: (direction) => {
      away = false;
      narrator.skip(direction);
    },
    configure: (rate, voice) => narrator.configure(rate, voice),
    backToVoice: () => {
      away = false;
      const reading = current();
      if (reading) follow(reading);
      report();
    },
    stop: () => {
      narrator.stop();
      marks.clear();
      for (const type of READER_INPUTS) scroller.removeEventListener(type, onReaderInput);
      scroller.removeEventListener('scroll', onScroll);
      article.removeEventListener('click', onClick);
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}
