/** Driving Chromium through CDP: the real toolbar action, the popup as a page target, shortcuts. */
import puppeteer, {
  type Browser,
  type CDPSession,
  type Extension,
  type Page,
  type Target,
  type WebWorker,
} from 'puppeteer-core';
import {
  CHROMIUM_FLAGS,
  type Manifest,
  closeBrowser,
  parseShortcut,
  popupPath,
  speechEnvironment,
  toEvalSource,
} from './common';
import {
  BROWSER_BINARIES,
  type CommandInfo,
  type ExtensionSession,
  type LaunchOptions,
  type Popup,
  type Profile,
} from './types';

/** The page's own global on chrome://extensions, where `developerPrivate` lives. */
declare const chrome: object;

export async function launchChromium(
  dir: string,
  manifest: Manifest,
  profile: Profile,
  options: LaunchOptions,
): Promise<ExtensionSession> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: BROWSER_BINARIES.chromium,
    headless: true,
    pipe: true,
    enableExtensions: true,
    env: { ...process.env, ...speechEnvironment(options.speech) },
    userDataDir: profile.dir,
    // Set on puppeteer's own connection: CDP's Browser.setDownloadBehavior lasts only as long as the
    // session that sent it, so one sent from a session of our own is undone when it detaches.
    ...(options.downloadDir
      ? { downloadBehavior: { policy: 'allow' as const, downloadPath: options.downloadDir } }
      : {}),
    args: [
      ...CHROMIUM_FLAGS,
      // Extension messages follow --lang even where Chromium has no interface translation installed.
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.reducedMotion ? ['--force-prefers-reduced-motion'] : []),
      ...(options.caretBrowsing ? ['--enable-caret-browsing'] : []),
      ...(options.speech ? ['--enable-speech-dispatcher'] : []),
    ],
  });
  try {
    // Extensions.loadUnpacked resolves once the extension is installed and returns its ID, which comes
    // from the folder's path: on the same profile, a restart finds the same extension and its storage.
    const id = await browser.installExtension(dir);
    const origin = `chrome-extension://${id}`;
    if (manifest.background?.service_worker) {
      await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`), {
        timeout: 10_000,
      });
    }
    const extension = (await browser.extensions()).get(id);
    if (!extension) throw new Error(`extension ${id} not listed by the browser`);
    return new ChromiumSession(browser, profile, extension, dir, origin, `${origin}/${popupPath(manifest)}`);
  } catch (err) {
    await closeBrowser(browser, profile);
    throw err;
  }
}

/** chrome.commands in the extension's service worker, as far as the shortcut check uses it. */
interface CommandEvents {
  onCommand: { addListener(listener: (command: string, tab?: { url?: string }) => void): void };
}

/** chrome.extension and chrome.windows in the extension's service worker, as far as private windows use them. */
interface IncognitoApis {
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  windows: {
    create(details: { incognito: boolean; url: string }): Promise<{ incognito: boolean } | undefined>;
  };
}

/** The developer-only chrome.developerPrivate API of chrome://extensions, as far as we use it. */
interface DeveloperPrivate {
  getExtensionInfo(id: string): Promise<{ commands: { name: string; keybinding: string }[] }>;
  updateExtensionCommand(update: {
    extensionId: string;
    commandName: string;
    keybinding: string;
  }): Promise<void>;
}

export class ChromiumSession implements ExtensionSession {
  readonly browserName = 'chromium' as const;
  /** Whether the extension is allowed in incognito windows: from the first openPrivatePage on. */
  private incognitoAllowed = false;
  /** Incognito windows opened so far: numbers each window's first address, to find its tab. */
  private privateWindows = 0;
  /** Service-worker targets of the extension before a reload: puppeteer keeps listing them, dead. */
  private readonly retiredWorkers = new Set<Target>();

  constructor(
    readonly browser: Browser,
    private readonly profile: Profile,
    private readonly extension: Extension,
    private readonly extensionDir: string,
    readonly extensionOrigin: string,
    private readonly popupUrl: string,
  ) {}

  get extensionId(): string {
    return this.extension.id;
  }

  async openPage(url: string): Promise<Page> {
    return this.load(await this.browser.newPage(), url);
  }

  /** Loads `url` in `page`'s tab and selects it; dialogs are auto-dismissed. */
  private async load(page: Page, url: string): Promise<Page> {
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  }

  async openPrivatePage(url: string): Promise<Page> {
    if (!this.incognitoAllowed) await this.allowInIncognito();
    // The window opens on a blank page of its own address, so that its tab is found and the page's
    // dialogs are handled before `url` starts loading.
    const blank = `about:blank#crux-private-window-${++this.privateWindows}`;
    const worker = await this.serviceWorker();
    const incognito = await worker.evaluate(async (address: string) => {
      const { windows } = chrome as unknown as IncognitoApis;
      return (await windows.create({ incognito: true, url: address }))?.incognito === true;
    }, blank);
    if (!incognito) throw new Error('no incognito window opened: is the extension allowed there?');
    const opened = await this.browser.waitForTarget((t) => t.type() === 'page' && t.url() === blank, {
      timeout: 10_000,
    });
    return this.load(await opened.asPage(), url);
  }

  /**
   * Allows the extension in incognito windows, as a reader's "Allow in Incognito" switch does: the
   * same setting, and the same reload of the extension. The switch itself
   * (developerPrivate.updateExtensionConfiguration) is not used: after the reload it causes, the next
   * Extensions.triggerAction crashes Chromium 156. Loading the unpacked extension again with
   * `enableInIncognito` reloads it (same ID, same storage) in a way the toolbar click survives.
   */
  private async allowInIncognito(): Promise<void> {
    for (const target of this.browser.targets()) {
      if (this.isExtensionWorker(target)) this.retiredWorkers.add(target);
    }
    const cdp = await this.browser.target().createCDPSession();
    try {
      const { id } = await cdp.send('Extensions.loadUnpacked', {
        path: this.extensionDir,
        enableInIncognito: true,
      });
      if (id !== this.extensionId)
        throw new Error(`reloading the extension gave ${id}, not ${this.extensionId}`);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    const worker = await this.serviceWorker();
    const allowed = await worker.evaluate(() =>
      (chrome as unknown as IncognitoApis).extension.isAllowedIncognitoAccess(),
    );
    if (!allowed) throw new Error('the extension is still not allowed in incognito windows');
    this.incognitoAllowed = true;
  }

  private isExtensionWorker(target: Target): boolean {
    return target.type() === 'service_worker' && target.url().startsWith(`${this.extensionOrigin}/`);
  }

  /** The extension's service worker: the one running now, not one a reload has retired. */
  private async serviceWorker(): Promise<WebWorker> {
    const target = await this.browser.waitForTarget(
      (t) => this.isExtensionWorker(t) && !this.retiredWorkers.has(t),
      { timeout: 10_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error('the extension has no service worker');
    return worker;
  }

  async clickToolbarAction(page: Page): Promise<Popup> {
    await page.bringToFront();
    // Exact URL, and a target that did not exist before the click (a popup-as-tab matches too).
    const before = new Set(this.browser.targets().filter((t) => t.url() === this.popupUrl));
    const created = this.browser.waitForTarget((t) => t.url() === this.popupUrl && !before.has(t), {
      timeout: 10_000,
    });
    const clickedAt = Date.now();
    await page.triggerExtensionAction(this.extension);
    const target = await created;
    const popupPage = await target.asPage();
    return new ChromiumPopup(this.browser, target, popupPage, this.popupUrl, clickedAt);
  }

  private async withExtensionsPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.browser.newPage();
    try {
      await page.goto('chrome://extensions/shortcuts', { waitUntil: 'load' });
      return await fn(page);
    } finally {
      await page.close();
    }
  }

  async commands(): Promise<CommandInfo[]> {
    return this.withExtensionsPage((p) =>
      p.evaluate(async (id: string) => {
        const dp = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
        const info = await dp.getExtensionInfo(id);
        return info.commands.map((c) => ({ name: c.name, shortcut: c.keybinding }));
      }, this.extensionId),
    );
  }

  async assignShortcut(command: string, shortcut: string): Promise<void> {
    await this.withExtensionsPage((p) =>
      p.evaluate(
        async (id: string, commandName: string, keybinding: string) => {
          const dp = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
          await dp.updateExtensionCommand({ extensionId: id, commandName, keybinding });
        },
        this.extensionId,
        command,
        shortcut,
      ),
    );
  }

  async pressShortcut(page: Page, shortcut: string): Promise<void> {
    const k = parseShortcut(shortcut);
    await page.bringToFront();
    const heard = await this.listenForCommands();
    await this.dispatchShortcut(page, k);
    await heard(page.url());
  }

  /**
   * Listens in the extension's service worker for the next command, so a press the browser never
   * delivered fails as that, not as a reading mode that never opened. Resolves to a check that waits
   * for the command and names the tab it came with.
   */
  private async listenForCommands(): Promise<(pageUrl: string) => Promise<void>> {
    const worker = await this.serviceWorker();
    await worker.evaluate(() => {
      const scope = globalThis as typeof globalThis & { cruxTestCommands?: string[] };
      // One listener per worker's life (a restarted worker has none): each press starts a new list.
      if (!scope.cruxTestCommands) {
        const commands = (chrome as unknown as { commands: CommandEvents }).commands;
        commands.onCommand.addListener((command, tab) => {
          scope.cruxTestCommands?.push(`${command} in ${tab?.url ?? 'no tab'}`);
        });
      }
      scope.cruxTestCommands = [];
    });
    return async (pageUrl: string) => {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const seen = await worker.evaluate(
          () => (globalThis as typeof globalThis & { cruxTestCommands?: string[] }).cruxTestCommands ?? [],
        );
        if (seen.length > 0) {
          if (!seen.some((line) => line.endsWith(` in ${pageUrl}`))) {
            throw new Error(`the shortcut reached the extension for another tab: ${seen.join('; ')}`);
          }
          return;
        }
        if (Date.now() > deadline)
          throw new Error('the browser did not deliver the shortcut to the extension');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
  }

  private async dispatchShortcut(page: Page, k: ReturnType<typeof parseShortcut>): Promise<void> {
    const cdp: CDPSession = await page.createCDPSession();
    try {
      // CDP modifier bits: Alt=1, Ctrl=2, Meta=4, Shift=8.
      const modKeys: { on: boolean; bit: number; key: string; code: string; vk: number }[] = [
        { on: k.ctrl, bit: 2, key: 'Control', code: 'ControlLeft', vk: 17 },
        { on: k.alt, bit: 1, key: 'Alt', code: 'AltLeft', vk: 18 },
        { on: k.shift, bit: 8, key: 'Shift', code: 'ShiftLeft', vk: 16 },
        { on: k.meta, bit: 4, key: 'Meta', code: 'MetaLeft', vk: 91 },
      ].filter((m) => m.on);
      let modifiers = 0;
      const send = (type: 'keyDown' | 'rawKeyDown' | 'keyUp', key: string, code: string, vk: number) =>
        // nativeVirtualKeyCode makes Chromium attach an OS event, so an event the page leaves
        // unhandled is passed to the browser (accelerators, extension commands).
        cdp.send('Input.dispatchKeyEvent', {
          type,
          modifiers,
          key,
          code,
          windowsVirtualKeyCode: vk,
          nativeVirtualKeyCode: vk,
        });
      for (const m of modKeys) {
        modifiers |= m.bit;
        await send('rawKeyDown', m.key, m.code, m.vk);
      }
      await send('rawKeyDown', k.key, k.code, k.vk);
      await send('keyUp', k.key, k.code, k.vk);
      for (const m of modKeys.reverse()) {
        modifiers &= ~m.bit;
        await send('keyUp', m.key, m.code, m.vk);
      }
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return closeBrowser(this.browser, this.profile);
  }
}

class ChromiumPopup implements Popup {
  private gone = false;

  constructor(
    browser: Browser,
    private readonly target: Target,
    private readonly page: Page,
    readonly url: string,
    readonly clickedAt: number,
  ) {
    const onDestroyed = (t: Target) => {
      if (t === target) {
        this.gone = true;
        browser.off('targetdestroyed', onDestroyed);
      }
    };
    browser.on('targetdestroyed', onDestroyed);
  }

  evaluate<T>(fn: string | (() => T | Promise<T>)): Promise<T> {
    return this.page.evaluate(toEvalSource(fn)) as Promise<T>;
  }

  async waitFor(selector: string, timeoutMs = 5000): Promise<void> {
    await this.page.waitForSelector(selector, { timeout: timeoutMs });
  }

  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }

  async screenshot(path: string): Promise<void> {
    // As a reader sees it: a popup is as wide as its body and at most 600 pixels tall.
    const width = await this.page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().width));
    await this.page.setViewport({ width, height: 600 });
    await this.page.screenshot({ path: path as `${string}.png` });
  }

  async closed(): Promise<boolean> {
    return this.gone || this.page.isClosed();
  }

  async close(): Promise<void> {
    if (!(await this.closed())) await this.page.close();
  }
}

// Firefox
