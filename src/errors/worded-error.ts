/**
 * A `WithdrawalError` worded from a message of the table, that keeps the
 * message (`wording`) so that another language's table can word it again. Its
 * own module, so that the date functions, which throw `WithdrawalError` too, do
 * not carry the table.
 */
import { type Message, wordFrom } from './messages.js';
import { WithdrawalError, type WithdrawalErrorCode, type WithdrawalErrorData } from './withdrawal-error.js';

/**
 * The error of `code` worded from `said` (with `part`, the part of the table
 * its key is in when it is not the rules' own), with `data`'s other fields.
 * @internal
 */
export function wordedError(
  code: WithdrawalErrorCode,
  said: Message,
  data: Omit<WithdrawalErrorData, 'code' | 'message'> = {},
  part?: object,
): WithdrawalError {
  return new WithdrawalError({ ...data, code, message: wordFrom(part, said, undefined) }, said);
}
