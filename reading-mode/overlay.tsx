import { render } from 'preact';
import { ReaderView } from './ReaderView';
import { t } from '../ui/i18n';
import type { Article } from '../extraction/types';
import type { HighlightTarget } from '../tab/messages';
import type { Drawing } from './draw-in-parts';
import { readerFonts } from './fonts';
import { highlight } from './highlight';
import { markKeyQuotes } from './key-quotes';
import { guardRoot, holdPage, restorePage } from './page-state';
import settingsCss from '../settings/settings-form.css?inline';
import readerCss from './reader.css?inline';
import contentsCss from './contents/contents.css?inline';
import { READER_ATTRIBUTE } from './host';
import type { HighlightsHandle } from './highlights/Highlights';
import highlightsCss from './highlights/highlights.css?inline';

/**
 * The host's inline style: inline and `!important`, which no style sheet of the page outranks, and
 * `all: initial`, so that nothing the page sets on the root (colours, fonts, zoom, transitions)
 * reaches reading mode through inheritance.
 */
const HOST_STYLE = ['all: initial', 'display: block', 'visibility: visible', 'opacity: 1']
  .map((rule) => `${rule} !important`)
  .join('; ');

/** Printing leaves the page itself out; a rule of the page's document, since printing is the document's. */
const PRINT_CSS = '@media print { body { display: none !important; } }';

/**
 * How often reading mode puts the root's guards back when the page's script takes them off, before it
 * gives up and closes: a page that fights back would otherwise hold both in a loop.
 */
const MAX_ROOT_REPAIRS = 20;

/** A reading mode shown over the page; `close` puts the page back as it was. */
export interface OpenReader {
  close: () => void;
  /**
   * Marks a person's mentions or a quote in the article, once it is all drawn; resolves to how many
   * places it marked.
   */
  highlight: (target: HighlightTarget, scroll: boolean) => Promise<number>;
  /** Marks the story's key quotes in the article, once it is all drawn; resolves to how many it found. */
  markKeyQuotes: (quotes: string[]) => Promise<number>;
  /** Scrolls to the reader's highlight `id` and focuses it; resolves to whether it is in the article. */
  showHighlight: (id: string) => Promise<boolean>;
  /** Reading mode's shadow root: closed, so the page cannot reach it; the reader script's alone. */
  shadow: ShadowRoot;
}

/**
 * Draws reading mode over the page, in a closed shadow root, as a modal dialog in the browser's top
 * layer: nothing the page draws, with style sheets alone, can paint over it, and the browser makes the
 * page underneath inert and hidden from assistive technology for as long as the dialog is open, and
 * no longer. Should anything fail on the way, the page is put back as it was and the error goes on.
 */
export function showReader(
  document: Document,
  article: Article,
  content: DocumentFragment,
  onClosed: () => void,
): OpenReader {
  const window = document.defaultView;
  const saved = holdPage(document);
  const fonts = readerFonts(document);
  const host = document.createElement('div');
  const mount = document.createElement('div');
  const layer = document.createElement('dialog');
  let closed = false;
  let drawing: Drawing | null = null;
  let highlights: HighlightsHandle | null = null;
  let rootRepairs = 0;

  const onBeforePrint = (): void => {
    drawing?.finish();
    // Out of the top layer and into the flow, so the article runs over as many sheets as it needs.
    layer.close();
    layer.show();
  };
  const onAfterPrint = (): void => {
    layer.close();
    layer.showModal();
  };
  const onCancel = (event: Event): void => {
    // Esc: reading mode closes itself, so the page is put back.
    event.preventDefault();
    close();
  };
  // The browser closed the dialog itself (Esc without a cancel event); reading mode's own moves re-open it.
  const onDialogClose = (): void => {
    if (!layer.open) close();
  };
  // The page's script removed, moved or changed the host: close cleanly rather than leave a broken layer.
  const watch = new MutationObserver((records) => {
    const moved = host.parentNode !== document.documentElement;
    if (moved || records.some((record) => record.target === host)) return close();
    if (guardRoot(document, saved) && (rootRepairs += 1) > MAX_ROOT_REPAIRS) close();
  });

  /** Takes reading mode out and puts the page back as it was. */
  const teardown = (): void => {
    watch.disconnect();
    window?.removeEventListener('beforeprint', onBeforePrint);
    window?.removeEventListener('afterprint', onAfterPrint);
    render(null, mount);
    if (layer.open) layer.close();
    host.remove();
    fonts.release();
    restorePage(document, saved);
  };
  function close(): void {
    if (closed) return;
    closed = true;
    teardown();
    onClosed();
  }

  try {
    host.setAttribute(READER_ATTRIBUTE, '');
    host.setAttribute('style', HOST_STYLE);
    // A light child of the host: not rendered (the shadow root has no slot), but its rules apply to the document.
    const pageRules = document.createElement('style');
    pageRules.textContent = PRINT_CSS;
    host.append(pageRules);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `${readerCss}\n${settingsCss}\n${contentsCss}\n${highlightsCss}`;
    layer.className = 'crux-layer';
    layer.setAttribute(
      'aria-label',
      article.title ? t('readingModeTitled', article.title) : t('readingMode'),
    );
    layer.append(mount);
    shadow.append(style, layer);
    document.documentElement.append(host);
    layer.showModal();
    layer.addEventListener('cancel', onCancel);
    layer.addEventListener('close', onDialogClose);
    window?.addEventListener('beforeprint', onBeforePrint);
    window?.addEventListener('afterprint', onAfterPrint);
    render(
      <ReaderView
        article={article}
        content={content}
        url={document.location.href}
        fontStacks={fonts.stacks}
        onClose={close}
        onDrawing={(started) => {
          drawing = started;
        }}
        onFont={fonts.use}
        onHighlights={(handle) => {
          highlights = handle;
        }}
      />,
      mount,
    );
    watch.observe(host, { attributes: true });
    watch.observe(document.documentElement, {
      childList: true,
      attributes: true,
      attributeFilter: ['style'],
    });

    const articleIn = (): Element | null => shadow.querySelector('.crux-article');
    return {
      close,
      shadow,
      highlight: async (target, scroll) => {
        await drawing?.done;
        const body = closed ? null : articleIn();
        return body ? highlight(body, target, scroll) : 0;
      },
      showHighlight: async (id) => {
        await drawing?.done;
        return !closed && highlights !== null && (await highlights.show(id));
      },
      markKeyQuotes: async (quotes) => {
        await drawing?.done;
        const body = closed ? null : articleIn();
        return body ? markKeyQuotes(body, quotes) : 0;
      },
    };
  } catch (error) {
    closed = true;
    teardown();
    throw error;
  }
}
