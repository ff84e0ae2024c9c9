/** The scripts the harness runs in Firefox's privileged chrome scope, as functions turned into source. */
import type { ParsedShortcut } from './common';

export const FX_ACTION_READY = function (idJson: string): string {
  const id = JSON.parse(idJson) as string;
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as FxExtensionParentModule;
  const ext = WebExtensionPolicy.getByID(id)?.extension;
  return JSON.stringify(Boolean(ext && ExtensionParent.apiManager.global.browserActionFor(ext)));
};

/** Declares `locale` installed, as a language pack does; returns the languages the browser now uses. */
export const FX_ADD_LOCALE = function (localeJson: string): string {
  const locale = JSON.parse(localeJson) as string;
  Services.locale.availableLocales = [...Services.locale.availableLocales, locale];
  return JSON.stringify(Services.locale.appLocalesAsBCP47);
};

/**
 * Allows the add-on in private windows as about:addons' "Run in Private Windows" does: the permission,
 * then a reload of the add-on. Returns whether the reloaded add-on is allowed there.
 */
export const FX_ALLOW_PRIVATE = async function (idJson: string): Promise<string> {
  const id = JSON.parse(idJson) as string;
  const { ExtensionPermissions } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionPermissions.sys.mjs',
  ) as FxExtensionPermissionsModule;
  const { AddonManager } = ChromeUtils.importESModule(
    'resource://gre/modules/AddonManager.sys.mjs',
  ) as FxAddonManagerModule;
  const ext = WebExtensionPolicy.getByID(id)?.extension;
  if (!ext) throw new Error(`extension ${id} is not running`);
  await ExtensionPermissions.add(id, { permissions: ['internal:privateBrowsingAllowed'], origins: [] }, ext);
  const addon = await AddonManager.getAddonByID(id);
  if (!addon) throw new Error(`no add-on ${id}`);
  await addon.reload();
  return JSON.stringify(WebExtensionPolicy.getByID(id)?.privateBrowsingAllowed === true);
};

/** Opens a private window as File > New Private Window does; returns its tab's WebDriver BiDi ID. */
export const FX_OPEN_PRIVATE_WINDOW = async function (): Promise<string> {
  const { BrowserWindowTracker } = ChromeUtils.importESModule(
    'resource:///modules/BrowserWindowTracker.sys.mjs',
  ) as FxBrowserWindowTrackerModule;
  const { PrivateBrowsingUtils } = ChromeUtils.importESModule(
    'resource://gre/modules/PrivateBrowsingUtils.sys.mjs',
  ) as FxPrivateBrowsingUtilsModule;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as FxNavigableManagerModule;
  // The menu's OpenBrowserWindow({ private: true }) calls this, without waiting for the window.
  const opened = await BrowserWindowTracker.promiseOpenWindow({ private: true, openerWindow: window });
  if (!PrivateBrowsingUtils.isWindowPrivate(opened)) throw new Error('the new window is not private');
  // Its tab then leaves the initial about:blank for about:privatebrowsing, some 300 ms later: a
  // navigation started before that page is loaded is lost (the harness's `goto` waited forever).
  const tab = opened.gBrowser.selectedBrowser;
  const loading = () => tab.currentURI.spec === 'about:blank' || tab.webProgress.isLoadingDocument;
  for (let i = 0; i < 500 && loading(); i++) await new Promise((ok) => setTimeout(ok, 20));
  if (loading()) throw new Error('the private window did not load its first page within 10 s');
  return JSON.stringify(NavigableManager.getIdForBrowser(tab));
};

/**
 * Clicks the add-on's toolbar button in the window of the tab with WebDriver BiDi ID `tabJson` (a
 * private tab's toolbar is its private window's), which must be that window's selected tab and show
 * `expectedUrlJson`. The popup's handle is kept in the window this runs in, where FX_POPUP finds it.
 */
