/** The harness's shared vocabulary: the browsers, their builds, and what a session and its popup can do. */
import { join } from 'node:path';
import { type Browser, type Page } from 'puppeteer-core';

/** Browsers the harness can drive. */
export type BrowserName = 'chromium' | 'firefox';

/** Real browser binaries on this machine (the /usr/bin wrappers add flags of their own). */
export const BROWSER_BINARIES: Record<BrowserName, string> = {
  chromium: process.env.CRUX_E2E_CHROMIUM ?? '/usr/lib/chromium/chromium',
  firefox: process.env.CRUX_E2E_FIREFOX ?? '/usr/lib/firefox-esr/firefox-esr',
};

/** The built extension for each browser, as `npm run build` writes it (tests run from the project root). */
export const BUILDS: Record<BrowserName, string> = {
  chromium: join(process.cwd(), '.output/chrome-mv3'),
  firefox: join(process.cwd(), '.output/firefox-mv3'),
};

/** A running static file server for fixture pages. */
export interface FixtureServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  origin: string;
  /** Paths (with query) of every request the server has answered, in order: what reached the site. */
  readonly requestedPaths: readonly string[];
  close(): Promise<void>;
}

/** One extension command and the shortcut the browser actually assigned ('' = none). */
export interface CommandInfo {
  name: string;
  shortcut: string;
}

/** Handle on an open extension popup (toolbar panel), in either browser. */
export interface Popup {
  /** URL of the popup document. */
  readonly url: string;
  /** When the toolbar click was sent (epoch ms, this machine's clock): where the reader's wait begins. */
  readonly clickedAt: number;
  /** Evaluates in the popup document: a function (called without arguments) or an expression string; result must be JSON-serialisable; promises are awaited. */
  evaluate<T>(fn: string | (() => T | Promise<T>)): Promise<T>;
  /** Waits until `selector` matches an element in the popup document. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Trusted mouse click (mousedown/mouseup) at the centre of the element matching `selector`. */
  click(selector: string): Promise<void>;
  /** PNG screenshot of the popup document to `path`. */
  screenshot(path: string): Promise<void>;
  /** Whether the popup has been closed (by itself, by the browser, or by another click). */
  closed(): Promise<boolean>;
  /** Closes the popup as a click outside it does, and resolves once it is gone. */
  close(): Promise<void>;
}

/** A browser with the extension under test installed; always `close()` it. */
export interface ExtensionSession {
  readonly browserName: BrowserName;
  readonly browser: Browser;
  /** The extension's ID (Chromium: generated from the path; Firefox: the gecko ID). */
  readonly extensionId: string;
  /** Origin of the extension's pages: `chrome-extension://<id>` or `moz-extension://<pinned uuid>`. */
  readonly extensionOrigin: string;
  /** Opens `url` in a new tab, waits for `load`, selects the tab; dialogs are auto-dismissed. */
  openPage(url: string): Promise<Page>;
  /**
   * Opens `url` in a new private window (Chromium: incognito; Firefox: private browsing), with the
   * extension allowed there as a reader allows it; waits for `load`; the returned page works with
   * clickToolbarAction and the other page methods. The first call allows the extension, which reloads
   * it as the browser's own switch does: popups and content scripts of before are gone.
   */
  openPrivatePage(url: string): Promise<Page>;
  /**
   * Real toolbar-button click on `page`'s tab (grants activeTab); resolves with the opened popup.
   * `tabUrl`: the address the tab shows, when `page.url()` does not know it yet (a page still loading).
   */
  clickToolbarAction(page: Page, tabUrl?: string): Promise<Popup>;
  /** Commands from the manifest with the shortcut the browser really assigned. */
  commands(): Promise<CommandInfo[]>;
  /** Assigns a shortcut the way a user does in the browser's shortcut settings page. */
  assignShortcut(command: string, shortcut: string): Promise<void>;
  /** Presses a shortcut such as `Alt+Shift+R` on `page`'s tab through the browser's own key handling. */
  pressShortcut(page: Page, shortcut: string): Promise<void>;
  /** Closes the browser, and removes its profile unless the caller gave it (`LaunchOptions.profile`). */
  close(): Promise<void>;
}

/** Result of {@link queryShadow}. */
export interface ShadowMatch {
  text: string;
  html: string;
}

/** How a session's browser is set up, as a reader may have set theirs. */
export interface LaunchOptions {
  /** The browser's language, e.g. `fr`: the language `browser.i18n` answers in. */
  locale?: string;
  /** Pages are told the reader prefers reduced motion, as the system's accessibility setting does. */
  reducedMotion?: boolean;
  /**
   * Caret browsing on, as a keyboard reader turns it on with F7: a caret in the page's text, which
   * Shift+arrows extend into a selection (Chromium extends none from a click without it).
   */
  caretBrowsing?: boolean;
  /**
   * Speech through speech-dispatcher (scripts/start-speech.sh starts it): true lets Chromium use it
   * (`--enable-speech-dispatcher`); false keeps Firefox from reaching it, so neither browser can speak.
   * Unset, each browser does as it does by default (Firefox speaks, Chromium does not).
   */
  speech?: boolean;
  /**
   * An existing profile directory to run on, which `close()` leaves in place (the caller removes it):
   * launching again on it is the same browser restarted. Default: a fresh temporary profile that
   * `close()` removes.
   */
  profile?: string;
  /**
   * Where downloads go, saved without asking, as a reader who set a download folder has them: a file a
   * page saves through a download link can then be read back from there.
   */
  downloadDir?: string;
}

/** Where a session's browser keeps its profile, and whether the session removes it on close. */
export interface Profile {
  dir: string;
  temporary: boolean;
}
