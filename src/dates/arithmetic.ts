import type * as z from 'zod';
import { describeValue } from '../errors/describe-value.js';
import { inputError, inputMessage } from '../errors/input-messages.js';
import type { Message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import { isWithdrawalError, type WithdrawalError } from '../errors/withdrawal-error.js';
import { type CalendarDate, daysInMonth, formatValidParts, packDate, parseDate } from './calendar-date.js';
import type { OverflowSchema } from './schema.js';

/**
 * A length of time in whole calendar units. Years and months are added first,
 * then days, as Temporal and ISO 8601 do. All given values must share one sign.
 */
export interface Period {
  /** Whole years. */
  readonly years?: number | undefined;
  /** Whole months. */
  readonly months?: number | undefined;
  /** Whole days. */
  readonly days?: number | undefined;
}

/**
 * What to do when adding months lands on a day the target month lacks
 * (31 August + 6 months):
 * - `constrain` (default): use the last day of that month (28 or 29 February);
 * - `reject`: refuse with `AMBIGUOUS_DATE`, as Catala's date library does.
 */
export type Overflow = z.output<typeof OverflowSchema>;

/** Options of {@link addPeriod}. */
export interface AddPeriodOptions {
  /** Month-end policy; `constrain` by default. */
  readonly overflow?: Overflow;
}

/** The result of adding a period, with the month-end flag an explanation needs. */
export interface PeriodResult {
  /** The resulting date. */
  readonly date: CalendarDate;
  /** True when the day was moved back to the last day of a shorter month. */
  readonly clamped: boolean;
}

const MIN_DAY_NUMBER = 0; // 0001-01-01
const MAX_DAY_NUMBER = 3_652_058; // 9999-12-31
// Anything beyond these cannot land between 0001 and 9999, whatever the start.
const MAX_YEARS = 10_000;
const MAX_MONTHS = 120_000;
const MAX_DAYS = 3_700_000;

/**
 * Days since 0001-01-01 (day 0) for a valid date: the civil-from-days algorithm
 * of Howard Hinnant, counted from 1 March so that the leap day ends the year.
 * Integers only, no `Date`.
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 306 = days from 0000-03-01 to 0001-01-01.
  return era * 146_097 + dayOfEra - 306;
}

/** The inverse of {@link toDayNumber}, for a day number known to be in range. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 306;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatValidParts(year, month, day);
}

/** `date` (`null`: the date, unnamed) plus the period leaves the calendar. */
function outOfRange(date: string | null, years: number, months: number, days: number): WithdrawalError {
  return inputError('DATE_OUT_OF_RANGE', inputMessage('date.outOfRange', { date, years, months, days }));
}

function invalidPeriod(period: unknown, problem: Message): WithdrawalError {
  return inputError('INVALID_PERIOD', inputMessage('period.invalid', { period: describeValue(period), problem }));
}

function readUnit(period: Period, key: 'years' | 'months' | 'days', limit: number): number {
  const value: unknown = period[key];
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalidPeriod(period, inputMessage('period.notWhole', { unit: key, got: describeValue(value) }));
  }
  // A value this large cannot stay within 0001–9999; say so before the float
  // arithmetic below loses precision.
  if (Math.abs(value) > limit) {
    throw outOfRange(null, key === 'years' ? value : 0, key === 'months' ? value : 0, key === 'days' ? value : 0);
  }
  return value;
}

// The core writes whether it clamped here instead of allocating a result object:
// addPeriod sits on the hot path of every simulation.
// Stryker disable next-line BooleanLiteral: every reader runs after a write
let lastClamped = false;

/**
 * Validates a period and returns its units; throws a `WithdrawalError` naming the
 * problem. A fast check of the usual shapes comes first.
 */
let periodYears = 0;
let periodMonths = 0;
let periodDays = 0;

function readPeriod(period: Period): void {
  if (typeof period !== 'object' || period === null || Array.isArray(period)) {
    throw invalidPeriod(period, inputMessage('period.notObject'));
  }
  const known =
    (period.years !== undefined ? 1 : 0) + (period.months !== undefined ? 1 : 0) + (period.days !== undefined ? 1 : 0);
  if (Object.keys(period).length !== known) {
    for (const key of Object.keys(period)) {
      if (key !== 'years' && key !== 'months' && key !== 'days') {
        throw invalidPeriod(period, inputMessage('period.unknownUnit', { got: describeValue(key) }));
      }
    }
  }
  const years = readUnit(period, 'years', MAX_YEARS);
  const months = readUnit(period, 'months', MAX_MONTHS);
  const days = readUnit(period, 'days', MAX_DAYS);
  if ((years > 0 || months > 0 || days > 0) && (years < 0 || months < 0 || days < 0)) {
    throw invalidPeriod(period, inputMessage('period.mixedSigns'));
  }
  periodYears = years;
  periodMonths = months;
  periodDays = days;
}

