/**
 * Issue #19, items 1–2: every guard and update is total over the dates the
 * schema accepts (0001-01-01 … 9999-12-31). A date whose consequence leaves the
 * calendar is refused with DATE_OUT_OF_RANGE naming the event, the same way on
 * every path: an actor, applyEvent, simulate and persistence.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  applyEvent,
  type CalendarDate,
  defineTreaty,
  explanationOf,
  fromPersisted,
  getTreaty,
  initialSnapshot,
  renderTimeline,
  safeSimulate,
  simulate,
  toPersisted,
  type WithdrawalEvent,
  type WithdrawalSnapshot,
  type WithdrawalStateValue,
  withdrawalMachine,
} from '../../src/index.js';
import { deadlineDue } from '../../src/machine/apply.js';
import { runs, suspendable } from '../arbitraries.js';
import { applyAll, errorOf } from '../helpers.js';

/** Sends `event` to an actor restored from `snapshot` as applyEvent applies it (the clock first when a deadline is due); returns the actor's snapshot. */
function throughActor(snapshot: WithdrawalSnapshot, event: WithdrawalEvent) {
  const errors: unknown[] = [];
  const actor = createActor(withdrawalMachine, { snapshot } as never);
  actor.subscribe({ error: (error) => errors.push(error) });
  actor.start();
  const before = actor.getSnapshot();
  if (before.status === 'done') {
    actor.stop();
    return { after: before, errors };
  }
  if (event.type !== 'clock.advanced' && deadlineDue(before.value as WithdrawalStateValue, before.context, event.date)) {
    actor.send({ type: 'clock.advanced', date: event.date });
  }
  if (actor.getSnapshot().status === 'active') actor.send(event);
  const after = actor.getSnapshot();
  actor.stop();
  return { after, errors };
}

describe('a date near the end of the calendar (issue #19, repro 1)', () => {
  const notice = { type: 'suspension.notified', date: '9999-10-01', ground: 'fundamental-change' } as const;

  it('does not crash an actor: the guard refuses, the actor stays active in its state', () => {
    const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } }).start();
    actor.send(notice);
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().value).toBe('procedure');
    actor.stop();
  });

  it('is a DATE_OUT_OF_RANGE result from applyEvent, naming the event', () => {
    const result = applyEvent(initialSnapshot({ treaty: 'ottawa' }), notice);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATE_OUT_OF_RANGE');
    expect(result.error.message).toContain('suspension.notified on 9999-10-01');
    expect(result.error.path).toBe('event.date');
  });

  it('is the same refusal from simulate, with the path of the event', () => {
    const error = errorOf(() => simulate({ treaty: 'ottawa', events: [{ type: 'law.signed', date: '9999-01-01' }, notice] }));
    expect(error.code).toBe('DATE_OUT_OF_RANGE');
    expect(error.path).toBe('events[1].date');
    expect(error.message).toContain('events[1]');
  });

  it('still takes 9999-09-30, whose window ends on 9999-12-30', () => {
    const result = applyEvent(initialSnapshot({ treaty: suspendable }), { ...notice, date: '9999-09-30' });
    expect(result.ok && result.snapshot.context.suspension?.objectionWindowEndsOn).toBe('9999-12-30');
  });

  it('takes an urgent notice with a window inside the calendar', () => {
    const result = applyEvent(initialSnapshot({ treaty: suspendable }), {
      ...notice,
      urgent: true,
      objectionPeriodEndsOn: '9999-12-31',
    });
    expect(result.ok && result.snapshot.context.suspension?.objectionWindowEndsOn).toBe('9999-12-31');
  });

  it('refuses a non-urgent window that ends within the calendar but short of three months', () => {
    const result = applyEvent(initialSnapshot({ treaty: suspendable }), { ...notice, objectionPeriodEndsOn: '9999-12-31' });
    expect(!result.ok && result.error.code).toBe('OBJECTION_PERIOD_TOO_SHORT');
  });

  it('refuses a deposit whose notice period would end after 9999-12-31, on every path', () => {
    const deposit = { type: 'instrument.deposited', date: '9999-08-01', reasons: 'r' } as const;
    const result = applyEvent(initialSnapshot({ treaty: 'ottawa' }), deposit);
    expect(!result.ok && result.error.code).toBe('DATE_OUT_OF_RANGE');
    expect(errorOf(() => simulate({ treaty: 'ottawa', events: [deposit] })).code).toBe('DATE_OUT_OF_RANGE');
    const { after, errors } = throughActor(initialSnapshot({ treaty: 'ottawa' }), deposit);
    expect(errors).toEqual([]);
    expect(after.status).toBe('active');
    expect(after.value).toBe('procedure');
  });
});

