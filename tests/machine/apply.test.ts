import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  applyEvent,
  initialSnapshot,
  toPersisted,
  type WithdrawalError,
  type WithdrawalSnapshot,
  withdrawalMachine,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

const deposit = { type: 'instrument.deposited', date: '2025-06-27' } as const;
const start = initialSnapshot({ treaty: 'ottawa', party: 'EST' });
const STATES =
  'procedure, suspensionPending, suspensionContested, suspended, noticePeriod, deferred, effective, revoked, abandoned';

function refused(snapshot: unknown, event: unknown = deposit): WithdrawalError {
  const result = applyEvent(snapshot as WithdrawalSnapshot, event);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('applyEvent and toPersisted refuse a snapshot the machine did not make', () => {
  it('names a state value that is not one of the machine’s states, and lists them', () => {
    for (const [value, shown] of [
      ['bogus', '"bogus"'],
      [42, '42'],
      [undefined, 'undefined'],
      [{ noticePeriod: 'running' }, '{"noticePeriod":"running"}'],
      ['toString', '"toString"'],
    ] as const) {
      const edited = { ...start, value };
      for (const error of [refused(edited), errorOf(() => toPersisted(edited as never))]) {
        expect(error.code).toBe('INVALID_SNAPSHOT');
        expect(error.path).toBe('value');
        expect(error.message).toBe(
          `value: ${shown} is not a state of withdrawalMachine (${STATES}); pass a snapshot the machine made`,
        );
      }
    }
  });

  it('says so for a value that is not a snapshot of the machine, a JSON copy included', () => {
    for (const [snapshot, shown] of [
      [null, 'null'],
      [5, '5'],
      [{ value: 'procedure' }, '{"value":"procedure"}'],
    ] as const) {
      const error = refused(snapshot);
      expect(error.code).toBe('INVALID_SNAPSHOT');
      expect(error.path).toBeUndefined();
      expect(error.message).toBe(`expected a snapshot of withdrawalMachine, got ${shown}`);
    }
    const copy = JSON.parse(JSON.stringify(start));
    expect(refused(copy).code).toBe('INVALID_SNAPSHOT');
    expect(refused(copy).message).toMatch(/^expected a snapshot of withdrawalMachine, got \{/);
  });

  it('refuses the snapshot of an actor that stopped with an error, before reading the event', () => {
    const actor = createActor(withdrawalMachine, { input: { treaty: 'no-such-treaty' } as never });
    actor.subscribe({ error: () => undefined });
    actor.start();
    for (const event of [deposit, { type: 'instrument.deposit' }]) {
      const error = refused(actor.getSnapshot(), event);
      expect(error.code).toBe('INVALID_SNAPSHOT');
      expect(error.path).toBe('status');
    }
  });

  it('checks the snapshot before the event, and words a bad event against the snapshot’s state', () => {
    expect(refused({ ...start, value: 'bogus' }, { type: 'instrument.deposit' }).code).toBe('INVALID_SNAPSHOT');
    const error = refused(start, { type: 'instrument.deposit', date: '2025-06-27' });
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.path).toBe('event.type');
  });

  it('refuses a deposit counted from an entry into force that is not a calendar date in the snapshot’s context', () => {
    // applyEvent takes a snapshot's context as it is; the notice rules check the one date that comes from it.
    const edited = { ...start, context: { ...start.context, entryIntoForce: '2025-02-30' } };
    const error = refused(edited);
    expect([error.code, error.path, error.message]).toEqual([
      'INVALID_DATE',
      'entryIntoForce',
      'entryIntoForce: 2025-02-30 is not a calendar date',
    ]);
  });

  it('still takes the events of a snapshot the machine made, up to its final state', () => {
    const deposited = applyEvent(start, deposit);
    expect(deposited.ok && deposited.snapshot.value).toBe('noticePeriod');
    const effective = deposited.ok ? applyEvent(deposited.snapshot, { type: 'clock.advanced', date: '2026-01-01' }) : undefined;
    expect(effective?.ok && effective.snapshot.value).toBe('effective');
    const after = effective?.ok ? refused(effective.snapshot, { type: 'notification.revoked', date: '2026-01-05' }) : undefined;
    expect(after?.code).toBe('ALREADY_EFFECTIVE');
  });
});
