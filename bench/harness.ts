/**
 * A small measuring helper for the benchmark suite.
 *
 * Time: warm up, calibrate the number of iterations so that one sample lasts
 * about `sampleMs`, take `samples` samples timed with `process.hrtime.bigint()`
 * and keep the median ns/op.
 *
 * Memory: with `globalThis.gc` exposed (`node --expose-gc`), collect, read
 * `process.memoryUsage().heapUsed`, run N iterations, read again and divide.
 * A `PerformanceObserver` on `gc` entries tells whether a collection ran inside
 * that window; if one did, N is halved and the reading taken again. The figure
 * is marked approximate when a collection still ran, or when `gc` is not
 * exposed (the young generation then holds garbage of earlier work and a
 * scavenge may be due at any moment).
 *
 * Results are plain objects, ready for JSON.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';

/** The function measured; `i` counts iterations, to rotate through inputs. */
export type BenchFn = (i: number) => unknown;

/** How long to measure. */
export interface MeasureOptions {
  /** Warm-up time before calibration is final (ms). */
  readonly warmupMs: number;
  /** Target duration of one sample (ms). */
  readonly sampleMs: number;
  /** Number of timed samples (at least 1; 5 or more for a real run). */
  readonly samples: number;
  /** Operations one call of `fn` stands for (e.g. scenarios per batch); 1 by default. */
  readonly opsPerCall?: number;
  /** Upper bound on iterations in the allocation window; 20 000 by default. */
  readonly maxAllocIterations?: number;
}

/** Bytes allocated per operation, and how far to trust the figure. */
export interface AllocationResult {
  /** Bytes per operation; `null` when no reading could be taken. */
  readonly bytesPerOp: number | null;
  /** True when a GC ran during the window, or `gc` is not exposed. */
  readonly approximate: boolean;
  /** Iterations in the window that was kept. */
  readonly iterations: number;
  /** Whether a GC was observed in the window that was kept. */
  readonly gcObserved: boolean;
  /** Whether `globalThis.gc` was available. */
  readonly gcExposed: boolean;
}

/** What {@link measure} found. */
export interface MeasureResult {
  readonly name: string;
  /** Median nanoseconds per operation. */
  readonly nsPerOp: number;
  /** Operations per second at the median. */
  readonly opsPerSec: number;
  /** Fastest and slowest sample (ns/op). */
  readonly minNsPerOp: number;
  readonly maxNsPerOp: number;
  /** Every sample, ns/op, in the order taken. */
  readonly samplesNsPerOp: readonly number[];
  /** Calls of `fn` per sample. */
  readonly callsPerSample: number;
  /** Operations one call stands for. */
  readonly opsPerCall: number;
  readonly allocation: AllocationResult;
}

/** Full and quick presets. */
export const FULL: MeasureOptions = { warmupMs: 300, sampleMs: 200, samples: 7 };
export const QUICK: MeasureOptions = { warmupMs: 200, sampleMs: 50, samples: 3 };

type Runner = (fn: BenchFn, n: number) => unknown;

/**
 * A fresh copy of the timing loop for every benchmark. A single shared loop
 * would see every benchmarked function at its one call site, which V8 then
 * treats as megamorphic and stops inlining: the fast functions would be
 * penalised by whichever benchmark ran before them.
 */
function freshRunner(): Runner {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('fn', 'n', 'let sink; for (let i = 0; i < n; i++) { sink = fn(i); } return sink;') as Runner;
}

/** Keeps results reachable so the optimiser cannot drop the work. */
let blackhole: unknown;
export function consume(value: unknown): void {
  blackhole = value;
}
/** The last value kept (so the sink is observably used). */
export function lastConsumed(): unknown {
  return blackhole;
}