describe('an obligation that survives past 9999-12-31', () => {
  const survives = defineTreaty({
    ...getTreaty('ottawa'),
    id: 'survives-long',
    withdrawal: {
      ...getTreaty('ottawa').withdrawal,
      survival: [
        { period: { years: 20 }, scope: 'existing investments', article: 'Art. 1', source: 'https://example.org/survives' },
      ],
    },
  });

  it('binds through the end of the calendar in simulate and the text timeline, instead of throwing', () => {
    const result = simulate({ treaty: survives, events: [{ type: 'instrument.deposited', date: '9990-01-01', reasons: 'r' }] });
    expect(result.effectiveOn).toBe('9990-07-01');
    expect(result.surviving.map((s) => s.until)).toEqual(['9999-12-31']);
    expect(renderTimeline(result)).toMatch(/surviving\s+9990-07-01\s+…\s+Art\. 1 · binds through 9999-12-31/);
  });
});

describe('objections late in 9999 (issue #19, repro 2)', () => {
  const events: WithdrawalEvent[] = [
    { type: 'suspension.notified', date: '9998-12-01', ground: 'fundamental-change' },
    { type: 'objection.raised', date: '9999-01-02', by: 'Norway' },
  ];

  it('are taken alike by applyEvent, simulate, explanationOf and fromPersisted', () => {
    const snapshot = applyAll(initialSnapshot({ treaty: suspendable }), events);
    expect(snapshot.value).toBe('suspensionContested');
    const result = simulate({ treaty: suspendable, events, asOf: '9999-01-02' });
    expect(result.state).toBe('suspensionContested');
    // The explanation the snapshot gives is the one simulate gives: the snapshot is one the machine made.
    expect(explanationOf(snapshot)).toEqual(result.explanation);
    expect(result.explanation.at(-1)?.statement).toContain('by a date after 9999-12-31');
    expect(fromPersisted(JSON.stringify(toPersisted(snapshot))).value).toBe('suspensionContested');
  });
});

// Dates within ~2 years of either end of the calendar.
const edgeDateArb = fc.oneof(
  fc.integer({ min: 0, max: 800 }).map((n) => Temporal.PlainDate.from('0001-01-01').add({ days: n }).toString() as CalendarDate),
  fc
    .integer({ min: 0, max: 800 })
    .map((n) => Temporal.PlainDate.from('9999-12-31').subtract({ days: n }).toString() as CalendarDate),
);

const edgeEventArb: fc.Arbitrary<WithdrawalEvent> = fc.oneof(
  fc.record({
    type: fc.constantFrom(
      'decree.signed' as const,
      'parliament.approved' as const,
      'law.signed' as const,
      'notification.revoked' as const,
      'armedConflict.started' as const,
      'armedConflict.ended' as const,
      'clock.advanced' as const,
      'suspension.ended' as const,
    ),
    date: edgeDateArb,
  }),
  fc.record({ type: fc.constant('instrument.deposited' as const), date: edgeDateArb, reasons: fc.constant('r') }),
  fc.record({
    type: fc.constant('suspension.notified' as const),
    date: edgeDateArb,
    ground: fc.constantFrom('fundamental-change' as const, 'treaty-provision' as const),
  }),
  fc.record({
    type: fc.constantFrom('objection.raised' as const, 'objection.withdrawn' as const),
    date: edgeDateArb,
    by: fc.constantFrom('Norway', 'Chile'),
  }),
  fc.record({
    type: fc.constant('dispute.settled' as const),
    date: edgeDateArb,
    outcome: fc.constantFrom('suspension-upheld' as const, 'suspension-abandoned' as const),
  }),
);

describe('every path agrees at both ends of the calendar (property)', () => {
  it('actor, applyEvent, simulate and persistence take or refuse each event alike, and none throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'ottawa' | typeof suspendable>('ottawa', suspendable),
        fc
          .array(edgeEventArb, { maxLength: 8 })
          .map((list) => [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
        (treaty, events) => {
          let snapshot = initialSnapshot({ treaty });
          const accepted: WithdrawalEvent[] = [];
          for (const event of events) {
            const applied = applyEvent(snapshot, event);
            const { after, errors } = throughActor(snapshot, event);
            expect(errors).toEqual([]);
            expect(after.status).not.toBe('error');
            const simulated = safeSimulate({ treaty, events: [...accepted, event], asOf: event.date });
            expect(simulated.success).toBe(applied.ok);
            if (!applied.ok) {
              expect(!simulated.success && simulated.error.code).toBe(applied.error.code);
              expect(!simulated.success && simulated.error.path?.startsWith(`events[${accepted.length}]`)).toBe(true);
              continue;
            }
            expect(after.value).toBe(applied.snapshot.value);
            expect(JSON.stringify(after.context)).toBe(JSON.stringify(applied.snapshot.context));
            expect(simulated.success && simulated.data.state).toBe(applied.snapshot.value);
            expect(fromPersisted(JSON.stringify(toPersisted(applied.snapshot))).value).toBe(applied.snapshot.value);
            expect(explanationOf(applied.snapshot)).toEqual(simulated.success && simulated.data.explanation);
            snapshot = applied.snapshot;
            accepted.push(event);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
