/** src/simulate/monte-carlo.ts: the seeded random source and the summary of many runs. */
import { describe, expect, it } from 'vitest';
import { type CalendarDate, createRandom, monteCarlo, type Random } from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('createRandom', () => {
  it('repeats itself for the same seed and stays in range', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const draws = Array.from({ length: 1000 }, () => [a.int(3, 5), b.int(3, 5)]);
    for (const [x, y] of draws) expect(x).toBe(y);
    expect(new Set(draws.map(([x]) => x))).toEqual(new Set([3, 4, 5]));
    const r = createRandom(1);
    for (let i = 0; i < 200; i++) {
      const f = r.next();
      expect(f >= 0 && f < 1).toBe(true);
      const d = r.date('2025-01-30', '2025-02-02');
      expect(['2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']).toContain(d);
      expect(['a', 'b']).toContain(r.pick(['a', 'b']));
      const later = r.daysAfter('2025-01-01', 1, 2);
      expect(['2025-01-02', '2025-01-03']).toContain(later);
    }
    expect(createRandom(2).chance(0)).toBe(false);
    expect(createRandom(2).chance(1)).toBe(true);
    expect(createRandom(3).next()).not.toBe(createRandom(4).next());
  });

  it('refuses bad arguments', () => {
    expect(errorOf(() => createRandom(0.5)).path).toBe('seed');
    expect(errorOf(() => createRandom(1).int(5, 3)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => createRandom(1).int(1.5, 3)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => createRandom(1).pick([])).message).toBe('pick: no items to pick from');
  });
});

describe('monteCarlo percentiles', () => {
  it('uses nearest ranks over the effective dates', () => {
    // Ten runs with deposits on days 1..10 of January: effect on days 1..10 of July.
    const study = monteCarlo({
      runs: 10,
      seed: 1,
      scenario: (_random, run) => ({
        treaty: 'ottawa',
        events: [
          { type: 'instrument.deposited', date: `2025-01-${String(run + 1).padStart(2, '0')}` as CalendarDate, reasons: 'r' },
        ],
      }),
    });
    expect(study.effectiveOn).toEqual({
      count: 10,
      earliest: '2025-07-01',
      latest: '2025-07-10',
      p10: '2025-07-01',
      median: '2025-07-05',
      p90: '2025-07-09',
      byMonth: [{ month: '2025-07', count: 10 }],
    });
    expect(study.runs).toBe(10);
    expect(study.seed).toBe(1);
    expect(study.failures).toEqual({});
  });

  it('counts months in order', () => {
    const study = monteCarlo({
      runs: 3,
      seed: 1,
      scenario: (_random, run) => ({
        treaty: 'ottawa',
        events: [
          {
            type: 'instrument.deposited',
            date: (['2025-01-05', '2025-02-05', '2025-01-06'] as const)[run] as CalendarDate,
            reasons: 'r',
          },
        ],
      }),
    });
    expect(study.effectiveOn?.byMonth).toEqual([
      { month: '2025-07', count: 2 },
      { month: '2025-08', count: 1 },
    ]);
  });

  it('refuses a scenario that is not a function, and runs out of range', () => {
    expect(errorOf(() => monteCarlo({ runs: 1, seed: 1, scenario: 5 as never })).path).toBe('scenario');
    expect(errorOf(() => monteCarlo({ runs: 1_000_001, seed: 1, scenario: () => ({ treaty: 'ottawa', events: [] }) })).path).toBe(
      'runs',
    );
  });
});

describe('Monte-Carlo helpers', () => {
  it('draw a fixed sequence for a seed', () => {
    const random = createRandom(42);
    expect([random.next(), random.next(), random.int(1, 6)]).toMatchInlineSnapshot(`
      [
        0.21884025167673826,
        0.9193855235353112,
        1,
      ]
    `);
    expect(createRandom(7).int(5, 5)).toBe(5);
  });

  it('say what is wrong with their arguments', () => {
    expect(errorOf(() => createRandom(1.5)).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'seed: expected a whole number, got 1.5',
      path: 'seed',
    });
    expect(errorOf(() => createRandom(1).int(6, 1)).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'int(6, 1): expected whole numbers with min <= max',
    });
    expect(errorOf(() => createRandom(1).pick([])).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'pick: no items to pick from',
    });
    expect(errorOf(() => monteCarlo({ runs: 0, seed: 1, scenario: () => ({ treaty: 'ottawa', events: [] }) })).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'runs: expected a whole number from 1 to 1000000, got 0',
      path: 'runs',
    });
    expect(errorOf(() => monteCarlo({ runs: 1, seed: 1, scenario: 'ottawa' as never })).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'scenario: expected a function (random, run) => Scenario',
      path: 'scenario',
    });
  });

  it('accept up to a million runs', () => {
    const stop = new Error('stop after the first run');
    const first = () => {
      throw stop;
    };
    expect(() => monteCarlo({ runs: 1_000_000, seed: 1, scenario: first })).toThrow(stop);
    expect(errorOf(() => monteCarlo({ runs: 1_000_001, seed: 1, scenario: first })).code).toBe('INVALID_INPUT');
  });
});

describe('monteCarlo', () => {
  const options = {
    runs: 500,
    seed: 99,
    scenario: (random: Random) => ({
      treaty: 'ottawa' as const,
      events: [
        { type: 'armedConflict.started', date: '2022-02-24' },
        { type: 'instrument.deposited', date: random.date('2025-01-01', '2025-12-31') },
        ...(random.chance(0.5) ? [{ type: 'armedConflict.ended', date: random.date('2026-01-01', '2029-12-31') } as const] : []),
      ] as const,
    }),
  };

  it('gives the same answer for the same seed', () => {
    expect(monteCarlo(options)).toEqual(monteCarlo(options));
    expect(monteCarlo(options)).not.toEqual(monteCarlo({ ...options, seed: 100 }));
  });

  it('summarises outcomes and effective dates', () => {
    const study = monteCarlo(options);
    expect(study.outcomes.deferred + study.outcomes.effective).toBe(500);
    expect(study.effectiveOn?.count).toBe(study.outcomes.effective);
    const d = study.effectiveOn;
    expect(d && d.earliest <= d.p10 && d.p10 <= d.median && d.median <= d.p90 && d.p90 <= d.latest).toBe(true);
    expect(d?.byMonth.reduce((n, m) => n + m.count, 0)).toBe(d?.count);
  });

  it('counts refused scenarios by code', () => {
    const study = monteCarlo({ runs: 10, seed: 1, scenario: () => ({ treaty: 'nope' as never, events: [] }) });
    expect(study.failures).toEqual({ UNKNOWN_TREATY: 10 });
    expect(study.effectiveOn).toBeNull();
  });

  it('refuses bad options', () => {
    expect(errorOf(() => monteCarlo({ ...options, runs: 0 })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => monteCarlo({ ...options, seed: 1.5 })).code).toBe('INVALID_INPUT');
  });
});
