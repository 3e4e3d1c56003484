import * as z from 'zod';
import type { Message } from './messages.js';

/**
 * Every stable error code the library can produce, defined once: a code never
 * changes meaning between minor versions; messages may be reworded. What each
 * code means is the table "Error codes" of docs/cookbook.md, which a test keeps
 * equal to this list.
 *
 * @example
 * WithdrawalErrorCodeSchema.safeParse('EVENT_OUT_OF_ORDER').success;
 * //=> true
 */
export const WithdrawalErrorCodeSchema = /* @__PURE__ */ z.enum([
  'INVALID_DATE',
  'DATE_OUT_OF_RANGE',
  'INVALID_PERIOD',
  'AMBIGUOUS_DATE',
  'INVALID_INPUT',
  'INVALID_PROFILE',
  'INVALID_EVENT',
  'UNKNOWN_TREATY',
  'UNKNOWN_PROCEDURE',
  'EVENT_NOT_ALLOWED',
  'EVENT_OUT_OF_ORDER',
  'NOTICE_TOO_EARLY',
  'MISSING_ENTRY_INTO_FORCE',
  'PROCEDURE_INCOMPLETE',
  'LATER_DATE_NOT_ALLOWED',
  'OBJECTION_PERIOD_TOO_SHORT',
  'ALREADY_EFFECTIVE',
  'INVALID_SNAPSHOT',
  'NO_RIGHT_OF_WITHDRAWAL',
  'TREATY_NOT_IN_FORCE',
  'NO_MEMBERSHIP_RULE',
  'NO_CONDITIONS_ON_EFFECT',
]);

/** A stable error code (see {@link WithdrawalErrorCodeSchema}). */
export type WithdrawalErrorCode = z.output<typeof WithdrawalErrorCodeSchema>;

/**
 * What kind of problem one issue is, for a program to act on (the message is
 * for people and may be reworded), defined once.
 *
 * @example
 * IssueCodeSchema.options.includes('unknown_key');
 * //=> true
 */
export const IssueCodeSchema = /* @__PURE__ */ z.enum([
  // A required field is missing.
  'required',
  // A field the schema does not know (a typo is answered with "did you mean …?").
  'unknown_key',
  // An event `type` that is not one of the machine's events.
  'unknown_event_type',
  // No shipped treaty profile has this id.
  'unknown_treaty',
  // No shipped procedure profile has this id.
  'unknown_procedure',
  // A value of the wrong type (e.g. a number or a `Date` where a string belongs).
  'invalid_type',
  // A value outside the allowed set.
  'invalid_value',
  // A string that is not in the expected format (e.g. a URL).
  'invalid_format',
  // A string that is not a `YYYY-MM-DD` calendar date.
  'invalid_date',
  // A string longer than its documented maximum.
  'too_long',
  // A string shorter than its minimum (usually: empty).
  'too_short',
  // A number or a list above its maximum.
  'too_big',
  // A number or a list below its minimum.
  'too_small',
  // Any other rule of the schema.
  'invalid',
]);

/** What kind of problem one issue is (see {@link IssueCodeSchema}). */
export type IssueCode = z.output<typeof IssueCodeSchema>;

/** One problem found while validating input: where it is and what is wrong. */
export interface WithdrawalIssue {
  /** Where the problem is, e.g. `events[3].date`; empty for the value itself. */
  readonly path: string;
  /** What kind of problem it is. */
  readonly code: IssueCode;
  /** What is wrong, in words a person can act on. */
  readonly message: string;
}

/** The data a `WithdrawalError` carries, as a plain JSON-safe object. */
export interface WithdrawalErrorData {
  /** Stable machine-readable code. */
  readonly code: WithdrawalErrorCode;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** The field at fault, e.g. `events[3].date`, when there is one. */
  readonly path?: string;
  /** The problems validation found (at most 20; `issuesOmitted` counts the rest). */
  readonly issues?: readonly WithdrawalIssue[];
  /** How many further problems were found but not listed in `issues`. */
  readonly issuesOmitted?: number;
  /** The event that was refused, when an event was refused. */
  readonly event?: unknown;
  /** The machine state the event was refused in. */
  readonly state?: string;
  /** The event types the state accepts. */
  readonly allowedEvents?: readonly string[];
  /** Domestic steps still missing before the instrument may be deposited. */
  readonly missingSteps?: readonly string[];
}

/**
 * The one error type of the library. Its `code` is stable; the remaining fields
 * are plain data a UI can render (`toJSON()` returns them).
 *
 * @example
 * try {
 *   addPeriod('2025-02-30', { months: 6 });
 * } catch (error) {
 *   if (error instanceof WithdrawalError) error.code;
 *   //=> 'INVALID_DATE'
 * }
 */
export class WithdrawalError extends Error {
  override readonly name = 'WithdrawalError';
  readonly code: WithdrawalErrorCode;
  declare readonly path?: string;
  declare readonly issues?: readonly WithdrawalIssue[];
  declare readonly issuesOmitted?: number;
  declare readonly event?: unknown;
  declare readonly state?: string;
  declare readonly allowedEvents?: readonly string[];
  declare readonly missingSteps?: readonly string[];
  /**
   * What `message` was worded from (key and parameters), when the library worded
   * it from its message table: `formatMessage(error.wording.message, table)`
   * words it in another language. Not part of `toJSON()`.
   */
  declare readonly wording?: { readonly message: Message };

  /** `said`: the message `data.message` was worded from, kept as `wording`. */
  constructor(data: WithdrawalErrorData, said?: Message) {
    super(data.message);
    this.code = data.code;
    if (data.path !== undefined) this.path = data.path;
    if (data.issues !== undefined) this.issues = data.issues;
    if (data.issuesOmitted !== undefined) this.issuesOmitted = data.issuesOmitted;
    if (data.event !== undefined) this.event = data.event;
    if (data.state !== undefined) this.state = data.state;
    if (data.allowedEvents !== undefined) this.allowedEvents = data.allowedEvents;
    if (data.missingSteps !== undefined) this.missingSteps = data.missingSteps;
    if (said !== undefined) this.wording = { message: said };
  }

  /** The error as plain data, e.g. for `JSON.stringify` or a UI. */
  toJSON(): WithdrawalErrorData {
    const { code, message, path, issues, issuesOmitted, event, state, allowedEvents, missingSteps } = this;
    return {
      code,
      message,
      ...(path !== undefined && { path }),
      ...(issues !== undefined && { issues }),
      ...(issuesOmitted !== undefined && { issuesOmitted }),
      ...(event !== undefined && { event }),
      ...(state !== undefined && { state }),
      ...(allowedEvents !== undefined && { allowedEvents }),
      ...(missingSteps !== undefined && { missingSteps }),
    };
  }
}

/**
 * True when `value` is a `WithdrawalError` (also across bundle copies of the library).
 *
 * @example
 * isWithdrawalError(new WithdrawalError({ code: 'INVALID_DATE', message: 'x' }));
 * //=> true
 * isWithdrawalError(new Error('x'));
 * //=> false
 */
export function isWithdrawalError(value: unknown): value is WithdrawalError {
  return (
    value instanceof WithdrawalError ||
    (value instanceof Error && value.name === 'WithdrawalError' && typeof (value as { code?: unknown }).code === 'string')
  );
}
