/** src/errors/reading.ts: a caller's value that throws while it is read. */
import { describe, expect, it } from 'vitest';
import { readingInput, unreadable } from '../../src/errors/reading.js';
import { WithdrawalError } from '../../src/index.js';
import { errorOf } from '../helpers.js';

const tail = 'pass plain data: objects and arrays without throwing getters or revoked proxies';

describe('readingInput and unreadable', () => {
  it('word what was thrown, an Error by its name and message, anything else as a value', () => {
    expect(unreadable('input', new RangeError('boom')).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      path: 'input',
      message: `input: could not be read (RangeError: boom); ${tail}`,
    });
    expect(unreadable('event', 'no', 'INVALID_PERIOD')).toMatchObject({
      code: 'INVALID_PERIOD',
      path: 'event',
      message: `event: could not be read ("no"); ${tail}`,
    });
  });

  it('cut a long reason to 120 characters, and keep one of exactly 120', () => {
    const long = unreadable('input', new Error('x'.repeat(200))).message;
    expect(long).toBe(`input: could not be read (Error: ${'x'.repeat(112)}…); ${tail}`);
    const exact = `Error: ${'y'.repeat(113)}`;
    expect(exact).toHaveLength(120);
    expect(unreadable('input', new Error('y'.repeat(113))).message).toBe(`input: could not be read (${exact}); ${tail}`);
  });

  it('say "an exception" when even the thrown value cannot be worded', () => {
    const hostile = new Proxy(new Error('hidden'), {
      get() {
        throw new Error('again');
      },
    });
    expect(unreadable('input', hostile).message).toBe(`input: could not be read (an exception); ${tail}`);
  });

  it('let a WithdrawalError through as it is, and return what the read returns', () => {
    const own = new WithdrawalError({ code: 'INVALID_DATE', message: 'mine' });
    expect(
      errorOf(() =>
        readingInput('input', () => {
          throw own;
        }),
      ),
    ).toBe(own);
    expect(readingInput('input', () => 42)).toBe(42);
  });
});
