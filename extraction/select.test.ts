// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { attributeHolds, elementsUnder, hasTag, selectAll, selectFirst } from './select';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

const PAGE =
  '<div class="Photo-Credit">a</div><figure><span class="credit">b</span><i>c</i></figure>' +
  '<aside id="x"><p class="credit-union">d</p></aside><svg><g class="credit"></g></svg>';

describe('elementsUnder', () => {
  it('lists every element below the root in document order, as querySelectorAll("*") does', () => {
    const root = body(PAGE);
    expect(elementsUnder(root)).toEqual([...root.querySelectorAll('*')]);
    expect(elementsUnder(root.ownerDocument)).toEqual([...root.ownerDocument.querySelectorAll('*')]);
  });
});

describe('selectAll', () => {
  it('finds what querySelectorAll finds, in document order, when every match passes the cheap test', () => {
    const root = body(PAGE);
    const selector = 'figure [class*="credit" i], [class*="photo" i], aside';
    const mayMatch = (element: Element): boolean =>
      attributeHolds(element, 'class', ['credit', 'photo']) || hasTag(element, ['aside']);
    // The document's list: jsdom's query of an element lists a selector list's matches selector by selector.
    expect(selectAll(root, selector, mayMatch)).toEqual([...root.ownerDocument.querySelectorAll(selector)]);
  });

  it('asks the selector only about elements that pass the cheap test', () => {
    const root = body(PAGE);
    expect(selectAll(root, '[class*="credit" i]', (element) => hasTag(element, ['span']))).toHaveLength(1);
  });
});

describe('selectFirst', () => {
  it('finds what querySelector finds, or nothing', () => {
    const root = body(PAGE);
    const mayMatch = (element: Element): boolean => attributeHolds(element, 'class', ['credit']);
    expect(selectFirst(root, 'aside [class*="credit" i]', mayMatch)).toBe(
      root.querySelector('aside .credit-union'),
    );
    expect(selectFirst(root, 'nav [class*="credit" i]', mayMatch)).toBeNull();
  });
});

describe('attributeHolds', () => {
  it('finds a part of the value in any case', () => {
    const [photo] = elementsUnder(body(PAGE));
    expect(photo && attributeHolds(photo, 'class', ['credit'])).toBe(true);
    expect(photo && attributeHolds(photo, 'class', ['caption'])).toBe(false);
    expect(photo && attributeHolds(photo, 'id', ['credit'])).toBe(false);
  });
});

describe('hasTag', () => {
  it('compares tags in any case', () => {
    const [photo, figure] = elementsUnder(body(PAGE));
    expect(photo && hasTag(photo, ['div'])).toBe(true);
    expect(figure && hasTag(figure, ['aside', 'nav'])).toBe(false);
  });
});
