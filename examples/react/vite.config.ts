import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The React example, built from the library's own ESM build (dist/index.js) as an
// app that installed the package would be: run `npm run build` first
// (`npm run build:react-example` does both). Vite 8 compiles JSX itself (oxc);
// the example needs no React plugin to build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: { 'treaty-withdrawal': fileURLToPath(new URL('../../dist/index.js', import.meta.url)) },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1' },
});
