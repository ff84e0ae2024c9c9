/** What reading mode changes on the page, kept so closing it puts the page back exactly. */
export interface SavedPageState {
  scrollX: number;
  scrollY: number;
  bodyInert: string | null;
  bodyAriaHidden: string | null;
  activeElement: Element | null;
}

/** Hides the page from view and from assistive technology, and remembers how it was. */
export function hidePage(document: Document): SavedPageState {
  const window = document.defaultView;
  const body = document.body;
  const saved: SavedPageState = {
    scrollX: window?.scrollX ?? 0,
    scrollY: window?.scrollY ?? 0,
    bodyInert: body?.getAttribute('inert') ?? null,
    bodyAriaHidden: body?.getAttribute('aria-hidden') ?? null,
    activeElement: document.activeElement,
  };
  body?.setAttribute('inert', '');
  body?.setAttribute('aria-hidden', 'true');
  return saved;
}

/** Puts the page back as `hidePage` found it: attributes, scroll position and focus. */
export function restorePage(document: Document, saved: SavedPageState): void {
  const body = document.body;
  if (body) {
    restoreAttribute(body, 'inert', saved.bodyInert);
    restoreAttribute(body, 'aria-hidden', saved.bodyAriaHidden);
  }
  document.defaultView?.scrollTo(saved.scrollX, saved.scrollY);
  if (saved.activeElement instanceof HTMLElement && saved.activeElement.isConnected) {
    saved.activeElement.focus({ preventScroll: true });
  }
}

function restoreAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