export const FX_TRIGGER_ACTION = async function (
  idJson: string,
  tabJson: string,
  expectedUrlJson: string,
): Promise<string> {
  const id = JSON.parse(idJson) as string;
  const tabId = JSON.parse(tabJson) as string;
  const expectedUrl = JSON.parse(expectedUrlJson) as string;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as FxNavigableManagerModule;
  const tab = NavigableManager.getBrowserById(tabId);
  const win = tab?.ownerDocument.defaultView;
  if (!tab || !win) throw new Error(`no tab has the browsing context ${tabId}`);
  if (win.gBrowser.selectedBrowser !== tab) throw new Error('the tab is not selected in its window');
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as FxExtensionParentModule;
  const { ViewPopup } = ChromeUtils.importESModule(
    'resource:///modules/ExtensionPopups.sys.mjs',
  ) as FxExtensionPopupsModule;
  const ext = WebExtensionPolicy.getByID(id)?.extension;
  if (!ext) throw new Error(`extension ${id} is not running`);
  if (tab.currentURI.spec !== expectedUrl) {
    throw new Error(`the tab shows ${tab.currentURI.spec}, expected ${expectedUrl}`);
  }
  const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
  // A second click on an open popup would close it: close any open popup first (pressing Escape
  // in the page does not close it), and let its panel finish hiding before the next click.
  const open = ViewPopup.for(ext, win);
  if (open) {
    const panel = open.panel;
    open.closePopup();
    for (let i = 0; i < 100 && ViewPopup.for(ext, win); i++) await wait(20);
    for (let i = 0; i < 100 && panel?.isConnected && panel.state !== 'closed'; i++) await wait(20);
  }
  const clickedAt = Date.now();
  ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(win);
  // The popup first loads in a hidden PRELOAD <browser> (in #webextension-remote-preload-panel);
  // ViewPopup.attach() then creates the real <browser> in the toolbar panel, swaps the docshell
  // into it (swapDocShells) and removes the preload one. A frame script or listener put on the
  // preload browser's message manager before that swap is lost (its reply never arrives), so
  // hand out the popup only once `shown` is set, i.e. after the swap.
  for (let i = 0; i < 500; i++) {
    const popup = ViewPopup.for(ext, win);
    const b = popup?.browser;
    if (
      popup &&
      !popup.destroyed &&
      popup.shown &&
      b &&
      b.isConnected &&
      b.isRemoteBrowser &&
      b.messageManager &&
      b.currentURI.spec !== 'about:blank'
    ) {
      const store = ((
        window as unknown as { __cruxHarnessPopups?: Map<string, FxViewPopup> }
      ).__cruxHarnessPopups ??= new Map<string, FxViewPopup>());
      const token = String(Math.random()).slice(2);
      store.set(token, popup);
      return JSON.stringify({ token, url: b.currentURI.spec, clickedAt });
    }
    await wait(20);
  }
  throw new Error('the toolbar click opened no popup within 10 s');
};

/**
 * Runs `kind` in the popup's content process: 'eval' evaluates `arg` in a sandbox whose prototype
 * is the popup window (so globals and expandos resolve as in the page, without Xrays and without
 * the page CSP's eval ban); 'click' sends a trusted mousedown/mouseup through EventUtils; 'closed',
 * 'close' and 'shot' are answered in the parent.
 */
