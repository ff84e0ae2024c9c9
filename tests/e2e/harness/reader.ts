/** Looking into reading mode's closed shadow root from a test, in both browsers. */
import { type Page } from 'puppeteer-core';
import { READER_HOST } from '../../../reading-mode/host';
import { frameId, poll } from './common';
import type { BidiCallResult, BidiConnection } from './firefox';
import type { ShadowMatch } from './types';

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
