/**
 * End-to-end harness: drives a BUILT (unpacked) MV3 extension through its real toolbar action in
 * headless Chromium (CDP) and headless Firefox ESR (WebDriver BiDi + privileged chrome scope).
 *
 * Usage (Vitest, see vitest.e2e.config.ts):
 *   const site = await startFixtureServer(dir);
 *   const s = await launchWithExtension('firefox', '.output/firefox-mv3');
 *   // or, as a French reader who asked for reduced motion:
 *   // launchWithExtension('firefox', dir, { locale: 'fr', reducedMotion: true })
 *   // or restarted: close() a session launched with { profile: someDir }, launch again with the same
 *   // { profile: someDir }, and remove someDir afterwards.
 *   const page = await s.openPage(`${site.origin}/article.html`);
 *   const popup = await s.clickToolbarAction(page);
 *   await popup.waitFor('#app p');
 *
 * How each browser is driven:
 * - Chromium: `Extensions.loadUnpacked` (puppeteer `installExtension`), `page.triggerExtensionAction`
 *   (the real toolbar click: opens the popup and grants activeTab); the popup is a CDP page target.
 *   Keyboard shortcuts: CDP key events WITH `nativeVirtualKeyCode`, so that keys the page does not
 *   handle travel on to the browser's accelerator handling (without it, CDP marks them
 *   `skip_if_unhandled` and extension commands never fire). Shortcut settings: the
 *   `chrome.developerPrivate` API of chrome://extensions/shortcuts.
 * - Firefox: temporary add-on via BiDi `webExtension.install`, moz-extension UUID pinned by pref,
 *   `--remote-allow-system-access` unlocks BiDi `script.callFunction` in the browser window's chrome
 *   realm (found with `browsingContext.getTree({"moz:scope": "chrome"})`). From there:
 *   `browserActionFor(extension).triggerAction(window)` (what a click does); the popup's
 *   `<browser>` is not a BiDi context, so it is read through its message manager (frame scripts,
 *   sandbox over the popup window). The popup loads in a hidden preload `<browser>` whose docshell
 *   is then swapped into the real panel's: a popup handle is handed out only after that swap
 *   (ViewPopup `shown`), since messages sent across it are lost. A click while a popup is open
 *   would close it, so `clickToolbarAction` closes an open popup first (Escape in the page does
 *   not). Keyboard shortcuts go through EventUtils.synthesizeKey
 *   (TextInputProcessor) in the parent process; shortcut settings through `extension.shortcuts`.
 *
 * Differences to know: `Popup.evaluate` takes a function or an EXPRESSION string; in Firefox it runs
 * in a sandbox whose prototype is the popup window (globals, expandos and `browser.*` resolve) and
 * `undefined` comes back as `null`.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer, {
  type Browser,
  type Protocol,
  type CDPSession,
  type Extension,
  type Page,
  type Target,
} from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { READER_HOST } from '../../reading-mode/host';

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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** How a fixture server answers, beyond serving the files. */
export interface FixtureServerOptions {
  /** Extra response headers for every file served (e.g. a Content-Security-Policy-Report-Only). */
  headers?: Record<string, string>;
}

