/** src/dates/schema.ts: the date schema says what was given. */
import { describe, expect, it } from 'vitest';
import { CalendarDateSchema } from '../../src/index.js';

describe('CalendarDateSchema', () => {
  it('in a schema, say what was given', () => {
    const message = (value: unknown) => CalendarDateSchema.safeParse(value).error?.issues[0]?.message;
    expect(message(undefined)).toBe('is required');
    expect(message(20250101)).toBe('20250101 is not a date string (expected YYYY-MM-DD)');
    expect(message('2025-02-30')).toBe('2025-02-30 is not a calendar date');
  });
});
