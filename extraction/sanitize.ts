import createDOMPurify, {
  type Config,
  type DOMPurify,
  type UponSanitizeAttributeHookEvent,
  type WindowLike,
} from 'dompurify';

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
  // A font the page declares with @font-face would draw the article's text, and load from the page's
  // choice of address: HTML's `<font face>` and SVG's `font-family` name fonts.
  'face',
  'font-family',
];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * Attributes that make an SVG or MathML element a link or load a document (MathML's `href` is a live
 * link in Firefox; SVG's gradients and patterns follow `href` to other documents). Only HTML's `<a>`
 * and `<area>` are links in reading mode, and they follow `openLinksSafely`'s rules.
 */
const FOREIGN_LOADING_ATTRIBUTES = new Set(['href', 'src']);

/**
 * A CSS function in an attribute's value, or an escape that could spell one: SVG presentation
 * attributes (`fill`, `stroke`, `filter`, `mask`, `clip-path`, `marker-*`, `cursor`) are CSS, and
 * their `url()` fetches external documents, cross-origin included.
 */
const CSS_LOAD = /url\s*\(|image(-set)?\s*\(|src\s*\(|\\/i;

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
 * The article's nodes (a `lightCopy` of Readability's element's children, so no shadow root comes
 * along) made safe to show, as the body of an inert document of DOMPurify's: no script, handler,
 * frame, form, style, or remote load but images. The nodes are sanitised where they will be used,
 * never serialised and parsed again, so no markup can change meaning on the way.
 */
export function sanitizeArticle(content: DocumentFragment, window: WindowLike): HTMLElement {
  // With `RETURN_DOM`, DOMPurify returns the body it sanitised the nodes in.
  return purifierFor(window).sanitize(content, { ...PURIFY_CONFIG, RETURN_DOM: true }) as HTMLElement;
}

/**
 * The nodes rebuilt from their tags, attributes and text alone, so that no shadow root travels with
 * them. `cloneNode` and `importNode` copy a shadow root the page made clonable, closed ones included,
 * and neither DOMPurify nor Readability can see inside a closed one: its markup would reach reading
 * mode unsanitised. A fresh element has no shadow root. Comments and other nodes are left out.
 */
export function lightCopy(nodes: Iterable<Node>, document: Document): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const pending: [Node, Node][] = [...nodes].map((node) => [node, fragment]);
  // Depth first, with a stack rather than recursion: a page may nest a thousand levels deep.
  pending.reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, parent] = next;
    const copy = freshNode(node, document);
    if (!copy) continue;
    parent.appendChild(copy);
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) pending.push([child, copy]);
    }
  }
  return fragment;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function freshNode(node: Node, document: Document): Node | null {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    return document.createTextNode(node.nodeValue ?? '');
  }
  if (node.nodeType !== ELEMENT_NODE) return null;
  const element = node as Element;
  const name = element.prefix ? `${element.prefix}:${element.localName}` : element.localName;
  let copy: Element;
  try {
    copy = document.createElementNS(element.namespaceURI, name);
  } catch {
    // A name the parser accepts but the DOM refuses: keep what it holds, in a neutral element.
    copy = document.createElementNS(HTML_NAMESPACE, 'span');
  }
  for (const attribute of element.attributes) {
    try {
      copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    } catch {
      // Likewise an attribute name the DOM refuses: it carries nothing a reader needs.
    }
  }
  return copy;
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
  for (const link of root.querySelectorAll('a[href], area[href]')) {
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
    purify.addHook('uponSanitizeAttribute', dropForeignLoads);
    purifiers.set(window, purify);
  }
  return purify;
}

/** Keeps SVG and MathML from linking or loading: see FOREIGN_LOADING_ATTRIBUTES and CSS_LOAD. */
function dropForeignLoads(element: Element, data: UponSanitizeAttributeHookEvent): void {
  if (element.namespaceURI === HTML_NAMESPACE) return;
  if (FOREIGN_LOADING_ATTRIBUTES.has(data.attrName) || CSS_LOAD.test(data.attrValue)) data.keepAttr = false;
}
