/**
 * Size budgets, measured the way a bundler user pays them: `npm run size`.
 *
 * Bundles src/index.ts with esbuild (minified, ESM), gzips it at level 9, and
 * fails when a figure is over its budget. `--json` prints the figures as JSON.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const entry = new URL('../src/index.ts', import.meta.url).pathname;

interface Figure {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  /** Budget for the gzipped size, in bytes. */
  readonly budget: number;
}

async function bundle(external: string[], only?: string[]): Promise<{ code: Uint8Array; metafile: Metafile }> {
  const result = await build({
    ...(only
      ? { stdin: { contents: `export { ${only.join(', ')} } from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'ts' as const } }
      : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return { code: file.contents, metafile: result.metafile };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

// Budgets are the measured sizes plus a little room: a change that grows them
// must raise them on purpose, in the same commit, saying why.
const BUDGET = {
  own: 30 * 1024,
  full: 72 * 1024,
  treatyData: 8 * 1024,
  contract: 25 * 1024,
  dates: 3 * 1024,
};

const own = await bundle(['xstate', 'zod']);
const full = await bundle([]);
// What an app pays for what it imports: tree-shaking keeps only what is used.
const contract = await bundle(['xstate', 'zod'], ['simulate', 'statusOn']);
const dates = await bundle(['xstate', 'zod'], ['addPeriod', 'daysBetween', 'isCalendarDate']);

// The shipped treaty and procedure profiles are legal data, not logic: measure
// them on their own too, so growth in either shows where it comes from.
const inputs = Object.values(own.metafile.outputs)[0]?.inputs ?? {};
const dataBytes = Object.entries(inputs)
  .filter(([path]) => /src\/(treaties\/profiles|procedures\/profiles)/.test(path))
  .reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
const ownMinified = own.code.byteLength;
const ownGzipped = gzipSync(own.code, { level: 9 }).byteLength;

const figures: Figure[] = [
  { name: "library's own code (xstate, zod external)", minified: ownMinified, gzipped: ownGzipped, budget: BUDGET.own },
  {
    name: '  of which treaty and procedure profiles (est.)',
    minified: dataBytes,
    gzipped: Math.round((ownGzipped * dataBytes) / ownMinified),
    budget: BUDGET.treatyData,
  },
  {
    name: '  importing only simulate and statusOn',
    minified: contract.code.byteLength,
    gzipped: gzipSync(contract.code, { level: 9 }).byteLength,
    budget: BUDGET.contract,
  },
  {
    name: '  importing only the date functions',
    minified: dates.code.byteLength,
    gzipped: gzipSync(dates.code, { level: 9 }).byteLength,
    budget: BUDGET.dates,
  },
  { name: 'full bundle with xstate and zod', minified: full.code.byteLength, gzipped: gzipSync(full.code, { level: 9 }).byteLength, budget: BUDGET.full },
];

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(`${'bundle'.padEnd(48)}  ${'minified'.padStart(10)}  ${'min+gzip'.padStart(10)}  ${'budget'.padStart(10)}`);
  for (const f of figures) {
    const over = f.gzipped > f.budget ? '  OVER BUDGET' : '';
    console.log(`${f.name.padEnd(48)}  ${kib(f.minified).padStart(10)}  ${kib(f.gzipped).padStart(10)}  ${kib(f.budget).padStart(10)}${over}`);
  }
}
const over = figures.filter((f) => f.gzipped > f.budget);
if (over.length > 0) {
  console.error(`\nover budget: ${over.map((f) => f.name.trim()).join(', ')}`);
  process.exitCode = 1;
}
