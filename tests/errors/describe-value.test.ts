/** src/errors/describe-value.ts: how an error message shows a caller's value. */
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/errors/describe-value.js';
import { inputMessages } from '../../src/errors/input-messages.js';
import { formatMessage } from '../../src/index.js';

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

  it('shortens values only beyond the limit', () => {
    const exactly = 'x'.repeat(58); // 60 characters with its quotes
    expect(describeValue(exactly)).toBe(`"${exactly}"`);
    expect(describeValue(`${exactly}y`)).toBe(`"${exactly}…`);
  });

  it('takes its words from the message table', () => {
    // Every value.* entry is the table's, and formatMessage words it the same way.
    const keys = Object.keys(inputMessages).filter((key) => key.startsWith('value.'));
    expect(keys.sort()).toEqual(
      [
        'value.array',
        'value.date',
        'value.function',
        'value.invalidDate',
        'value.longString',
        'value.object',
        'value.revokedProxy',
        'value.symbol',
      ].sort(),
    );
    expect(formatMessage({ key: 'value.function' } as never)).toBe(describeValue(() => 1));
    expect(formatMessage({ key: 'value.longString', params: { opening: '"ab', length: 70 } } as never)).toBe(
      '"ab…" (70 characters)',
    );
  });
});
