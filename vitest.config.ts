import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Examples and docs import the package by name, as users do; run them against the source.
    alias: [
      { find: /^treaty-withdrawal$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^treaty-withdrawal\/core$/, replacement: fileURLToPath(new URL('./src/core.ts', import.meta.url)) },
      {
        find: /^treaty-withdrawal\/treaties$/,
        replacement: fileURLToPath(new URL('./src/treaties/profiles/index.ts', import.meta.url)),
      },
      {
        find: /^treaty-withdrawal\/parties$/,
        replacement: fileURLToPath(new URL('./src/parties/data/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The playground's end-to-end tests need the built site: npm run test:site.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Property-based suites run tens of thousands of cases; give them room.
    testTimeout: 60_000,
  },
});
