import { addDays, daysBetween } from '../dates/arithmetic.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { describeValue } from '../errors/describe-value.js';
import { message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import { toolMessages } from '../errors/tool-messages.js';
import { wordedError } from '../errors/worded-error.js';
import type { Outcome } from '../machine/context.js';
import type { Scenario } from './scenario.js';
import { safeSimulate } from './simulate.js';

/** A seeded source of random choices: the same seed gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number between `min` and `max`, both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
  /** A date between `from` and `to`, both included. */
  date(from: CalendarDate, to: CalendarDate): CalendarDate;
  /** `date` plus between `min` and `max` days, both included. */
  daysAfter(date: CalendarDate, min: number, max: number): CalendarDate;
}

/**
 * A seeded generator (SplitMix32: a 32-bit state stepped by the golden-ratio
 * constant and mixed by two multiply-xorshift rounds). Small and fast; its
 * purpose is reproducible studies, not cryptography.
 *
 * @example
 * const a = createRandom(42);
 * const b = createRandom(42);
 * a.int(1, 6) === b.int(1, 6);
 * //=> true
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) {
    throw wordedError('INVALID_INPUT', message('random.seed', { got: describeValue(seed) }), { path: 'seed' }, toolMessages);
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      const said = message('random.int', { min: describeValue(min), max: describeValue(max) });
      throw wordedError('INVALID_INPUT', said, {}, toolMessages);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw wordedError('INVALID_INPUT', message('random.pickEmpty'), {}, toolMessages);
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    date: (from, to) => addDays(from, int(0, daysBetween(from, to))),
    daysAfter: (date, min, max) => addDays(date, int(min, max)),
  };
}

/** What to study: how many runs, the seed, and how to draw one scenario. */
export interface MonteCarloOptions {
  /** How many scenarios to draw (1 to 1 000 000). */
  readonly runs: number;
  /** The seed: the same seed gives the same summary. */
  readonly seed: number;
  /** Draws the scenario of one run. */
  readonly scenario: (random: Random, run: number) => Scenario;
}

/** The distribution of effective dates over the runs that have one. */
export interface EffectiveDateDistribution {
  /** How many runs have an effective date. */
  readonly count: number;
  readonly earliest: CalendarDate;
  readonly latest: CalendarDate;
  /** Nearest-rank percentiles. */
  readonly p10: CalendarDate;
  readonly median: CalendarDate;
  readonly p90: CalendarDate;
  /** Runs per month of effect (`YYYY-MM`), in date order. */
  readonly byMonth: readonly { readonly month: string; readonly count: number }[];
}

/** What a Monte-Carlo study found. */
export interface MonteCarloSummary {
  readonly runs: number;
  readonly seed: number;
  /** Runs per outcome. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** Runs whose scenario was refused, by error code. */
  readonly failures: Readonly<Record<string, number>>;
  /** Effective dates, or `null` when no run has one. */
  readonly effectiveOn: EffectiveDateDistribution | null;
}

function percentile(sorted: readonly CalendarDate[], p: number): CalendarDate {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as CalendarDate;
}

/**
 * Runs a seeded Monte-Carlo study: draws `runs` scenarios, simulates each, and
 * summarises outcomes and effective dates. The same seed gives the same answer.
 *
 * @example
 * const study = monteCarlo({
 *   runs: 1000,
 *   seed: 7,
 *   scenario: (random) => ({
 *     treaty: 'ottawa',
 *     events: [
 *       { type: 'armedConflict.started', date: '2022-02-24' },
 *       { type: 'instrument.deposited', date: '2025-07-18' },
 *       { type: 'armedConflict.ended', date: random.date('2025-09-01', '2028-12-31') },
 *     ],
 *   }),
 * });
 * study.outcomes.effective;
 * //=> 1000
 */
export function monteCarlo(options: MonteCarloOptions): MonteCarloSummary {
  // Options with a throwing getter or a revoked proxy are INVALID_INPUT (issue #19, item 7).
  const { runs, seed, scenario } = readingInput('options', () => {
    const { runs, seed, scenario } = options;
    return { runs, seed, scenario };
  });
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) {
    throw wordedError('INVALID_INPUT', message('monteCarlo.runs', { got: describeValue(runs) }), { path: 'runs' }, toolMessages);
  }
  if (typeof scenario !== 'function') {
    throw wordedError('INVALID_INPUT', message('monteCarlo.scenario'), { path: 'scenario' }, toolMessages);
  }
  const random = createRandom(seed);
  const outcomes: Record<Outcome, number> = {
    'in-procedure': 0,
    'notice-period': 0,
    deferred: 0,
    effective: 0,
    revoked: 0,
    abandoned: 0,
    'suspension-pending': 0,
    'suspension-contested': 0,
    suspended: 0,
  };
  const failures: Record<string, number> = {};
  const dates: CalendarDate[] = [];
  for (let run = 0; run < runs; run++) {
    const result = safeSimulate(scenario(random, run));
    if (!result.success) {
      failures[result.error.code] = (failures[result.error.code] ?? 0) + 1;
      continue;
    }
    outcomes[result.data.outcome]++;
    if (result.data.effectiveOn !== null) dates.push(result.data.effectiveOn);
  }
  dates.sort();
  let effectiveOn: EffectiveDateDistribution | null = null;
  if (dates.length > 0) {
    const byMonth: { month: string; count: number }[] = [];
    for (const date of dates) {
      const month = date.slice(0, 7);
      const last = byMonth[byMonth.length - 1];
      if (last?.month === month) last.count++;
      else byMonth.push({ month, count: 1 });
    }
    effectiveOn = {
      count: dates.length,
      earliest: dates[0] as CalendarDate,
      latest: dates[dates.length - 1] as CalendarDate,
      p10: percentile(dates, 0.1),
      median: percentile(dates, 0.5),
      p90: percentile(dates, 0.9),
      byMonth,
    };
  }
  return { runs, seed, outcomes, failures, effectiveOn };
}
