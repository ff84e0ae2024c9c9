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

/**
 * Readability's article element made safe to show, as the body of an inert document of DOMPurify's:
 * no script, handler, frame, form, style, or remote load but images. The nodes are sanitised where
 * they will be used, never serialised and parsed again, so no markup can change meaning on the way.
 */
export function sanitizeArticle(content: Element, window: WindowLike): HTMLElement {
  // The element's children, not the element: the article's markup starts inside Readability's wrapper.
  const children = content.ownerDocument.createDocumentFragment();
  children.append(...content.childNodes);
  // With `RETURN_DOM`, DOMPurify returns the body it sanitised the nodes in.
  return purifierFor(window).sanitize(children, { ...PURIFY_CONFIG, RETURN_DOM: true }) as HTMLElement;
}

/** Markup parsed in a document made by DOMParser, where nothing loads and no handler runs: for reading text. */
export function parseInert(html: string, window: WindowLike): HTMLElement {
  return new window.DOMParser().parseFromString(html, 'text/html').body;
}

/**
 * A copy of the sanitised article for reading mode, owned by the page's document. The nodes come
 * from DOMPurify's own document, parsed there from markup and then sanitised, never from the page's
 * nodes (which, in Chromium, can keep the page's `onerror` handlers alive after losing the attribute).
 */
export function articleFragment(body: HTMLElement, document: Document): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const node of body.childNodes) fragment.append(document.importNode(node, true));
  return fragment;
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
