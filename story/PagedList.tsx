import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';

/**
 * How many more items each "Show more" reveals: a popup's height or two of them. A hostile page can
 * name thousands of people; the popup draws a page of them at a time, never the lot.
 */
export const PAGE_SIZE = 20;

/** How many items show after the reader presses the list's button: the next page, or the first few again. */
export function shownAfterPress(shown: number, total: number, first: number): number {
  return shown >= total ? first : Math.min(total, shown + PAGE_SIZE);
}

interface PagedListProps<Item> {
  items: readonly Item[];
  /** How many show before the reader asks for more. */
  first: number;
  /** The list's class, for the stylesheet. */
  listClass: string;
  /** The id of the heading that names the list: the button's description, so it says which list it extends. */
  headingId: string;
  /** One `<li>` with its key. */
  renderItem: (item: Item, index: number) => ComponentChildren;
}

/**
 * A list that shows its first few items, then more a page at a time on request. Revealed items take
 * the focus (their first button, or the item itself), so a keyboard or screen reader goes on reading
 * where the list grew; folding keeps the focus on the button.
 */
export function PagedList<Item>({ items, first, listClass, headingId, renderItem }: PagedListProps<Item>) {
  // Kept with the items it counts: a new story starts folded.
  const [paging, setPaging] = useState({ items, shown: first });
  const shown = paging.items === items ? Math.min(paging.shown, items.length) : Math.min(first, items.length);
  const listRef = useRef<HTMLUListElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** What the last press did, for the focus to follow once it is drawn: revealed items from an index, or folded. */
  const pressed = useRef<{ revealedFrom: number } | 'folded' | null>(null);

  useLayoutEffect(() => {
    const last = pressed.current;
    pressed.current = null;
    if (last === 'folded') buttonRef.current?.scrollIntoView?.({ block: 'nearest' });
    if (last === null || last === 'folded') return;
    const item = listRef.current?.children[last.revealedFrom];
    if (!(item instanceof HTMLElement)) return;
    const control = item.querySelector<HTMLElement>('button, a[href]');
    if (!control) item.tabIndex = -1;
    (control ?? item).focus();
  }, [shown]);

  const press = (): void => {
    const next = shownAfterPress(shown, items.length, first);
    pressed.current = next > shown ? { revealedFrom: shown } : 'folded';
    setPaging({ items, shown: next });
  };

  const hidden = items.length - shown;
  return (
    <>
      <ul class={listClass} ref={listRef}>
        {items.slice(0, shown).map(renderItem)}
      </ul>
      {items.length > first && (
        <button
          type="button"
          class="link-button"
          ref={buttonRef}
          aria-describedby={headingId}
          onClick={press}
        >
          {hidden === 0
            ? t('showFewer')
            : hidden <= PAGE_SIZE
              ? t('showAll', items.length.toLocaleString())
              : t('showMore', PAGE_SIZE, hidden.toLocaleString())}
        </button>
      )}
    </>
  );
}
