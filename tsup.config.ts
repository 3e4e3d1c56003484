import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The package's public entries (package.json `exports`), by output name. */
const ENTRIES = {
  index: 'src/index.ts',
  core: 'src/core.ts',
  'treaties/profiles/index': 'src/treaties/profiles/index.ts',
  'parties/data/index': 'src/parties/data/index.ts',
};

export default defineConfig([
  {
    // The library as ES modules, one file per source module (no bundling), so an
    // app's bundler drops every module it does not reach (the package has no side
    // effects): `addPeriod` alone does not carry the machine, and the machine with
    // one profile object does not carry the catalog. Types: one bundled .d.ts per
    // public entry.
    entry: ['src/**/*.ts', '!src/cli/**'],
    outDir: 'dist',
    format: ['esm'],
    bundle: false,
    dts: { entry: ENTRIES },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The library for require(): one file per public entry (CommonJS has no
    // tree-shaking to serve), xstate and zod staying imports. The entries share
    // their modules through chunks (splitting), so that `require('treaty-withdrawal')`
    // and `require('treaty-withdrawal/core')` hold one registry of treaties,
    // procedures and party data, as the ES module build does.
    entry: ENTRIES,
    format: ['cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    clean: false,
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
