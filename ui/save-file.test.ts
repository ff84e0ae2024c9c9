// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datedFileName, saveTextFile } from './save-file';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('saveTextFile', () => {
  it('clicks a download link to the text, leaves nothing in the page, and frees the address later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:crux/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inPage: this.isConnected });
    });
    saveTextFile('# Notes\n', 'crux-highlights-2024-03-01.md', 'text/markdown', document);
    expect(clicked).toEqual([
      { href: 'blob:crux/1', download: 'crux-highlights-2024-03-01.md', inPage: true },
    ]);
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0]?.type).toBe('text/markdown;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('# Notes\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:crux/1');
  });
});

describe('datedFileName', () => {
  it('names the file by the local day, month and day in two digits', () => {
    expect(datedFileName('crux-highlights', 'md', new Date(2024, 2, 1, 23, 59))).toBe(
      'crux-highlights-2024-03-01.md',
    );
    expect(datedFileName('crux-highlights', 'json', new Date(2025, 10, 12))).toBe(
      'crux-highlights-2025-11-12.json',
    );
  });
});
