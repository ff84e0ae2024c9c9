// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeUtterance } from '../../tests/unit-helpers/fake-speech';
import { startListening, type ListeningView } from './listening';

/** A speech service that starts each utterance at once and ends it when the test says so. */
class FakeSynthesis {
  spoken: SpeechSynthesisUtterance[] = [];
  cancels = 0;
  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
    utterance.dispatchEvent(new Event('start'));
  }
  cancel(): void {
    this.cancels += 1;
  }
  get last(): SpeechSynthesisUtterance | undefined {
    return this.spoken[this.spoken.length - 1];
  }
}

/** Where each sentence's text sits on screen: the test moves it. */
let sentenceTop = 0;
let synthesis: FakeSynthesis;
let article: HTMLElement;
let scroller: HTMLElement;
let views: ListeningView[];

beforeEach(() => {
  synthesis = new FakeSynthesis();
  Object.assign(window, { speechSynthesis: synthesis, SpeechSynthesisUtterance: FakeUtterance });
  const box = (top: number) =>
    ({ top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20 }) as DOMRect;
  Range.prototype.getBoundingClientRect = () => box(sentenceTop);
  Range.prototype.getClientRects = () => [box(sentenceTop)] as unknown as DOMRectList;
  scroller = document.createElement('div');
  scroller.getBoundingClientRect = () =>
    ({ top: 0, bottom: 600, height: 600, left: 0, right: 800 }) as DOMRect;
  scroller.scrollTo = vi.fn() as unknown as typeof scroller.scrollTo;
  article = document.createElement('article');
  for (const text of ['Seawall vote', 'The council voted. It passed.', 'Fishermen object.']) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    article.append(paragraph);
  }
  scroller.append(article);
  document.body.append(scroller);
  views = [];
});

afterEach(() => scroller.remove());

function listen(reducedMotion = false) {
  return startListening({
    article,
    scroller,
    coveredTop: () => 50,
    lang: 'en',
    captions: false,
    reducedMotion: () => reducedMotion,
    onChange: (view) => views.push(view),
  });
}

const spokenTexts = () => synthesis.spoken.map((utterance) => (utterance as unknown as FakeUtterance).text);

describe('startListening', () => {
  it('reads from the paragraph in view, marking the sentence, and on to the next', () => {
    sentenceTop = 100;
    const listening = listen();
    listening.play();
    expect(spokenTexts()).toEqual(['Seawall vote']);
    expect(article.querySelector('.crux-voice-marks')?.getAttribute('data-sentence')).toBe('Seawall vote');
    expect(article.querySelectorAll('.crux-voice-sentence')).toHaveLength(1);
    synthesis.last?.dispatchEvent(new Event('end'));
    expect(spokenTexts()).toEqual(['Seawall vote', 'The council voted.']);
    listening.stop();
  });

  it('marks the word where the voice reports one, and drops the word mark with the sentence', () => {
    sentenceTop = 100;
    const listening = listen();
    listening.play();
    synthesis.last?.dispatchEvent(
      Object.assign(new Event('boundary'), { name: 'word', charIndex: 0, charLength: 7 }),
    );
    expect(article.querySelectorAll('.crux-voice-word')).toHaveLength(1);
    synthesis.last?.dispatchEvent(new Event('end'));
    expect(article.querySelectorAll('.crux-voice-word')).toHaveLength(0);
    expect(article.querySelectorAll('.crux-voice-sentence')).toHaveLength(1);
    listening.stop();
  });

  it('scrolls to follow a sentence that left the view, smoothly unless the reader asks for less motion', () => {
    sentenceTop = 900;
    const smooth = listen(false);
    smooth.play();
    expect(scroller.scrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ behavior: 'smooth' }));
    smooth.stop();
    const still = listen(true);
    still.play();
    expect(scroller.scrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ behavior: 'auto' }));
    still.stop();
  });

  it('leaves the view alone while the sentence is in the upper part of it', () => {
    sentenceTop = 100;
    const listening = listen();
    listening.play();
    expect(scroller.scrollTo).not.toHaveBeenCalled();
    listening.stop();
  });

  it('goes on from a paragraph clicked while listening, from its first sentence', () => {
    sentenceTop = 100;
    const listening = listen();
    listening.play();
    article.querySelectorAll('p')[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(spokenTexts().at(-1)).toBe('The council voted.');
    listening.stop();
  });

  it('stops speech and takes its marks away on stop, and on the page going away', () => {
    sentenceTop = 100;
    const listening = listen();
    listening.play();
    const cancels = synthesis.cancels;
    window.dispatchEvent(new Event('pagehide'));
    expect(synthesis.cancels).toBe(cancels + 1);
    expect(views.at(-1)?.state).toEqual({ kind: 'idle' });
    listening.stop();
    expect(article.querySelector('.crux-voice-marks')).toBeNull();
  });

  it('says there is no speech when the page’s window has none', () => {
    Object.assign(window, { speechSynthesis: undefined });
    const listening = listen();
    listening.play();
    expect(views.at(-1)?.state).toEqual({ kind: 'unavailable', reason: 'no-speech' });
    expect(article.querySelector('.crux-voice-marks')).toBeNull();
  });
});
