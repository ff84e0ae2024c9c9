/** Driving Firefox ESR through WebDriver BiDi and its privileged chrome scope. */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  type Manifest,
  closeBrowser,
  frameId,
  parseShortcut,
  poll,
  speechEnvironment,
  toEvalSource,
} from './common';
import {
  FX_ACTION_READY,
  FX_ADD_LOCALE,
  FX_ALLOW_PRIVATE,
  FX_COMMANDS,
  FX_OPEN_PRIVATE_WINDOW,
  FX_POPUP,
  FX_PRESS_KEY,
  FX_TRIGGER_ACTION,
} from './firefox-chrome-scripts';
import {
  BROWSER_BINARIES,
  type CommandInfo,
  type ExtensionSession,
  type LaunchOptions,
  type Popup,
  type Profile,
} from './types';

/** The part of puppeteer's (internal) BiDi connection we use to send raw WebDriver BiDi commands. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiRemoteValue {
  type: string;
  value?: unknown;
}

export type BidiCallResult =
  { type: 'success'; result: BidiRemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

export async function launchFirefox(
  dir: string,
  manifest: Manifest,
  profile: Profile,
  options: LaunchOptions,
): Promise<ExtensionSession> {
  const geckoId = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (!geckoId) {
    throw new Error('Firefox needs browser_specific_settings.gecko.id in the manifest');
  }
  const uuid = extensionUuidFor(profile.dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_BINARIES.firefox,
    headless: true,
    userDataDir: profile.dir,
    // Without system access BiDi refuses chrome-scope realms (and moz-extension:// navigation).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, ...speechEnvironment(options.speech) },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      ...(options.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
      ...(options.caretBrowsing ? { 'accessibility.browsewithcaret': true } : {}),
      ...(options.downloadDir ? downloadPrefs(options.downloadDir) : {}),
    },
  });
  try {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const session = new FirefoxSession(browser, profile, connection, geckoId, `moz-extension://${uuid}`);
    // This Firefox ships English only, so a requested language would fall back to English. Declaring
    // the language installed, as its language pack would, before the add-on starts (an add-on picks
    // its language at startup) gives the add-on what a reader with that Firefox gets.
    if (options.locale) await session.chrome<string[]>(FX_ADD_LOCALE, options.locale);
    // On a profile given again (a restart), the add-on is installed again under the same ID and UUID,
    // and finds its storage as an installed add-on does after a restart. Firefox removes a temporary
    // add-on when it quits, but not as an uninstall: its shutdown clean-up sends no AddonManager
    // `onUninstalled`, which is what clears an add-on's storage (ExtensionAddonObserver.clearOnUninstall),
    // so no `extensions.webextensions.keepStorageOnUninstall` is needed (reading.e2e's restart test).
    const id = await browser.installExtension(dir);
    if (id !== geckoId) throw new Error(`installed add-on ${id}, expected ${geckoId}`);
    // The temporary add-on's startup (background, action widget) finishes after install resolves.
    await session.waitForAction();
    return session;
  } catch (err) {
    await closeBrowser(browser, profile);
    throw err;
  }
}

/** Firefox's prefs for saving every download to `dir` without asking (2: the folder `browser.download.dir`). */
function downloadPrefs(dir: string): Record<string, string | number | boolean> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
  };
}

/**
 * The add-on's moz-extension UUID in `profileDir`. Firefox picks one per add-on and profile and keeps
 * it across restarts; deriving it from the profile does the same, so a restart keeps the add-on's origin.
 */
