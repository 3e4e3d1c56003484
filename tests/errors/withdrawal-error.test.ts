/** src/errors/withdrawal-error.ts: the error class and its guard. */
import { describe, expect, it } from 'vitest';
import { isWithdrawalError, WithdrawalError } from '../../src/index.js';

describe('error helpers', () => {
  it('tell a WithdrawalError from other errors that have a code', () => {
    const system = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    expect(isWithdrawalError(system)).toBe(false);
    const copy = Object.assign(new Error('x'), { name: 'WithdrawalError', code: 'INVALID_DATE' });
    expect(isWithdrawalError(copy)).toBe(true);
  });

  it('hold only the fields they were given', () => {
    const bare = new WithdrawalError({ code: 'INVALID_DATE', message: 'x' });
    for (const key of ['path', 'issues', 'event', 'state', 'allowedEvents', 'missingSteps']) expect(key in bare).toBe(false);
  });
});

describe('WithdrawalError', () => {
  it('carries its data and renders it as JSON', () => {
    const data = {
      code: 'EVENT_NOT_ALLOWED',
      message: 'm',
      path: 'events[0]',
      issues: [{ path: 'p', code: 'invalid', message: 'q' }],
      event: { type: 'x' },
      state: 'procedure',
      allowedEvents: ['a'],
      missingSteps: ['b'],
    } as const;
    const error = new WithdrawalError(data);
    expect(error.name).toBe('WithdrawalError');
    expect(error.toJSON()).toEqual(data);
    // Fields it does not have are absent, not undefined (JSON and `in` checks agree).
    expect(new WithdrawalError({ code: 'INVALID_DATE', message: 'm' }).toJSON()).toStrictEqual({
      code: 'INVALID_DATE',
      message: 'm',
    });
  });

  it('is recognised across copies of the library by name and code', () => {
    const foreign = Object.assign(new Error('m'), { name: 'WithdrawalError', code: 'INVALID_DATE' });
    expect(isWithdrawalError(foreign)).toBe(true);
    expect(isWithdrawalError(Object.assign(new Error('m'), { name: 'WithdrawalError' }))).toBe(false);
    expect(isWithdrawalError({ name: 'WithdrawalError', code: 'X' })).toBe(false);
  });
});
