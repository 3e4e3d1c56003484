import { WithdrawalError } from '../src/index.js';

/** The WithdrawalError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): WithdrawalError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WithdrawalError) return error;
    throw error;
  }
  throw new Error('expected a WithdrawalError, but nothing was thrown');
}
