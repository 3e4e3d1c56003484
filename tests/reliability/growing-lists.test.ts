/**
 * The lists a run grows (issue #19, item 3): copied once per change outside a
 * run (snapshots stay immutable), grown in place inside `growingInPlace` only
 * when the run made them itself, never a list a caller holds.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, initialSnapshot, simulate } from '../../src/index.js';
import { append, copyingLists, growingInPlace, replaceAt } from '../../src/machine/helpers.js';

describe('append and replaceAt', () => {
  it('copy outside a run, leaving the list given unchanged', () => {
    const list = Object.freeze([1, 2]);
    expect(append(list, 3)).toEqual([1, 2, 3]);
    expect(replaceAt(list, 0, () => 9)).toEqual([9, 2]);
    expect(list).toEqual([1, 2]);
  });

  it('inside a run, copy a list from outside once, then grow the copy in place', () => {
    const outside = Object.freeze([1]);
    growingInPlace(() => {
      const first = append(outside, 2);
      expect(first).not.toBe(outside);
      const second = append(first, 3);
      expect(second).toBe(first);
      expect(replaceAt(second, 0, () => 7)).toBe(first);
      expect(first).toEqual([7, 2, 3]);
      // Explainers run with copying lists: they may call updates without growing the run's lists.
      expect(copyingLists(() => append(first, 4))).not.toBe(first);
      expect(first).toEqual([7, 2, 3]);
    });
    expect(outside).toEqual([1]);
  });

  it('simulate leaves a snapshot and the scenario it was given unchanged', () => {
    const events = [
      { type: 'armedConflict.started', date: '2025-01-01' },
      { type: 'armedConflict.ended', date: '2025-02-01' },
      { type: 'armedConflict.started', date: '2025-03-01' },
    ] as const;
    const before = JSON.stringify(events);
    const first = simulate({ treaty: 'ottawa', events: [...events] });
    const second = simulate({ treaty: 'ottawa', events: [...events] });
    expect(JSON.stringify(events)).toBe(before);
    expect(first.conflicts).toEqual(second.conflicts);
    expect(first.conflicts).not.toBe(second.conflicts);
    expect(first.conflicts).toEqual([
      { from: '2025-01-01', to: '2025-02-01' },
      { from: '2025-03-01', to: null },
    ]);
  });

  it('applyEvent never changes the lists of the snapshot it was given', () => {
    const start = initialSnapshot({ treaty: 'ottawa' });
    const one = applyEvent(start, { type: 'armedConflict.started', date: '2025-01-01' });
    if (!one.ok) throw one.error;
    const conflicts = JSON.stringify(one.snapshot.context.conflicts);
    const log = one.snapshot.context.log.flat().length;
    const two = applyEvent(one.snapshot, { type: 'armedConflict.ended', date: '2025-02-01' });
    if (!two.ok) throw two.error;
    expect(JSON.stringify(one.snapshot.context.conflicts)).toBe(conflicts);
    expect(one.snapshot.context.log.flat()).toHaveLength(log);
    expect(two.snapshot.context.conflicts.flat()).toEqual([{ from: '2025-01-01', to: '2025-02-01' }]);
  });
});
