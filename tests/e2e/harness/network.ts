/** Recording every request a session makes, and who made it: the extension, a script in a tab, the page or the browser. */
import { type Protocol, type CDPSession, type Target } from 'puppeteer-core';
import { ChromiumSession } from './chromium';
import { FirefoxSession } from './firefox';
import { FX_NETWORK } from './firefox-chrome-scripts';
import type { ExtensionSession } from './types';

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
export async function attachToEveryTarget(
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
