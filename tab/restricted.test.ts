import { describe, expect, it } from 'vitest';
import { refusedReason, restrictedReason } from './restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.com/report.PDF', 'pdf'],
    [undefined, 'no-page'],
    ['not a url', 'no-page'],
  ])('%s is %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it('lets ordinary web pages through', () => {
    expect(restrictedReason('https://news.example.com/2025/03/story.html')).toBeNull();
    expect(restrictedReason('http://127.0.0.1:8080/article.html')).toBeNull();
    expect(restrictedReason('file:///home/me/saved.html')).toBeNull();
  });
});

describe('refusedReason', () => {
  it('explains a refusal on a file of the computer: the reader can allow it', () => {
    expect(refusedReason('file:///home/me/saved.html')).toBe('file-access');
  });

  it('has nothing to add for other pages, or a hidden address', () => {
    expect(refusedReason('https://news.example.com/story.html')).toBeNull();
    expect(refusedReason(undefined)).toBeNull();
  });
});
