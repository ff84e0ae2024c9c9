// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_HIGHLIGHT_BYTES, highlightsExport } from '../reader-data/highlights';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import { useMountPoint } from '../tests/unit-helpers/mount-point';
import { sampleArticle, sampleHighlight, sampleLibrary } from '../tests/unit-helpers/sample-highlights';
import { HighlightsData } from './HighlightsData';

const mountPoint = useMountPoint();

const SEAWALL = sampleArticle('https://ledger.example/seawall', [
  sampleHighlight('a', 'The vote was 7 to 2.', 10, 'Check the minutes.'),
  sampleHighlight('b', 'This wall is the difference.', 40),
]);
const HARBOUR = sampleArticle('https://ledger.example/harbour', [sampleHighlight('c', 'Boats came in.', 5)]);

/** The files the section saved, by name. */
let saved: Map<string, Blob>;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  saved = new Map();
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const address = `blob:crux/${blobs.size}`;
    if (blob instanceof Blob) blobs.set(address, blob);
    return address;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.set(this.download, blob);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const byTestId = (name: string): HTMLElement | null =>
  mountPoint().querySelector<HTMLElement>(`[data-testid="${name}"]`);
const text = (name: string): string => byTestId(name)?.textContent ?? '';

/** Shows the section over the stored library, and waits until it has read it. */
async function showSection(): Promise<void> {
  act(() => render(<HighlightsData id="test-highlights" />, mountPoint()));
  // The section reads the library in an effect, which runs once the first act is over.
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

async function click(name: string): Promise<void> {
  await act(async () => {
    byTestId(name)?.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

/** Chooses `content` as the file to import, as the file dialog does, and waits for the section to say `outcome`. */
async function importFile(content: string, outcome: string): Promise<void> {
  const input = byTestId('import-file');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  const file = new File([content], 'crux-highlights.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(async () => {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(text('highlights-outcome')).toBe(outcome);
  });
}

describe('HighlightsData', () => {
  it('says there are none, and offers only the import', async () => {
    await showSection();
    expect(text('highlights-use')).toBe('No highlights yet.');
    expect(byTestId('highlights-warning')).toBeNull();
    const disabled = ['export-markdown', 'export-json', 'delete-highlights', 'import-json'].map(
      (name) => (byTestId(name) as HTMLButtonElement | null)?.disabled,
    );
    expect(disabled).toEqual([true, true, true, false]);
  });

  it('says how much the highlights take, and follows changes', async () => {
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL) });
    await showSection();
    expect(text('highlights-use')).toBe('2 highlights in 1 article, 1 kB of 3 MB');
    await act(async () => {
      await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL, HARBOUR) });
    });
    await vi.waitFor(() => expect(text('highlights-use')).toBe('3 highlights in 2 articles, 1 kB of 3 MB'));
    await act(async () => {
      await fakeBrowser.storage.local.set({ highlights: sampleLibrary(HARBOUR) });
    });
    await vi.waitFor(() => expect(text('highlights-use')).toBe('1 highlight in 1 article, 1 kB of 3 MB'));
  });

  it('warns once the highlights take most of the bound, and says when they are full', async () => {
    const note = 'n'.repeat(10_000);
    const many = (count: number) =>
      sampleArticle(
        'https://ledger.example/long',
        Array.from({ length: count }, (_, index) => sampleHighlight(`h${index}`, 'Words.', index, note)),
      );
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(many(230)) });
    await showSection();
    expect(byTestId('highlights-warning')).toBeNull();
    await act(async () => {
      await fakeBrowser.storage.local.set({ highlights: sampleLibrary(many(245)) });
    });
    await vi.waitFor(() =>
      expect(text('highlights-warning')).toBe(
        'Highlights are almost full: export and delete some to make room for new ones.',
      ),
    );
    expect(text('highlights-use')).toMatch(/^245 highlights in 1 article, 2[,.]?4\d\d kB of 3 MB$/u);
    await act(async () => {
      await fakeBrowser.storage.local.set({ highlights: sampleLibrary(many(310)) });
    });
    await vi.waitFor(() => expect(text('highlights-warning')).toMatch(/^Highlights are full/u));
  });

  it('saves every highlight as Markdown and as a JSON export, named by the day', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 2, 1, 12) });
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL, HARBOUR) });
    await showSection();
    await click('export-markdown');
    await click('export-json');
    vi.useRealTimers();
    expect([...saved.keys()]).toEqual(['crux-highlights-2024-03-01.md', 'crux-highlights-2024-03-01.json']);
    const markdown = await saved.get('crux-highlights-2024-03-01.md')?.text();
    expect(markdown).toContain('> The vote was 7 to 2.\n\nCheck the minutes.\n');
    expect(markdown).toContain('> Boats came in.\n');
    const exported = JSON.parse((await saved.get('crux-highlights-2024-03-01.json')?.text()) ?? '');
    expect(exported).toEqual({
      ...highlightsExport(sampleLibrary(SEAWALL, HARBOUR)),
      exported: expect.any(String),
    });
  });

  it('imports an export and says how much it added, or why it did not', async () => {
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(HARBOUR) });
    await showSection();
    await importFile(
      JSON.stringify(highlightsExport(sampleLibrary(SEAWALL, HARBOUR))),
      'Imported. Highlights added: 2. Articles added: 1.',
    );
    expect((await fakeBrowser.storage.local.get('highlights')).highlights).toEqual(
      sampleLibrary(SEAWALL, HARBOUR),
    );
    await importFile(
      '{"format":"something-else","articles":[]}',
      'Not imported: this file is not a Crux export of highlights.',
    );
    await importFile('not json at all', 'Not imported: this file is not a Crux export of highlights.');
    const huge = sampleArticle(
      'https://ledger.example/huge',
      Array.from({ length: Math.ceil(MAX_HIGHLIGHT_BYTES / 10_000) + 5 }, (_, index) =>
        sampleHighlight(`x${index}`, 'Words.', index, 'n'.repeat(10_000)),
      ),
    );
    await importFile(
      JSON.stringify(highlightsExport(sampleLibrary(huge))),
      'Not imported: with these highlights Crux would keep more than 3 MB. Export and delete some first.',
    );
    expect((await fakeBrowser.storage.local.get('highlights')).highlights).toEqual(
      sampleLibrary(SEAWALL, HARBOUR),
    );
  });

  it('asks before deleting every highlight, keeps them if told, and says when it deleted them', async () => {
    await fakeBrowser.storage.local.set({ highlights: sampleLibrary(SEAWALL) });
    await showSection();
    expect(byTestId('delete-everything')).toBeNull();
    await click('delete-highlights');
    expect(mountPoint().textContent).toContain('Delete every highlight and note on this device?');
    expect(document.activeElement).toBe(byTestId('keep-highlights'));
    await click('keep-highlights');
    expect(byTestId('delete-everything')).toBeNull();
    expect((await fakeBrowser.storage.local.get('highlights')).highlights).toEqual(sampleLibrary(SEAWALL));
    await click('delete-highlights');
    await click('delete-everything');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(text('highlights-outcome')).toBe('All highlights deleted.');
    expect(text('highlights-use')).toBe('No highlights yet.');
  });
});
