/**
 * Size budgets, measured the way a bundler user pays them: `npm run size`.
 *
 * Bundles src/index.ts with esbuild (minified, ESM), gzips it at level 9, and
 * fails when a figure is over its budget. `--json` prints the figures as JSON.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import ts from 'typescript';

const entry = new URL('../src/index.ts', import.meta.url).pathname;

interface Figure {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  /** Budget for the gzipped size, in bytes; none for a figure shown for information. */
  readonly budget?: number;
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
const gz = (code: Uint8Array) => gzipSync(code, { level: 9 }).byteLength;

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
// For information: two more single imports, and what each dependency adds to
// the full bundle (the full bundle less the bundle without it).
const machineOnly = await bundle(['xstate', 'zod'], ['withdrawalMachine']);
const eventsOnly = await bundle(['xstate', 'zod'], ['WithdrawalEventSchema']);
const withoutZod = await bundle(['zod']);
const withoutXstate = await bundle(['xstate']);

// The shipped treaty and procedure profiles are legal data, not logic: measure
// them on their own too, so growth in either shows where it comes from.
const inputs = Object.values(own.metafile.outputs)[0]?.inputs ?? {};
const dataBytes = Object.entries(inputs)
  .filter(([path]) => /src\/(treaties\/profiles|procedures\/profiles)/.test(path))
  .reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
const ownMinified = own.code.byteLength;
const ownGzipped = gz(own.code);

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
    gzipped: gz(contract.code),
    budget: BUDGET.contract,
  },
  {
    name: '  importing only the date functions',
    minified: dates.code.byteLength,
    gzipped: gz(dates.code),
    budget: BUDGET.dates,
  },
  { name: 'full bundle with xstate and zod', minified: full.code.byteLength, gzipped: gz(full.code), budget: BUDGET.full },
];

const information: Figure[] = [
  { name: '  importing only withdrawalMachine', minified: machineOnly.code.byteLength, gzipped: gz(machineOnly.code) },
  { name: '  importing only WithdrawalEventSchema', minified: eventsOnly.code.byteLength, gzipped: gz(eventsOnly.code) },
  {
    name: '  zod in the full bundle (est.)',
    minified: full.code.byteLength - withoutZod.code.byteLength,
    gzipped: gz(full.code) - gz(withoutZod.code),
  },
  {
    name: '  xstate in the full bundle (est.)',
    minified: full.code.byteLength - withoutXstate.code.byteLength,
    gzipped: gz(full.code) - gz(withoutXstate.code),
  },
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
information.push({ name: '  own code with every string emptied', minified: codeOnly.byteLength, gzipped: gz(codeOnly) });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budgets: figures, information }, null, 2));
} else {
  const row = (f: Figure) => {
    const budget = f.budget === undefined ? '—' : kib(f.budget);
    const over = f.budget !== undefined && f.gzipped > f.budget ? '  OVER BUDGET' : '';
    console.log(`${f.name.padEnd(48)}  ${kib(f.minified).padStart(10)}  ${kib(f.gzipped).padStart(10)}  ${budget.padStart(10)}${over}`);
  };
  console.log(`${'bundle'.padEnd(48)}  ${'minified'.padStart(10)}  ${'min+gzip'.padStart(10)}  ${'budget'.padStart(10)}`);
  figures.forEach(row);
  console.log('for information (no budget):');
  information.forEach(row);
}
// The README's table of what each import adds: its figures must be these, to
// within TOLERANCE, or the README says something no longer true.
const TOLERANCE = 0.3 * 1024;
const readmeRows: [label: string, gzipped: number[]][] = [
  ['the date functions only', [gz(dates.code)]],
  ['`WithdrawalEventSchema` only', [gz(eventsOnly.code)]],
  ['`withdrawalMachine`', [gz(machineOnly.code)]],
  ['`simulate` and `statusOn`', [gz(contract.code)]],
  ['everything', [ownGzipped, Math.round((ownGzipped * dataBytes) / ownMinified)]],
  ['plus `xstate` and `zod`', [gz(full.code) - gz(withoutXstate.code), gz(full.code) - gz(withoutZod.code)]],
];
function readmeProblems(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = /<!-- size-table -->([\s\S]*?)<!-- \/size-table -->/.exec(readme)?.[1];
  if (table === undefined) return ['README.md has no <!-- size-table --> block'];
  const lines = table.split('\n').filter((line) => line.startsWith('| '));
  return readmeRows.flatMap(([label, actual]) => {
    const line = lines.find((l) => l.startsWith(`| ${label}`));
    if (line === undefined) return [`README.md: no row "${label}" in the size table`];
    const written = [...(line.split('|')[2] ?? '').matchAll(/(\d+(?:\.\d+)?) KiB/g)].map((m) => Number(m[1]) * 1024);
    const now = actual.map((bytes) => kib(bytes)).join(' and ');
    const off = written.length !== actual.length || written.some((bytes, i) => Math.abs(bytes - (actual[i] as number)) > TOLERANCE);
    return off ? [`README.md size table, "${label}": says ${written.map(kib).join(' and ') || 'nothing'}, measured ${now}`] : [];
  });
}
const stale = readmeProblems();
if (stale.length > 0) {
  console.error(`\nthe README's size table is out of date (update it by hand):\n  ${stale.join('\n  ')}`);
  process.exitCode = 1;
}

const over = figures.filter((f) => f.budget !== undefined && f.gzipped > f.budget);
if (over.length > 0) {
  console.error(`\nover budget: ${over.map((f) => f.name.trim()).join(', ')}`);
  process.exitCode = 1;
}
