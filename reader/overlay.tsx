import { render } from 'preact';
import { browser, type PublicPath } from 'wxt/browser';
import { ReaderView } from '../components/ReaderView';
import type { Article } from '../extraction/types';
import type { HighlightTarget } from '../shared/messages';
import type { Drawing } from './draw-in-parts';
import { legibleFontFaces } from './fonts';
import { highlight } from './highlight';
import { markKeyQuotes } from './key-quotes';
import { hidePage, restorePage } from './page-state';
import readerCss from './reader.css?inline';

/** The tag of the element that holds reading mode; a custom element name, so no page style targets it by accident. */
export const READER_TAG = 'crux-reader';

/** The host's position while the page prints: in the flow, so the article runs over as many sheets as it needs. */
const PRINT_POSITION = ['position: static', 'inset: auto'];
/** The host's position on screen: fixed over the whole viewport, above everything the page can stack. */
const SCREEN_POSITION = ['position: fixed', 'inset: 0', 'z-index: 2147483647'];

/**
 * Inline styles beat any stylesheet of the page, `!important` included, so the page cannot hide,
 * shrink or restyle the layer that holds reading mode.
 */
function hostStyle(position: string[]): string {
  return ['all: initial', 'display: block', ...position, 'visibility: visible', 'opacity: 1']
    .map((rule) => `${rule} !important`)
    .join('; ');
}

/**
 * Rules that must live in the page's document rather than the shadow root: printing must leave the
 * page itself out, and browsers take @font-face only from the document. The bundled face is declared
 * only while the reader has chosen it: a new @font-face makes the browser lay out the whole page
 * again, which on a long page holds the tab for a good part of a second.
 */
function documentCss(legibleFont: boolean): string {
  const print = '@media print { body { display: none !important; } }';
  if (!legibleFont) return print;
  // The fonts are copied in by the build, so WXT's list of public paths does not name them.
  const fontUrl = (path: `/${string}`): string => browser.runtime.getURL(path as PublicPath);
  return `${legibleFontFaces(fontUrl)}\n${print}`;
}

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
}

/** Draws reading mode in a shadow root over the page and hides the page underneath. */
export function showReader(
  document: Document,
  article: Article,
  content: DocumentFragment,
  onClosed: () => void,
): OpenReader {
  const saved = hidePage(document);
  const window = document.defaultView;
  const host = document.createElement(READER_TAG);
  host.setAttribute('style', hostStyle(SCREEN_POSITION));
  // A light child of the host: not rendered (the shadow root has no slot), but its rules apply to the document.
  const pageRules = document.createElement('style');
  pageRules.textContent = documentCss(false);
  host.append(pageRules);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = readerCss;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);

  /** How the article is being drawn, once ReaderView has started. */
  let drawing: Drawing | null = null;
  const onBeforePrint = (): void => {
    drawing?.finish();
    host.setAttribute('style', hostStyle(PRINT_POSITION));
  };
  const onAfterPrint = (): void => host.setAttribute('style', hostStyle(SCREEN_POSITION));
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    document.removeEventListener('keydown', onKeydown, true);
    window?.removeEventListener('beforeprint', onBeforePrint);
    window?.removeEventListener('afterprint', onAfterPrint);
    render(null, mount);
    host.remove();
    restorePage(document, saved);
    onClosed();
  };
  const onKeydown = (event: KeyboardEvent): void => {
    // Esc closes the innermost thing: an enlarged image (a modal dialog) before reading mode.
    if (event.key !== 'Escape' || shadow.querySelector('dialog[open]')) return;
    event.stopPropagation();
    close();
  };
  document.addEventListener('keydown', onKeydown, true);
  window?.addEventListener('beforeprint', onBeforePrint);
  window?.addEventListener('afterprint', onAfterPrint);
  render(
    <ReaderView
      article={article}
      content={content}
      url={document.location.href}
      onClose={close}
      onDrawing={(started) => {
        drawing = started;
      }}
      onFont={(font) => {
        const rules = documentCss(font === 'legible');
        if (pageRules.textContent !== rules) pageRules.textContent = rules;
      }}
    />,
    mount,
  );
  const articleIn = (): Element | null => shadow.querySelector('.crux-article');
  return {
    close,
    highlight: async (target, scroll) => {
      await drawing?.done;
      const body = closed ? null : articleIn();
      return body ? highlight(body, target, scroll) : 0;
    },
    markKeyQuotes: async (quotes) => {
      await drawing?.done;
      const body = closed ? null : articleIn();
      return body ? markKeyQuotes(body, quotes) : 0;
    },
  };
}
