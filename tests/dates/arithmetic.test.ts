/** src/dates/arithmetic.ts: day numbers at every day of the range, and periods at their edges. */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/dates/arithmetic.js';
import { addDays, addPeriod, type Period, parseDate } from '../../src/index.js';
import { errorOf } from '../helpers.js';

/** The next day, counted the slow way: an independent oracle for the day-number arithmetic. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  const [ny, nm, nd] = d < length ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

describe('day numbers', () => {
  // Every day of the range; under TW_QUICK (mutation runs) the years around
  // each kind of century and era boundary, where the arithmetic has its cases.
  const spans: [string, string][] = process.env.TW_QUICK
    ? [
        ['0001-01-01', '0002-12-31'],
        ['1599-12-01', '1601-03-31'],
        ['1899-12-01', '1901-03-31'],
        ['2099-12-01', '2101-03-31'],
        ['2399-12-01', '2401-03-31'],
        ['9998-12-01', '9999-12-31'],
      ]
    : [['0001-01-01', '9999-12-31']];

  it.each(spans)('number every day from %s to %s in order, and back', (first, last) => {
    let date = first;
    const start = parseDate(first);
    for (let n = toDayNumber(start.year, start.month, start.day); ; n++) {
      const parts = parseDate(date);
      if (toDayNumber(parts.year, parts.month, parts.day) !== n) throw new Error(`${date} is not day ${n}`);
      if (fromDayNumber(n) !== date) throw new Error(`day ${n} is not ${date}`);
      if (date === last) break;
      date = nextDay(date);
    }
    expect(toDayNumber(1, 1, 1)).toBe(0);
    expect(fromDayNumber(3_652_058)).toBe('9999-12-31');
  });

  it('reach the first and last day of the range, and not one beyond', () => {
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(errorOf(() => addDays('0001-01-01', -1)).message).toBe('0001-01-01 plus -1 day falls outside 0001-01-01 … 9999-12-31');
    expect(errorOf(() => addDays('9999-12-31', 1)).message).toBe('9999-12-31 plus 1 day falls outside 0001-01-01 … 9999-12-31');
  });
});

describe('periods', () => {
  const refusal = (period: unknown) => errorOf(() => addPeriod('2025-01-31', period as Period));

  it('name the unit and the value that is not a whole number', () => {
    expect(refusal({ months: '6' }).message).toBe('period {"months":"6"}: months must be a whole number, got "6"');
    expect(refusal({ days: 1.5 }).message).toBe('period {"days":1.5}: days must be a whole number, got 1.5');
    expect(refusal({ years: null }).code).toBe('INVALID_PERIOD');
  });

  it('must be an object', () => {
    for (const period of [6, null, [6], 'P6M']) {
      const error = refusal(period);
      expect(error.code).toBe('INVALID_PERIOD');
      expect(error.message).toMatch(/: expected an object such as \{ months: 6 \}$/);
    }
  });

  it('know only years, months and days, whichever comes first', () => {
    expect(refusal({ weeks: 2 }).message).toBe('period {"weeks":2}: unknown unit "weeks" (use years, months, days)');
    for (const unit of ['years', 'months', 'days']) {
      expect(refusal({ [unit]: 1, weeks: 2 }).message).toMatch(/unknown unit "weeks"/);
    }
    expect(addPeriod('2025-01-31', { years: 1, months: 1, days: 1 })).toBe('2026-03-01');
  });

  it('must not mix signs, in any unit', () => {
    for (const period of [
      { years: 1, months: -1 },
      { years: -1, months: 1 },
      { months: -1, days: 1 },
      { days: -1, years: 1 },
      { days: 1, months: -1 },
      { years: -1, days: 1 },
    ]) {
      expect(refusal(period).message).toMatch(/: years, months and days must not mix signs$/);
    }
    expect(addPeriod('2025-03-31', { months: -1, days: -1 })).toBe('2025-02-27');
  });

  it('refuse sizes no date can reach, at the limit and not before', () => {
    expect(refusal({ years: 10_001 }).message).toBe('the date plus 10001 years falls outside 0001-01-01 … 9999-12-31');
    expect(refusal({ months: -120_001 }).message).toBe('the date plus -120001 months falls outside 0001-01-01 … 9999-12-31');
    // At the limit itself the arithmetic runs, and the range check answers.
    expect(refusal({ years: 10_000 }).message).toBe('2025-01-31 plus 10000 years falls outside 0001-01-01 … 9999-12-31');
  });

  it('are described in words, singular and plural', () => {
    expect(errorOf(() => addPeriod('9999-12-31', { years: 1 })).message).toMatch(/plus 1 year falls/);
    expect(errorOf(() => addPeriod('9999-12-31', { years: 2 })).message).toMatch(/plus 2 years falls/);
    expect(errorOf(() => addPeriod('9999-12-31', { months: 1 })).message).toMatch(/plus 1 month falls/);
    expect(errorOf(() => addPeriod('9999-11-30', { months: 1, days: 2 })).message).toMatch(/plus 1 month 2 days falls/);
    expect(errorOf(() => addPeriod('9999-10-31', { years: 0, months: 2, days: 1 })).message).toMatch(/plus 2 months 1 day falls/);
    expect(errorOf(() => addPeriod('9999-12-30', { days: 2 })).message).toMatch(/plus 2 days falls/);
  });

  it('refuse a date that is not a string, naming it', () => {
    const error = errorOf(() => addPeriod(20250131 as never, { days: 1 }));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('20250131 is not a date string (expected YYYY-MM-DD)');
  });
});
