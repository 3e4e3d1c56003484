import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/index.js';
import { addPeriod, daysBetween, isCalendarDate, WithdrawalError } from '../../src/index.js';
import { runs } from '../arbitraries.js';

// Dates are drawn through Temporal, not through the code under test.
const EPOCH = Temporal.PlainDate.from('0001-01-01');
const LAST_DAY = 3_652_058; // 9999-12-31
const dateArb = fc.integer({ min: 0, max: LAST_DAY }).map((n) => EPOCH.add({ days: n }).toString() as CalendarDate);
// Month ends are where the rules differ, so draw them often.
const monthEndArb = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) =>
    Temporal.PlainYearMonth.from({ year, month }).toPlainDate({ day: 1 }).add({ months: 1 }).subtract({ days: 1 }),
  )
  .filter((d) => d.year <= 9999)
  .map((d) => d.toString() as CalendarDate);
const anyDateArb = fc.oneof(dateArb, monthEndArb);

const periodArb = fc
  .record(
    {
      years: fc.integer({ min: 0, max: 300 }),
      months: fc.integer({ min: 0, max: 3600 }),
      days: fc.integer({ min: 0, max: 200_000 }),
    },
    { requiredKeys: [] },
  )
  .chain((period) =>
    fc
      .boolean()
      .map((negative) => (negative ? Object.fromEntries(Object.entries(period).map(([k, v]) => [k, v === 0 ? 0 : -v])) : period)),
  );

const RUNS = { numRuns: runs(10_000), seed: 20250718 };

function temporalAdd(date: string, period: object, overflow: 'constrain' | 'reject'): string | 'reject' | 'out-of-range' {
  // Temporal refuses an empty duration object; an empty period changes nothing.
  if (Object.keys(period).length === 0) return date;
  let result: Temporal.PlainDate;
  try {
    result = Temporal.PlainDate.from(date).add(period, { overflow });
  } catch (error) {
    if (error instanceof RangeError && overflow === 'reject' && /day/i.test(error.message)) return 'reject';
    return 'out-of-range';
  }
  return result.year < 1 || result.year > 9999 ? 'out-of-range' : result.toString();
}

function ours(date: CalendarDate, period: object, overflow: 'constrain' | 'reject'): CalendarDate | 'reject' | 'out-of-range' {
  try {
    return addPeriod(date, period, { overflow });
  } catch (error) {
    if (!(error instanceof WithdrawalError)) throw error;
    if (error.code === 'AMBIGUOUS_DATE') return 'reject';
    if (error.code === 'DATE_OUT_OF_RANGE') return 'out-of-range';
    throw error;
  }
}

describe('addPeriod agrees with Temporal.PlainDate.prototype.add', () => {
  it('under overflow: constrain, over the whole year range', () => {
    fc.assert(
      fc.property(anyDateArb, periodArb, (date, period) => {
        expect(ours(date, period, 'constrain')).toBe(temporalAdd(date, period, 'constrain'));
      }),
      RUNS,
    );
  });

  it('under overflow: reject', () => {
    fc.assert(
      fc.property(anyDateArb, periodArb, (date, period) => {
        const expected = temporalAdd(date, period, 'reject');
        // Temporal reports an out-of-range intermediate the same way as a month-end
        // overflow; compare only where it produced a date.
        if (expected === 'reject') {
          expect(['reject', 'out-of-range']).toContain(ours(date, period, 'reject'));
        } else {
          expect(ours(date, period, 'reject')).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it('returns only valid calendar dates', () => {
    fc.assert(
      fc.property(anyDateArb, periodArb, (date, period) => {
        const result = ours(date, period, 'constrain');
        if (result !== 'out-of-range') expect(isCalendarDate(result)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('daysBetween agrees with Temporal', () => {
  it('for any two dates', () => {
    fc.assert(
      fc.property(anyDateArb, anyDateArb, (a, b) => {
        expect(daysBetween(a, b)).toBe(Temporal.PlainDate.from(a).until(b, { largestUnit: 'days' }).days);
      }),
      RUNS,
    );
  });

  it('is the inverse of adding days', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -100_000, max: 100_000 }), (date, days) => {
        const result = ours(date, { days }, 'constrain');
        if (result !== 'out-of-range' && result !== 'reject') expect(daysBetween(date, result)).toBe(days);
      }),
      RUNS,
    );
  });
});

describe('validation agrees with Temporal', () => {
  it('accepts exactly the strings Temporal reads as a date in range', () => {
    const candidate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(candidate, (text) => {
        let valid: boolean;
        try {
          const parsed = Temporal.PlainDate.from(text, { overflow: 'reject' });
          valid = parsed.year >= 1;
        } catch {
          valid = false;
        }
        expect(isCalendarDate(text)).toBe(valid);
      }),
      RUNS,
    );
  });
});
