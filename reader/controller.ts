import type { HighlightResponse, OpenResponse, ReaderRequest, StatusResponse } from '../shared/messages';
import { extractArticle } from '../extraction/extract';
import { articleFragment } from '../extraction/sanitize';
import type { ExtractionResult } from '../extraction/types';
import { showReader, type OpenReader } from './overlay';

/** Reads the page once per address and shows or hides reading mode on request. */
export class ReaderController {
  private extraction: { url: string; force: boolean; result: ExtractionResult } | null = null;
  private reader: OpenReader | null = null;
  /** The address whose article the open reading mode shows: a single-page app may move on under it. */
  private shownUrl: string | null = null;
  /** The story's key quotes as the popup last sent them, marked again whenever reading mode opens. */
  private keyQuotes: string[] = [];

  constructor(private readonly document: Document) {}

  /** Answers one request from the popup or the background; a failure is an answer, never a throw. */
  handle(request: ReaderRequest): OpenResponse | StatusResponse | HighlightResponse | null {
    try {
      return this.answer(request);
    } catch {
      if (request.type === 'crux:open') return { ok: false, reason: 'error' };
      return this.status();
    }
  }

  private answer(request: ReaderRequest): OpenResponse | StatusResponse | HighlightResponse | null {
    switch (request.type) {
      case 'crux:open':
        return this.open(request.force);
      case 'crux:close':
        this.reader?.close();
        return this.status();
      case 'crux:toggle':
        if (this.reader) this.reader.close();
        else this.open(true);
        return this.status();
      case 'crux:status':
        return this.status();
      case 'crux:highlight':
        return { marked: this.reader?.highlight(request.target, request.scroll) ?? 0 };
      case 'crux:insights':
        this.keyQuotes = request.quotes;
        return { marked: this.reader?.markKeyQuotes(request.quotes) ?? 0 };
      default:
        return null;
    }
  }

  private status(): StatusResponse {
    return { readerOn: this.reader !== null };
  }

  private open(force: boolean): OpenResponse {
    const result = this.extract(force);
    if (!result.ok) return { ok: false, reason: result.reason };
    const url = this.document.location.href;
    if (this.reader && this.shownUrl !== url) this.reader.close();
    if (!this.reader) {
      const window = this.document.defaultView;
      if (!window) return { ok: false, reason: 'error' };
      const content = articleFragment(result.article.html, this.document, window);
      this.reader = showReader(this.document, result.article, content, () => {
        this.reader = null;
        this.shownUrl = null;
      });
      this.shownUrl = url;
      this.reader.markKeyQuotes(this.keyQuotes);
    }
    return { ok: true, article: result.article, url, readerOn: true };
  }

  private extract(force: boolean): ExtractionResult {
    const url = this.document.location.href;
    const cached = this.extraction;
    if (cached && cached.url === url && (cached.result.ok || cached.force === force)) return cached.result;
    const window = this.document.defaultView;
    if (!window) return { ok: false, reason: 'empty' };
    const result = extractArticle(this.document, window, { force });
    this.extraction = { url, force, result };
    return result;
  }
}
