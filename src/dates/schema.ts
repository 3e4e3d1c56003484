import * as z from 'zod';
import { fieldMessages } from '../errors/field-messages.js';
import { describeDateProblem, isCalendarDate } from './calendar-date.js';

/**
 * zod schema of a `YYYY-MM-DD` calendar date; its error names the value and the
 * problem (`2025-02-30 is not a calendar date`).
 *
 * @example
 * CalendarDateSchema.safeParse('2024-02-29').success;
 * //=> true
 * CalendarDateSchema.safeParse('2025-02-29').success;
 * //=> false
 */
export const CalendarDateSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? fieldMessages.required() : describeDateProblem(issue.input)),
  })
  .refine(isCalendarDate, {
    // A value that is not a calendar date always has a problem to name.
    error: (issue) => describeDateProblem(issue.input),
    params: { code: 'invalid_date' },
  });

/**
 * The month-end policies of period arithmetic: `constrain` moves a day that
 * does not exist in a shorter month back to its last day, `reject` refuses it.
 *
 * @example
 * OverflowSchema.options;
 * //=> ['constrain', 'reject']
 */
export const OverflowSchema = z.enum(['constrain', 'reject']);