export const FX_POPUP = async function (
  tokenJson: string,
  kindJson: string,
  argJson: string,
): Promise<string> {
  const token = JSON.parse(tokenJson) as string;
  const kind = JSON.parse(kindJson) as 'eval' | 'click' | 'closed' | 'close' | 'shot';
  const arg = JSON.parse(argJson) as string;
  const win = window as unknown as FxChromeWindow & { __cruxHarnessPopups?: Map<string, FxViewPopup> };
  const popup = win.__cruxHarnessPopups?.get(token);
  const b = popup?.browser;
  const isClosed = !popup || popup.destroyed || !b || !b.isConnected;
  if (kind === 'closed') return JSON.stringify(isClosed);
  if (kind === 'close') {
    const panel = popup?.panel;
    if (!isClosed) popup?.closePopup();
    // Gone once its panel has finished hiding, as FX_TRIGGER_ACTION waits before the next click.
    for (let i = 0; i < 100 && panel?.isConnected && panel.state !== 'closed'; i++) {
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return 'null';
  }
  if (isClosed || !b) throw new Error('the popup is closed');
  if (kind === 'shot') {
    const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
    const canvas = win.document.createElementNS(
      'http://www.w3.org/1999/xhtml',
      'canvas',
    ) as HTMLCanvasElement;
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    return JSON.stringify(canvas.toDataURL('image/png'));
  }
  // Frame script, loaded into the popup's content process. Free names (content, Components,
  // Services, sendAsyncMessage) are the frame-script globals there.
  const frame = function (name: string, kind: string, arg: string): void {
    // Must use the free names: frame-script globals are not properties of globalThis.
    const reply = (data: { ok: boolean; json?: string; error?: string }) => sendAsyncMessage(name, data);
    const fail = (e: unknown) =>
      reply({ ok: false, error: String(e && typeof e === 'object' && 'message' in e ? e.message : e) });
    try {
      const cu = Components.utils;
      if (kind === 'eval') {
        const sandbox = cu.Sandbox(content, {
          sandboxPrototype: content,
          wantXrays: false,
          sameZoneAs: content,
        });
        const src = `(async () => { const v = await (${arg}); return v === undefined ? 'null' : JSON.stringify(v); })()`;
        (cu.evalInSandbox(src, sandbox) as Promise<string>).then((json) => reply({ ok: true, json }), fail);
      } else {
        const el = content.document.querySelector(arg);
        if (!el) throw new Error(`no element matches ${arg}`);
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const r = el.getBoundingClientRect();
        const eu = {
          window: content,
          parent: content,
          _EU_Ci: Components.interfaces,
          _EU_Cc: Components.classes,
        } as unknown as FxEventUtils;
        Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', eu);
        eu.synthesizeMouseAtPoint(r.left + r.width / 2, r.top + r.height / 2, {}, content);
        reply({ ok: true, json: 'null' });
      }
    } catch (e) {
      fail(e);
    }
  };
  const mm = b.messageManager;
  const name = `CruxHarness:${String(Math.random()).slice(2)}`;
  const result = new Promise<string>((ok, fail) => {
    const started = Date.now();
    const done = () => {
      clearInterval(timer);
      mm.removeMessageListener(name, listener);
    };
    // The reply comes back through the message manager the request went out on. If the popup's
    // <browser> or its message manager is replaced meanwhile (docshell swap, remoteness change),
    // it never will: fail at once (pollers such as waitFor retry) instead of after 10 s.
    const timer = setInterval(() => {
      if (popup.browser !== b || b.messageManager !== mm) {
        done();
        fail(new Error(`the popup's <browser> was replaced during a '${kind}' request`));
      } else if (Date.now() - started > 10_000) {
        done();
        fail(new Error(`the popup did not answer a '${kind}' request within 10 s`));
      }
    }, 50);
    const listener = (m: { data: { ok: boolean; json?: string; error?: string } }) => {
      done();
      if (m.data.ok) ok(m.data.json ?? 'null');
      else fail(new Error(m.data.error));
    };
    mm.addMessageListener(name, listener);
  });
  // `__name`: see FirefoxSession.chrome; the frame script is compiled source too.
  const call = `var __name = (target) => target; (${frame.toString()})(${JSON.stringify(name)}, ${JSON.stringify(kind)}, ${JSON.stringify(arg)});`;
  mm.loadFrameScript(`data:,${encodeURIComponent(call)}`, false);
  return result;
};

export const FX_COMMANDS = async function (idJson: string, updateJson: string): Promise<string> {
  const id = JSON.parse(idJson) as string;
  const update = JSON.parse(updateJson) as { name: string; shortcut: string } | null;
  const ext = WebExtensionPolicy.getByID(id)?.extension as FxExtension | undefined;
  if (!ext?.shortcuts) throw new Error(`extension ${id} has no commands`);
  // The same calls about:addons' "Manage Extension Shortcuts" page makes.
  if (update) await ext.shortcuts.updateCommand(update);
  const all = await ext.shortcuts.allCommands();
  return JSON.stringify(all.map((c) => ({ name: c.name, shortcut: c.shortcut ?? '' })));
};

/** Presses a key in the window of the tab with WebDriver BiDi ID `tabJson`, as FX_TRIGGER_ACTION finds it. */
export const FX_PRESS_KEY = function (keyJson: string, tabJson: string, expectedUrlJson: string): string {
  const k = JSON.parse(keyJson) as ParsedShortcut;
  const tabId = JSON.parse(tabJson) as string;
  const expectedUrl = JSON.parse(expectedUrlJson) as string;
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs',
  ) as FxNavigableManagerModule;
  const tab = NavigableManager.getBrowserById(tabId);
  const win = tab?.ownerDocument.defaultView;
  if (!tab || !win) throw new Error(`no tab has the browsing context ${tabId}`);
  if (win.gBrowser.selectedBrowser !== tab) throw new Error('the tab is not selected in its window');
  if (tab.currentURI.spec !== expectedUrl) {
    throw new Error(`the tab shows ${tab.currentURI.spec}, expected ${expectedUrl}`);
  }
  tab.focus();
  const eu = { window: win, parent: win, _EU_Ci: Ci, _EU_Cc: Cc } as unknown as FxEventUtils;
  Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', eu);
  // TextInputProcessor in the parent: the event goes to the focused tab's content process first
  // and, if the page does not consume it, to the browser window's <key> elements, where
  // ExtensionShortcuts registered the add-on's commands.
  // EventUtils types a longer name as text unless it carries the KEY_ prefix of a named key.
  eu.synthesizeKey(
    k.key.length === 1 ? k.key.toLowerCase() : `KEY_${k.key}`,
    { altKey: k.alt, ctrlKey: k.ctrl, shiftKey: k.shift, metaKey: k.meta, code: k.code, keyCode: k.vk },
    win,
  );
  return 'null';
};

