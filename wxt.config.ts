import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { FONT_DIRECTORY, LEGIBLE_FACES } from './reader/fonts';

/** The Firefox add-on ID; fixed so storage and tests find the same add-on across builds. */
export const GECKO_ID = 'crux@crux-reader.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Reading mode draws in the page, so the page must be allowed to load the bundled font, and
    // nothing else. Chrome's per-session URL keeps sites from detecting Crux by probing for it.
    web_accessible_resources: [
      {
        resources: [`${FONT_DIRECTORY}/*.woff2`],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_toggleReaderCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Crux collects nothing: everything stays on the reader's device.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The legibility-first face ships inside the extension, copied from its npm package at build time.
    // Its licence (SIL OFL) travels with it, as the licence asks.
    'build:publicAssets': (_wxt, files) => {
      const packageFile = (path: string): string =>
        createRequire(import.meta.url).resolve(`@fontsource/atkinson-hyperlegible/${path}`);
      for (const face of LEGIBLE_FACES) {
        files.push({
          absoluteSrc: packageFile(`files/${face.file}`),
          relativeDest: `${FONT_DIRECTORY}/${face.file}`,
        });
      }
      files.push({ absoluteSrc: packageFile('LICENSE'), relativeDest: `${FONT_DIRECTORY}/LICENSE.txt` });
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // The popup's analysis worker is a module worker (tab/analyse-in-worker.ts), bundled as an ES module.
    worker: { format: 'es' },
  }),
});
