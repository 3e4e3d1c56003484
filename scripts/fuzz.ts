/**
 * The full fuzz run: `npm run fuzz [-- --inputs N] [-- --seed S]`.
 *
 * Sends a million generated inputs (by default) through safeSimulate, simulate,
 * applyEvent, fromPersisted and the profile schema, split by the weights in
 * tests/fuzz/targets.ts, with a generator per class of issue #19: events dated
 * near both ends of the calendar (actor, applyEvent, simulate and persistence
 * must agree and never throw), hostile objects (throwing getters, revoked and
 * trapping proxies at any depth of a scenario, input, event, envelope or
 * snapshot), control characters in user strings (no raw one may reach the text
 * or Mermaid output), logs around MAX_EVENTS (the cap, on applyEvent and
 * fromPersisted) and the CLI's argv, run in process (known and unknown
 * commands and options, Object.prototype names, huge values, control
 * characters: never a stack trace, exit code 0 or 2, one-line errors; the
 * inputs by class are printed). Seeded: the same seed replays the same inputs. Prints
 * per target the inputs tried, the refusals by code and the slowest call, and
 * exits non-zero on the first input that breaks a rule (with fast-check's
 * counterexample and the seed to replay it).
 */
import { runTarget, targets } from '../tests/fuzz/targets.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const total = option('inputs', 1_000_000);
const seed = option('seed', 20_251_129);
console.log(`fuzzing with ${total.toLocaleString('en')} inputs, seed ${seed}\n`);
let tried = 0;
const started = performance.now();
for (const [index, target] of targets.entries()) {
  const count = Math.round(total * target.weight);
  const start = performance.now();
  const stats = await runTarget(target, count, seed + index);
  tried += stats.inputs;
  const seconds = (performance.now() - start) / 1000;
  const codes = Object.entries(stats.codes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  console.log(
    `${target.name.padEnd(48)} ${String(stats.inputs).padStart(8)} inputs  ${String(stats.refusals).padStart(8)} refused  slowest ${stats.slowest.toFixed(1).padStart(6)} ms  ${seconds.toFixed(1)} s`,
  );
  if (codes) console.log(`${''.padEnd(48)} ${codes}`);
  if (stats.classes) {
    const classes = Object.entries(stats.classes)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    console.log(`${''.padEnd(48)} by class: ${classes}`);
  }
}
console.log(
  `\n${tried.toLocaleString('en')} inputs, no exception escaped, no hang, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
