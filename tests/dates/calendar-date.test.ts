/** src/dates/calendar-date.ts: reading, checking and writing YYYY-MM-DD dates. */
import { describe, expect, it } from 'vitest';
import { describeDateProblem, packDate } from '../../src/dates/calendar-date.js';
import { formatDate, isCalendarDate, parseDate } from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('calendar dates', () => {
  it('accept only digits and dashes in their places', () => {
    // ':' and '/' sit next to the digits in ASCII: 10 and -1 as "digits".
    for (const text of ['2025-01-0:', '2025-01-1/', '2025/01/01', '2025/01-01', '2025-01/01', '2025-01-01 ', '202:-01-01']) {
      expect(isCalendarDate(text)).toBe(false);
      expect(packDate(text)).toBe(-1);
    }
    expect(isCalendarDate('0001-01-01')).toBe(true);
  });

  it('say what is wrong with a string that is not a date', () => {
    expect(describeDateProblem('2025-01-01')).toBeUndefined();
    expect(describeDateProblem('x2025-01-01')).toBe('"x2025-01-01" is not written YYYY-MM-DD');
    expect(describeDateProblem('2025-01-011')).toBe('"2025-01-011" is not written YYYY-MM-DD');
    expect(describeDateProblem('2025-02-30')).toBe('2025-02-30 is not a calendar date');
  });

  it('carry the path of the field they came from, and no path otherwise', () => {
    const withPath = errorOf(() => parseDate('2025-02-30', 'events[0].date'));
    expect(withPath.message).toBe('events[0].date: 2025-02-30 is not a calendar date');
    expect(withPath.path).toBe('events[0].date');
    const without = errorOf(() => parseDate('2025-02-30'));
    expect(without.message).toBe('2025-02-30 is not a calendar date');
    expect('path' in without).toBe(false);
  });

  it('are written from parts at every boundary of width and range', () => {
    const years = [1, 9, 10, 99, 100, 999, 1000, 9999];
    expect(years.map((year) => formatDate({ year, month: 12, day: 31 }))).toEqual([
      '0001-12-31',
      '0009-12-31',
      '0010-12-31',
      '0099-12-31',
      '0100-12-31',
      '0999-12-31',
      '1000-12-31',
      '9999-12-31',
    ]);
    expect(formatDate({ year: 2025, month: 1, day: 1 })).toBe('2025-01-01');
    expect(errorOf(() => formatDate({ year: 10_000, month: 1, day: 1 })).message).toBe('year 10000 is outside 0001–9999');
    expect(errorOf(() => formatDate({ year: 2025, month: 0, day: 1 })).message).toBe('2025-0-1 is not a calendar date');
    expect(errorOf(() => formatDate({ year: 2025, month: 1.5, day: 1 })).code).toBe('INVALID_DATE');
    expect(errorOf(() => formatDate({ year: 2025, month: 2, day: 29 })).message).toBe('2025-2-29 is not a calendar date');
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
