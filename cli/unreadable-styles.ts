import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Reports whether the CSS parser of the DOM that will read the page accepts a style sheet or a style attribute. */
export interface StyleProbe {
  sheet: (css: string) => boolean;
  declarations: (css: string) => boolean;
}

/**
 * The page with every style sheet and style attribute the DOM's CSS parser cannot read left out: the
 * rest of the page, its inline `display: none` included, stays as it was. jsdom's parser throws on
 * some malformed values (a Sass expression left in a `calc()`, say) while building the page, where a
 * browser drops the one declaration; this is the page as the browser would show it, near enough.
 */
export function withoutUnreadableStyles(html: string, probe: StyleProbe): string {
  const document = parse(html);
  const pending: ParentNode[] = [document];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      readableStyleAttribute(child, probe);
      if (child.tagName === 'style' && !probe.sheet(textOf(child))) child.childNodes = [];
      pending.push('content' in child ? child.content : child);
    }
  }
  return serialize(document);
}

/** Keeps the declarations of a style attribute the parser reads; drops the attribute if none is left. */
function readableStyleAttribute(element: Element, probe: StyleProbe): void {
  const style = element.attrs.find((attribute) => attribute.name === 'style');
  if (style === undefined || probe.declarations(style.value)) return;
  style.value = style.value
    .split(';')
    .filter((declaration) => probe.declarations(declaration))
    .join(';');
  if (style.value.trim() === '') element.attrs = element.attrs.filter((attribute) => attribute !== style);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}