/** Serves `rootDir` statically on `http://127.0.0.1:<free port>` (directory URLs serve index.html). */
export async function startFixtureServer(
  rootDir: string,
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const root = await realpath(rootDir);
  const requestedPaths: string[] = [];
  const server: Server = createServer((req, res) => {
    requestedPaths.push(req.url ?? '/');
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        // The browser asks every site for its icon, and logs a 404 in the page's console: the site has
        // an empty one, as real sites have one, so a page's console holds only what the page did.
        if (pathname === '/favicon.ico') {
          res.writeHead(204, { 'cache-control': 'no-store' });
          res.end();
          return;
        }
        let file = normalize(join(root, pathname));
        if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        await stat(file);
        res.writeHead(200, {
          ...options.headers,
          'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requestedPaths,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** How a session's browser is set up, as a reader may have set theirs. */
export interface LaunchOptions {
  /** The browser's language, e.g. `fr`: the language `browser.i18n` answers in. */
  locale?: string;
  /** Pages are told the reader prefers reduced motion, as the system's accessibility setting does. */
  reducedMotion?: boolean;
  /**
   * An existing profile directory to run on, which `close()` leaves in place (the caller removes it):
   * launching again on it is the same browser restarted. Default: a fresh temporary profile that
   * `close()` removes.
   */
  profile?: string;
}

/** A fixture site and a browser with the extension, as a describe block's tests use them. */
export interface StartedSession {
  site: FixtureServer;
  session: ExtensionSession;
}

/** What `useExtensionSession` starts: the pages it serves and how the browser is set up. */
export interface SessionSetup {
  /** The folder of pages to serve, or a function that writes one, run just before the site starts. */
  pages: string | (() => string);
  server?: FixtureServerOptions;
  launch?: LaunchOptions;
  /** The unpacked extension to load; by default the browser's build (`npm run build`). */
  extension?: string;
}

/** The pages written for the tests, which most specs serve. */
export const FIXTURE_PAGES = join(process.cwd(), 'tests/fixtures/pages');

/**
 * The setup every spec shares: before the describe block's tests, serves the pages and launches
 * `browserName` with the extension; after them, closes both. A missing build fails the block plainly.
 * The site and session are there once the block's tests run.
 */
export function useExtensionSession(browserName: BrowserName, setup: SessionSetup): StartedSession {
  let site: FixtureServer | undefined;
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    const extension = setup.extension ?? BUILDS[browserName];
    if (!existsSync(join(extension, 'manifest.json'))) {
      throw new Error(`no build in ${extension}: run npm run build first`);
    }
    site = await startFixtureServer(
      typeof setup.pages === 'string' ? setup.pages : setup.pages(),
      setup.server,
    );
    session = await launchWithExtension(browserName, extension, setup.launch);
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });
  const notYet = (what: string): never => {
    throw new Error(`the ${what} starts before the describe block's tests: use it inside a test or hook`);
  };
  return {
    get site() {
      return site ?? notYet('fixture site');
    },
    get session() {
      return session ?? notYet('browser session');
    },
  };
}

/** Where a session's browser keeps its profile, and whether the session removes it on close. */
interface Profile {
  dir: string;
  temporary: boolean;
}

/**
 * Launches headless `name` with the unpacked extension in `extensionDir`, on a fresh temporary profile
 * or on `options.profile`.
 */
export async function launchWithExtension(
  name: BrowserName,
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  const dir = await realpath(resolve(extensionDir));
  const manifest = await readManifest(dir);
  const profile: Profile = options.profile
    ? { dir: await realpath(options.profile), temporary: false }
    : { dir: await mkdtemp(join(tmpdir(), `crux-e2e-${name}-`)), temporary: true };
  try {
    return name === 'chromium'
      ? await launchChromium(dir, manifest, profile, options)
      : await launchFirefox(dir, manifest, profile, options);
  } catch (err) {
    if (profile.temporary) await rm(profile.dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Returns text and innerHTML of the first element matching `innerSelector` inside the OPEN shadow
 * root of the first `hostSelector` element in `page` (null if host, shadow root or element is missing):
 * what any page script could read. Crux's own layer is closed: see {@link inReader}.
 */
export async function queryShadow(
  page: Page,
  hostSelector: string,
  innerSelector: string,
): Promise<ShadowMatch | null> {
  return page.evaluate(
    (host: string, inner: string) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector(inner);
      return el ? { text: el.textContent ?? '', html: el.innerHTML } : null;
    },
    hostSelector,
    innerSelector,
  );
}

/** Waits until {@link queryShadow} finds the element, and returns it. */
export async function waitForShadow(
  page: Page,
  hostSelector: string,
  innerSelector: string,
  timeoutMs = 5000,
): Promise<ShadowMatch> {
  return poll(
    () => queryShadow(page, hostSelector, innerSelector),
    timeoutMs,
    `${hostSelector} >>> ${innerSelector}`,
  );
}

/** Reading mode's host element: a plain `<div>` the reader marks, holding a CLOSED shadow root. */
export { READER_HOST };

/**
 * Runs `fn` in `page`'s own world with reading mode's shadow root, and resolves to its result (through
 * JSON: `undefined` comes back as null), or to null when reading mode is not open. The shadow root is
 * closed, so no script of the page can reach it; the test reaches it through the browser's protocol:
 * Chromium's CDP `DOM.describeNode` with `pierce`, Firefox's BiDi serialization with
 * `includeShadowTree: "all"`. `fn` is sent as source: it may use only its arguments.
 */
export async function inReader<T, A extends unknown[]>(
  page: Page,
  fn: (shadow: ShadowRoot, ...args: A) => T | Promise<T>,
  ...args: A
): Promise<Awaited<T> | null> {
  const run = `async (shadow, json) => { const value = await (${fn.toString()})(shadow, ...JSON.parse(json)); return JSON.stringify(value === undefined ? null : value); }`;
  const json = JSON.stringify(args);
  const connection = (page.browser() as unknown as { connection?: BidiConnection }).connection;
  const answer = connection
    ? await firefoxInReader(connection, frameId(page), run, json)
    : await chromiumInReader(page, run, json);
  return answer === null ? null : (JSON.parse(answer) as Awaited<T>);
}

async function chromiumInReader(page: Page, run: string, json: string): Promise<string | null> {
  const client = await page.createCDPSession();
  try {
    const { result: host } = await client.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(READER_HOST)})`,
    });
    if (!host.objectId) return null;
    const { node } = await client.send('DOM.describeNode', {
      objectId: host.objectId,
      depth: 1,
      pierce: true,
    });
    const root = node.shadowRoots?.[0];
    if (!root) return null;
    const { object } = await client.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    if (!object.objectId) return null;
    const call = await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (json) { return (${run})(this, json); }`,
      arguments: [{ value: json }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (call.exceptionDetails) {
      throw new Error(
        `in reading mode: ${call.exceptionDetails.exception?.description ?? call.exceptionDetails.text}`,
      );
    }
    return call.result.value as string;
  } finally {
    await client.detach().catch(() => undefined);
  }
}

async function firefoxInReader(
  connection: BidiConnection,
  context: string,
  run: string,
  json: string,
): Promise<string | null> {
  const { result: found } = (await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(READER_HOST)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  })) as { result: BidiCallResult };
  if (found.type === 'exception') throw new Error(`in reading mode: ${found.exceptionDetails.text}`);
  const shadow = (found.result.value as { shadowRoot?: { sharedId?: string } | null } | undefined)
    ?.shadowRoot;
  if (!shadow?.sharedId) return null;
  const { result: call } = (await connection.send('script.callFunction', {
    functionDeclaration: run,
    target: { context },
    arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: json }],
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: BidiCallResult };
  if (call.type === 'exception') throw new Error(`in reading mode: ${call.exceptionDetails.text}`);
  return call.result.value as string;
}

/**
 * Returns text and innerHTML of the first element matching `innerSelector` inside reading mode
 * (null if reading mode or the element is missing).
 */
export function queryReader(page: Page, innerSelector: string): Promise<ShadowMatch | null> {
  return inReader(
    page,
    (shadow, inner: string) => {
      const element = shadow.querySelector(inner);
      return element ? { text: element.textContent ?? '', html: element.innerHTML } : null;
    },
    innerSelector,
  );
}

/** Waits until {@link queryReader} finds the element, and returns it. */
export async function waitForReader(
  page: Page,
  innerSelector: string,
  timeoutMs = 5000,
): Promise<ShadowMatch> {
  return poll(() => queryReader(page, innerSelector), timeoutMs, `reading mode's ${innerSelector}`);
}

/** Waits until `fn` (as for {@link inReader}) returns a value other than null, false or undefined. */
export async function waitInReader<T, A extends unknown[]>(
  page: Page,
  fn: (shadow: ShadowRoot, ...args: A) => T | Promise<T>,
  timeoutMs: number,
  ...args: A
): Promise<NonNullable<Awaited<T>>> {
  return poll(
    async () => (await inReader(page, fn, ...args)) as NonNullable<Awaited<T>> | null,
    timeoutMs,
    `reading mode: ${fn.toString().slice(0, 80)}`,
  );
}

/**
 * Clicks an element of reading mode as a reader does: scrolled into view, then a real mouse click at
 * its centre (the page's own selector engines cannot see into the closed shadow root).
 */
export async function clickInReader(page: Page, selector: string): Promise<void> {
  const centre = await inReader(
    page,
    (shadow, wanted: string) => {
      const element = shadow.querySelector(wanted);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    selector,
  );
  if (!centre) throw new Error(`no ${selector} in reading mode`);
  await page.mouse.click(centre.x, centre.y);
}

/** Whether reading mode's layer is on the page. */
export function readerIsOpen(page: Page): Promise<boolean> {
  return page.evaluate((host: string) => document.querySelector(host) !== null, READER_HOST);
}

/**
 * Who made a recorded request: `extension` = the extension's own pages and workers (popup, service
 * worker or background page); `content-script` = a script the extension put into a tab; `page` = a
 * tab's document, its frames and its own scripts; `browser` = the browser itself.
 */
export type RequestSource = 'extension' | 'content-script' | 'page' | 'browser';

/** One network request seen by {@link recordNetwork}. */
export interface RecordedRequest {
  url: string;
  source: RequestSource;
  /** How the source was decided: the target (Chromium) or the triggering principal (Firefox). */
  detail: string;
  /**
   * What the request is for, in the browser's own words: Chromium's CDP `Network.ResourceType`
   * (`Image`, `Script`, `Stylesheet`, `Font`, `Document`, `Fetch`, ...), Firefox's external content
   * policy type (`TYPE_IMAGE`, `TYPE_SCRIPT`, `TYPE_SUBDOCUMENT`, ...); absent when the browser gave none.
   */
  resourceType?: string;
}

/** A running recording of every request the browser makes; see {@link recordNetwork}. */
export interface NetworkRecorder {
  /** Everything recorded so far, in order. */
  requests(): Promise<RecordedRequest[]>;
  stop(): Promise<void>;
}

/**
 * Records every network request of the whole browser from now on, whichever context makes it.
 * Chromium: a browser-level CDP session auto-attaches (flattened, paused at start) to every target,
 * service workers and popups included, and recursively to their frames and workers, and enables
 * `Network` in each before it runs. Firefox: an `http-on-modify-request` observer in the parent
 * process, which every HTTP(S) channel of every process passes through (BiDi's network events cover
 * tabs only, not the popup or the background page); WebSocket handshakes are HTTP channels too.
 * Requests for `data:`, `blob:` and extension-internal URLs are not HTTP channels in Firefox.
 */
export async function recordNetwork(session: ExtensionSession): Promise<NetworkRecorder> {
  if (session instanceof ChromiumSession) return recordChromiumNetwork(session);
  if (session instanceof FirefoxSession) return recordFirefoxNetwork(session);
  throw new Error('recordNetwork: unknown session type');
}

async function recordChromiumNetwork(session: ChromiumSession): Promise<NetworkRecorder> {
  const origin = `${session.extensionOrigin}/`;
  const seen: RecordedRequest[] = [];
  const attached = await attachToEveryTarget(session, (child, { type, url }) => {
    child.on('Network.requestWillBeSent', (request: Protocol.Network.RequestWillBeSentEvent) => {
      const initiators = initiatorUrls(request.initiator);
      // A target is attached before it navigates: its URL then is still about:blank or empty.
      const fromExtension = url.startsWith(origin) || request.documentURL.startsWith(origin);
      const source: RequestSource = fromExtension
        ? 'extension'
        : initiators.some((initiator) => initiator.startsWith(origin))
          ? 'content-script'
          : type === 'page' || type === 'iframe' || type === 'worker'
            ? 'page'
            : 'browser';
      seen.push({
        url: request.request.url,
        source,
        detail: `${type} ${request.documentURL}`,
        ...(request.type ? { resourceType: request.type } : {}),
      });
    });
    return ['Network.enable'];
  });
  return { requests: async () => seen.slice(), stop: attached.stop };
}

/**
 * Attaches from now on to every target of the browser (flattened, paused at start), and recursively
 * to their frames and workers: `prepare` subscribes to a target's events and names the domains to
 * enable, which are enabled before the target runs.
 */
async function attachToEveryTarget(
  session: ChromiumSession,
  prepare: (child: CDPSession, target: Protocol.Target.TargetInfo) => string[],
): Promise<{ root: CDPSession; stop(): Promise<void> }> {
  const root = await session.browser.target().createCDPSession();
  const connection = root.connection();
  if (!connection) throw new Error('the browser session has no connection');
  const resume = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };
  const onAttached = (event: Protocol.Target.AttachedToTargetEvent): void => {
    const child = connection.session(event.sessionId);
    if (!child) return;
    const enable = prepare(child, event.targetInfo);
    child.on('Target.attachedToTarget', onAttached);
    void (async () => {
      for (const method of enable) await child.send(method as 'Network.enable').catch(() => undefined);
      await child.send('Target.setAutoAttach', resume).catch(() => undefined);
      await child.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    })();
  };
  root.on('Target.attachedToTarget', onAttached);
  await root.send('Target.setAutoAttach', resume);
  return {
    root,
    stop: async () => {
      root.off('Target.attachedToTarget', onAttached);
      await root.detach().catch(() => undefined);
    },
  };
}

/** Every script URL on a request's initiator stack (and its async parents). */
function initiatorUrls(initiator: Protocol.Network.Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) urls.push(frame.url);
  }
  return urls;
}

