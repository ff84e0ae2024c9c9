import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';

/**
 * Tags that would load or run something, or let the article act on the page: the reader view shows
 * text and the article's own images, nothing else.
 */
const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'video',
  'audio',
  'track',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'dialog',
  'slot',
  'use',
  'image',
  'feImage',
  'animate',
  'set',
];

/** Attributes that carry presentation or remote loads the reader view does not want. */
const FORBIDDEN_ATTRIBUTES = [
  'style',
  'class',
  'id',
  'name',
  'srcdoc',
  'formaction',
  'action',
  'ping',
  'background',
  'poster',
  'xlink:href',
  'autofocus',
  'tabindex',
  'contenteditable',
  'slot',
  'is',
];

const PURIFY_CONFIG: Config = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  ADD_ATTR: ['target', 'loading'],
};

/** `html` made safe to show: no script, handler, frame, form, style, or remote load but images. */
export function sanitizeArticleHtml(html: string, window: WindowLike): string {
  return purifierFor(window).sanitize(html, PURIFY_CONFIG);
}

/**
 * Sanitised HTML parsed in a document made by DOMParser, where nothing loads and no handler runs: for
 * pruning and reading the text, never for showing.
 */
export function parseInert(html: string, window: WindowLike): HTMLElement {
  return new window.DOMParser().parseFromString(html, 'text/html').body;
}

/**
 * The article's nodes for the reader view, built from a string DOMPurify has just returned, so the
 * nodes that reach the page are parsed from clean markup. (Nodes that came from the page's own
 * markup keep no attribute but can, in Chromium, keep the page's `onerror` handler alive.)
 */
export function articleFragment(html: string, document: Document, window: WindowLike): DocumentFragment {
  const purify = purifierFor(window);
  const template = document.createElement('template');
  template.innerHTML = purify.sanitize(html, PURIFY_CONFIG);
  return template.content;
}

/** Makes article links open in a new tab, without telling the linked page where the reader came from. */
export function openLinksSafely(root: Element): void {
  for (const link of root.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  for (const image of root.querySelectorAll('img')) image.setAttribute('loading', 'lazy');
}

const purifiers = new WeakMap<WindowLike, DOMPurify>();

/** One DOMPurify per window: making one costs more than a small sanitise. */
function purifierFor(window: WindowLike): DOMPurify {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = createDOMPurify(window);
    purifiers.set(window, purify);
  }
  return purify;
}
