import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The playground is built from the library's own ESM build (dist/index.js), as
// an app would use the package: run `npm run build` first (build:site does).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: { 'treaty-withdrawal': fileURLToPath(new URL('../dist/index.js', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../site-dist', import.meta.url)),
    emptyOutDir: true,
    // Mermaid is large and loaded on demand; say so instead of warning.
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1' },
});
