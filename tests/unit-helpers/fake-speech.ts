/** An utterance as the browser's: an event target with the fields reading aloud sets, and `fire` for tests. */
export class FakeUtterance extends EventTarget {
  rate = 1;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(readonly text: string) {
    super();
  }
  fire(type: string, fields: Record<string, unknown> = {}): void {
    this.dispatchEvent(Object.assign(new Event(type), fields));
  }
}
