/** What reading mode changes on the page, kept so closing it puts the page back exactly. */
export interface SavedPageState {
  scrollX: number;
  scrollY: number;
  activeElement: Element | null;
  /** The root element's own `style` attribute, null when it had none. */
  rootStyle: string | null;
  /** Each guard as the browser reads it back once set (`animation: none` reads back longhand, for one). */
  guards: Map<string, string>;
}

/**
 * Properties of the root element that reach even the browser's top layer, where reading mode draws:
 * in Firefox a `filter` on `<html>` blurs it; `display: none` on `<html>` hides it in both browsers.
 * Reading mode sets each to its plain value, inline and `!important`, which no style sheet of the
 * page outranks; `transition` and `animation` too, so that none carries the page's value on. And the
 * page does not scroll under reading mode: no scrollbar of the page's takes a strip of the screen.
 */
const ROOT_GUARDS: [property: string, value: string][] = [
  ['overflow', 'hidden'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['content-visibility', 'visible'],
  ['opacity', '1'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['mix-blend-mode', 'normal'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['rotate', 'none'],
  ['scale', 'none'],
  ['zoom', '1'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['transition', 'none'],
  ['animation', 'none'],
];

/** Remembers how the page is (scroll position, focus, the root's style) and guards the root's style. */
export function holdPage(document: Document): SavedPageState {
  const window = document.defaultView;
  const saved: SavedPageState = {
    scrollX: window?.scrollX ?? 0,
    scrollY: window?.scrollY ?? 0,
    activeElement: document.activeElement,
    rootStyle: document.documentElement.getAttribute('style'),
    guards: new Map(),
  };
  const style = rootStyle(document);
  for (const [property, value] of ROOT_GUARDS) {
    style?.setProperty(property, value, 'important');
    saved.guards.set(property, style?.getPropertyValue(property) ?? value);
  }
  return saved;
}

/** Sets the root's guards again where one is missing (the page's script took it off); true if it set any. */
export function guardRoot(document: Document, saved: SavedPageState): boolean {
  const style = rootStyle(document);
  if (!style) return false;
  let changed = false;
  for (const [property, value] of ROOT_GUARDS) {
    const held =
      style.getPropertyPriority(property) === 'important' &&
      style.getPropertyValue(property) === saved.guards.get(property);
    if (held) continue;
    style.setProperty(property, value, 'important');
    changed = true;
  }
  return changed;
}

function rootStyle(document: Document): CSSStyleDeclaration | undefined {
  return (document.documentElement as HTMLElement).style as CSSStyleDeclaration | undefined;
}

/** Puts the page back as `holdPage` found it: the root's style, scroll position and focus. */
export function restorePage(document: Document, saved: SavedPageState): void {
  const root = document.documentElement;
  // Set first, then removed: Chromium writes a style changed through the CSSOM back to the attribute
  // lazily, and after a plain removal it could still write back an empty `style=""`.
  root.setAttribute('style', saved.rootStyle ?? '');
  if (saved.rootStyle === null) root.removeAttribute('style');
  document.defaultView?.scrollTo(saved.scrollX, saved.scrollY);
  if (saved.activeElement instanceof HTMLElement && saved.activeElement.isConnected) {
    saved.activeElement.focus({ preventScroll: true });
  }
}
