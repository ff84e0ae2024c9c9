import { render } from 'preact';
import { ReaderView } from '../components/ReaderView';
import type { Article } from '../extraction/types';
import type { HighlightTarget } from '../shared/messages';
import { highlight } from './highlight';
import { hidePage, restorePage } from './page-state';
import readerCss from './reader.css?inline';

/** The tag of the element that holds reading mode; a custom element name, so no page style targets it by accident. */
export const READER_TAG = 'crux-reader';

/**
 * Inline styles beat any stylesheet of the page, `!important` included, so the page cannot hide,
 * shrink or restyle the layer that holds reading mode.
 */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'z-index: 2147483647',
  'visibility: visible',
  'opacity: 1',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

/** A reading mode shown over the page; `close` puts the page back as it was. */
export interface OpenReader {
  close: () => void;
  /** Marks a person's mentions or a quote in the article; returns how many places it marked. */
  highlight: (target: HighlightTarget) => number;
}

/** Draws reading mode in a shadow root over the page and hides the page underneath. */
export function showReader(
  document: Document,
  article: Article,
  content: DocumentFragment,
  onClosed: () => void,
): OpenReader {
  const saved = hidePage(document);
  const host = document.createElement(READER_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = readerCss;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    document.removeEventListener('keydown', onKeydown, true);
    render(null, mount);
    host.remove();
    restorePage(document, saved);
    onClosed();
  };
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  document.addEventListener('keydown', onKeydown, true);
  render(<ReaderView article={article} content={content} onClose={close} />, mount);
  const highlightIn = (target: HighlightTarget): number => {
    const body = shadow.querySelector('.crux-article');
    return body ? highlight(body, target) : 0;
  };
  return { close, highlight: highlightIn };
}
