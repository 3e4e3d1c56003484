/**
 * `event.refused`: what an actor's `send` used to drop silently is emitted,
 * with the same code, message and allowed events as `applyEvent` gives, and
 * nothing changes.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createActor, transition } from 'xstate';
import type { EventRefused } from '../../src/index.js';
import {
  applyEvent,
  defineProcedure,
  getProcedure,
  initialSnapshot,
  simulate,
  type WithdrawalInput,
  withdrawalMachine,
} from '../../src/index.js';
import { explainRefusal } from '../../src/machine/apply.js';
import { structureOf } from '../../src/machine/structure.js';
import { eventTypes } from '../arbitraries.js';
import { deposited, refusalAfter } from '../helpers.js';

function startActor(input: WithdrawalInput = { treaty: 'ottawa', party: 'FIN' }) {
  const actor = createActor(withdrawalMachine, { input }).start();
  const refused: EventRefused[] = [];
  actor.on('event.refused', (event) => refused.push(event));
  return { actor, refused };
}

/** Sends `event` and returns what the actor emitted, after checking nothing changed. */
function refusalsOf(event: unknown, before: unknown[] = []): EventRefused[] {
  const { actor, refused } = startActor();
  for (const earlier of before) actor.send(earlier as never);
  const snapshot = actor.getSnapshot();
  refused.length = 0;
  actor.send(event as never);
  expect(actor.getSnapshot()).toBe(snapshot);
  expect(actor.getSnapshot().status).toBe('active');
  return refused;
}

describe('an actor emits event.refused', () => {
  it('for a typo in the event type, suggesting the type meant', () => {
    const [refusal, ...others] = refusalsOf({ type: 'instrument.deposted', date: '2025-06-27' });
    expect(others).toEqual([]);
    expect(refusal?.code).toBe('INVALID_EVENT');
    expect(refusal?.path).toBe('event.type');
    expect(refusal?.message).toBe('event.type: "instrument.deposted" is not an event type; did you mean "instrument.deposited"?');
    expect(refusal?.issues?.[0]?.code).toBe('unknown_event_type');
    expect(refusal?.state).toBe('procedure');
    expect(refusal?.allowedEvents).toContain('instrument.deposited');
  });

  it('for a date written 27/06/2025', () => {
    const refusals = refusalsOf({ type: 'instrument.deposited', date: '27/06/2025' });
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.code).toBe('INVALID_EVENT');
    expect(refusals[0]?.message).toBe('event.date: "27/06/2025" is not written YYYY-MM-DD');
    expect(refusals[0]?.issues?.[0]?.code).toBe('invalid_date');
  });

  it('for a Date object', () => {
    const refusals = refusalsOf({ type: 'instrument.deposited', date: new Date(Date.UTC(2025, 5, 27)) });
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.code).toBe('INVALID_EVENT');
    expect(refusals[0]?.message).toBe(
      'event.date: a Date object (2025-06-27T00:00:00.000Z) is not a date string (expected YYYY-MM-DD)',
    );
    expect(refusals[0]?.issues?.[0]?.code).toBe('invalid_type');
  });

  it('for a valid event the state does not take, without listing it among the allowed events', () => {
    const revoked = refusalsOf({ type: 'notification.revoked', date: '2025-06-27' });
    expect(revoked).toHaveLength(1);
    expect(revoked[0]?.code).toBe('EVENT_NOT_ALLOWED');
    expect(revoked[0]?.message).toMatch(/^notification\.revoked on 2025-06-27: nothing has been deposited yet/);

    const ended = refusalsOf({ type: 'armedConflict.ended', date: '2025-06-27' });
    expect(ended).toHaveLength(1);
    expect(ended[0]?.code).toBe('EVENT_NOT_ALLOWED');
    expect(ended[0]?.allowedEvents).not.toContain('armedConflict.ended');
    expect(ended[0]?.allowedEvents).toContain('armedConflict.started');
  });

  it('for an event out of date order, with its own code', () => {
    const refusals = refusalsOf({ type: 'decree.signed', date: '2025-01-01' }, [{ type: 'clock.advanced', date: '2025-06-01' }]);
    expect(refusals.map((r) => r.code)).toEqual(['EVENT_OUT_OF_ORDER']);
  });

  it('never for an event the machine takes', () => {
    const { actor, refused } = startActor();
    actor.send({ type: 'instrument.deposited', date: '2025-07-10', reasons: 'r' });
    actor.send({ type: 'clock.advanced', date: '2026-01-10' });
    expect(refused).toEqual([]);
    expect(actor.getSnapshot().value).toBe('effective');
  });

  it('carries the refusal as a WithdrawalError too', () => {
    const [refusal] = refusalsOf({ type: 'law.signed', date: 'tomorrow' });
    expect(refusal?.error.code).toBe(refusal?.code);
    expect(refusal?.error.message).toBe(refusal?.message);
    expect(refusal?.error.toJSON()).toMatchObject({
      code: refusal?.code,
      state: 'procedure',
      allowedEvents: refusal?.allowedEvents,
    });
  });

  it('for a malformed event of every type, since every transition is guarded and guards take only valid events', () => {
    for (const [state, shape] of Object.entries(structureOf(withdrawalMachine).states)) {
      for (const [type, transitions = []] of Object.entries(shape.on)) {
        for (const transition of transitions)
          expect([transition.guard, transition.unnamedGuard], `${state} ${type}`).toEqual([expect.any(String), false]);
      }
    }
    for (const type of eventTypes) expect(refusalsOf({ type, date: '2025-13-01' }).map((r) => r.code)).toEqual(['INVALID_EVENT']);
  });

  it('is typed', () => {
    const { actor } = startActor();
    actor.on('event.refused', (event) => {
      expectTypeOf(event.code).toEqualTypeOf<EventRefused['code']>();
      expectTypeOf(event.allowedEvents).toEqualTypeOf<readonly string[]>();
    });
    // @ts-expect-error the machine emits no other event
    actor.on('event.accepted', () => undefined);
  });
});

