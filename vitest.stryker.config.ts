import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite for mutation testing: every test of the library's behaviour, with
// property tests cut to a twentieth of their runs (TW_QUICK), and without the
// tests that exercise the build (CLI, browser, package) rather than src/.
// stryker.config.json uses the clear-text reporter only: its JSON, HTML and
// incremental reports of src/machine did not fit in memory ("Invalid string
// length", then a heap OOM), even with failure diffs truncated.
export default defineConfig({
  resolve: {
    // As in vitest.config.ts: the docs' examples import every entry by name.
    alias: [
      { find: /^treaty-withdrawal$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^treaty-withdrawal\/core$/, replacement: fileURLToPath(new URL('./src/core.ts', import.meta.url)) },
      {
        find: /^treaty-withdrawal\/treaties$/,
        replacement: fileURLToPath(new URL('./src/treaties/profiles/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/e2e/**',
      'tests/browser/**',
      // The CLI and the package entries (src/cli is not mutated). Leaving them out does not make
      // module-level code (the machine's definition, schemas, tables) measured: under
      // ignoreStatic, Stryker still runs such a mutant only against the tests its coverage
      // happens to attribute it to ("hybrid"), so a survivor there may be untested; only
      // ignoreStatic: false (every test, about 1-2 min a mutant) measures it.
      'tests/cli/**',
      'tests/package/**',
      'tests/examples/examples.test.ts',
      // Starts the example server as a script; it timed out in Stryker's sandbox.
      'tests/examples/http-service.test.ts',
      'tests/docs/api.test.ts',
      'node_modules/**',
    ],
    env: { TW_QUICK: '1' },
    testTimeout: 60_000,
  },
});
