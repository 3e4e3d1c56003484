import { describeValue } from './describe-value.js';
import { inputError, inputMessage } from './input-messages.js';
import { isWithdrawalError, type WithdrawalError, type WithdrawalErrorCode } from './withdrawal-error.js';

/**
 * Runs `read`, which reads a caller's value, and turns anything but a
 * `WithdrawalError` it throws into `INVALID_INPUT` (or `code`): a property
 * getter that throws, a revoked Proxy or a Proxy trap that throws must not
 * escape an entry point as a raw `TypeError` (issue #19, item 7). `what` names
 * the value read.
 */
export function readingInput<T>(what: string, read: () => T, code: WithdrawalErrorCode = 'INVALID_INPUT'): T {
  try {
    return read();
  } catch (error) {
    if (isWithdrawalError(error)) throw error;
    throw unreadable(what, error, code);
  }
}

/** The `INVALID_INPUT` (or `code`) error for a value that threw while it was read. */
export function unreadable(what: string, error: unknown, code: WithdrawalErrorCode = 'INVALID_INPUT'): WithdrawalError {
  let reason: string | undefined;
  try {
    reason = error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
  } catch {
    reason = undefined;
  }
  if (reason !== undefined && reason.length > 120) reason = `${reason.slice(0, 119)}…`;
  return inputError(code, inputMessage('input.unreadable', { what, reason }), { path: what });
}
