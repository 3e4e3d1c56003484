/** src/machine/logic.ts: the details of the context that no result field shows. */
import { describe, expect, it } from 'vitest';
import { defineTreaty, getTreaty, simulate } from '../../src/index.js';
import { runEvents } from '../helpers.js';

describe('the context', () => {
  it('moves its date with the clock', () => {
    expect(runEvents({ treaty: 'ottawa' }, [{ type: 'clock.advanced', date: '2025-03-01' }]).context.date).toBe('2025-03-01');
  });

  it('records whether each domestic step was required', () => {
    const context = runEvents({ treaty: 'ottawa', procedure: 'parliamentary' }, [
      { type: 'decree.signed', date: '2025-01-01' },
      { type: 'parliament.approved', date: '2025-02-01' },
    ]).context;
    expect(context.domestic.map((d) => [d.type, d.required])).toEqual([
      ['decree.signed', false],
      ['parliament.approved', true],
    ]);
  });

  it('closes only the open conflict when one ends', () => {
    const context = runEvents({ treaty: 'ottawa' }, [
      { type: 'armedConflict.started', date: '2020-01-01' },
      { type: 'armedConflict.ended', date: '2021-01-01' },
      { type: 'armedConflict.started', date: '2022-01-01' },
      { type: 'armedConflict.ended', date: '2023-01-01' },
    ]).context;
    expect(context.conflicts.flat()).toEqual([
      { from: '2020-01-01', to: '2021-01-01' },
      { from: '2022-01-01', to: '2023-01-01' },
    ]);
  });

  it('cites the later-date clause when a later date governs', () => {
    const rome = getTreaty('rome-statute');
    const treaty = defineTreaty({
      ...rome,
      id: 'later',
      withdrawal: { ...rome.withdrawal, laterDate: { ...rome.withdrawal.laterDate!, article: 'Art. L' } },
    });
    const result = simulate({ treaty, events: [{ type: 'instrument.deposited', date: '2025-06-02', laterDate: '2026-09-01' }] });
    expect(result.explanation.find((s) => s.fact === 'effect')?.article).toBe('Art. L');
  });
});
