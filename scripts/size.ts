/**
 * Size budgets, measured the way a bundler user pays them: `npm run size`.
 *
 * Bundles src/index.ts with esbuild (minified, ESM), gzips it at level 9, and
 * fails when a figure is over its budget. `--json` prints the figures as JSON.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import ts from 'typescript';

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

/**
 * The own bundle with the text of every string and template emptied: what the
 * code weighs without its words (articles, sources, explanations, messages,
 * and also event types and other string keys). Information, not a budget: it
 * shows how far a size target can be reached by moving words out.
 */
function withoutWords(code: string): string {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    const quote = node.getText(file)[0] ?? '"';
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) edits.push({ start: node.getStart(file), end: node.getEnd(), text: quote + quote });
    else if (ts.isTemplateHead(node)) edits.push({ start: node.getStart(file), end: node.getEnd(), text: '`${' });
    else if (ts.isTemplateMiddle(node)) edits.push({ start: node.getStart(file), end: node.getEnd(), text: '}${' });
    else if (ts.isTemplateTail(node)) edits.push({ start: node.getStart(file), end: node.getEnd(), text: '}`' });
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
const codeOnly = Buffer.from(withoutWords(new TextDecoder().decode(own.code)));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(`${'bundle'.padEnd(48)}  ${'minified'.padStart(10)}  ${'min+gzip'.padStart(10)}  ${'budget'.padStart(10)}`);
  for (const f of figures) {
    const over = f.gzipped > f.budget ? '  OVER BUDGET' : '';
    console.log(`${f.name.padEnd(48)}  ${kib(f.minified).padStart(10)}  ${kib(f.gzipped).padStart(10)}  ${kib(f.budget).padStart(10)}${over}`);
  }
  const words = '  own code with every string emptied (no budget)';
  console.log(`${words.padEnd(48)}  ${kib(codeOnly.byteLength).padStart(10)}  ${kib(gzipSync(codeOnly, { level: 9 }).byteLength).padStart(10)}`);
}
const over = figures.filter((f) => f.gzipped > f.budget);
if (over.length > 0) {
  console.error(`\nover budget: ${over.map((f) => f.name.trim()).join(', ')}`);
  process.exitCode = 1;
}
