/**
 * The part of the message table that the date functions word: calendar dates
 * and periods (src/dates) and the reading of a caller's value that throws
 * (src/errors/reading.ts, which they use). Its entries are entries of the
 * rules' part too (`messages` spreads them), so that a refusal worded from one
 * is worded (and reworded by `formatMessage`) like any other; it is a module of its
 * own so that the date functions (and the event schemas, which check dates)
 * bundle without the rest of the table.
 */
import type { Message, Nested, Say } from './messages.js';
import { WithdrawalError, type WithdrawalErrorCode, type WithdrawalErrorData } from './withdrawal-error.js';

/** A period in words, e.g. `1 year 6 months`; `0 days` for no time at all. */
function periodWords(p: { years: number; months: number; days: number }): string {
  const unit = (count: number, one: string) => `${count} ${one}${Math.abs(count) === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (p.years) parts.push(unit(p.years, 'year'));
  if (p.months) parts.push(unit(p.months, 'month'));
  if (p.days || parts.length === 0) parts.push(unit(p.days, 'day'));
  return parts.join(' ');
}

export const inputMessages = {
  /** A problem found at `path` (the message nested in it says which). */
  'input.at': (p: { path: string; problem: Nested }, say: Say) => `${p.path}: ${say(p.problem)}`,
  /** A value that threw while it was read (`reason`: what it threw, when that could be said). */
  'input.unreadable': (p: { what: string; reason: string | undefined }) =>
    `${p.what}: could not be read (${p.reason ?? 'an exception'}); pass plain data: objects and arrays without throwing getters or revoked proxies`,

  // Calendar dates (src/dates/calendar-date.ts, src/dates/schema.ts); `got`: the value as shown.
  'date.notString': (p: { got: string }) => `${p.got} is not a date string (expected YYYY-MM-DD)`,
  'date.notWritten': (p: { got: string }) => `${p.got} is not written YYYY-MM-DD`,
  'date.beforeFirst': (p: { date: string }) => `${p.date} is before 0001-01-01`,
  'date.notCalendar': (p: { date: string }) => `${p.date} is not a calendar date`,
  'date.yearOutOfRange': (p: { got: string }) => `year ${p.got} is outside 0001–9999`,

  // Period arithmetic (src/dates/arithmetic.ts).
  /** A date (`null`: the date, unnamed) plus a period that leaves the calendar. */
  'date.outOfRange': (p: { date: string | null; years: number; months: number; days: number }) =>
    `${p.date ?? 'the date'} plus ${periodWords(p)} falls outside 0001-01-01 … 9999-12-31`,
  /** A day that the month reached does not have, under `overflow: 'reject'`. */
  'date.ambiguous': (p: { date: string; years: number; months: number; day: number; lastDay: number }) =>
    `${p.date} plus ${periodWords({ ...p, days: 0 })} would be day ${p.day} of a month with ${p.lastDay} days; ` +
    `use overflow 'constrain' to take the last day of the month`,
  /** A period refused (`period`: as shown), with what is wrong with it. */
  'period.invalid': (p: { period: string; problem: Nested }, say: Say) => `period ${p.period}: ${say(p.problem)}`,
  'period.notObject': () => 'expected an object such as { months: 6 }',
  'period.notWhole': (p: { unit: string; got: string }) => `${p.unit} must be a whole number, got ${p.got}`,
  'period.unknownUnit': (p: { got: string }) => `unknown unit ${p.got} (use years, months, days)`,
  'period.mixedSigns': () => 'years, months and days must not mix signs',
  'period.overflow': (p: { got: string }) => `overflow must be 'constrain' or 'reject', got ${p.got}`,
  'period.unreadable': () => 'period: could not be read; pass a plain object such as { months: 6 }',

  // A caller's value as a message shows it where JSON cannot (src/errors/describe-value.ts).
  /** A long string cut short: `opening` is its first characters as JSON, without the closing quote. */
  'value.longString': (p: { opening: string; length: number }) => `${p.opening}…" (${p.length} characters)`,
  'value.function': () => 'a function',
  'value.symbol': () => 'a symbol',
  'value.date': (p: { iso: string }) => `a Date object (${p.iso})`,
  'value.invalidDate': () => 'an invalid Date object',
  /** An array or object that could not be shown as JSON (a throwing getter, a cycle). */
  'value.array': () => 'an array',
  'value.object': () => 'an object',
  'value.revokedProxy': () => 'an unreadable object (a revoked proxy)',
} as const;

/** The small modules' part of the English table. */
export type InputMessages = typeof inputMessages;
type InputKey = keyof InputMessages;
type InputParams<K extends InputKey> = Parameters<InputMessages[K]>[0];

/**
 * A message of this part: its key and parameters (what `message` of the whole
 * table makes, without importing it).
 * @internal
 */
export function inputMessage<K extends InputKey>(
  key: K,
  ...params: InputParams<K> extends undefined ? [] : [InputParams<K>]
): Message {
  return { key, params: params[0] } as Message;
}

/**
 * Words `said`, a message of this part, in English; a message nested in it
 * too (the zod schemas' issues carry words, not messages).
 * @internal
 */
export function inputWords(said: Nested): string {
  return (inputMessages[said.key as InputKey] as (params: unknown, say: Say) => string)(said.params, inputWords);
}

/**
 * The error of `code` worded in English from `said`, a message of this part,
 * that keeps it (`wording`) as `wordedError` does, without the rest of the table.
 * @internal
 */
export function inputError(
  code: WithdrawalErrorCode,
  said: Message,
  data: Omit<WithdrawalErrorData, 'code' | 'message'> = {},
): WithdrawalError {
  return new WithdrawalError({ ...data, code, message: inputWords(said) }, said);
}
