import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    environment: 'node',
    reporters: process.env.CRUX_TEST_REPORTS
      ? ['default', ['json', { outputFile: `${process.env.CRUX_TEST_REPORTS}/unit.json` }]]
      : ['default'],
  },
});
