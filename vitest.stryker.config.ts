import { fileURLToPath } from 'node:url';
import type { RunnerTestCase } from 'vitest';
import { defineConfig } from 'vitest/config';
import type { Reporter, Vitest } from 'vitest/node';

/**
 * Counts a test file that fails to load as one failed test, for Stryker.
 *
 * Stryker's vitest runner (9.6.1, and 10.0.0 still: stryker-js#6150) builds a
 * mutant's result from the tests it collects in each file. A file whose import
 * throws collects none, so a mutant that stops a module from loading (an
 * emptied table the machine's definition reads, a schema that no longer
 * builds) was reported *survived* although every test file importing it
 * fails. Such mutants are static ones, so their survivors looked like gaps in
 * the tests where there were none (session 10: `structure.ts` state meta).
 * When the run ends, this gives each failed file without tasks one failed test
 * that carries the file's error; a file that loaded is left as it is.
 */
function loadFailuresAsFailedTests(): Reporter {
  let vitest: Vitest | undefined;
  return {
    onInit(ctx) {
      vitest = ctx;
    },
    onTestRunEnd() {
      for (const file of vitest?.state.getFiles() ?? []) {
        if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
        // The fields Stryker reads (a test's type, name, mode, file, suite and result), and the
        // lists vitest's own reporter walks when it prints the failure (`artifacts`: without it,
        // "t.artifacts is not iterable" crashed a Stryker worker in session 15's sample run).
        const failed = {
          type: 'test',
          id: `${file.id}_load`,
          name: 'loads',
          mode: 'run',
          file,
          suite: file,
          meta: {},
          annotations: [],
          artifacts: [],
          result: { state: 'fail', errors: file.result.errors ?? [] },
        } as unknown as RunnerTestCase;
        file.tasks.push(failed);
      }
    },
  };
}

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
      // ignoreStatic: false measures it: every test for each such mutant, about 30 s a mutant on
      // each of two workers here (257 static mutants took 64 min in session 10).
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
    reporters: ['default', loadFailuresAsFailedTests()],
  },
});