describe('the path of a refusal', () => {
  it('names the input’s entryIntoForce, not the event, when the treaty’s rule needs it and it is missing', () => {
    const { actor, refused } = startActor({ treaty: 'echr', party: 'RUS' });
    actor.send({ type: 'instrument.deposited', date: '2022-03-15' });
    expect(refused.map((r) => [r.code, r.path])).toEqual([['MISSING_ENTRY_INTO_FORCE', 'entryIntoForce']]);
    const applied = applyEvent(initialSnapshot({ treaty: 'echr' }), { type: 'instrument.deposited', date: '2022-03-15' });
    expect(!applied.ok && applied.error.path).toBe('entryIntoForce');
  });
});

describe('the allowed events of a refusal', () => {
  const PROFILE_RULED = ['membership.terminated', 'obligations.outstanding', 'obligations.fulfilled'];
  const allowedAfterTypo = (treaty: WithdrawalInput['treaty']) => {
    const { actor, refused } = startActor({ treaty });
    actor.send({ type: 'law.signed', date: 'not a date' } as never);
    return refused[0]?.allowedEvents ?? [];
  };

  it('leaves out the events the treaty refuses in every state (no membership rule, no conditions on effect)', () => {
    const allowed = allowedAfterTypo('ottawa');
    expect(allowed).toContain('instrument.deposited');
    expect(allowed.filter((type) => PROFILE_RULED.includes(type))).toEqual([]);
    const applied = applyEvent(initialSnapshot({ treaty: 'ottawa' }), { type: 'armedConflict.ended', date: '2025-01-01' });
    expect(!applied.ok && applied.error.allowedEvents?.filter((type) => PROFILE_RULED.includes(type))).toEqual([]);
  });

  it('lists them where the treaty has the rule', () => {
    expect(allowedAfterTypo('coe-statute')).toContain('membership.terminated');
    expect(allowedAfterTypo('ilo-constitution')).toEqual(
      expect.arrayContaining(['obligations.outstanding', 'obligations.fulfilled']),
    );
  });
});

