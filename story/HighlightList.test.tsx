// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Quote } from '../analysis/types';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import { useMountPoint } from '../tests/unit-helpers/mount-point';
import { sampleArticle, sampleHighlight, sampleLibrary } from '../tests/unit-helpers/sample-highlights';
import { HighlightList } from './HighlightList';

const mountPoint = useMountPoint();
const URL_OF_ARTICLE = 'https://ledger.example/seawall';
const QUOTES: Quote[] = [
  { text: 'This wall is the difference between a town and a memory.', speaker: 'Elena Vasquez', role: null },
  { text: 'Nobody asked.', speaker: null, role: null },
];
const SEAWALL = sampleArticle(URL_OF_ARTICLE, [
  { ...sampleHighlight('late', 'The vote was 7 to 2.', 300, 'Check\nthe minutes.'), color: 'green' },
  sampleHighlight('early', 'This wall is the difference between a town and a memory.', 20),
]);

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const items = (): HTMLButtonElement[] => [
  ...mountPoint().querySelectorAll<HTMLButtonElement>('[data-testid="highlight-item"]'),
];

/** Shows the list for the article, and waits until it has read the store. */
async function showList(onShow: (id: string) => void = () => undefined): Promise<void> {
  act(() => render(<HighlightList url={URL_OF_ARTICLE} quotes={QUOTES} onShow={onShow} />, mountPoint()));
  // The list reads the store in an effect, which runs once the first act is over.
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

describe('HighlightList', () => {
  it('draws nothing for an article without highlights', async () => {
    await fakeBrowser.storage.local.set({
      highlights: sampleLibrary({ ...SEAWALL, url: 'https://ledger.example/other' }),
    });
    await showList();
    expect(mountPoint().innerHTML).toBe('');
  });

  it('lists the highlights in reading order, each with its colour named and its note', async () => {
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL) });
    await showList();
    expect(mountPoint().querySelector('h2')?.textContent).toBe('Your highlights');
    expect(items().map((item) => item.dataset.highlightId)).toEqual(['early', 'late']);
    expect(items().map((item) => item.textContent)).toEqual([
      'Yellow: This wall is the difference between a town and a memory.',
      'Green: The vote was 7 to 2.Check\nthe minutes.',
    ]);
    expect(items()[1]?.querySelector('.highlight-swatch.highlight-green')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
  });

  it('shows a highlight in the article on a click', async () => {
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL) });
    const onShow = vi.fn();
    await showList(onShow);
    act(() => items()[1]?.click());
    expect(onShow).toHaveBeenCalledWith('late');
  });

  it('follows highlights made or deleted while it is open', async () => {
    await showList();
    expect(items()).toEqual([]);
    await act(async () => {
      await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL) });
    });
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    await act(async () => {
      await fakeBrowser.storage.local.set({
        highlights: sampleLibrary({ ...SEAWALL, highlights: SEAWALL.highlights.slice(0, 1) }),
      });
    });
    await vi.waitFor(() => expect(items().map((item) => item.dataset.highlightId)).toEqual(['late']));
  });

  it('copies and saves the highlights as Markdown, crediting a key quote to its speaker', async () => {
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL) });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:crux/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await showList();
    const expected = [
      '# Harbour city votes to rebuild its seawall',
      '',
      `<${URL_OF_ARTICLE}>`,
      '',
      'Mara Lind · The Ledger',
      '',
      '> This wall is the difference between a town and a memory.',
      '>',
      '> — Elena Vasquez',
      '',
      '> The vote was 7 to 2.',
      '',
      'Check\\',
      'the minutes.',
      '',
    ].join('\n');
    await act(async () =>
      mountPoint().querySelector<HTMLButtonElement>('[data-testid="copy-highlights"]')?.click(),
    );
    expect(writeText).toHaveBeenCalledWith(expected);
    act(() => mountPoint().querySelector<HTMLButtonElement>('[data-testid="save-highlights"]')?.click());
    expect(downloads).toEqual([expect.stringMatching(/^crux-highlights-\d{4}-\d{2}-\d{2}\.md$/u)]);
    expect(await blobs[0]?.text()).toBe(expected);
  });
});
