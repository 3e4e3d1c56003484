/** src/internal/deep-freeze.ts. */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deep-freeze.js';

describe('deepFreeze', () => {
  it('deep-freeze stops at cycles and leaves primitives alone', () => {
    const node: { self?: unknown; list: unknown[] } = { list: [1, 'a', null] };
    node.self = node;
    expect(deepFreeze(node)).toBe(node);
    expect(Object.isFrozen(node.list)).toBe(true);
    expect(deepFreeze('text')).toBe('text');
    expect(deepFreeze(null)).toBe(null);
  });

  it('deep-freezes data trees', () => {
    const tree = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(tree.a.b[1])).toBe(true);
  });
});
