// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEnglishMessages } from '../../tests/unit-helpers/english-messages';
import { ContentsPanel } from './ContentsPanel';
import { contentsHeadings, type ContentsHeading } from './headings';

let container: HTMLElement;
let article: HTMLElement;
let scroller: HTMLElement;
let toolbar: HTMLElement;

beforeEach(() => {
  useEnglishMessages();
  // jsdom lays nothing out: no resizes to observe, and scrolling is a no-op the test can watch.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
  scroller = document.createElement('div');
  scroller.scrollTo = vi.fn();
  toolbar = document.createElement('header');
  container = document.createElement('div');
  toolbar.append(container);
  article = document.createElement('article');
  article.append(
    ...new DOMParser().parseFromString(
      '<h2>Spring</h2><p>Text.</p><h3>Snowmelt</h3><p>Text.</p><h2>Summer</h2>',
      'text/html',
    ).body.childNodes,
  );
  scroller.append(toolbar, article);
  document.body.append(scroller);
});

afterEach(() => {
  render(null, container);
  scroller.remove();
  vi.unstubAllGlobals();
});

function show(finishDrawing = vi.fn()) {
  act(() =>
    render(
      <ContentsPanel
        headings={contentsHeadings(article)}
        dir="ltr"
        lang="en"
        scroller={() => scroller}
        toolbar={() => toolbar}
        finishDrawing={finishDrawing}
      />,
      container,
    ),
  );
  return finishDrawing;
}

const button = () => container.querySelector<HTMLButtonElement>('[data-testid="contents"]');
const panel = () => container.querySelector('nav');
const entries = () => [...container.querySelectorAll<HTMLButtonElement>('nav button')];

describe('ContentsPanel', () => {
  it('shows no button for an article without contents', () => {
    act(() =>
      render(
        <ContentsPanel
          headings={[]}
          dir="ltr"
          lang="en"
          scroller={() => scroller}
          toolbar={() => toolbar}
          finishDrawing={() => undefined}
        />,
        container,
      ),
    );
    expect(container.innerHTML).toBe('');
  });

  it('opens a labelled panel of the headings, the second level marked as such, from a button that says so', () => {
    show();
    expect(button()?.textContent).toBe('Contents');
    expect(button()?.getAttribute('aria-expanded')).toBe('false');
    expect(button()?.getAttribute('aria-controls')).toBe(panel()?.id);
    expect(panel()?.hidden).toBe(true);
    act(() => button()?.click());
    expect(button()?.getAttribute('aria-expanded')).toBe('true');
    expect(panel()?.hidden).toBe(false);
    expect(panel()?.getAttribute('aria-label')).toBe('Contents of the article');
    expect(panel()?.getAttribute('dir')).toBe('ltr');
    expect(entries().map((entry) => [entry.dataset.level, entry.textContent])).toEqual([
      ['1', 'Spring'],
      ['2', 'Snowmelt'],
      ['1', 'Summer'],
    ]);
  });

  it('jumps to a heading: the whole article drawn first, the heading focused and its entry current', () => {
    const finishDrawing = show();
    act(() => button()?.click());
    act(() => entries()[1]?.click());
    const heading = article.querySelector('h3');
    expect(finishDrawing).toHaveBeenCalled();
    expect(scroller.scrollTo).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'instant' }));
    expect(heading?.getAttribute('tabindex')).toBe('-1');
    expect(heading?.ownerDocument.activeElement).toBe(heading);
    expect(entries().map((entry) => entry.getAttribute('aria-current'))).toEqual([null, 'location', null]);
  });

  it('jumps to a heading of a part not drawn yet, once the drawing is finished', () => {
    const later = document.createElement('h2');
    later.textContent = 'Autumn';
    const notDrawn = document.createDocumentFragment();
    notDrawn.append(later);
    const autumn: ContentsHeading = { element: later, text: 'Autumn', level: 1 };
    const headings = [...contentsHeadings(article), autumn];
    act(() =>
      render(
        <ContentsPanel
          headings={headings}
          dir="ltr"
          lang="en"
          scroller={() => scroller}
          toolbar={() => toolbar}
          finishDrawing={() => article.append(notDrawn)}
        />,
        container,
      ),
    );
    act(() => button()?.click());
    act(() => entries()[3]?.click());
    expect(later.isConnected).toBe(true);
    expect(document.activeElement).toBe(later);
    expect(entries()[3]?.getAttribute('aria-current')).toBe('location');
  });

  it('closes on Esc in the panel, and only the panel: the key goes no further, focus goes back to the button', () => {
    show();
    act(() => button()?.click());
    entries()[0]?.focus();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    const beyond = vi.fn();
    scroller.addEventListener('keydown', beyond);
    act(() => {
      entries()[0]?.dispatchEvent(escape);
    });
    expect(escape.defaultPrevented).toBe(true);
    expect(beyond).not.toHaveBeenCalled();
    expect(panel()?.hidden).toBe(true);
    expect(document.activeElement).toBe(button());
  });
});
