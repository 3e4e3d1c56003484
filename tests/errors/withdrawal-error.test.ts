/** src/errors/withdrawal-error.ts: the error class, its guard, and the brief description of a value. */
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/errors/withdrawal-error.js';
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

  it('shorten values only beyond the limit', () => {
    const exactly = 'x'.repeat(58); // 60 characters with its quotes
    expect(describeValue(exactly)).toBe(`"${exactly}"`);
    expect(describeValue(`${exactly}y`)).toBe(`"${exactly}…`);
  });
});

describe('describeValue', () => {
  it('renders any value briefly, without throwing', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(new Date('x'))).toBe('an invalid Date object');
    expect(describeValue(new Date(Date.UTC(2025, 5, 27)))).toBe('a Date object (2025-06-27T00:00:00.000Z)');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…" (100 characters)`);
    expect(describeValue('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…" (100 characters)`);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('an object');
    expect(describeValue([cyclic])).toBe('an array');
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