describe('event.refused agrees with applyEvent', () => {
  const inputs: WithdrawalInput[] = [
    { treaty: 'ottawa', party: 'FIN' },
    { treaty: 'ccm', party: 'LTU' },
    { treaty: 'paris-agreement', entryIntoForce: '2016-11-04' },
    { treaty: 'ottawa', procedure: 'ukraine' },
  ];
  const date = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
  const event = fc.oneof(
    fc.record({ type: fc.constantFrom(...eventTypes), date }),
    fc.record({ type: fc.constantFrom('instrument.deposted', 'decree', 'clock'), date }),
    fc.record({ type: fc.constantFrom(...eventTypes), date: fc.constantFrom('27/06/2025', '2025-02-30', '') }),
  );

  it('on code, message, state and allowed events, wherever applyEvent would not move the clock first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.array(event, { maxLength: 12 }), (input, events) => {
        const actor = createActor(withdrawalMachine, { input }).start();
        const emitted: EventRefused[] = [];
        actor.on('event.refused', (e) => emitted.push(e));
        for (const e of events) {
          const snapshot = actor.getSnapshot();
          if (snapshot.status !== 'active') break;
          emitted.length = 0;
          const clockFirst =
            snapshot.hasTag('clock') &&
            snapshot.context.date !== null &&
            e.type !== 'clock.advanced' &&
            e.date > snapshot.context.date;
          const applied = applyEvent(snapshot, e);
          actor.send(e as never);
          if (clockFirst) continue;
          expect(emitted.length).toBe(applied.ok ? 0 : 1);
          const refusal = emitted[0];
          if (applied.ok) {
            expect(refusal).toBeUndefined();
            expect(actor.getSnapshot().value).toEqual(applied.snapshot.value);
          } else {
            expect(refusal).toBeDefined();
            expect(actor.getSnapshot()).toBe(snapshot);
            expect({
              code: refusal?.code,
              message: refusal?.message,
              state: refusal?.state,
              allowed: refusal?.allowedEvents,
            }).toEqual({
              code: applied.error.code,
              message: applied.error.message,
              state: applied.error.state,
              allowed: applied.error.allowedEvents,
            });
            expect(refusal?.allowedEvents).not.toContain(e.type);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('as a pure transition: a refused event returns the same snapshot and one emit action', () => {
    const start = initialSnapshot({ treaty: 'ottawa' });
    const [next, actions] = transition(withdrawalMachine, start, { type: 'notification.revoked', date: '2025-06-27' });
    expect(next).toBe(start);
    expect(actions.map((a) => a.type)).toEqual(['xstate.emit']);
  });

  it('leaves simulate as it was', () => {
    const result = simulate({
      treaty: 'ottawa',
      party: 'FIN',
      events: [{ type: 'instrument.deposited', date: '2025-07-10', reasons: 'r' }],
    });
    expect(result.effectiveOn).toBe('2026-01-10');
  });
});

describe('refusals', () => {
  it('carry a path or missing steps only when they have one', () => {
    const plain = refusalAfter({ treaty: 'ottawa' }, [], { type: 'notification.revoked', date: '2025-01-01' });
    expect('path' in plain).toBe(false);
    expect('missingSteps' in plain).toBe(false);
    expect(plain.message).toBe(
      'notification.revoked on 2025-01-01: nothing has been deposited yet, so there is no notice to revoke; accepted now: ' +
        plain.allowedEvents?.join(', '),
    );
  });

  it('put the order of events first, even for an event the state does not accept', () => {
    const error = refusalAfter({ treaty: 'ottawa' }, [deposited('2025-06-01')], { type: 'decree.signed', date: '2025-01-01' });
    expect(error.code).toBe('EVENT_OUT_OF_ORDER');
    const later = refusalAfter({ treaty: 'ottawa' }, [deposited('2025-06-01')], { type: 'decree.signed', date: '2025-07-01' });
    expect(later.code).toBe('EVENT_NOT_ALLOWED');
    expect(later.message).toMatch(/it is not accepted while the withdrawal is /);
  });

  it('name every earlier step an ordered procedure still lacks, and only those', () => {
    const skipped = refusalAfter({ treaty: 'ottawa', procedure: 'ukraine' }, [], { type: 'law.signed', date: '2025-01-01' });
    expect(skipped.missingSteps).toEqual(['decree.signed', 'parliament.approved']);
    expect(skipped.message).toMatch(
      /comes after decree\.signed \([^)]+\) and parliament\.approved \([^)]+\), which has not happened$/,
    );
    const early = refusalAfter(
      { treaty: 'ottawa', procedure: 'ukraine' },
      [{ type: 'decree.signed', date: '2025-01-01' }],
      deposited('2025-01-02'),
    );
    expect(early.missingSteps).toEqual(['parliament.approved', 'law.signed']);
    expect(early.message).not.toContain('decree.signed');
    expect(early.message).toMatch(/missing: parliament\.approved \([^)]+\), law\.signed \([^)]+\)/);
  });

  it('let only a procedure with a vote in parliament end in its rejection', () => {
    const executive = refusalAfter({ treaty: 'ottawa', procedure: 'executive' }, [], {
      type: 'parliament.rejected',
      date: '2025-01-01',
    });
    expect(executive.message).toMatch(/^procedure 'executive' requires no approval by the legislature/);
    const again = defineProcedure({ ...getProcedure('parliamentary'), id: 'again', resubmission: true });
    const late = refusalAfter({ treaty: 'ottawa', procedure: again }, [{ type: 'decree.signed', date: '2025-02-01' }], {
      type: 'parliament.rejected',
      date: '2025-01-01',
    });
    expect(late.code).toBe('EVENT_OUT_OF_ORDER');
  });

  it('through raw XState: no revocation from the last day of the period on, and explainRefusal says why', () => {
    const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } }).start();
    actor.send(deposited('2025-01-10'));
    actor.send({ type: 'notification.revoked', date: '2025-07-10' });
    expect(actor.getSnapshot().value).toBe('noticePeriod');
    const why = explainRefusal('noticePeriod', actor.getSnapshot().context, { type: 'notification.revoked', date: '2025-07-10' });
    expect(why.message).toBe(
      "the notice period ended on 2025-07-10, before this event (2025-07-10); send clock.advanced with the event's date first (applyEvent and simulate do this for you)",
    );
    expect(why.path).toBe('event.date');
    actor.send({ type: 'notification.revoked', date: '2025-07-09' });
    expect(actor.getSnapshot().value).toBe('revoked');
  });

  it('in a final state: say since when from the timeline, and nothing about a date a context does not have', () => {
    const event = { type: 'decree.signed', date: '2025-08-01' } as const;
    const revoked = refusalAfter(
      { treaty: 'ottawa' },
      [deposited('2025-01-10'), { type: 'notification.revoked', date: '2025-03-01' }],
      event,
    );
    expect(revoked.message).toBe(
      'decree.signed on 2025-08-01: the withdrawal is already revoked (since 2025-03-01), a final state; no further event applies',
    );
    // A context without a timeline (one a caller built, not the machine) is worded without a date.
    const bare = explainRefusal('revoked', initialSnapshot({ treaty: 'ottawa' }).context, event);
    expect(bare).toMatchObject({ code: 'EVENT_NOT_ALLOWED', state: 'revoked' });
    expect(bare.message).toBe(
      'decree.signed on 2025-08-01: the withdrawal is already revoked, a final state; no further event applies',
    );
  });
});
