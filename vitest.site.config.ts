import { defineConfig } from 'vitest/config';

// End-to-end tests of the built playground (npm run test:site builds it first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // The React example has its own build and config: npm run test:react-example.
    exclude: ['tests/e2e/react-example.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
