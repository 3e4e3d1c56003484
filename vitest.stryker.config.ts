import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite for mutation testing: every test of the library's behaviour, with
// property tests cut to a twentieth of their runs (TW_QUICK), and without the
// tests that exercise the build (CLI, browser, package) rather than src/.
export default defineConfig({
  resolve: {
    alias: { 'treaty-withdrawal': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/browser.test.ts', 'tests/cli.test.ts', 'tests/examples.test.ts', 'tests/api-docs.test.ts', 'node_modules/**'],
    env: { TW_QUICK: '1' },
    // Stryker keeps each killed mutant's failure message in its report. Full
    // diffs of large values (an XState snapshot prints its whole machine) made
    // the report of src/machine too long for JSON.stringify ("Invalid string
    // length"); bounded diffs keep it small and still say what failed.
    diff: { truncateThreshold: 200, maxDepth: 8 },
    chaiConfig: { truncateThreshold: 200 },
    testTimeout: 60_000,
  },
});
