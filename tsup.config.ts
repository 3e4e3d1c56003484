import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: ESM + CJS with types; xstate and zod stay imports.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    external: ['xstate', 'zod'],
  },
  {
    // The CLI: self-contained and minified, so a cold start parses a few files
    // instead of resolving xstate's and zod's module graphs; the engine (xstate,
    // zod) is a separate chunk loaded only by the commands that simulate.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    splitting: true,
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    minify: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