/** Starts, reads or stops the parent-process request observer behind `recordNetwork` in Firefox. */
export const FX_NETWORK = function (commandJson: string, idJson: string): string {
  const command = JSON.parse(commandJson) as 'start' | 'read' | 'stop';
  const id = JSON.parse(idJson) as string;
  type Recorded = { url: string; source: string; detail: string; resourceType?: string };
  const win = window as unknown as { __cruxHarnessNetwork?: { log: Recorded[]; observer: object } };
  if (command === 'read') return JSON.stringify(win.__cruxHarnessNetwork?.log ?? []);
  if (command === 'stop') {
    const running = win.__cruxHarnessNetwork;
    if (running) Services.obs.removeObserver(running.observer, 'http-on-modify-request');
    delete win.__cruxHarnessNetwork;
    return 'null';
  }
  if (win.__cruxHarnessNetwork) throw new Error('already recording');
  const log: Recorded[] = [];
  // A content script's requests carry an expanded principal whose allowlist holds the add-on's.
  const isOurs = (principal: FxPrincipal | null): boolean => {
    try {
      return Boolean(principal?.allowlist?.some((p) => p.addonId === id));
    } catch {
      return false;
    }
  };
  const observer = {
    observe(subject: { QueryInterface(iid: unknown): FxHttpChannel }): void {
      const channel = subject.QueryInterface((Ci as { nsIHttpChannel: unknown }).nsIHttpChannel);
      const triggering = channel.loadInfo.triggeringPrincipal;
      const loading = channel.loadInfo.loadingPrincipal;
      const source =
        triggering.addonId === id || loading?.addonId === id
          ? 'extension'
          : isOurs(triggering) || isOurs(loading)
            ? 'content-script'
            : channel.loadInfo.browsingContext?.isContent
              ? 'page'
              : 'browser';
      const who = (p: FxPrincipal | null) =>
        p ? (p.isSystemPrincipal ? 'system' : p.isExpandedPrincipal ? 'expanded' : p.origin) : 'none';
      // The constant's name (TYPE_IMAGE, TYPE_SCRIPT, ...) for the number the load info holds.
      const policyType = channel.loadInfo.externalContentPolicyType;
      const policy = (Ci as { nsIContentPolicy: Record<string, unknown> }).nsIContentPolicy;
      const resourceType = Object.keys(policy).find(
        (name) =>
          name.startsWith('TYPE_') && !name.startsWith('TYPE_INTERNAL_') && policy[name] === policyType,
      );
      log.push({
        url: channel.URI.spec,
        source,
        detail: `triggering ${who(triggering)}, loading ${who(loading)}`,
        ...(resourceType ? { resourceType } : {}),
      });
    },
  };
  Services.obs.addObserver(observer, 'http-on-modify-request');
  win.__cruxHarnessNetwork = { log, observer };
  return 'null';
};

