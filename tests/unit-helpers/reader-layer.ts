import { READER_HOST } from '../../reading-mode/host';

/**
 * For unit tests in jsdom, which has no modal dialogs: `showModal`, `show` and `close` as a browser
 * runs them, less the top layer (open state, the `close` event). End-to-end tests show the real ones.
 */
export function useDialogs(): void {
  const prototype = window.HTMLDialogElement.prototype;
  if (typeof prototype.showModal === 'function') return;
  const open = function (this: HTMLDialogElement): void {
    this.setAttribute('open', '');
  };
  prototype.showModal = open;
  prototype.show = open;
  prototype.close = function (this: HTMLDialogElement): void {
    if (!this.open) return;
    this.removeAttribute('open');
    setTimeout(() => this.dispatchEvent(new Event('close')));
  };
}

/** Shadow roots by host, closed ones included: the test's view, which no page has. */
const roots = new WeakMap<Element, ShadowRoot>();
let recording = false;

/** Keeps every shadow root attached from now on, so a test can look inside reading mode's closed one. */
export function recordShadowRoots(): void {
  if (recording) return;
  recording = true;
  const attach = window.Element.prototype.attachShadow;
  window.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
}

/** The host of reading mode in `document`, if it is open. */
export function readerHost(document: Document): Element | null {
  return document.querySelector(READER_HOST);
}

/** Reading mode's (closed) shadow root, as `recordShadowRoots` kept it. */
export function readerShadow(document: Document): ShadowRoot | undefined {
  const host = readerHost(document);
  return host ? roots.get(host) : undefined;
}