function timeCalls(run: Runner, fn: BenchFn, n: number): number {
  const start = process.hrtime.bigint();
  blackhole = run(fn, n);
  return Number(process.hrtime.bigint() - start);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `globalThis.gc` when node runs with `--expose-gc`. */
export function exposedGc(): (() => void) | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Bytes allocated per call of `fn` over `iterations` calls, and whether a GC
 * started inside the window.
 */
async function allocationWindow(run: Runner, fn: BenchFn, iterations: number): Promise<{ bytes: number; gcObserved: boolean }> {
  const gcStarts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcStarts.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    exposedGc()?.();
    // Let the entry of that forced collection be delivered before the window opens.
    await nextTurn();
    const windowStart = performance.now();
    const before = process.memoryUsage().heapUsed;
    blackhole = run(fn, iterations);
    const after = process.memoryUsage().heapUsed;
    const windowEnd = performance.now();
    // GC entries are queued by the collector and delivered on a later turn of
    // the event loop: wait for them, then take whatever is still buffered.
    await nextTurn();
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const entry of observer.takeRecords()) gcStarts.push(entry.startTime);
    const gcObserved = gcStarts.some((start) => start >= windowStart && start <= windowEnd);
    return { bytes: (after - before) / iterations, gcObserved };
  } finally {
    observer.disconnect();
  }
}

/**
 * Allocation per call: starts from `iterations` and halves while a GC spoils the
 * window (up to 8 tries), so the reading normally comes from a clean window.
 */
export async function measureAllocation(fn: BenchFn, iterations: number, opsPerCall = 1): Promise<AllocationResult> {
  const run = freshRunner();
  run(fn, Math.min(iterations, 100)); // give this copy of the loop its type feedback
  const gcExposed = exposedGc() !== undefined;
  let n = Math.max(1, Math.floor(iterations));
  let last: { bytes: number; gcObserved: boolean } | undefined;
  for (let attempt = 0; attempt < 8; attempt++) {
    last = await allocationWindow(run, fn, n);
    if (!last.gcObserved && last.bytes >= 0) break;
    if (n === 1) break;
    n = Math.max(1, n >> 1);
  }
  if (last === undefined) return { bytesPerOp: null, approximate: true, iterations: 0, gcObserved: false, gcExposed };
  // A reading spoiled by a collection can even be negative: no figure then.
  const usable = last.bytes >= 0;
  return {
    bytesPerOp: usable ? last.bytes / opsPerCall : null,
    approximate: last.gcObserved || !gcExposed,
    iterations: n,
    gcObserved: last.gcObserved,
    gcExposed,
  };
}

/**
 * Measures `fn`: warm-up and calibration, timed samples, then allocation.
 *
 * @example
 * const r = await measure('noop', (i) => i, QUICK);
 * r.nsPerOp; // a few ns
 */
export async function measure(name: string, fn: BenchFn, options: MeasureOptions): Promise<MeasureResult> {
  const opsPerCall = options.opsPerCall ?? 1;
  const run = freshRunner();
  const warmupNs = options.warmupMs * 1e6;
  const sampleNs = options.sampleMs * 1e6;

  // Warm up while calibrating: double the batch until one batch takes a tenth
  // of a sample, and keep running batches until the warm-up time is spent.
  let n = 1;
  let spent = 0;
  let nsPerCall = Number.POSITIVE_INFINITY;
  for (;;) {
    const elapsed = timeCalls(run, fn, n);
    spent += elapsed;
    nsPerCall = Math.max(elapsed, 1) / n;
    if (spent >= warmupNs && elapsed >= sampleNs / 10) break;
    if (elapsed < sampleNs / 10) n *= 2;
    if (spent >= warmupNs * 4) break; // a very slow function: enough
  }
  const callsPerSample = Math.max(1, Math.round(sampleNs / nsPerCall));

  const samples: number[] = [];
  for (let s = 0; s < Math.max(1, options.samples); s++) {
    samples.push(timeCalls(run, fn, callsPerSample) / callsPerSample / opsPerCall);
  }
  const nsPerOp = median(samples);

  const allocIterations = Math.min(options.maxAllocIterations ?? 20_000, callsPerSample);
  const allocation = await measureAllocation(fn, allocIterations, opsPerCall);

  return {
    name,
    nsPerOp,
    opsPerSec: 1e9 / nsPerOp,
    minNsPerOp: Math.min(...samples),
    maxNsPerOp: Math.max(...samples),
    samplesNsPerOp: samples,
    callsPerSample,
    opsPerCall,
    allocation,
  };
}