/**
 * Starts, reads or stops the console listeners behind `watchExtensionErrors` in Firefox. Content
 * processes pass their script errors on to the parent without the window they came from, so the
 * listener runs in each content process (a process script), where an error still knows its window,
 * and sends the add-on's errors to the parent.
 */
export const FX_ERRORS = function (commandJson: string, idJson: string, originJson: string): string {
  const command = JSON.parse(commandJson) as 'start' | 'read' | 'stop';
  const id = JSON.parse(idJson) as string;
  const origin = JSON.parse(originJson) as string;
  const FOUND = 'CruxHarness:extension-error';
  const STOP = 'CruxHarness:stop-watching-errors';
  type Seen = { kind: string; text: string; where: string };
  type Running = { log: Seen[]; receive: (message: { data: Seen }) => void; script: string };
  const win = window as unknown as { __cruxHarnessErrors?: Running };
  if (command === 'read') return JSON.stringify(win.__cruxHarnessErrors?.log ?? []);
  if (command === 'stop') {
    const running = win.__cruxHarnessErrors;
    if (running) {
      Services.ppmm.removeDelayedProcessScript(running.script);
      Services.ppmm.broadcastAsyncMessage(STOP, {});
      Services.ppmm.removeMessageListener(FOUND, running.receive);
    }
    delete win.__cruxHarnessErrors;
    return 'null';
  }
  if (win.__cruxHarnessErrors) throw new Error('already watching');
  const log: Seen[] = [];
  const receive = (message: { data: Seen }): void => {
    log.push(message.data);
  };
  Services.ppmm.addMessageListener(FOUND, receive);
  // Process script: free names (sendAsyncMessage, addMessageListener) are its globals.
  const inProcess = function (addonId: string, addonOrigin: string, found: string, stop: string): void {
    // The parent sees content errors only as copies without their window: those are watched where they happen.
    if (Services.appinfo.processType === Services.appinfo.PROCESS_TYPE_DEFAULT) return;
    // nsIScriptError flags: warnings (1) and information (8) are not errors.
    const NOT_ERRORS = 1 | 8;
    const listener = {
      observe(entry: { QueryInterface(iid: unknown): FxScriptError }): void {
        let message: FxScriptError;
        try {
          message = entry.QueryInterface((Ci as { nsIScriptError: unknown }).nsIScriptError);
        } catch {
          return; // a plain message, not a script error
        }
        if (message.flags & NOT_ERRORS) return;
        const errorWindow = message.innerWindowID
          ? Services.wm.getCurrentInnerWindowWithId(message.innerWindowID)
          : null;
        const fromAddon =
          errorWindow?.document.nodePrincipal.addonId === addonId ||
          message.sourceName.startsWith(addonOrigin);
        if (!fromAddon) return;
        const where = errorWindow?.location.href ?? message.sourceName;
        sendAsyncMessage(found, { kind: 'exception', text: message.errorMessage, where });
      },
    };
    Services.console.registerListener(listener);
    // console.error and failed console.assert calls: the Console API's own log, kept in each process.
    const consoleLog = (Cc as Record<string, { getService(iid: unknown): FxConsoleStorage }>)[
      '@mozilla.org/consoleAPI-storage;1'
    ]?.getService((Ci as { nsIConsoleAPIStorage: unknown }).nsIConsoleAPIStorage);
    const onConsole = (event: FxConsoleEvent): void => {
      if (event.level !== 'error' && event.level !== 'assert') return;
      const eventWindow =
        typeof event.innerID === 'number' ? Services.wm.getCurrentInnerWindowWithId(event.innerID) : null;
      const filename = String(event.filename ?? '');
      const fromAddon =
        event.addonId === addonId ||
        filename.startsWith(addonOrigin) ||
        eventWindow?.document.nodePrincipal.addonId === addonId;
      if (!fromAddon) return;
      const text = (event.arguments ?? [])
        .map((argument) => {
          try {
            return String(argument);
          } catch {
            return '(unprintable)';
          }
        })
        .join(' ');
      sendAsyncMessage(found, { kind: 'console', text, where: eventWindow?.location.href ?? filename });
    };
    consoleLog?.addLogEventListener(onConsole, Services.scriptSecurityManager.getSystemPrincipal());
    addMessageListener(stop, () => {
      Services.console.unregisterListener(listener);
      consoleLog?.removeLogEventListener(onConsole);
    });
  };
  const args = [id, origin, FOUND, STOP].map((arg) => JSON.stringify(arg)).join(', ');
  const script = `data:,${encodeURIComponent(`var __name = (target) => target; (${inProcess.toString()})(${args});`)}`;
  Services.ppmm.loadProcessScript(script, true);
  win.__cruxHarnessErrors = { log, receive, script };
  return 'null';
};

