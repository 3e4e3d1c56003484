/**
 * The part of the message table that the small modules word: the reading of a
 * caller's value that throws (src/errors/reading.ts), which the date functions
 * use, the calendar date and the source URL the event schemas take, and
 * `required`, which every part of the library says. Its entries are entries of
 * the rules' part too (`messages` spreads them), so that any message worded
 * from one is worded like the others; it is a module of its own so that the
 * date functions and the event schemas bundle without the rest of the table.
 */
import type { Message } from './messages.js';
import { WithdrawalError, type WithdrawalErrorCode, type WithdrawalErrorData } from './withdrawal-error.js';

export const inputMessages = {
  required: () => 'is required',
  /** A string that is a date but not of the calendar (src/dates/schema.ts). */
  'date.invalid': () => 'is not a calendar date',
  /** The URL of a source (src/treaties/source-url.ts; the event schemas take one). */
  'input.sourceUrl': () => 'must be an http(s) URL of the text that states the rule',
  /** A value that threw while it was read (`reason`: what it threw, when that could be said). */
  'input.unreadable': (p: { what: string; reason: string | undefined }) =>
    `${p.what}: could not be read (${p.reason ?? 'an exception'}); pass plain data: objects and arrays without throwing getters or revoked proxies`,
} as const;

/** The small modules' part of the English table. */
export type InputMessages = typeof inputMessages;

/**
 * The error of `code` worded in English from an entry of this part, that keeps
 * its message (`wording`) as `wordedError` does, without the rest of the table.
 * @internal
 */
export function inputError<K extends keyof InputMessages>(
  code: WithdrawalErrorCode,
  key: K,
  params: Parameters<InputMessages[K]>[0],
  data: Omit<WithdrawalErrorData, 'code' | 'message'> = {},
): WithdrawalError {
  const said = { key, params } as Message;
  return new WithdrawalError({ ...data, code, message: (inputMessages[key] as (p: unknown) => string)(params) }, said);
}
