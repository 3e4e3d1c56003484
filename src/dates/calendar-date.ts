import { describeValue } from '../errors/describe-value.js';
import { inputError, inputMessage, inputWords } from '../errors/input-messages.js';
import type { Message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601, proleptic Gregorian calendar),
 * between `0001-01-01` and `9999-12-31`. It has no time of day and no time zone:
 * legal periods are counted in days of the calendar, so the answer is the same in
 * Kiritimati and in Pago Pago.
 *
 * The type catches the wrong shape at compile time (`'27/06/2025'` does not
 * compile); whether the day exists (`2025-02-30`) is checked when the library
 * reads the date. Plain `string`s (from JSON, a form) go through
 * {@link isCalendarDate} or `CalendarDateSchema` first.
 */
export type CalendarDate = `${number}-${number}-${number}`;

/** The year, month (1–12) and day (1–31) of a valid calendar date. */
export interface DateParts {
  /** 1–9999. */
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1 to the length of the month. */
  readonly day: number;
}

const CHAR_0 = 48;
const CHAR_DASH = 45;

/**
 * True for leap years of the Gregorian calendar.
 *
 * @example
 * isLeapYear(2024);
 * //=> true
 * isLeapYear(1900);
 * //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month of the Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2);
 * //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - CHAR_0;
  return value >= 0 && value <= 9 ? value : -1;
}

/**
 * Reads the parts of a `YYYY-MM-DD` string, or returns `undefined` when the string
 * is not a real date between 0001-01-01 and 9999-12-31. Character codes, not a
 * regular expression, because this sits on the hot path of every computation.
 */
export function readDateParts(text: string): DateParts | undefined {
  const packed = packDate(text);
  if (packed < 0) return undefined;
  return { year: packed >> 9, month: (packed >> 5) & 15, day: packed & 31 };
}

/**
 * The date packed in one integer, `year << 9 | month << 5 | day`, or -1 when the
 * string is not a valid date. Lets hot paths read a date without allocating.
 */
export function packDate(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== CHAR_DASH || text.charCodeAt(7) !== CHAR_DASH) {
    return -1;
  }
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return -1;
  }
  return (year << 9) | (month << 5) | day;
}

/**
 * True when `value` is a `YYYY-MM-DD` string naming a real day between 0001-01-01
 * and 9999-12-31.
 *
 * @example
 * isCalendarDate('2024-02-29');
 * //=> true
 * isCalendarDate('2025-02-29');
 * //=> false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  // Packed, not read into parts: every date of every scenario is checked here, and nothing is allocated.
  return typeof value === 'string' && packDate(value) >= 0;
}

/** Why `value` is not a calendar date, in words; `undefined` when it is one. */
export function describeDateProblem(value: unknown): string | undefined {
  const problem = dateProblem(value);
  return problem === undefined ? undefined : inputWords(problem);
}

/** Why `value` is not a calendar date, as a message; `undefined` when it is one. */
function dateProblem(value: unknown): Message | undefined {
  if (typeof value !== 'string') return inputMessage('date.notString', { got: describeValue(value) });
  if (readDateParts(value) !== undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return inputMessage('date.notWritten', { got: describeValue(value) });
  if (value.startsWith('0000')) return inputMessage('date.beforeFirst', { date: value });
  return inputMessage('date.notCalendar', { date: value });
}

/**
 * Validates a calendar date and returns its parts.
 *
 * @throws {WithdrawalError} `INVALID_DATE` naming the value, when it is not a date.
 * @example
 * parseDate('2025-07-18');
 * //=> { year: 2025, month: 7, day: 18 }
 */
export function parseDate(value: unknown, path?: string): DateParts {
  const parts = typeof value === 'string' ? readDateParts(value) : undefined;
  if (parts === undefined) {
    // `parts` undefined means the value is no date, so there is a problem to say.
    const problem = dateProblem(value) as Message;
    throw inputError('INVALID_DATE', path ? inputMessage('input.at', { path, problem }) : problem, {
      // Stryker disable next-line ConditionalExpression: an undefined path is dropped by WithdrawalError's constructor, so `{ path: undefined }` is the same error
      ...(path !== undefined && { path }),
    });
  }
  return parts;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function pad4(n: number): string {
  return n >= 1000 ? `${n}` : n >= 100 ? `0${n}` : n >= 10 ? `00${n}` : `000${n}`;
}

/**
 * Writes parts as a `YYYY-MM-DD` string.
 *
 * @throws {WithdrawalError} `INVALID_DATE` when the parts do not name a real day,
 * `DATE_OUT_OF_RANGE` when the year is outside 1–9999.
 * @example
 * formatDate({ year: 2026, month: 1, day: 18 });
 * //=> '2026-01-18'
 */
export function formatDate(parts: DateParts): CalendarDate {
  // Parts with a throwing getter or a revoked proxy are INVALID_DATE (issue #19, item 7).
  const { year, month, day } = readingInput(
    'parts',
    () => ({ year: parts.year, month: parts.month, day: parts.day }),
    'INVALID_DATE',
  );
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw inputError('DATE_OUT_OF_RANGE', inputMessage('date.yearOutOfRange', { got: describeValue(year) }));
  }
  if (
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw inputError(
      'INVALID_DATE',
      inputMessage('date.notCalendar', { date: `${year}-${describeValue(month)}-${describeValue(day)}` }),
    );
  }
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

// A small direct-mapped cache of formatted dates: simulations format the same few
// dates over and over, and a hit costs a fraction of building the string.
const CACHE_BITS = 12;
const cacheKeys = new Int32Array(1 << CACHE_BITS).fill(-1);
const cacheValues: CalendarDate[] = new Array<CalendarDate>(1 << CACHE_BITS).fill('0000-00-00');

/** Formats parts already known to be valid (internal fast path). */
export function formatValidParts(year: number, month: number, day: number): CalendarDate {
  const packed = (year << 9) | (month << 5) | day;
  const slot = packed & ((1 << CACHE_BITS) - 1);
  if (cacheKeys[slot] === packed) return cacheValues[slot] as CalendarDate;
  const text = `${pad4(year)}-${pad2(month)}-${pad2(day)}` as CalendarDate;
  cacheKeys[slot] = packed;
  cacheValues[slot] = text;
  return text;
}

/**
 * Compares two calendar dates: negative when `a` is earlier, 0 when equal,
 * positive when later (usable with `Array.prototype.sort`).
 *
 * @throws {WithdrawalError} `INVALID_DATE` when either is not a date.
 * @example
 * compareDates('2025-12-27', '2026-01-10');
 * //=> -1
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  parseDate(a);
  parseDate(b);
  // Fixed-width YYYY-MM-DD strings order the same way as the days they name.
  return a < b ? -1 : a > b ? 1 : 0;
}