async function recordFirefoxNetwork(session: FirefoxSession): Promise<NetworkRecorder> {
  await session.chrome<null>(FX_NETWORK, 'start', session.extensionId);
  return {
    requests: () => session.chrome<RecordedRequest[]>(FX_NETWORK, 'read', session.extensionId),
    stop: async () => {
      await session.chrome<null>(FX_NETWORK, 'stop', session.extensionId);
    },
  };
}

/** One error seen by {@link watchExtensionErrors}. */
export interface ExtensionError {
  /** `exception` = uncaught, promise rejections included; `console` = console.error; `log` = the browser's own log. */
  kind: 'exception' | 'console' | 'log';
  text: string;
  /** Where it was reported: the context's URL, or the script's. */
  where: string;
}

/** A running watch over the extension's consoles; see {@link watchExtensionErrors}. */
export interface ExtensionErrorWatch {
  /** Everything reported so far, in order. */
  errors(): Promise<ExtensionError[]>;
  stop(): Promise<void>;
}

/**
 * Watches, from now on, the consoles a reader would open for the extension: its service worker or
 * background page, its popup and other pages, and its scripts in tabs. Chromium: the same
 * browser-level auto-attach as {@link recordNetwork}, with `Runtime` and `Log` enabled in every
 * target before it runs; extension targets report uncaught errors and rejections, console.error and
 * the browser's own error log, tabs only errors whose script is the extension's. Firefox: a console
 * listener in every content process that keeps script errors (uncaught errors and rejections) of
 * the add-on's windows and scripts, and a Console API listener in every content process that keeps
 * their console.error and failed console.assert calls.
 * Errors reach the watch asynchronously: let a moment pass before reading them.
 */
