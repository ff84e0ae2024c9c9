/**
 * What only the live page knows, carried over to the copy Readability reads: which elements the page's
 * style sheets hide (menus, dialogs, mobile duplicates), and which address a lazy image loaded. The
 * live page is only read, never changed.
 */

/** Elements hidden by nature whose content still matters: Readability reads `<noscript>` images. */
const NEVER_HIDDEN = new Set(['NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'LINK', 'META', 'HEAD']);

/**
 * A hidden element holding more than this share of the page's text is the article waiting behind a
 * consent wall or a "continue reading" fold, not furniture: keep it.
 */
const MAX_HIDDEN_SHARE = 0.25;

/** Whether the live page's computed style can be trusted: jsdom applies style sheets only in part. */
export function hasComputedStyle(document: Document): boolean {
  const view = document.defaultView;
  return (
    view !== null && typeof view.getComputedStyle === 'function' && !/jsdom/i.test(view.navigator.userAgent)
  );
}

/**
 * Removes from `copy` (made by importing `live`'s root, so both trees have the same shape) the elements
 * the live page hides, and gives the copy's lazy images the address the live page loaded.
 */
export function applyLivePage(live: Document, copy: Document, computedStyle: boolean): void {
  const liveBody = live.body;
  const copyBody = copy.body;
  const view = live.defaultView;
  if (!liveBody || !copyBody) return;
  const maxHiddenText = computedStyle ? (liveBody.textContent ?? '').length * MAX_HIDDEN_SHARE : 0;
  const hidden: Element[] = [];
  const pairs: [Element, Element][] = [[liveBody, copyBody]];
  for (let pair = pairs.pop(); pair; pair = pairs.pop()) {
    const [liveElement, copyElement] = pair;
    const liveChildren = childElements(liveElement);
    const copyChildren = childElements(copyElement);
    if (liveChildren.length !== copyChildren.length) continue;
    for (let index = 0; index < liveChildren.length; index += 1) {
      const liveChild = liveChildren[index];
      const copyChild = copyChildren[index];
      if (!liveChild || !copyChild || liveChild.tagName !== copyChild.tagName) continue;
      if (computedStyle && view && isHidden(liveChild, view, maxHiddenText)) {
        hidden.push(copyChild);
        continue;
      }
      if (liveChild.tagName === 'IMG') copyLoadedAddress(liveChild as HTMLImageElement, copyChild);
      pairs.push([liveChild, copyChild]);
    }
  }
  for (const element of hidden) element.remove();
}

/**
 * An element's child elements, read by stepping from sibling to sibling: in jsdom each index into
 * `children` goes through a proxy and costs as much as the step.
 */
function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) children.push(child);
  return children;
}

function isHidden(element: Element, view: Window, maxHiddenText: number): boolean {
  if (NEVER_HIDDEN.has(element.tagName)) return false;
  const style = view.getComputedStyle(element);
  if (style.display !== 'none' && style.visibility !== 'hidden') return false;
  return (element.textContent ?? '').length <= maxHiddenText;
}

/** A lazy image's placeholder `src` replaced by the address the live page actually loaded. */
function copyLoadedAddress(live: HTMLImageElement, copy: Element): void {
  const loaded = live.currentSrc;
  const source = copy.getAttribute('src');
  if (loaded && !loaded.startsWith('data:') && (!source || source.startsWith('data:'))) {
    copy.setAttribute('src', loaded);
  }
}