function extensionUuidFor(profileDir: string): string {
  const hex = createHash('sha256').update(profileDir).digest('hex');
  // Shaped as a version 4 UUID (version nibble 4, variant bits 10), as Firefox's own are.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Privileged functions, run by BiDi script.callFunction in the browser window's chrome realm
// (`window` is browser.xhtml). They take JSON strings and return a JSON string. They are
// serialised with toString(), so they must not close over anything in this module.

export class FirefoxSession implements ExtensionSession {
  readonly browserName = 'firefox' as const;
  private chromeContext: string | undefined;
  /** Whether the add-on may run in private windows: from the first openPrivatePage on. */
  private privateAllowed = false;

  constructor(
    readonly browser: Browser,
    private readonly profile: Profile,
    private readonly connection: BidiConnection,
    readonly extensionId: string,
    readonly extensionOrigin: string,
  ) {}

  /** Calls a privileged function (see FX_*) in the browser window's chrome realm. */
  async chrome<T>(fn: (...args: string[]) => string | Promise<string>, ...args: unknown[]): Promise<T> {
    const context = this.chromeContext ?? (await this.findChromeContext());
    const { result } = (await this.connection.send('script.callFunction', {
      // Under tsx (the benchmarks) esbuild names functions with a `__name` helper that exists only in
      // Node; defined here, the same source runs whether vitest or tsx compiled it.
      functionDeclaration: `function (...args) { const __name = (target) => target; return (${fn.toString()})(...args); }`,
      target: { context },
      arguments: args.map((a) => ({ type: 'string', value: JSON.stringify(a ?? null) })),
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: BidiCallResult };
    if (result.type === 'exception')
      throw new Error(`privileged script failed: ${result.exceptionDetails.text}`);
    if (result.result.type !== 'string') throw new Error(`privileged script returned ${result.result.type}`);
    return JSON.parse(result.result.value as string) as T;
  }

  private async findChromeContext(): Promise<string> {
    const { result } = (await this.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const main = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!main) throw new Error('no browser.xhtml chrome window (is --remote-allow-system-access set?)');
    this.chromeContext = main.context;
    return main.context;
  }

  /** Waits until the add-on's toolbar button is there: after its install, and after a reload. */
  async waitForAction(): Promise<void> {
    await poll(
      async () => (await this.chrome<boolean>(FX_ACTION_READY, this.extensionId)) || null,
      10_000,
      'the browser action to be ready',
    );
  }

  async openPage(url: string): Promise<Page> {
    return this.load(await this.browser.newPage(), url);
  }

  async openPrivatePage(url: string): Promise<Page> {
    if (!this.privateAllowed) {
      if (!(await this.chrome<boolean>(FX_ALLOW_PRIVATE, this.extensionId))) {
        throw new Error('the add-on is still not allowed in private windows');
      }
      await this.waitForAction();
      this.privateAllowed = true;
    }
    const tabId = await this.chrome<string>(FX_OPEN_PRIVATE_WINDOW);
    // puppeteer learns of the new tab from a BiDi event, which may come after the window is open.
    const page = await poll(
      async () => (await this.browser.pages()).find((p) => frameId(p) === tabId),
      5_000,
      'the private window’s tab',
    );
    return this.load(page, url);
  }

  /** Loads `url` in `page`'s tab and selects it; dialogs are auto-dismissed. */
  private async load(page: Page, url: string): Promise<Page> {
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    if (url.startsWith('moz-extension:')) {
      // puppeteer's goto never settles on moz-extension:// URLs: navigate with raw BiDi.
      await this.connection.send('browsingContext.navigate', {
        context: frameId(page),
        url,
        wait: 'complete',
      });
    } else {
      await page.goto(url, { waitUntil: 'load' });
    }
    await page.bringToFront();
    return page;
  }

  async clickToolbarAction(page: Page, tabUrl = page.url()): Promise<Popup> {
    await page.bringToFront(); // newPage() does not select the tab in Firefox
    const { token, url, clickedAt } = await this.chrome<{ token: string; url: string; clickedAt: number }>(
      FX_TRIGGER_ACTION,
      this.extensionId,
      frameId(page),
      tabUrl,
    );
    return new FirefoxPopup(this, token, url, clickedAt);
  }

  commands(): Promise<CommandInfo[]> {
    return this.chrome<CommandInfo[]>(FX_COMMANDS, this.extensionId, null);
  }

  async assignShortcut(command: string, shortcut: string): Promise<void> {
    await this.chrome<CommandInfo[]>(FX_COMMANDS, this.extensionId, { name: command, shortcut });
  }

  async pressShortcut(page: Page, shortcut: string): Promise<void> {
    await page.bringToFront();
    await this.chrome<null>(FX_PRESS_KEY, parseShortcut(shortcut), frameId(page), page.url());
  }

  close(): Promise<void> {
    return closeBrowser(this.browser, this.profile);
  }
}

class FirefoxPopup implements Popup {
  constructor(
    private readonly session: FirefoxSession,
    private readonly token: string,
    readonly url: string,
    readonly clickedAt: number,
  ) {}

  private run<T>(kind: 'eval' | 'click' | 'closed' | 'close' | 'shot', arg = ''): Promise<T> {
    return this.session.chrome<T>(FX_POPUP, this.token, kind, arg);
  }

  evaluate<T>(fn: string | (() => T | Promise<T>)): Promise<T> {
    return this.run<T>('eval', toEvalSource(fn));
  }

  async waitFor(selector: string, timeoutMs = 5000): Promise<void> {
    const src = `document.querySelector(${JSON.stringify(selector)}) !== null`;
    await poll(() => this.run<boolean>('eval', src), timeoutMs, `popup selector ${selector}`);
  }

  async click(selector: string): Promise<void> {
    await this.run<null>('click', selector);
  }

  async screenshot(path: string): Promise<void> {
    const dataUrl = await this.run<string>('shot');
    await writeFile(path, Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  }

  closed(): Promise<boolean> {
    return this.run<boolean>('closed');
  }

  async close(): Promise<void> {
    await this.run<null>('close');
  }
}

// Minimal types for the Firefox privileged globals used above (they only exist in the browser).
