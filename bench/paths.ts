/**
 * The long runs of bench row g and of `bench/icount-paths.sh`: events of one
 * kind that each add a record to a list of the context, and the paths that
 * take them one by one (an actor, `applyEvent`).
 */
import { createActor } from 'xstate';
import {
  addPeriod,
  applyEvent,
  type CalendarDate,
  defineTreaty,
  getTreaty,
  initialSnapshot,
  type WithdrawalEvent,
  type WithdrawalInput,
  withdrawalMachine,
} from '../src/index.js';

/** A treaty that provides for suspension, so objections can pile up. */
const SUSPENDABLE = defineTreaty({
  ...getTreaty('ottawa'),
  id: 'bench-suspendable',
  suspension: {
    provided: true,
    note: 'Hypothetical clause for the bench.',
    article: 'Art. 99',
    source: 'https://example.org/bench',
  },
});

/** The kinds of long runs: see {@link pathEvents}. */
export const PATH_KINDS = ['conflicts', 'objections', 'objectors'] as const;
/** One kind of long run. */
export type PathKind = (typeof PATH_KINDS)[number];

/**
 * `count` events of one kind, one a day from 2000-01-02: armed conflicts that
 * begin and end (each adds a record to `conflicts`), or, after one notice of
 * suspension whose window stays open, objections raised and withdrawn (each
 * adds a record to `suspension.objections`; one objection stands throughout),
 * or objections each raised by another party (all stand: who stands grows too).
 */
export function pathEvents(count: number, kind: PathKind): { input: WithdrawalInput; events: WithdrawalEvent[] } {
  const events: WithdrawalEvent[] = [];
  let date: CalendarDate = '2000-01-01';
  if (kind !== 'conflicts') {
    events.push({
      type: 'suspension.notified',
      date,
      ground: 'treaty-provision',
      objectionPeriodEndsOn: '2100-01-01',
      urgent: false,
    });
  }
  while (events.length < count) {
    date = addPeriod(date, { days: 1 });
    const i = events.length;
    if (kind === 'conflicts') events.push({ type: i % 2 === 0 ? 'armedConflict.started' : 'armedConflict.ended', date });
    else if (kind === 'objectors') events.push({ type: 'objection.raised', date, by: `State ${i}` });
    else if (i === 1) events.push({ type: 'objection.raised', date, by: 'Norway' });
    else events.push({ type: i % 2 === 0 ? 'objection.raised' : 'objection.withdrawn', date, by: 'Chile' });
  }
  return { input: { treaty: kind === 'conflicts' ? 'ottawa' : SUSPENDABLE, party: 'XYZ' }, events };
}

export function throughApplyEvent(
  input: WithdrawalInput,
  events: readonly WithdrawalEvent[],
): ReturnType<typeof initialSnapshot> {
  let snapshot = initialSnapshot(input);
  for (const event of events) {
    const result = applyEvent(snapshot, event);
    if (!result.ok) throw result.error;
    snapshot = result.snapshot;
  }
  return snapshot;
}

export function throughActor(input: WithdrawalInput, events: readonly WithdrawalEvent[]): number {
  const actor = createActor(withdrawalMachine, { input }).start();
  for (const event of events) actor.send(event);
  const length = actor.getSnapshot().context.log.flat().length;
  actor.stop();
  return length;
}