export async function watchExtensionErrors(session: ExtensionSession): Promise<ExtensionErrorWatch> {
  if (session instanceof ChromiumSession) return watchChromiumErrors(session);
  if (session instanceof FirefoxSession) return watchFirefoxErrors(session);
  throw new Error('watchExtensionErrors: unknown session type');
}

async function watchChromiumErrors(session: ChromiumSession): Promise<ExtensionErrorWatch> {
  const origin = `${session.extensionOrigin}/`;
  const seen: ExtensionError[] = [];
  /** The latest URL of each target: a popup is attached before it navigates to its page. */
  const targetUrls = new Map<string, string>();
  const stackUrls = (stack: Protocol.Runtime.StackTrace | undefined): string[] => {
    const urls: string[] = [];
    for (let part = stack; part; part = part.parent) urls.push(...part.callFrames.map((frame) => frame.url));
    return urls;
  };
  const attached = await attachToEveryTarget(session, (child, { targetId, url }) => {
    targetUrls.set(targetId, url);
    const where = (): string => targetUrls.get(targetId) ?? '';
    const ours = (urls: (string | undefined)[]): boolean =>
      where().startsWith(origin) || urls.some((scriptUrl) => scriptUrl?.startsWith(origin));
    child.on('Runtime.exceptionThrown', (event: Protocol.Runtime.ExceptionThrownEvent) => {
      const details = event.exceptionDetails;
      if (!ours([details.url, ...stackUrls(details.stackTrace)])) return;
      seen.push({ kind: 'exception', text: details.exception?.description ?? details.text, where: where() });
    });
    child.on('Runtime.consoleAPICalled', (event: Protocol.Runtime.ConsoleAPICalledEvent) => {
      if ((event.type !== 'error' && event.type !== 'assert') || !ours(stackUrls(event.stackTrace))) return;
      const text = event.args.map((arg) => arg.description ?? String(arg.value)).join(' ');
      seen.push({ kind: 'console', text, where: where() });
    });
    child.on('Log.entryAdded', ({ entry }: Protocol.Log.EntryAddedEvent) => {
      if (entry.level !== 'error' || !ours([entry.url, ...stackUrls(entry.stackTrace)])) return;
      seen.push({ kind: 'log', text: entry.text, where: entry.url ?? where() });
    });
    return ['Runtime.enable', 'Log.enable'];
  });
  const onInfoChanged = (event: Protocol.Target.TargetInfoChangedEvent): void => {
    targetUrls.set(event.targetInfo.targetId, event.targetInfo.url);
  };
  attached.root.on('Target.targetInfoChanged', onInfoChanged);
  await attached.root.send('Target.setDiscoverTargets', { discover: true });
  return {
    errors: async () => seen.slice(),
    stop: async () => {
      attached.root.off('Target.targetInfoChanged', onInfoChanged);
      await attached.stop();
    },
  };
}

