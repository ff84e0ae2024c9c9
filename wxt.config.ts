import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { TOGGLE_COMMAND, TOGGLE_SHORTCUT } from './tab/commands';

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
    // No web-accessible resource: a page could probe for one to learn that Crux is installed, and in
    // Firefox its address carries an identifier of this installation. The bundled face travels as
    // data inside the reader script (reading-mode/fonts.ts).
    commands: {
      [TOGGLE_COMMAND]: {
        suggested_key: { default: TOGGLE_SHORTCUT },
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
    // The legibility-first face ships inside the reader script (reading-mode/fonts.ts); its licence (SIL
    // OFL) travels with it in the package, as the licence asks.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/LICENSE'),
        relativeDest: 'fonts/LICENSE.txt',
      });
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // The popup's analysis worker is a module worker (tab/analyse-in-worker.ts), bundled as an ES module.
    worker: { format: 'es' },
  }),
});
