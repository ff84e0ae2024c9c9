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
    action: { default_title: 'Crux: read this article' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Toggle reading mode',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
