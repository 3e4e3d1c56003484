/**
 * Issue #19, item 3: one cap, MAX_EVENTS, on every path: simulate (the
 * scenario's events), applyEvent and an actor (the snapshot's log), and
 * fromPersisted (the envelope's log, refused before it is validated or replayed).
 */

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CalendarDate } from '../../src/index.js';
import {
  addPeriod,
  applyEvent,
  fromPersisted,
  initialSnapshot,
  MAX_EVENTS,
  simulate,
  toPersisted,
  type WithdrawalEvent,
  type WithdrawalSnapshot,
  withdrawalMachine,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

function conflictEvents(count: number): WithdrawalEvent[] {
  const events: WithdrawalEvent[] = [];
  let date: CalendarDate = '2000-01-01';
  for (let i = 0; i < count; i++) {
    date = addPeriod(date, { days: 1 });
    events.push({ type: i % 2 === 0 ? 'armedConflict.started' : 'armedConflict.ended', date });
  }
  return events;
}

const events = conflictEvents(MAX_EVENTS + 1);
const next = events[MAX_EVENTS] as WithdrawalEvent;

let full: WithdrawalSnapshot | undefined;
function fullSnapshot(): WithdrawalSnapshot {
  if (full) return full;
  let snapshot = initialSnapshot({ treaty: 'ottawa' });
  for (const event of events.slice(0, MAX_EVENTS)) {
    const result = applyEvent(snapshot, event);
    if (!result.ok) throw result.error;
    snapshot = result.snapshot;
  }
  full = snapshot;
  return snapshot;
}

describe('MAX_EVENTS on every path', () => {
  it('is 10 000', () => {
    expect(MAX_EVENTS).toBe(10_000);
  });

  it('simulate takes MAX_EVENTS events and refuses one more', () => {
    expect(simulate({ treaty: 'ottawa', events: events.slice(0, MAX_EVENTS) }).conflicts).toHaveLength(MAX_EVENTS / 2);
    const error = errorOf(() => simulate({ treaty: 'ottawa', events }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(`limit of ${MAX_EVENTS}`);
  });

  it('applyEvent takes MAX_EVENTS events and refuses the next, naming the limit', () => {
    const snapshot = fullSnapshot();
    expect(snapshot.context.log.flat()).toHaveLength(MAX_EVENTS);
    const result = applyEvent(snapshot, next);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('EVENT_NOT_ALLOWED');
    expect(result.error.message).toContain('MAX_EVENTS = 10000');
    expect(result.error.path).toBe('event');
  });

  it('an actor takes MAX_EVENTS events and drops the next, staying active', () => {
    const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } }).start();
    for (const event of events) actor.send(event);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.log.flat()).toHaveLength(MAX_EVENTS);
    expect(snapshot.context.log.flat().at(-1)).toEqual(events[MAX_EVENTS - 1]);
    actor.stop();
  });

  it('fromPersisted restores a log of MAX_EVENTS and refuses a longer one before validating it', () => {
    const envelope = JSON.parse(JSON.stringify(toPersisted(fullSnapshot())));
    expect(fromPersisted(envelope).context.log.flat()).toHaveLength(MAX_EVENTS);
    envelope.context.log.push([next]);
    const error = errorOf(() => fromPersisted(envelope));
    expect(error.code).toBe('INVALID_SNAPSHOT');
    expect(error.path).toBe('context.log');
    expect(error.message).toContain(`${MAX_EVENTS + 1} events, more than the limit of ${MAX_EVENTS}`);
  });

  it('applyEvent logs no clock.advanced of its own unless a deadline has come', () => {
    const deposited = applyEvent(initialSnapshot({ treaty: 'ottawa' }), {
      type: 'instrument.deposited',
      date: '2025-01-10',
      reasons: 'r',
    });
    if (!deposited.ok) throw deposited.error;
    const conflict = applyEvent(deposited.snapshot, { type: 'armedConflict.started', date: '2025-03-01' });
    expect(conflict.ok && conflict.snapshot.context.log.flat().map((e) => e.type)).toEqual([
      'instrument.deposited',
      'armedConflict.started',
    ]);
  });
});
