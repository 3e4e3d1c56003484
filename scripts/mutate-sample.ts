/**
 * A mutation score measured on a random sample of source lines, for a machine
 * where the whole run (`npm run mutate`: about 7 300 mutants, six hours and
 * more on two cores) does not fit: `npm run mutate:sample -- --lines 500
 * --seed 1`.
 *
 * It draws `--lines` lines at random (seeded, so a run can be repeated; drawn
 * by a hash of each line's text, so an edit elsewhere leaves the draw alone) from
 * the files `stryker.config.json` mutates, has Stryker mutate only the
 * mutants that lie wholly within one of them (Stryker's `file:line-line`
 * ranges), and reports the score with a 95 % interval from a bootstrap over
 * the lines drawn (a line's mutants are not independent, so lines are the
 * unit resampled). Mutants that span several lines (a whole block or object
 * emptied) are outside every one-line range, so the sample leaves them out;
 * they are among the easiest to kill, so the estimate leans low. Mutants of
 * module-level code (static) are run, under the configuration's ignoreStatic,
 * only against the tests Stryker attributes them to, so their survivors may be
 * untested: read the report's `static` flag before writing tests for them, or
 * run with `--whole-suite`, which measures them soundly.
 *
 * Options: `--lines N` (default 500), `--seed S` (default 1), `--dry` (write
 * the configuration and print the ranges without running Stryker),
 * `--incremental` (Stryker's incremental mode: a rerun of the same sample
 * reuses the result of every mutant whose code and covering tests did not
 * change, kept in `reports/stryker-incremental-sample.json`), `--whole-suite`
 * (ignoreStatic off: each static mutant runs against every test, about 30 s
 * each on two cores; its incremental results are kept apart, in
 * `reports/stryker-incremental-sample-whole.json`, as they are not comparable).
 * The summary gives the score of the static and the other mutants apart too.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive whole number`);
  return value;
};
const lines = option('--lines', 500);
const seed = option('--seed', 1);
const wholeSuite = process.argv.includes('--whole-suite');

/** mulberry32: a small seeded generator, enough for a reproducible bootstrap. */
function generator(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A glob of the Stryker configuration (`**`, `*`) as a regular expression over a relative path. */
function globRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .split('**/')
    .map((part) => part.replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*'))
    .join('(?:.*/)?');
  return new RegExp(`^${source}$`);
}

const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8')) as { mutate: string[] } & Record<
  string,
  unknown
>;
const include = base.mutate.filter((p) => !p.startsWith('!')).map(globRegExp);
const exclude = base.mutate.filter((p) => p.startsWith('!')).map((p) => globRegExp(p.slice(1)));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Every line that could hold a mutant: not blank, not a comment, not an import.
 * `key` is its text with which occurrence of that text in the file it is.
 */
const candidates: { file: string; line: number; key: string }[] = [];
for (const path of walk(join(root, 'src')).sort()) {
  const file = relative(root, path).split('\\').join('/');
  if (!include.some((r) => r.test(file)) || exclude.some((r) => r.test(file))) continue;
  const seen = new Map<string, number>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const trimmed = text.trim();
      if (trimmed === '' || /^(\/\/|\/\*|\*|import |export (type )?\{.*\} from)/.test(trimmed)) return;
      const occurrence = seen.get(trimmed) ?? 0;
      seen.set(trimmed, occurrence + 1);
      candidates.push({ file, line: index + 1, key: `${occurrence}\0${trimmed}` });
    });
}

// The lines whose hash (of the seed, the file, the line's text and which
// occurrence of that text it is in the file) is smallest: a line stays drawn
// whatever is added or removed elsewhere, so a rerun after an edit measures
// the same lines (a draw by index moved the whole sample with any line added).
const hashed = candidates.map((candidate) => ({
  candidate,
  hash: createHash('sha256').update(`${seed}\0${candidate.file}\0${candidate.key}`).digest('hex'),
}));
const sample = hashed
  .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
  .slice(0, lines)
  .map(({ candidate }) => candidate)
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
const ranges = sample.map(({ file, line }) => `${file}:${line}-${line}`);

const configPath = join(root, '.stryker-sample.config.json');
const report = 'reports/mutation-sample.json';
const { $schema: _schema, ...rest } = base;
writeFileSync(
  configPath,
  `${JSON.stringify(
    {
      ...rest,
      mutate: ranges,
      // A sample is a measurement: Stryker must not exit early on the whole run's break threshold.
      thresholds: { ...(rest.thresholds as object), break: null },
      reporters: ['clear-text', 'progress', 'json'],
      jsonReporter: { fileName: report },
      incremental: process.argv.includes('--incremental'),
      ...(wholeSuite
        ? { ignoreStatic: false, incrementalFile: 'reports/stryker-incremental-sample-whole.json' }
        : { incrementalFile: 'reports/stryker-incremental-sample.json' }),
    },
    null,
    2,
  )}\n`,
);
console.log(`${candidates.length} candidate lines in the mutated files; ${sample.length} drawn with seed ${seed}`);
if (process.argv.includes('--dry')) {
  console.log(ranges.join('\n'));
  process.exit(0);
}

const run = spawnSync('npx', ['stryker', 'run', configPath], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

interface ReportedMutant {
  readonly status: string;
  readonly static?: boolean;
  readonly location: { readonly start: { readonly line: number } };
}
const json = JSON.parse(readFileSync(join(root, report), 'utf8')) as {
  files: Record<string, { mutants: ReportedMutant[] }>;
};
/** Per line drawn: mutants detected (killed or timed out) and mutants valid (also survived or not covered). */
const perLine = new Map<string, { detected: number; valid: number }>();
/** The same, static (module-level) mutants and the others apart. */
const byKind = { static: { detected: 0, valid: 0 }, other: { detected: 0, valid: 0 } };
for (const [file, { mutants }] of Object.entries(json.files)) {
  for (const mutant of mutants) {
    if (!['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(mutant.status)) continue;
    const key = `${file}:${mutant.location.start.line}`;
    const tally = perLine.get(key) ?? { detected: 0, valid: 0 };
    const kind = byKind[mutant.static === true ? 'static' : 'other'];
    tally.valid += 1;
    kind.valid += 1;
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') {
      tally.detected += 1;
      kind.detected += 1;
    }
    perLine.set(key, tally);
  }
}
const tallies = [...perLine.values()];
const score = (list: readonly { detected: number; valid: number }[]) =>
  list.reduce((s, t) => s + t.detected, 0) /
  Math.max(
    1,
    list.reduce((s, t) => s + t.valid, 0),
  );
const boot = generator(seed + 1);
const scores: number[] = [];
for (let i = 0; i < 2000; i++) {
  scores.push(score(tallies.map(() => tallies[Math.floor(boot() * tallies.length)] as { detected: number; valid: number })));
}
scores.sort((a, b) => a - b);
const percent = (x: number) => `${(100 * x).toFixed(2)} %`;
const mutants = tallies.reduce((s, t) => s + t.valid, 0);
console.log(
  `\nsampled mutation score: ${percent(score(tallies))} over ${mutants} mutants on ${tallies.length} of the ${sample.length} lines drawn` +
    ` (95 % bootstrap interval over lines: ${percent(scores[50] as number)} – ${percent(scores[1949] as number)})`,
);
for (const [kind, tally] of Object.entries(byKind)) {
  console.log(
    `  ${kind === 'static' ? 'static (module-level)' : 'run during calls'}: ${tally.detected} of ${tally.valid} detected (${percent(score([tally]))})` +
      (kind === 'static' && !wholeSuite ? ', against the attributed tests only (see --whole-suite)' : ''),
  );
}
