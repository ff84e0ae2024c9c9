import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/**
 * The floor plan (docs/ARCHITECTURE.md): page → article → insights → the two surfaces. An import may
 * point down the plan, never up or across: the stages know nothing of the surfaces, the shared pieces
 * nothing of a surface, a surface nothing of the other, and product code nothing of the tests. Unit
 * tests beside the code may reach anything.
 */
const LAYERS = {
  extraction: [
    'reader-data',
    'analysis',
    'reading-mode',
    'story',
    'settings',
    'tab',
    'ui',
    'entrypoints',
    'cli',
    'tests',
  ],
  analysis: ['reader-data', 'reading-mode', 'story', 'settings', 'tab', 'ui', 'entrypoints', 'cli', 'tests'],
  ui: ['reader-data', 'reading-mode', 'story', 'settings', 'tab', 'entrypoints', 'cli', 'tests'],
  'reader-data': ['reading-mode', 'story', 'settings', 'tab', 'ui', 'entrypoints', 'cli', 'tests'],
  settings: ['reading-mode', 'story', 'tab', 'entrypoints', 'cli', 'tests'],
  tab: ['reading-mode', 'story', 'settings', 'ui', 'entrypoints', 'cli', 'tests'],
  'reading-mode': ['story', 'entrypoints', 'cli', 'tests'],
  story: ['reading-mode', 'entrypoints', 'cli', 'tests'],
  entrypoints: ['cli', 'tests'],
};

/** The stages run in a worker, in Node and in the page: no browser API and no view library. */
const STAGE_PACKAGES = ['wxt/*', 'webextension-polyfill', 'preact', 'preact/*'];

const importDirections = Object.entries(LAYERS).map(([folder, forbidden]) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.flatMap((name) => [`**/${name}`, `**/${name}/**`]),
            message: `${folder}/ may not import this folder: see the floor plan in docs/ARCHITECTURE.md.`,
          },
          ...(folder === 'extraction' || folder === 'analysis'
            ? [{ group: STAGE_PACKAGES, message: 'The stages use no browser API and no view library.' }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/e2e/prototype-extension/**',
      '**/*.scratch.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  noUnsanitized.configs.recommended,
  {
    // DOMPurify instances are named `purify` (one per window, see extraction/sanitize.ts).
    rules: {
      'no-unsanitized/property': [
        'error',
        { escape: { methods: ['purify.sanitize', 'DOMPurify.sanitize'] } },
      ],
      'no-unsanitized/method': ['error', { escape: { methods: ['purify.sanitize', 'DOMPurify.sanitize'] } }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  ...importDirections,
);
