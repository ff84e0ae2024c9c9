/**
 * The marks that follow the voice: the sentence being read and, where the voice reports words, the
 * word. Drawn as boxes in a layer behind the article's text, from the text's own line boxes, so the
 * article's DOM is never changed, and nothing of reading mode is handed to the page (the page shares
 * the document's `CSS.highlights` registry, which would give it the reader's ranges).
 */
export class VoiceMarks {
  private readonly layer: HTMLElement;
  private sentence: Range | null = null;
  private word: Range | null = null;
  private readonly resize: ResizeObserver | null;

  constructor(private readonly article: HTMLElement) {
    const document = article.ownerDocument;
    this.layer = document.createElement('div');
    this.layer.className = 'crux-voice-marks';
    this.layer.setAttribute('aria-hidden', 'true');
    article.prepend(this.layer);
    // A new text size, line width or window width moves the lines: the marks are drawn again.
    const Observer = document.defaultView?.ResizeObserver;
    this.resize = Observer ? new Observer(() => this.draw()) : null;
    this.resize?.observe(article);
  }

  /** Marks the sentence being read (none for null); the word mark goes with the last sentence. */
  showSentence(range: Range | null): void {
    this.sentence = range;
    this.word = null;
    this.draw();
  }

  showWord(range: Range | null): void {
    this.word = range;
    this.draw();
  }

  clear(): void {
    this.resize?.disconnect();
    this.layer.remove();
  }

  private draw(): void {
    const origin = this.layer.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const [range, kind] of [
      [this.sentence, 'crux-voice-sentence'],
      [this.word, 'crux-voice-word'],
    ] as const) {
      if (!range) continue;
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = this.layer.ownerDocument.createElement('span');
        box.className = kind;
        box.style.left = `${rect.left - origin.left}px`;
        box.style.top = `${rect.top - origin.top}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
    if (this.sentence) this.layer.dataset.sentence = this.sentence.toString();
    else delete this.layer.dataset.sentence;
  }
}
