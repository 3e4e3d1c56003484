import { describe, expect, it } from 'vitest';
import {
  addDays,
  addPeriod,
  addPeriodWithDetails,
  compareDates,
  daysBetween,
  daysInMonth,
  formatDate,
  isCalendarDate,
  isLeapYear,
  parseDate,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('calendar dates', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(isCalendarDate('0000-12-31')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-00-10')).toBe(false);
    expect(isCalendarDate('2025-7-18')).toBe(false);
    expect(isCalendarDate(' 2025-07-18')).toBe(false);
    expect(isCalendarDate('2025-07-18T00:00')).toBe(false);
    expect(isCalendarDate('２０２５-07-18')).toBe(false);
    expect(isCalendarDate(20250718)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it('names the offending value when it refuses a date', () => {
    const impossible = errorOf(() => parseDate('2025-02-30'));
    expect(impossible.code).toBe('INVALID_DATE');
    expect(impossible.message).toBe('2025-02-30 is not a calendar date');
    expect(errorOf(() => parseDate('18/07/2025')).message).toBe('"18/07/2025" is not written YYYY-MM-DD');
    expect(errorOf(() => parseDate(42)).message).toBe('42 is not a date string (expected YYYY-MM-DD)');
    expect(errorOf(() => parseDate(undefined)).code).toBe('INVALID_DATE');
    expect(errorOf(() => addPeriod('2025-02-30', { months: 6 })).code).toBe('INVALID_DATE');
  });

  it('reads and writes the parts of a date', () => {
    expect(parseDate('2025-07-18')).toEqual({ year: 2025, month: 7, day: 18 });
    expect(formatDate({ year: 33, month: 3, day: 5 })).toBe('0033-03-05');
    expect(errorOf(() => formatDate({ year: 2025, month: 2, day: 29 })).code).toBe('INVALID_DATE');
    expect(errorOf(() => formatDate({ year: 10_000, month: 1, day: 1 })).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('compares dates', () => {
    expect(compareDates('2025-12-27', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDates('2026-02-20', '2026-01-10')).toBe(1);
    expect(errorOf(() => compareDates('2026-02-30', '2026-01-10')).code).toBe('INVALID_DATE');
  });
});

describe('adding periods', () => {
  it('counts months to the same day of the month, as the UN depositary does', () => {
    expect(addPeriod('2025-06-27', { months: 6 })).toBe('2025-12-27');
    expect(addPeriod('2025-07-10', { months: 6 })).toBe('2026-01-10');
    expect(addPeriod('2025-08-20', { months: 6 })).toBe('2026-02-20');
    expect(addPeriod('2018-03-17', { years: 1 })).toBe('2019-03-17');
  });

  it('clamps to the last day of a shorter month by default, and says so', () => {
    expect(addPeriod('2025-08-31', { months: 6 })).toBe('2026-02-28');
    expect(addPeriod('2027-08-31', { months: 6 })).toBe('2028-02-29');
    expect(addPeriodWithDetails('2025-08-31', { months: 6 })).toEqual({ date: '2026-02-28', clamped: true });
    expect(addPeriodWithDetails('2025-08-30', { months: 1 })).toEqual({ date: '2025-09-30', clamped: false });
    expect(addPeriod('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', { years: 4 })).toBe('2028-02-29');
  });

  it('refuses a month-end date under the reject policy', () => {
    const error = errorOf(() => addPeriod('2025-08-31', { months: 6 }, { overflow: 'reject' }));
    expect(error.code).toBe('AMBIGUOUS_DATE');
    expect(error.message).toContain('2025-08-31 plus 6 months');
    expect(addPeriod('2025-08-28', { months: 6 }, { overflow: 'reject' })).toBe('2026-02-28');
  });

  it('adds years and months before days', () => {
    expect(addPeriod('2007-05-02', { months: 6, days: 1 })).toBe('2007-11-03');
    expect(addPeriod('2025-01-31', { months: 1, days: 1 })).toBe('2025-03-01');
  });

  it('counts 90 days across a year end and leap days', () => {
    expect(addDays('2025-12-15', 90)).toBe('2026-03-15');
    expect(addDays('2023-12-15', 90)).toBe('2024-03-14');
    expect(addPeriod('2024-02-28', { days: 1 })).toBe('2024-02-29');
    expect(addPeriod('2025-02-28', { days: 1 })).toBe('2025-03-01');
  });

  it('subtracts with negative periods', () => {
    expect(addPeriod('2026-02-20', { months: -6 })).toBe('2025-08-20');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('refuses periods that are not whole numbers of one sign', () => {
    expect(errorOf(() => addPeriod('2025-01-01', { months: 1.5 })).code).toBe('INVALID_PERIOD');
    expect(errorOf(() => addPeriod('2025-01-01', { months: 1, days: -1 })).code).toBe('INVALID_PERIOD');
    expect(errorOf(() => addPeriod('2025-01-01', { weeks: 2 } as never)).code).toBe('INVALID_PERIOD');
    expect(errorOf(() => addPeriod('2025-01-01', null as never)).code).toBe('INVALID_PERIOD');
    expect(errorOf(() => addPeriod('2025-01-01', { months: Number.NaN })).code).toBe('INVALID_PERIOD');
  });

  it('refuses results outside 0001-01-01 … 9999-12-31', () => {
    expect(errorOf(() => addPeriod('9999-12-31', { days: 1 })).code).toBe('DATE_OUT_OF_RANGE');
    expect(errorOf(() => addPeriod('0001-01-01', { days: -1 })).code).toBe('DATE_OUT_OF_RANGE');
    expect(errorOf(() => addPeriod('9999-07-01', { months: 6 })).code).toBe('DATE_OUT_OF_RANGE');
    expect(errorOf(() => addPeriod('2025-01-01', { years: 1e15 })).code).toBe('DATE_OUT_OF_RANGE');
    expect(addPeriod('9999-06-30', { months: 6 })).toBe('9999-12-30');
  });
});

describe('counting days', () => {
  it('counts the days between two dates', () => {
    expect(daysBetween('2025-07-18', '2026-01-18')).toBe(184);
    expect(daysBetween('2026-01-18', '2025-07-18')).toBe(-184);
    expect(daysBetween('0001-01-01', '9999-12-31')).toBe(3_652_058);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('shows why a fixed number of days is not six months', () => {
    const spans = (['2025-06-27', '2025-07-10', '2025-08-20', '2025-08-31'] as const).map((d) =>
      daysBetween(d, addPeriod(d, { months: 6 })),
    );
    expect(spans).toEqual([183, 184, 184, 181]);
  });
});
