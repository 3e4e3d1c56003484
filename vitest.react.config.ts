import { defineConfig } from 'vitest/config';

// End-to-end test of the built React example (npm run test:react-example builds it first).
export default defineConfig({
  test: {
    include: ['tests/e2e/react-example.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
