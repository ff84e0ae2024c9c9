/** Launching a browser with the extension, and the setup every spec shares (useExtensionSession). */
import { existsSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { readManifest } from './common';
import { launchFirefox } from './firefox';
import { type FixtureServerOptions, startFixtureServer } from './server';
import {
  BUILDS,
  type BrowserName,
  type ExtensionSession,
  type FixtureServer,
  type LaunchOptions,
  type Profile,
} from './types';

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
 * Serves the pages and launches `browserName` with the extension, as `setup` asks. A missing build fails
 * plainly; a browser that does not start leaves no site behind. The caller closes both.
 */
export async function startSession(browserName: BrowserName, setup: SessionSetup): Promise<StartedSession> {
  const extension = setup.extension ?? BUILDS[browserName];
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`no build in ${extension}: run npm run build first`);
  }
  const site = await startFixtureServer(
    typeof setup.pages === 'string' ? setup.pages : setup.pages(),
    setup.server,
  );
  try {
    return { site, session: await launchWithExtension(browserName, extension, setup.launch) };
  } catch (error) {
    await site.close();
    throw error;
  }
}

/**
 * The setup every spec shares: before the describe block's tests, starts the session (`startSession`);
 * after them, closes it. The site and session are there once the block's tests run.
 */
export function useExtensionSession(browserName: BrowserName, setup: SessionSetup): StartedSession {
  let started: StartedSession | undefined;
  beforeAll(async () => {
    started = await startSession(browserName, setup);
  });
  afterAll(async () => {
    await started?.session.close();
    await started?.site.close();
  });
  const notYet = (what: string): never => {
    throw new Error(`the ${what} starts before the describe block's tests: use it inside a test or hook`);
  };
  return {
    get site() {
      return started?.site ?? notYet('fixture site');
    },
    get session() {
      return started?.session ?? notYet('browser session');
    },
  };
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