interface FxBrowserElement {
  /** The browser window's document, for a tab's <browser>. */
  ownerDocument: { defaultView: FxChromeWindow | null };
  isRemoteBrowser: boolean;
  isConnected: boolean;
  currentURI: { spec: string };
  webProgress: { isLoadingDocument: boolean };
  messageManager: FxMessageManager;
  browsingContext: {
    currentWindowGlobal: {
      drawSnapshot(rect: null, scale: number, bg: string): Promise<ImageBitmap>;
    };
  };
  focus(): void;
}

interface FxMessageManager {
  addMessageListener(
    name: string,
    l: (m: { data: { ok: boolean; json?: string; error?: string } }) => void,
  ): void;
  removeMessageListener(
    name: string,
    l: (m: { data: { ok: boolean; json?: string; error?: string } }) => void,
  ): void;
  loadFrameScript(url: string, allowDelayedLoad: boolean): void;
}

interface FxViewPopup {
  browser?: FxBrowserElement;
  destroyed: boolean;
  /** Set by ViewPopup.attach() once the docshell is in the real panel's <browser>. */
  shown: boolean;
  /** The XUL <panel> around the popup (null once destroyed). */
  readonly panel: (Element & { state: string }) | null;
  closePopup(): void;
}

interface FxChromeWindow {
  gBrowser: { selectedBrowser: FxBrowserElement };
  document: Document;
}

interface FxExtensionParentModule {
  ExtensionParent: {
    apiManager: { global: { browserActionFor(ext: object): { triggerAction(win: FxChromeWindow): void } } };
  };
}

interface FxExtensionPermissionsModule {
  ExtensionPermissions: {
    add(id: string, permissions: { permissions: string[]; origins: string[] }, ext: object): Promise<void>;
  };
}

interface FxAddonManagerModule {
  AddonManager: { getAddonByID(id: string): Promise<{ reload(): Promise<void> } | null> };
}

interface FxBrowserWindowTrackerModule {
  BrowserWindowTracker: {
    promiseOpenWindow(options: { private: boolean; openerWindow: unknown }): Promise<FxChromeWindow>;
  };
}

interface FxPrivateBrowsingUtilsModule {
  PrivateBrowsingUtils: { isWindowPrivate(win: FxChromeWindow): boolean };
}

/** The WebDriver BiDi agent's own register of top-level browsing contexts (tabs) and their IDs. */
interface FxNavigableManagerModule {
  NavigableManager: {
    getBrowserById(id: string): FxBrowserElement | null;
    getIdForBrowser(browser: FxBrowserElement): string | null;
  };
}

