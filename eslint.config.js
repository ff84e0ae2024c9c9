import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

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
);
