/** Watching the extension's consoles for errors and warnings, in both browsers. */
import { type Protocol } from 'puppeteer-core';
import { ChromiumSession } from './chromium';
import { FirefoxSession } from './firefox';
import { FX_ERRORS } from './firefox-chrome-scripts';
import { attachToEveryTarget } from './network';
import type { ExtensionSession } from './types';

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

// shared internals