function addToDate(date: CalendarDate, period: Period, options: AddPeriodOptions | undefined): CalendarDate {
  const packed = typeof date === 'string' ? packDate(date) : -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: parseDate only throws; on a valid date, which never packs to 0 or less, it returns and changes nothing
  if (packed < 0) parseDate(date); // throws INVALID_DATE naming the value
  const year = packed >> 9;
  const month = (packed >> 5) & 15;
  const day = packed & 31;
  try {
    readPeriod(period);
  } catch (error) {
    // A getter that throws or a revoked Proxy: a WithdrawalError, never a raw TypeError.
    if (isWithdrawalError(error)) throw error;
    throw inputError('INVALID_PERIOD', inputMessage('period.unreadable'));
  }
  const years = periodYears;
  const months = periodMonths;
  const days = periodDays;
  // Options with a throwing getter or a revoked proxy are INVALID_PERIOD, as an unreadable period is.
  const overflow = readingInput('options', () => options?.overflow, 'INVALID_PERIOD') ?? 'constrain';
  if (overflow !== 'constrain' && overflow !== 'reject') {
    throw invalidPeriod(period, inputMessage('period.overflow', { got: describeValue(overflow) }));
  }

  let targetYear = year;
  let targetMonth = month;
  let targetDay = day;
  lastClamped = false;
  if (years !== 0 || months !== 0) {
    const monthIndex = year * 12 + (month - 1) + years * 12 + months;
    targetYear = Math.floor(monthIndex / 12);
    targetMonth = monthIndex - targetYear * 12 + 1;
    if (targetYear < 1 || targetYear > 9999) {
      throw outOfRange(date, years, months, days);
    }
    const lastDay = daysInMonth(targetYear, targetMonth);
    if (day > lastDay) {
      if (overflow === 'reject') {
        throw inputError('AMBIGUOUS_DATE', inputMessage('date.ambiguous', { date, years, months, day, lastDay }));
      }
      targetDay = lastDay;
      lastClamped = true;
    }
  }
  if (days === 0) return formatValidParts(targetYear, targetMonth, targetDay);
  const dayNumber = toDayNumber(targetYear, targetMonth, targetDay) + days;
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw outOfRange(date, years, months, days);
  }
  return fromDayNumber(dayNumber);
}

/**
 * Adds a period to a date and says whether the month end had to be clamped.
 * {@link addPeriod} is the same without the flag.
 *
 * @throws {WithdrawalError} `INVALID_DATE`, `INVALID_PERIOD`, `AMBIGUOUS_DATE`
 * (under `overflow: 'reject'`) or `DATE_OUT_OF_RANGE`.
 * @example
 * addPeriodWithDetails('2025-08-31', { months: 6 });
 * //=> { date: '2026-02-28', clamped: true }
 */
export function addPeriodWithDetails(date: CalendarDate, period: Period, options?: AddPeriodOptions): PeriodResult {
  const result = addToDate(date, period, options);
  return { date: result, clamped: lastClamped };
}

/**
 * Adds whole years, months and days to a calendar date: years and months first
 * (same day of the month), then days. Where the target month is too short, the
 * default `constrain` policy takes its last day; `reject` refuses.
 *
 * @throws {WithdrawalError} `INVALID_DATE`, `INVALID_PERIOD`, `AMBIGUOUS_DATE`
 * (under `overflow: 'reject'`) or `DATE_OUT_OF_RANGE`.
 * @example
 * addPeriod('2025-07-18', { months: 6 });
 * //=> '2026-01-18'
 * addPeriod('2025-08-31', { months: 6 });
 * //=> '2026-02-28'
 * addPeriod('2025-08-31', { months: 6 }, { overflow: 'reject' });
 * // throws WithdrawalError with code 'AMBIGUOUS_DATE'
 */
export function addPeriod(date: CalendarDate, period: Period, options?: AddPeriodOptions): CalendarDate {
  return addToDate(date, period, options);
}

/**
 * Adds (or, when negative, subtracts) a number of days.
 *
 * @example
 * addDays('2025-12-15', 90);
 * //=> '2026-03-15'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return addPeriodWithDetails(date, { days }).date;
}

/**
 * The number of days from `from` to `to`: positive when `to` is later.
 *
 * @throws {WithdrawalError} `INVALID_DATE` when either is not a date.
 * @example
 * daysBetween('2025-07-18', '2026-01-18');
 * //=> 184
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return toDayNumber(b.year, b.month, b.day) - toDayNumber(a.year, a.month, a.day);
}

/**
 * {@link addPeriod} made total for the machine's rules (internal, not exported
 * by the package): the date, or `null` when the result would fall outside
 * 0001-01-01 … 9999-12-31. Guards and explainers call this so that no date the
 * schema accepts makes a rule throw; the caller turns `null` into a refusal
 * (`DATE_OUT_OF_RANGE`) or words the explanation without the date.
 */
export function addPeriodWithinCalendar(date: CalendarDate, period: Period): CalendarDate | null {
  try {
    return addToDate(date, period, undefined);
  } catch (error) {
    if (isWithdrawalError(error) && error.code === 'DATE_OUT_OF_RANGE') return null;
    throw error;
  }
}

/** The last date the library counts (design.md: dates run 0001-01-01 … 9999-12-31). */
export const LAST_CALENDAR_DATE = '9999-12-31';
