/** Small helpers both browsers' drivers use: the manifest, polling, shortcuts, closing. */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type Page } from 'puppeteer-core';
import type { Profile } from './types';

export interface Manifest {
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
  applications?: { gecko?: { id?: string } };
}

/**
 * Where the browsers find speech-dispatcher: the tests' own (scripts/start-speech.sh), or, for a browser
 * that must not speak, a socket where none listens.
 */
export function speechEnvironment(speech: boolean | undefined): Record<string, string> {
  if (speech === undefined) return {};
  return {
    SPEECHD_ADDRESS: speech
      ? 'unix_socket:/tmp/crux-speech/speechd.sock'
      : 'unix_socket:/nonexistent/crux-no-speech',
  };
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

export async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export function popupPath(manifest: Manifest): string {
  const p = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (!p) throw new Error('manifest has no action.default_popup');
  return p.replace(/^\/+/, '');
}

/** BiDi browsing-context ID of a page (puppeteer keeps it in the internal `Frame._id`). */
export function frameId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Polls `fn` every 50 ms until it returns a non-null, non-false value. */
export async function poll<T>(
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

export function toEvalSource(fn: string | (() => unknown)): string {
  return typeof fn === 'string' ? fn : `(${fn.toString()})()`;
}

export async function closeBrowser(browser: Browser, profile: Profile): Promise<void> {
  const proc = browser.process();
  await Promise.race([browser.close().catch(() => undefined), sleep(10_000)]);
  if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  if (profile.temporary)
    await rm(profile.dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
}

export interface ParsedShortcut {
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
  Escape: { key: 'Escape', code: 'Escape', vk: 27 },
  Insert: { key: 'Insert', code: 'Insert', vk: 45 },
  Delete: { key: 'Delete', code: 'Delete', vk: 46 },
  Up: { key: 'ArrowUp', code: 'ArrowUp', vk: 38 },
  Down: { key: 'ArrowDown', code: 'ArrowDown', vk: 40 },
  Left: { key: 'ArrowLeft', code: 'ArrowLeft', vk: 37 },
  Right: { key: 'ArrowRight', code: 'ArrowRight', vk: 39 },
};

/** Parses a manifest-style shortcut (`Alt+Shift+R`, `Ctrl+Shift+5`, `Alt+F2`). */
export function parseShortcut(shortcut: string): ParsedShortcut {
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

// Chromium
