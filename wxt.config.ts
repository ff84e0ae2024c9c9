import { defineConfig } from 'wxt';

/** The Firefox add-on ID; fixed so storage and tests find the same add-on across builds. */
export const GECKO_ID = 'crux@crux-reader.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Crux',
    description:
      'One click: a clean article, and the story at a glance: summary, key quotes with speakers, named figures, key numbers. All on your device.',
    permissions: ['activeTab', 'scripting', 'storage'],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Toggle reading mode',
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
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
