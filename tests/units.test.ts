/** Small units whose behaviour the bigger tests reach only in part. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../src/errors/from-zod.js';
import { describeValue } from '../src/errors/withdrawal-error.js';
import type { CalendarDate } from '../src/index.js';
import {
  createRandom,
  defineTreaty,
  describeEffectRule,
  type EffectRule,
  formatDate,
  getTreaty,
  initialSnapshot,
  isWithdrawalError,
  monteCarlo,
  WithdrawalError,
} from '../src/index.js';
import { canonicalJson, checksum } from '../src/internal/checksum.js';
import { deepFreeze } from '../src/internal/deep-freeze.js';
import { fieldsNeedNoParsing, InputSchema, resolveInput } from '../src/machine/input.js';
import { errorOf } from './helpers.js';

describe('describeValue', () => {
  it('renders any value briefly, without throwing', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…" (100 characters)`);
    expect(describeValue('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…" (100 characters)`);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('a object');
    expect(describeValue([cyclic])).toBe('an array');
  });
});

describe('formatPath', () => {
  it('writes paths as a person reads them', () => {
    expect(formatPath(['events', 3, 'date'])).toBe('events[3].date');
    expect(formatPath(['treaty', 'withdrawal', 'effect'])).toBe('treaty.withdrawal.effect');
    expect(formatPath(['a-b', 'c d'])).toBe('["a-b"]["c d"]');
    expect(formatPath([0], 'events')).toBe('events[0]');
    expect(formatPath(['x'], 'scenario')).toBe('scenario.x');
    expect(formatPath([])).toBe('');
  });
});

describe('WithdrawalError', () => {
  it('carries its data and renders it as JSON', () => {
    const data = {
      code: 'EVENT_NOT_ALLOWED',
      message: 'm',
      path: 'events[0]',
      issues: [{ path: 'p', code: 'invalid', message: 'q' }],
      event: { type: 'x' },
      state: 'procedure',
      allowedEvents: ['a'],
      missingSteps: ['b'],
    } as const;
    const error = new WithdrawalError(data);
    expect(error.name).toBe('WithdrawalError');
    expect(error.toJSON()).toEqual(data);
    expect(new WithdrawalError({ code: 'INVALID_DATE', message: 'm' }).toJSON()).toEqual({ code: 'INVALID_DATE', message: 'm' });
  });

  it('is recognised across copies of the library by name and code', () => {
    const foreign = Object.assign(new Error('m'), { name: 'WithdrawalError', code: 'INVALID_DATE' });
    expect(isWithdrawalError(foreign)).toBe(true);
    expect(isWithdrawalError(Object.assign(new Error('m'), { name: 'WithdrawalError' }))).toBe(false);
    expect(isWithdrawalError({ name: 'WithdrawalError', code: 'X' })).toBe(false);
  });
});

describe('formatDate', () => {
  it('pads years of every width', () => {
    expect([5, 50, 500, 5000].map((year) => formatDate({ year, month: 1, day: 9 }))).toEqual([
      '0005-01-09',
      '0050-01-09',
      '0500-01-09',
      '5000-01-09',
    ]);
    expect(errorOf(() => formatDate({ year: 0, month: 1, day: 1 })).code).toBe('DATE_OUT_OF_RANGE');
    expect(errorOf(() => formatDate({ year: 2025, month: 13, day: 1 })).code).toBe('INVALID_DATE');
    expect(errorOf(() => formatDate({ year: 2025, month: 1, day: 0 })).code).toBe('INVALID_DATE');
    expect(errorOf(() => formatDate({ year: 2025.5, month: 1, day: 1 })).code).toBe('DATE_OUT_OF_RANGE');
  });
});

describe('describeEffectRule', () => {
  const base = getTreaty('att').withdrawal.effect as Extract<EffectRule, { kind: 'after-receipt' }>;
  it('names every unit, in words', () => {
    expect(describeEffectRule({ ...base, period: { years: 1, months: 2, days: 3 } })).toBe(
      '1 year and 2 months and 3 days after receipt',
    );
    expect(describeEffectRule({ ...base, period: { years: 2 } })).toBe('2 years after receipt');
    expect(describeEffectRule({ ...base, period: { days: 1 } })).toBe('1 day after receipt');
    expect(describeEffectRule({ ...base, period: { months: 1 } })).toBe('1 month after receipt');
  });

  it('words calendar rules by their year offset', () => {
    const calendar = {
      kind: 'calendar',
      article: 'Art. 1',
      source: 'https://example.org',
      receivedBy: '03-01',
      effectOn: '09-30',
    } as const;
    expect(describeEffectRule({ ...calendar, yearsAfter: 0 })).toBe(
      'on 30 September of the same year for notice received by 1 March, a year later if received after',
    );
    expect(describeEffectRule({ ...calendar, yearsAfter: 2 })).toBe(
      'on 30 September 2 years later for notice received by 1 March, a year later if received after',
    );
    expect(describeEffectRule(getTreaty('icrw').withdrawal.effect)).toBe(
      'on 30 June of the same year for notice received by 1 January, a year later if received after',
    );
  });

  it('refuses a fixed day that not every year has', () => {
    const icrw = getTreaty('icrw');
    const effect = { ...(icrw.withdrawal.effect as Extract<EffectRule, { kind: 'calendar' }>), effectOn: '02-29' };
    const error = errorOf(() => defineTreaty({ ...icrw, withdrawal: { ...icrw.withdrawal, effect } }));
    expect(error.path).toBe('withdrawal.effect.effectOn');
    expect(error.message).toContain('02-29 is not a day that every year has');
  });
});

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

describe('internals', () => {
  it('canonical JSON sorts keys and skips undefined', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: undefined }], e: null })).toBe('{"a":[1,{"d":2}],"b":1,"e":null}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(checksum('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(checksum('a')).not.toBe(checksum('b'));
    expect(checksum('ab')).not.toBe(checksum('ba'));
  });

  it('deep-freezes data trees', () => {
    const tree = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(tree.a.b[1])).toBe(true);
  });
});

describe('the machine context', () => {
  // XState copies the context with Object.assign({}, context, update) on every
  // assign. V8 (Node 20) turns such a copy with 20 or more fields into a slow
  // dictionary object: a bare XState machine carrying 20 fields ran the Ukraine
  // scenario 1.9x slower than the same machine with 19 (.scratch measurement,
  // session 2). Keep the context at 19 fields or fewer; nest new data instead.
  it('stays under the size at which V8 makes its copies slow', () => {
    const context = initialSnapshot({ treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' }).context;
    expect(Object.keys(context).length).toBeLessThanOrEqual(19);
  });
});

describe('the input fast path', () => {
  // resolveInput skips zod when the simple fields need no change; it must
  // accept exactly what InputSchema accepts unchanged, and give the same fields.
  const field = <T>(values: fc.Arbitrary<T>) => fc.option(values, { nil: undefined });
  const inputs = fc.record(
    {
      treaty: fc.constant('ottawa'),
      party: field(
        fc.oneof(
          fc.string({ maxLength: 205 }),
          fc.constantFrom(' UKR', 'UKR ', '', 'x'.repeat(200), 'x'.repeat(201)),
          fc.integer(),
        ),
      ),
      entryIntoForce: field(
        fc.oneof(fc.constantFrom('1999-03-01', '2024-02-29', '2025-02-29', '1999-3-1', ''), fc.string({ maxLength: 10 })),
      ),
      overflow: field(fc.constantFrom('constrain', 'reject', 'wrap', 42)),
    },
    { requiredKeys: ['treaty'] },
  );

  it('takes only inputs zod accepts unchanged, and resolves them as zod does', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const viaZod = InputSchema.safeParse(input);
        if (fieldsNeedNoParsing(input)) {
          expect(viaZod.success).toBe(true);
          expect(viaZod.data).toEqual(input);
        }
        let resolved: ReturnType<typeof resolveInput> | string;
        try {
          resolved = resolveInput(input);
        } catch (error) {
          resolved = (error as WithdrawalError).code;
        }
        if (!viaZod.success) expect(resolved).toBe('INVALID_INPUT');
        else {
          expect(resolved).toMatchObject({
            party: viaZod.data.party ?? null,
            entryIntoForce: viaZod.data.entryIntoForce ?? null,
            overflow: viaZod.data.overflow ?? 'constrain',
          });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is taken by the common inputs', () => {
    expect(fieldsNeedNoParsing({ treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' })).toBe(true);
    expect(fieldsNeedNoParsing({ treaty: 'paris-agreement', entryIntoForce: '2016-11-04', overflow: 'reject' })).toBe(true);
    expect(fieldsNeedNoParsing({ treaty: 'ottawa', party: ' UKR' })).toBe(false);
    expect(resolveInput({ treaty: 'ottawa', party: ' UKR ' }).party).toBe('UKR');
  });
});
