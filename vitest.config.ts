import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Examples and docs import the package by name, as users do; run them against the source.
    alias: { 'treaty-withdrawal': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The playground's end-to-end tests need the built site: npm run test:site.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Property-based suites run tens of thousands of cases; give them room.
    testTimeout: 60_000,
  },
});
