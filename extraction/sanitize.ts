import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';

/**
 * Tags that would load or run something, or let the article act on the page: the reader view shows
 * text and the article's own images, nothing else.
 */
const FORBIDDEN_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'noscript', 'template', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'video', 'audio', 'track', 'form', 'input', 'button', 'select',
  'textarea', 'option', 'dialog', 'slot', 'use', 'image', 'feImage', 'animate', 'set',
];

/** Attributes that carry presentation or remote loads the reader view does not want. */
const FORBIDDEN_ATTRIBUTES = [
  'style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster',
  'xlink:href', 'autofocus', 'tabindex', 'contenteditable', 'slot', 'is',
];

const PURIFY_CONFIG: Config = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
};

/** A body element holding `html` made safe to show: no script, no handler, no remote load but images. */
export function sanitizeArticleHtml(html: string, window: WindowLike): HTMLElement {
  const body = purifierFor(window).sanitize(html, { ...PURIFY_CONFIG, RETURN_DOM: true });
  for (const link of body.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  for (const image of body.querySelectorAll('img')) image.setAttribute('loading', 'lazy');
  return body;
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
