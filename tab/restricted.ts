/**
 * Why Crux cannot run on a tab; the popup says it in the reader's language. 'file-access': the
 * browser keeps extensions off files on the computer until the reader allows it (Chromium);
 * 'tab-closed' and 'page-changed': the tab closed or moved to another page while the popup was open.
 */
export type RestrictedReason =
  'browser-page' | 'web-store' | 'pdf' | 'no-page' | 'file-access' | 'tab-closed' | 'page-changed';

/** Schemes of pages that belong to the browser, where no extension may run. */
const BROWSER_SCHEMES = [
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'jar:',
  'blob:',
  'data:',
  'javascript:',
];

/** Extension stores: browsers forbid extensions to touch them. */
const WEB_STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
const WEB_STORE_PREFIXES = ['https://chrome.google.com/webstore'];

/** Why Crux cannot read the page at `url`, or null when it may try. */
export function restrictedReason(url: string | undefined): RestrictedReason | null {
  if (!url) return 'no-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'no-page';
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) return 'browser-page';
  if (WEB_STORE_HOSTS.includes(parsed.hostname)) return 'web-store';
  if (WEB_STORE_PREFIXES.some((prefix) => url.startsWith(prefix))) return 'web-store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** Why the browser refused to let Crux into the page at `url`, when the address explains it. */
export function refusedReason(url: string | undefined): RestrictedReason | null {
  return url?.startsWith('file:') ? 'file-access' : null;
}
