/**
 * The lists a run grows (issue #19, item 3): copied once per change outside a
 * run (snapshots stay immutable), grown in place inside `growingInPlace` only
 * when the run made them itself, never a list a caller holds.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, type CalendarDate, initialSnapshot, simulate, type WithdrawalEvent } from '../../src/index.js';
import { append, copyingLists, growingInPlace, replaceAt } from '../../src/machine/helpers.js';
import { suspendable } from '../arbitraries.js';

describe('append and replaceAt', () => {
  it('copy outside a run, leaving the list given unchanged', () => {
    const list = Object.freeze([1, 2]);
    expect(append(list, 3)).toEqual([1, 2, 3]);
    expect(replaceAt(list, 0, () => 9)).toEqual([9, 2]);
    expect(list).toEqual([1, 2]);
    // An index out of range changes nothing, and `change` is not called.
    const never = () => {
      throw new Error('change called out of range');
    };
    expect(replaceAt(list, 2, never)).toBe(list);
    expect(replaceAt(list, -1, never)).toBe(list);
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
      expect(copyingLists((list) => append(list, 4), first, undefined, undefined)).not.toBe(first);
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

describe('who stands among the objectors', () => {
  // The map of standing objections moves from one list to the next instead of
  // being copied (a copy per event made objections by many parties quadratic):
  // a snapshot applied twice must still be read right.
  const notified = applyEvent(initialSnapshot({ treaty: suspendable }), {
    type: 'suspension.notified',
    date: '2025-01-10',
    ground: 'treaty-provision',
  });

  it('stays right for a snapshot applied twice, whichever branch is read first', () => {
    if (!notified.ok) throw notified.error;
    const base = notified.snapshot;
    const byA = applyEvent(base, { type: 'objection.raised', date: '2025-02-01', by: 'A' });
    const byB = applyEvent(base, { type: 'objection.raised', date: '2025-02-01', by: 'B' });
    if (!byA.ok || !byB.ok) throw new Error('an objection was refused');
    // A stands only on its own branch, B only on its.
    expect(applyEvent(byB.snapshot, { type: 'objection.withdrawn', date: '2025-02-02', by: 'A' }).ok).toBe(false);
    expect(applyEvent(byA.snapshot, { type: 'objection.withdrawn', date: '2025-02-02', by: 'A' }).ok).toBe(true);
    expect(applyEvent(byA.snapshot, { type: 'objection.withdrawn', date: '2025-02-02', by: 'B' }).ok).toBe(false);
    expect(applyEvent(byB.snapshot, { type: 'objection.withdrawn', date: '2025-02-02', by: 'B' }).ok).toBe(true);
    // Objecting twice while standing is refused on the branch that has the objection, and only there.
    expect(applyEvent(byA.snapshot, { type: 'objection.raised', date: '2025-02-03', by: 'A' }).ok).toBe(false);
    expect(applyEvent(base, { type: 'objection.raised', date: '2025-02-03', by: 'A' }).ok).toBe(true);
  });

  it('counts every party that objects, through simulate as through applyEvent', () => {
    // Eleven a day through February, in order; all but the last withdrawn on 1 March.
    const raised = Array.from(
      { length: 300 },
      (_, i): WithdrawalEvent => ({
        type: 'objection.raised',
        date: `2025-02-${String(Math.floor(i / 11) + 1).padStart(2, '0')}` as CalendarDate,
        by: `State ${i}`,
      }),
    );
    const withdrawn = Array.from(
      { length: 299 },
      (_, i): WithdrawalEvent => ({
        type: 'objection.withdrawn',
        date: '2025-03-01',
        by: `State ${i}`,
      }),
    );
    const notice: WithdrawalEvent = { type: 'suspension.notified', date: '2025-01-10', ground: 'treaty-provision' };
    const scenario = { treaty: suspendable, events: [notice, ...raised, ...withdrawn] };
    const result = simulate(scenario);
    // One objection still stands, so the suspension stays contested.
    expect(result.outcome).toBe('suspension-contested');
    expect(result.suspension?.objections.filter((o) => o.withdrawnOn === null).map((o) => o.by)).toEqual(['State 299']);
    let snapshot = initialSnapshot({ treaty: suspendable });
    for (const event of scenario.events) {
      const applied = applyEvent(snapshot, event);
      if (!applied.ok) throw applied.error;
      snapshot = applied.snapshot;
    }
    expect(snapshot.value).toBe('suspensionContested');
    expect(snapshot.context.suspension?.objections.flat()).toEqual(result.suspension?.objections);
  });
});
