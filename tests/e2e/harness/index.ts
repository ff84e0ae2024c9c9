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
 *   `chrome.developerPrivate` API of chrome://extensions/shortcuts. Private pages: the first
 *   `openPrivatePage` loads the unpacked extension again with `enableInIncognito` (the setting of
 *   "Allow in Incognito", and its reload); each window is the real incognito one, opened by the
 *   extension's service worker (`chrome.windows.create({ incognito: true })`).
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
 *   Private pages: the first `openPrivatePage` grants `internal:privateBrowsingAllowed` and reloads
 *   the add-on, as about:addons' "Run in Private Windows" does; each window is opened as File > New
 *   Private Window opens it, and clicks and keys go to the toolbar of the tab's own window.
 *
 * Differences to know: `Popup.evaluate` takes a function or an EXPRESSION string; in Firefox it runs
 * in a sandbox whose prototype is the popup window (globals, expandos and `browser.*` resolve) and
 * `undefined` comes back as `null`. For a private tab, the popup's own `extension.inIncognitoContext`
 * is false in Chromium (spanning mode: extension pages run in the normal profile) and true in
 * Firefox; a content script in that tab reports true in both.
 */
export { BROWSER_BINARIES, BUILDS } from './types';
export type {
  BrowserName,
  CommandInfo,
  ExtensionSession,
  FixtureServer,
  LaunchOptions,
  Popup,
  ShadowMatch,
} from './types';
export { startFixtureServer } from './server';
export type { FixtureServerOptions } from './server';
export { FIXTURE_PAGES, launchWithExtension, startSession, useExtensionSession } from './session';
export type { SessionSetup, StartedSession } from './session';
export {
  READER_HOST,
  clickInReader,
  inReader,
  queryReader,
  queryShadow,
  readerIsOpen,
  waitForReader,
  waitForShadow,
  waitInReader,
} from './reader';
export { recordNetwork } from './network';
export type { NetworkRecorder, RecordedRequest, RequestSource } from './network';
export { watchExtensionErrors } from './console-watch';
export type { ExtensionError, ExtensionErrorWatch } from './console-watch';
export {
  chooseInPopup,
  chooseInReader,
  lowestTextContrast,
  openReading,
  paragraphAtTop,
  popupViolations,
  pressKey,
  readerScrollTop,
  scrollToParagraph,
  readerViolations,
  settledState,
  untilTheme,
} from './reading-mode';
