/**
 * The one way the size scripts bundle (`npm run size`, `npm run size:floor`):
 * esbuild, minified ESM for a neutral platform, gzipped at level 9, the way a
 * bundler user pays for the library. Both use it, so their figures compare.
 * `npm run size` bundles from the packed tarball (packForSize, bundleFromPackage);
 * `npm run size:floor` compares variants of the source (bundleForSize).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const contents =
    'contents' in source ? source.contents : source.only && `export { ${source.only.join(', ')} } from ${JSON.stringify(ENTRY)};`;
  const result = await build({
    ...(contents === undefined
      ? { entryPoints: [ENTRY] }
      : { stdin: { contents, resolveDir: process.cwd(), loader: 'ts' as const } }),
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

/** The packed package, unpacked where a bundler finds it as `treaty-withdrawal`. */
export interface PackedPackage {
  /** A directory whose node_modules/treaty-withdrawal is the tarball's content. */
  readonly dir: string;
  /** The package's own directory (node_modules/treaty-withdrawal). */
  readonly packageDir: string;
  readonly tarball: string;
}

/**
 * `npm pack`s the package at `root` (built beforehand: `npm run build`) into a
 * temporary directory and unpacks it there as node_modules/treaty-withdrawal, so
 * the size figures are what a consumer's bundler sees: dist/, its exports map
 * and its `sideEffects`, never src/.
 */
export function packForSize(root: string): PackedPackage {
  const dir = mkdtempSync(join(tmpdir(), 'tw-size-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  ) as { filename: string }[];
  const filename = packed[0]?.filename;
  if (!filename) throw new Error('npm pack printed nothing');
  const packageDir = join(dir, 'node_modules', 'treaty-withdrawal');
  mkdirSync(packageDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', packageDir, '--strip-components=1']);
  return { dir, packageDir, tarball: join(dir, filename) };
}

/**
 * Bundles `contents` (an ES module importing from 'treaty-withdrawal' and its
 * subpaths) against the unpacked package, as bundleForSize does. xstate and zod,
 * when not external, come from this repository's node_modules.
 */
export async function bundleFromPackage(packed: PackedPackage, contents: string, external: readonly string[]): Promise<Bundled> {
  const result = await build({
    stdin: { contents, resolveDir: packed.dir, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    external: [...external],
    nodePaths: [new URL('../node_modules', import.meta.url).pathname],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no output');
  return { code, metafile: result.metafile, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}
