/**
 * The one way the size scripts bundle (`npm run size`, `npm run size:floor`):
 * esbuild, minified ESM for a neutral platform, gzipped at level 9, the way a
 * bundler user pays for the library. Both use it, so their figures compare.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

/** The package's root entry. */
export const ENTRY = new URL('../src/index.ts', import.meta.url).pathname;

export interface Bundled {
  readonly code: Uint8Array;
  readonly metafile: Metafile;
  /** Bytes, minified. */
  readonly minified: number;
  /** Bytes, minified and gzipped. */
  readonly gzipped: number;
}

/** What to bundle: the root entry (default), only some of its exports, or a module's source. */
export type BundleSource = { readonly only?: readonly string[] } | { readonly contents: string };

export async function bundleForSize(source: BundleSource, external: readonly string[], plugins: Plugin[] = []): Promise<Bundled> {
  const contents = 'contents' in source ? source.contents : source.only && `export { ${source.only.join(', ')} } from ${JSON.stringify(ENTRY)};`;
  const result = await build({
    ...(contents === undefined ? { entryPoints: [ENTRY] } : { stdin: { contents, resolveDir: process.cwd(), loader: 'ts' as const } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: [...external],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no output');
  return { code, metafile: result.metafile, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
