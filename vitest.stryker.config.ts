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
    // Bounded failure diffs: Stryker keeps each killed mutant's message. (Its
    // JSON, HTML and incremental reports of src/machine still did not fit in
    // memory, "Invalid string length" and then a heap OOM, so stryker.config.json
    // uses the clear-text reporter only.)
    diff: { truncateThreshold: 200, maxDepth: 8 },
    chaiConfig: { truncateThreshold: 200 },
    testTimeout: 60_000,
  },
});
