/** Space left between the toolbar and the element scrolled to, so its first line is not flush with it. */
const GAP_PX = 12;

/** Scrolls `scroller`, at once, so that `element` starts just under the toolbar covering its top. */
export function scrollUnderToolbar(scroller: Element, element: Element, coveredTop: number): void {
  const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += offset - coveredTop - GAP_PX;
}