async function watchFirefoxErrors(session: FirefoxSession): Promise<ExtensionErrorWatch> {
  const origin = `${session.extensionOrigin}/`;
  await session.chrome<null>(FX_ERRORS, 'start', session.extensionId, origin);
  return {
    errors: () => session.chrome<ExtensionError[]>(FX_ERRORS, 'read', session.extensionId, origin),
    stop: async () => {
      await session.chrome<null>(FX_ERRORS, 'stop', session.extensionId, origin);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// shared internals

interface Manifest {
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
  applications?: { gecko?: { id?: string } };
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function popupPath(manifest: Manifest): string {
  const p = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (!p) throw new Error('manifest has no action.default_popup');
  return p.replace(/^\/+/, '');
}

/** BiDi browsing-context ID of a page (puppeteer keeps it in the internal `Frame._id`). */
function frameId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Polls `fn` every 50 ms until it returns a non-null, non-false value. */
async function poll<T>(
  fn: () => Promise<T | null | false | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== null && v !== false && v !== undefined) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const suffix = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${suffix}`);
    }
    await sleep(50);
  }
}

function toEvalSource(fn: string | (() => unknown)): string {
  return typeof fn === 'string' ? fn : `(${fn.toString()})()`;
}

async function closeBrowser(browser: Browser, profile: Profile): Promise<void> {
  const proc = browser.process();
  await Promise.race([browser.close().catch(() => undefined), sleep(10_000)]);
  if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  if (profile.temporary)
    await rm(profile.dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
}

interface ParsedShortcut {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  /** DOM `key` value of the main key, e.g. `R`, `5`, `F2`, `ArrowUp`. */
  key: string;
  /** DOM `code`, e.g. `KeyR`. */
  code: string;
  /** Windows virtual key code. */
  vk: number;
}

const NAMED_KEYS: Record<string, { key: string; code: string; vk: number }> = {
  Comma: { key: ',', code: 'Comma', vk: 188 },
  Period: { key: '.', code: 'Period', vk: 190 },
  Home: { key: 'Home', code: 'Home', vk: 36 },
  End: { key: 'End', code: 'End', vk: 35 },
  PageUp: { key: 'PageUp', code: 'PageUp', vk: 33 },
  PageDown: { key: 'PageDown', code: 'PageDown', vk: 34 },
  Space: { key: ' ', code: 'Space', vk: 32 },
  Tab: { key: 'Tab', code: 'Tab', vk: 9 },
  Enter: { key: 'Enter', code: 'Enter', vk: 13 },
  Insert: { key: 'Insert', code: 'Insert', vk: 45 },
  Delete: { key: 'Delete', code: 'Delete', vk: 46 },
  Up: { key: 'ArrowUp', code: 'ArrowUp', vk: 38 },
  Down: { key: 'ArrowDown', code: 'ArrowDown', vk: 40 },
  Left: { key: 'ArrowLeft', code: 'ArrowLeft', vk: 37 },
  Right: { key: 'ArrowRight', code: 'ArrowRight', vk: 39 },
};

/** Parses a manifest-style shortcut (`Alt+Shift+R`, `Ctrl+Shift+5`, `Alt+F2`). */
function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+').map((p) => p.trim());
  const last = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const out = {
    alt: mods.has('alt'),
    ctrl: mods.has('ctrl') || mods.has('macctrl'),
    shift: mods.has('shift'),
    meta: mods.has('command') || mods.has('meta'),
  };
  if (/^[A-Za-z]$/.test(last)) {
    const k = last.toUpperCase();
    return { ...out, key: k, code: `Key${k}`, vk: k.charCodeAt(0) };
  }
  if (/^[0-9]$/.test(last)) return { ...out, key: last, code: `Digit${last}`, vk: last.charCodeAt(0) };
  const f = /^F([1-9]|1[0-2])$/.exec(last);
  if (f) return { ...out, key: last, code: last, vk: 111 + Number(f[1]) };
  const named = NAMED_KEYS[last];
  if (named) return { ...out, ...named };
  throw new Error(`unsupported shortcut key "${last}" in "${shortcut}"`);
}

// ---------------------------------------------------------------------------------------------
// Chromium

async function launchChromium(
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
    userDataDir: profile.dir,
    args: [
      ...CHROMIUM_FLAGS,
      // Extension messages follow --lang even where Chromium has no interface translation installed.
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.reducedMotion ? ['--force-prefers-reduced-motion'] : []),
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
    return new ChromiumSession(browser, profile, extension, origin, `${origin}/${popupPath(manifest)}`);
  } catch (err) {
    await closeBrowser(browser, profile);
    throw err;
  }
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

class ChromiumSession implements ExtensionSession {
  readonly browserName = 'chromium' as const;

  constructor(
    readonly browser: Browser,
    private readonly profile: Profile,
    private readonly extension: Extension,
    readonly extensionOrigin: string,
    private readonly popupUrl: string,
  ) {}

  get extensionId(): string {
    return this.extension.id;
  }

  async openPage(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  }

  async clickToolbarAction(page: Page): Promise<Popup> {
    await page.bringToFront();
    // Exact URL, and a target that did not exist before the click (a popup-as-tab matches too).
    const before = new Set(this.browser.targets().filter((t) => t.url() === this.popupUrl));
    const created = this.browser.waitForTarget((t) => t.url() === this.popupUrl && !before.has(t), {
      timeout: 10_000,
    });
    await page.triggerExtensionAction(this.extension);
    const target = await created;
    const popupPage = await target.asPage();
    return new ChromiumPopup(this.browser, target, popupPage, this.popupUrl);
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

// ---------------------------------------------------------------------------------------------
// Firefox

/** The part of puppeteer's (internal) BiDi connection we use to send raw WebDriver BiDi commands. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiRemoteValue {
  type: string;
  value?: unknown;
}

type BidiCallResult =
  { type: 'success'; result: BidiRemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

async function launchFirefox(
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
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      ...(options.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
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
    await poll(
      async () => (await session.chrome<boolean>(FX_ACTION_READY, id)) || null,
      10_000,
      'the browser action to be ready',
    );
    return session;
  } catch (err) {
    await closeBrowser(browser, profile);
    throw err;
  }
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

const FX_ACTION_READY = function (idJson: string): string {
  const id = JSON.parse(idJson) as string;
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as FxExtensionParentModule;
  const ext = WebExtensionPolicy.getByID(id)?.extension;
  return JSON.stringify(Boolean(ext && ExtensionParent.apiManager.global.browserActionFor(ext)));
};

/** Declares `locale` installed, as a language pack does; returns the languages the browser now uses. */
const FX_ADD_LOCALE = function (localeJson: string): string {
  const locale = JSON.parse(localeJson) as string;
  Services.locale.availableLocales = [...Services.locale.availableLocales, locale];
  return JSON.stringify(Services.locale.appLocalesAsBCP47);
};

const FX_TRIGGER_ACTION = async function (idJson: string, expectedUrlJson: string): Promise<string> {
  const id = JSON.parse(idJson) as string;
  const expectedUrl = JSON.parse(expectedUrlJson) as string;
  const win = window as unknown as FxChromeWindow;
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as FxExtensionParentModule;
  const { ViewPopup } = ChromeUtils.importESModule(
    'resource:///modules/ExtensionPopups.sys.mjs',
  ) as FxExtensionPopupsModule;
  const ext = WebExtensionPolicy.getByID(id)?.extension;
  if (!ext) throw new Error(`extension ${id} is not running`);
  const tabUrl = win.gBrowser.selectedBrowser.currentURI.spec;
  if (tabUrl !== expectedUrl) {
    throw new Error(`selected tab shows ${tabUrl}, expected ${expectedUrl}`);
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
        win as unknown as { __cruxHarnessPopups?: Map<string, FxViewPopup> }
      ).__cruxHarnessPopups ??= new Map<string, FxViewPopup>());
      const token = String(Math.random()).slice(2);
      store.set(token, popup);
      return JSON.stringify({ token, url: b.currentURI.spec });
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
const FX_POPUP = async function (tokenJson: string, kindJson: string, argJson: string): Promise<string> {
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
  const call = `(${frame.toString()})(${JSON.stringify(name)}, ${JSON.stringify(kind)}, ${JSON.stringify(arg)});`;
  mm.loadFrameScript(`data:,${encodeURIComponent(call)}`, false);
  return result;
};

const FX_COMMANDS = async function (idJson: string, updateJson: string): Promise<string> {
  const id = JSON.parse(idJson) as string;
  const update = JSON.parse(updateJson) as { name: string; shortcut: string } | null;
  const ext = WebExtensionPolicy.getByID(id)?.extension as FxExtension | undefined;
  if (!ext?.shortcuts) throw new Error(`extension ${id} has no commands`);
  // The same calls about:addons' "Manage Extension Shortcuts" page makes.
  if (update) await ext.shortcuts.updateCommand(update);
  const all = await ext.shortcuts.allCommands();
  return JSON.stringify(all.map((c) => ({ name: c.name, shortcut: c.shortcut ?? '' })));
};

const FX_PRESS_KEY = function (keyJson: string, expectedUrlJson: string): string {
  const k = JSON.parse(keyJson) as ParsedShortcut;
  const expectedUrl = JSON.parse(expectedUrlJson) as string;
  const win = window as unknown as FxChromeWindow;
  const selected = win.gBrowser.selectedBrowser;
  if (selected.currentURI.spec !== expectedUrl) {
    throw new Error(`selected tab shows ${selected.currentURI.spec}, expected ${expectedUrl}`);
  }
  selected.focus();
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
const FX_NETWORK = function (commandJson: string, idJson: string): string {
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
const FX_ERRORS = function (commandJson: string, idJson: string, originJson: string): string {
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
  const script = `data:,${encodeURIComponent(`(${inProcess.toString()})(${args});`)}`;
  Services.ppmm.loadProcessScript(script, true);
  win.__cruxHarnessErrors = { log, receive, script };
  return 'null';
};

class FirefoxSession implements ExtensionSession {
  readonly browserName = 'firefox' as const;
  private chromeContext: string | undefined;

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
      functionDeclaration: fn.toString(),
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

  async openPage(url: string): Promise<Page> {
    const page = await this.browser.newPage();
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
    const { token, url } = await this.chrome<{ token: string; url: string }>(
      FX_TRIGGER_ACTION,
      this.extensionId,
      tabUrl,
    );
    return new FirefoxPopup(this, token, url);
  }

  commands(): Promise<CommandInfo[]> {
    return this.chrome<CommandInfo[]>(FX_COMMANDS, this.extensionId, null);
  }

  async assignShortcut(command: string, shortcut: string): Promise<void> {
    await this.chrome<CommandInfo[]>(FX_COMMANDS, this.extensionId, { name: command, shortcut });
  }

  async pressShortcut(page: Page, shortcut: string): Promise<void> {
    await page.bringToFront();
    await this.chrome<null>(FX_PRESS_KEY, parseShortcut(shortcut), page.url());
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

// ---------------------------------------------------------------------------------------------
// Minimal types for the Firefox privileged globals used above (they only exist in the browser).

interface FxBrowserElement {
  isRemoteBrowser: boolean;
  isConnected: boolean;
  currentURI: { spec: string };
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
declare const WebExtensionPolicy: { getByID(id: string): { extension: object } | null };
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
declare const chrome: object;
