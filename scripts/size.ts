/**
 * Size budgets, measured the way a bundler user pays them: `npm run size`.
 *
 * Bundles src/index.ts as bundle-size.ts does, and fails when a figure is over
 * its budget or the README's size table is off. `--json` prints the figures.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { type Bundled, bundleForSize, kib } from './bundle-size.js';

interface Figure {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  /** Budget for the gzipped size, in bytes; none for a figure shown for information. */
  readonly budget?: number;
}

// Budgets are the measured sizes plus a little room: a change that grows them
// must raise them on purpose, in the same commit, saying why.
// The party data of src/parties (about 10 KiB: every party to three treaties)
// raised own, contract and full in the commits that added it; simulate reads it.
// Raised again by 5 KiB (own, full) and 4 KiB (contract) for refusals emitted
// by the machine (event.refused: the machine validates events and explains
// refusals, about 5 KiB of the machine alone), errors fit for APIs (per-issue
// codes, the library's own wording, did-you-mean) and the calendar and CSV export.
// The second version's events (src/machine/terms.ts, their transitions and their
// wording: about 4.8 KiB) raised own, contract and full again; the machine needs them.
const BUDGET = {
  own: 52 * 1024,
  full: 94 * 1024,
  treatyData: 8 * 1024,
  contract: 45 * 1024,
  dates: 3 * 1024,
};

const EXTERNAL = ['xstate', 'zod'];
const own = await bundleForSize({}, EXTERNAL);
const full = await bundleForSize({}, []);
// What an app pays for what it imports: tree-shaking keeps only what is used.
const contract = await bundleForSize({ only: ['simulate', 'statusOn'] }, EXTERNAL);
const dates = await bundleForSize({ only: ['addPeriod', 'daysBetween', 'isCalendarDate'] }, EXTERNAL);
const machineOnly = await bundleForSize({ only: ['withdrawalMachine'] }, EXTERNAL);
const eventsOnly = await bundleForSize({ only: ['WithdrawalEventSchema'] }, EXTERNAL);
// What each dependency adds: the full bundle less the bundle without it.
const withoutZod = await bundleForSize({}, ['zod']);
const withoutXstate = await bundleForSize({}, ['xstate']);

const figure = (name: string, bundled: Pick<Bundled, 'minified' | 'gzipped'>, budget?: number): Figure => ({
  name,
  minified: bundled.minified,
  gzipped: bundled.gzipped,
  ...(budget !== undefined && { budget }),
});
const difference = (a: Bundled, b: Bundled) => ({ minified: a.minified - b.minified, gzipped: a.gzipped - b.gzipped });

// The shipped treaty and procedure profiles are legal data, not logic: measure
// them on their own too, so growth in either shows where it comes from.
const inputs = Object.values(own.metafile.outputs)[0]?.inputs ?? {};
const dataBytes = Object.entries(inputs)
  .filter(([path]) => /src\/(treaties\/profiles|procedures\/profiles)/.test(path))
  .reduce((sum, [, info]) => sum + info.bytesInOutput, 0);

const ownFigure = figure("library's own code (xstate, zod external)", own, BUDGET.own);
const dataFigure = figure(
  '  of which treaty and procedure profiles (est.)',
  { minified: dataBytes, gzipped: Math.round((own.gzipped * dataBytes) / own.minified) },
  BUDGET.treatyData,
);
const contractFigure = figure('  importing only simulate and statusOn', contract, BUDGET.contract);
const datesFigure = figure('  importing only the date functions', dates, BUDGET.dates);
const machineFigure = figure('  importing only withdrawalMachine', machineOnly);
const eventsFigure = figure('  importing only WithdrawalEventSchema', eventsOnly);
const zodFigure = figure('  zod in the full bundle (est.)', difference(full, withoutZod));
const xstateFigure = figure('  xstate in the full bundle (est.)', difference(full, withoutXstate));

const figures: Figure[] = [ownFigure, dataFigure, contractFigure, datesFigure, figure('full bundle with xstate and zod', full, BUDGET.full)];
const information: Figure[] = [machineFigure, eventsFigure, zodFigure, xstateFigure];

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
information.push({ name: '  own code with every string emptied', minified: codeOnly.byteLength, gzipped: gzipSync(codeOnly, { level: 9 }).byteLength });

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
const readmeRows: [label: string, figures: Figure[]][] = [
  ['the date functions only', [datesFigure]],
  ['`WithdrawalEventSchema` only', [eventsFigure]],
  ['`withdrawalMachine`', [machineFigure]],
  ['`simulate` and `statusOn`', [contractFigure]],
  ['everything', [ownFigure, dataFigure]],
  ['plus `xstate` and `zod`', [xstateFigure, zodFigure]],
];
function readmeProblems(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = /<!-- size-table -->([\s\S]*?)<!-- \/size-table -->/.exec(readme)?.[1];
  if (table === undefined) return ['README.md has no <!-- size-table --> block'];
  const lines = table.split('\n').filter((line) => line.startsWith('| '));
  return readmeRows.flatMap(([label, rowFigures]) => {
    const actual = rowFigures.map((f) => f.gzipped);
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
