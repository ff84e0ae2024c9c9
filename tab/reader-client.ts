import { browser } from 'wxt/browser';
import {
  ANSWER_LIMIT_MS,
  INJECTION_LIMIT_MS,
  type HighlightResponse,
  type HighlightTarget,
  type OpenResponse,
  type ReaderRequest,
  type StatusResponse,
} from './messages';
import { timed } from './timing';

/** The on-demand reader script, as WXT writes it into the build (an unlisted script). */
const READER_SCRIPT = '/reader.js';

/** The browser refused to put the reader script into the tab: a page extensions may not touch. */
class ScriptRefused extends Error {}

/** The tab holds a PDF in the browser's viewer (Chromium lets the script into the viewer's empty page). */
class PdfViewer extends Error {}

/** The tab did not answer in time: its page is busy in a script of its own, or still loading. */
class NoAnswer extends Error {}

/** `promise`, or a NoAnswer rejection once `ms` have passed without it settling. */
function withinLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswer()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** The content type of a PDF document, as the reader script reports it. */
const PDF_CONTENT_TYPE = 'application/pdf';

/** The request last sent: the next waits for it, so marks arrive in the order the reader asked for them. */
let lastRequest: Promise<unknown> = Promise.resolve();

/** Puts the reader script into the tab (it installs itself once) and sends it one request, after the last. */
function askReader<T>(tabId: number, request: ReaderRequest): Promise<T> {
  // Opening is what the reader waits for after the click: its steps are timed for `npm run bench -- popup`.
  const time = <R>(stage: 'injection' | 'read', work: () => Promise<R>): Promise<R> =>
    request.type === 'crux:open' ? timed(stage, work) : work();
  const send = async (): Promise<T> => {
    let contentType: unknown;
    try {
      const [injection] = await time('injection', () =>
        withinLimit(
          browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] }),
          INJECTION_LIMIT_MS,
        ),
      );
      contentType = injection?.result;
    } catch (error) {
      if (error instanceof NoAnswer) throw error;
      throw new ScriptRefused(String(error));
    }
    if (contentType === PDF_CONTENT_TYPE) throw new PdfViewer();
    return (await time('read', () =>
      withinLimit(browser.tabs.sendMessage(tabId, request), ANSWER_LIMIT_MS),
    )) as T;
  };
  const reply = lastRequest.then(send, send);
  lastRequest = reply.catch(() => undefined);
  return reply;
}

/** Turns reading mode on in the tab and returns its article, or why there is none. */
export async function openReader(tabId: number, force: boolean): Promise<OpenResponse> {
  try {
    return await askReader<OpenResponse>(tabId, { type: 'crux:open', force });
  } catch (error) {
    if (error instanceof ScriptRefused) return { ok: false, reason: 'cannot-run' };
    if (error instanceof PdfViewer) return { ok: false, reason: 'pdf' };
    if (error instanceof NoAnswer) return { ok: false, reason: 'no-answer' };
    return { ok: false, reason: 'error' };
  }
}

/** Turns reading mode off in the tab. */
export async function closeReader(tabId: number): Promise<StatusResponse | null> {
  try {
    return await askReader<StatusResponse>(tabId, { type: 'crux:close' });
  } catch {
    return null;
  }
}

/** Toggles reading mode in the tab: what the keyboard shortcut does. */
export async function toggleReader(tabId: number): Promise<StatusResponse | null> {
  try {
    return await askReader<StatusResponse>(tabId, { type: 'crux:toggle' });
  } catch {
    return null;
  }
}

/** Marks a person's mentions or a quote in reading mode, and scrolls there when `scroll` is set. */
export async function highlightInReader(
  tabId: number,
  target: HighlightTarget,
  scroll: boolean,
): Promise<number> {
  try {
    return (await askReader<HighlightResponse>(tabId, { type: 'crux:highlight', target, scroll })).marked;
  } catch {
    return 0;
  }
}

/** Scrolls reading mode to the reader's highlight `id`; resolves to whether it was there to show. */
export async function showHighlightInReader(tabId: number, id: string): Promise<boolean> {
  try {
    return (await askReader<HighlightResponse>(tabId, { type: 'crux:show-highlight', id })).marked > 0;
  } catch {
    return false;
  }
}

/** Sends the story's key quotes to reading mode, which marks them subtly in the article. */
export async function sendInsights(tabId: number, quotes: string[]): Promise<number> {
  try {
    return (await askReader<HighlightResponse>(tabId, { type: 'crux:insights', quotes })).marked;
  } catch {
    return 0;
  }
}
