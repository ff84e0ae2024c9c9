import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Real-browser end-to-end tests: `npx vitest run -c tests/e2e/vitest.e2e.config.ts`. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Browsers are heavy and the machine has 2 cores: one file at a time, tests in order.
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // scripts/test-all.sh sums every report into its closing "N passed, N failed" line.
    reporters: process.env.CRUX_TEST_REPORTS
      ? ['default', ['json', { outputFile: `${process.env.CRUX_TEST_REPORTS}/e2e.json` }]]
      : ['default'],
  },
});
