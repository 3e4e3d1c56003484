/** src/errors/arguments.ts: checking a public function's arguments. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { checkedArgument } from '../../src/errors/arguments.js';

describe('checkedArgument', () => {
  const schema = z.object({ date: z.string(), tags: z.array(z.string()) });

  it('keeps the output for a deep-frozen value, frozen, and gives it again without parsing', () => {
    const value = Object.freeze({ date: '2025-06-27', tags: Object.freeze(['a']) });
    const first = checkedArgument(schema, value, 'value');
    expect(first).toEqual({ date: '2025-06-27', tags: ['a'] });
    expect(Object.isFrozen(first) && Object.isFrozen(first.tags)).toBe(true);
    expect(checkedArgument(schema, value, 'value')).toBe(first);
  });

  it('parses a value that is not deep-frozen each time', () => {
    const value = Object.freeze({ date: '2025-06-27', tags: ['a'] });
    const first = checkedArgument(schema, value, 'value');
    expect(checkedArgument(schema, value, 'value')).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
  });

  it('refuses what the schema refuses with the code asked for and the path named', () => {
    expect(() => checkedArgument(schema, { date: 1, tags: [] }, 'value', 'INVALID_EVENT')).toThrow(
      expect.objectContaining({ code: 'INVALID_EVENT', path: 'value.date' }),
    );
  });
});