interface FxExtensionPopupsModule {
  ViewPopup: { for(ext: object, win: FxChromeWindow): FxViewPopup | undefined };
}

interface FxExtension {
  shortcuts?: {
    allCommands(): Promise<{ name: string; shortcut?: string }[]>;
    updateCommand(update: { name: string; shortcut: string }): Promise<void>;
  };
}

interface FxEventUtils {
  synthesizeMouseAtPoint(x: number, y: number, ev: object, win: unknown): void;
  synthesizeKey(key: string, ev: object, win: unknown): void;
}
// Frame-script globals (only used inside FX_POPUP's `frame`).
declare const content: Window;
declare function sendAsyncMessage(name: string, data: object): void;
declare const Components: {
  interfaces: object;
  classes: object;
  utils: {
    Sandbox(principal: Window, opts: object): object;
    evalInSandbox(src: string, sandbox: object): unknown;
  };
};
declare const ChromeUtils: { importESModule(url: string): unknown };
declare const WebExtensionPolicy: {
  getByID(id: string): { extension: object; privateBrowsingAllowed: boolean } | null;
};
declare const Services: {
  locale: { availableLocales: string[]; readonly appLocalesAsBCP47: string[] };
  scriptloader: { loadSubScript(url: string, scope: object): void };
  console: { registerListener(listener: object): void; unregisterListener(listener: object): void };
  appinfo: { processType: number; PROCESS_TYPE_DEFAULT: number };
  /** In a content process: the windows of that process, by inner window ID. */
  wm: {
    getCurrentInnerWindowWithId(id: number): {
      location: { href: string };
      document: { nodePrincipal: { addonId: string } };
    } | null;
  };
  /** The parent's message manager for every process. */
  ppmm: {
    loadProcessScript(url: string, allowDelayedLoad: boolean): void;
    removeDelayedProcessScript(url: string): void;
    broadcastAsyncMessage(name: string, data: object): void;
    addMessageListener(
      name: string,
      listener: (message: { data: { kind: string; text: string; where: string } }) => void,
    ): void;
    removeMessageListener(
      name: string,
      listener: (message: { data: { kind: string; text: string; where: string } }) => void,
    ): void;
  };
  obs: {
    addObserver(observer: object, topic: string): void;
    removeObserver(observer: object, topic: string): void;
  };
  scriptSecurityManager: { getSystemPrincipal(): object };
};

interface FxPrincipal {
  addonId: string;
  origin: string;
  isSystemPrincipal: boolean;
  isExpandedPrincipal: boolean;
  /** The principals an expanded principal (a content script's) stands for. */
  allowlist?: FxPrincipal[];
}

interface FxHttpChannel {
  URI: { spec: string };
  loadInfo: {
    triggeringPrincipal: FxPrincipal;
    loadingPrincipal: FxPrincipal | null;
    /** The tab or frame it loads for; null for the browser's own requests. */
    browsingContext: { isContent: boolean } | null;
    /** What the load is for: one of nsIContentPolicy's TYPE_ numbers. */
    externalContentPolicyType: number;
  };
}

/** An error or warning on the console service (nsIScriptError). */
interface FxScriptError {
  errorMessage: string;
  sourceName: string;
  flags: number;
  /** The window it happened in; 0 when none. */
  innerWindowID: number;
}

/** A call of the Console API, as nsIConsoleAPIStorage hands it to its listeners. */
interface FxConsoleEvent {
  level: string;
  arguments?: unknown[];
  filename?: string;
  /** The add-on whose script called it (content scripts), if any. */
  addonId?: string;
  /** The window it was called in: a number for windows, a string for workers. */
  innerID?: number | string;
}

/** The Console API's log in one process (nsIConsoleAPIStorage). */
interface FxConsoleStorage {
  addLogEventListener(listener: (event: FxConsoleEvent) => void, principal: object): void;
  removeLogEventListener(listener: (event: FxConsoleEvent) => void): void;
}
// Process-script global (only used inside FX_ERRORS' `inProcess`).
declare function addMessageListener(name: string, listener: () => void): void;
declare const Ci: object;
declare const Cc: object;