/** What {@link comparePaired} found for one of the functions compared. */
export interface PairedResult {
  readonly name: string;
  /** Median ns/op over the rounds. */
  readonly nsPerOp: number;
  /** Median over the rounds of (this function's time / the first function's time in the same round). */
  readonly ratio: number;
  /** First and third quartile of those per-round ratios. */
  readonly ratioQuartiles: readonly [number, number];
  /** ns/op of every round, in order. */
  readonly roundsNsPerOp: readonly number[];
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/**
 * `ours` measured against `baseline` round by round: the median and quartiles
 * of the per-round ratios. Both must come from one {@link comparePaired} call,
 * so that their rounds line up; use it to compare two functions that were not
 * the first of the comparison.
 */
export function pairedAgainst(ours: PairedResult, baseline: PairedResult): PairedResult {
  const ratios = ours.roundsNsPerOp.map((t, i) => t / (baseline.roundsNsPerOp[i] as number)).sort((a, b) => a - b);
  return { ...ours, ratio: median(ratios), ratioQuartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)] };
}

/**
 * Compares functions against the first by interleaving them: round after
 * round, each runs for about `sampleMs`, in alternating order. Every round
 * gives each function the same JIT state and the same load on the machine, so
 * the ratio of two figures from one round is far steadier than the ratio of
 * two figures measured one after the other (on a shared two-core machine, the
 * order alone moved an XState actor by 25 % in session 3). Returns, per
 * function, the median time and the median of its per-round ratios.
 */
export function comparePaired(
  fns: Readonly<Record<string, BenchFn>>,
  options: { readonly rounds: number; readonly sampleMs: number; readonly warmupMs: number },
): PairedResult[] {
  const names = Object.keys(fns);
  const runs = names.map(() => freshRunner());
  const calls = names.map((name, k) => {
    const fn = fns[name] as BenchFn;
    const run = runs[k] as Runner;
    let n = 1;
    let spent = 0;
    for (;;) {
      const elapsed = timeCalls(run, fn, n);
      spent += elapsed;
      if (spent >= options.warmupMs * 1e6 && elapsed >= (options.sampleMs * 1e6) / 10)
        return Math.max(1, Math.round((n * options.sampleMs * 1e6) / elapsed));
      if (elapsed < (options.sampleMs * 1e6) / 10) n *= 2;
    }
  });
  const rounds: number[][] = names.map(() => []);
  for (let r = 0; r < options.rounds; r++) {
    const order = r % 2 === 0 ? names.map((_, k) => k) : names.map((_, k) => names.length - 1 - k);
    for (const k of order) {
      const n = calls[k] as number;
      (rounds[k] as number[]).push(timeCalls(runs[k] as Runner, fns[names[k] as string] as BenchFn, n) / n);
    }
  }
  const results = names.map((name, k): PairedResult => {
    const times = rounds[k] as number[];
    return { name, nsPerOp: median(times), ratio: 1, ratioQuartiles: [1, 1], roundsNsPerOp: times };
  });
  const base = results[0] as PairedResult;
  return results.map((result) => pairedAgainst(result, base));
}

/** `1234` → `1.23 kB`; approximate figures get a leading `~`. */
export function formatBytes(allocation: AllocationResult): string {
  if (allocation.bytesPerOp === null) return 'n/a';
  const b = allocation.bytesPerOp;
  const text =
    b < 1024 ? `${Math.round(b)} B` : b < 1024 * 1024 ? `${(b / 1024).toFixed(1)} kB` : `${(b / 1024 / 1024).toFixed(2)} MB`;
  return allocation.approximate ? `~${text}` : text;
}

/** ns → `0.123 µs` / `12.3 µs` / `1.23 ms`. */
export function formatTime(ns: number): string {
  const us = ns / 1000;
  if (us < 1) return `${us.toFixed(3)} µs`;
  if (us < 100) return `${us.toFixed(2)} µs`;
  if (us < 10_000) return `${us.toFixed(0)} µs`;
  return `${(us / 1000).toFixed(1)} ms`;
}

/** ops/s with an SI suffix. */
export function formatRate(opsPerSec: number, unit = 'ops/s'): string {
  if (opsPerSec >= 1e6) return `${(opsPerSec / 1e6).toFixed(2)} M ${unit}`;
  if (opsPerSec >= 1e3) return `${(opsPerSec / 1e3).toFixed(1)} k ${unit}`;
  return `${opsPerSec.toFixed(1)} ${unit}`;
}
