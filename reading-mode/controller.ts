import type { HighlightResponse, OpenResponse, ReaderRequest, StatusResponse } from '../tab/messages';
import { extractArticleInTurns, givePageATurn } from '../extraction/extract';
import { articleFragment } from '../extraction/sanitize';
import type { ExtractionResult } from '../extraction/types';
import { showReader, type OpenReader } from './overlay';

type ReaderResponse = OpenResponse | StatusResponse | HighlightResponse | null;
type FoundArticle = Extract<ExtractionResult, { ok: true }>;

/** One reading of the page: under way until `settled` is set. */
interface Extraction {
  url: string;
  force: boolean;
  result: Promise<ExtractionResult>;
  settled: ExtractionResult | null;
}

/**
 * Reads the page once per address and shows or hides reading mode on request. Reading a long page
 * takes a while, so it goes in turns: the page keeps answering its reader meanwhile, and a request
 * that arrives during the reading (a close, another open) is heard.
 */
export class ReaderController {
  private extraction: Extraction | null = null;
  private reader: OpenReader | null = null;
  /**
   * Reading mode being drawn: the tab answers with the article first, so the popup analyses it while
   * reading mode draws (drawing took a median 124 ms in Chromium). Null once drawn or given up.
   */
  private drawing: Promise<void> | null = null;
  /** The address whose article the open reading mode shows: a single-page app may move on under it. */
  private shownUrl: string | null = null;
  /** The story's key quotes as the popup last sent them, marked again whenever reading mode opens. */
  private keyQuotes: string[] = [];
  /**
   * Counts the requests that open or close reading mode. An open shows reading mode only when no
   * later one came while it read the page: the reader's last wish wins.
   */
  private requests = 0;

  constructor(private readonly document: Document) {}

  /** Answers one request from the popup or the background; a failure is an answer, never a throw. */
  async handle(request: ReaderRequest): Promise<ReaderResponse> {
    try {
      return await this.answer(request);
    } catch {
      if (request.type === 'crux:open') return { ok: false, reason: 'error' };
      return this.status();
    }
  }

  private async answer(request: ReaderRequest): Promise<ReaderResponse> {
    switch (request.type) {
      case 'crux:open':
        return this.open(request.force);
      case 'crux:close':
        this.close();
        return this.status();
      case 'crux:toggle':
        if (this.reader || this.drawing) this.close();
        else await this.open(true);
        await this.drawing;
        return this.status();
      case 'crux:status':
        await this.drawing;
        return this.status();
      case 'crux:highlight':
        await this.drawing;
        return { marked: (await this.reader?.highlight(request.target, request.scroll)) ?? 0 };
      case 'crux:show-highlight':
        await this.drawing;
        return { marked: (await this.reader?.showHighlight(request.id)) ? 1 : 0 };
      case 'crux:insights':
        this.keyQuotes = request.quotes;
        await this.drawing;
        return { marked: (await this.reader?.markKeyQuotes(request.quotes)) ?? 0 };
      default:
        return null;
    }
  }

  private status(): StatusResponse {
    return { readerOn: this.reader !== null || this.drawing !== null };
  }

  private close(): void {
    this.requests += 1;
    this.drawing = null;
    this.reader?.close();
  }

  private async open(force: boolean): Promise<OpenResponse> {
    const started = performance.now();
    const request = (this.requests += 1);
    const overtaken = (): boolean => request !== this.requests;
    const url = this.document.location.href;
    const result = await this.extract(url, force);
    if (!result.ok) return { ok: false, reason: result.reason };
    if (this.reader && this.shownUrl !== url) this.reader.close();
    if (!this.reader && !overtaken()) {
      if (!this.document.defaultView) return { ok: false, reason: 'error' };
      this.startDrawing(result, url, overtaken);
    }
    return {
      ok: true,
      article: result.article,
      url,
      readerOn: this.status().readerOn,
      tabMs: performance.now() - started,
    };
  }

  /** Draws reading mode without holding up the answer; a drawing that fails leaves reading mode shut. */
  private startDrawing(result: FoundArticle, url: string, overtaken: () => boolean): void {
    const drawing: Promise<void> = this.show(result, url, overtaken)
      .catch(() => undefined)
      .finally(() => {
        if (this.drawing === drawing) this.drawing = null;
      });
    this.drawing = drawing;
  }

  /**
   * Draws reading mode for the article. Copying a long article in and drawing it are long tasks: the
   * page has a turn before each, and a later request, or another drawing, that came meanwhile wins.
   */
  private async show(result: FoundArticle, url: string, overtaken: () => boolean): Promise<void> {
    await givePageATurn();
    const content = articleFragment(result.body, this.document);
    await givePageATurn();
    if (overtaken() || this.reader) return;
    this.reader = showReader(this.document, result.article, content, () => {
      this.reader = null;
      this.shownUrl = null;
    });
    this.shownUrl = url;
    void this.reader.markKeyQuotes(this.keyQuotes);
  }

  /**
   * The page's article, read once per address: a second request while the first reads waits for it.
   * A found article answers both kinds of request; a failure only the kind (forced or not) it came from.
   */
  private extract(url: string, force: boolean): Promise<ExtractionResult> {
    const known = this.extraction;
    if (known && known.url === url && (known.force === force || known.settled?.ok)) return known.result;
    const window = this.document.defaultView;
    if (!window) return Promise.resolve({ ok: false, reason: 'empty' });
    const extraction: Extraction = {
      url,
      force,
      settled: null,
      result: extractArticleInTurns(this.document, window, { force }),
    };
    this.extraction = extraction;
    extraction.result.then(
      (result) => {
        extraction.settled = result;
      },
      () => {
        // A reading that broke is not kept: the next request reads the page again.
        if (this.extraction === extraction) this.extraction = null;
      },
    );
    return extraction.result;
  }
}
