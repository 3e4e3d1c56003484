import {
  applyEvent,
  type CalendarDate,
  initialSnapshot,
  type PersistedWithdrawal,
  type Scenario,
  toPersisted,
  WithdrawalError,
  type WithdrawalEvent,
  type WithdrawalInput,
  type WithdrawalSnapshot,
} from '../src/index.js';
import { canonicalJson, checksum } from '../src/internal/checksum.js';

/** The WithdrawalError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): WithdrawalError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WithdrawalError) return error;
    throw error;
  }
  throw new Error('expected a WithdrawalError, but nothing was thrown');
}

/** `events` applied one after the other through `applyEvent`; throws the first refusal. */
export function applyAll(snapshot: WithdrawalSnapshot, events: readonly unknown[]): WithdrawalSnapshot {
  let current = snapshot;
  for (const event of events) {
    const result = applyEvent(current, event);
    if (!result.ok) throw result.error;
    current = result.snapshot;
  }
  return current;
}

/** A persisted envelope as plain, writable JSON. */
export type ForgedEnvelope = { -readonly [K in keyof PersistedWithdrawal]: PersistedWithdrawal[K] } & Record<string, unknown>;

/**
 * The envelope of `snapshot`, changed by `change`, with its checksum recomputed
 * the way toPersisted computes it: what the checksum cannot catch, the other
 * checks of fromPersisted must.
 */
export function forgeEnvelope(snapshot: WithdrawalSnapshot, change: (envelope: ForgedEnvelope) => void): ForgedEnvelope {
  const envelope = JSON.parse(JSON.stringify(toPersisted(snapshot))) as ForgedEnvelope;
  change(envelope);
  const { format, schemaVersion, treaty, procedure, state, context } = envelope;
  envelope.checksum = checksum(canonicalJson({ format, schemaVersion, treaty, procedure, state, context }));
  return envelope;
}

/** The snapshot after `events`, applied one by one from the start of a machine with `input`. */
export function runEvents(input: WithdrawalInput, events: readonly WithdrawalEvent[]): WithdrawalSnapshot {
  return applyAll(initialSnapshot(input), events);
}

/** The error `applyEvent` gives for `event` after `events`; fails the test when the event is taken. */
export function refusalAfter(
  input: WithdrawalInput,
  events: readonly WithdrawalEvent[],
  event: WithdrawalEvent,
): WithdrawalError {
  const result = applyEvent(runEvents(input, events), event);
  if (result.ok) throw new Error(`expected ${event.type} to be refused`);
  return result.error;
}

/** An instrument of withdrawal deposited on `date`, with reasons (so no REASONS_MISSING warning). */
export const deposited = (date: CalendarDate): WithdrawalEvent => ({ type: 'instrument.deposited', date, reasons: 'r' });

/** Ukraine's withdrawal from the Mine Ban Treaty in 2025 (deferred by the armed conflict since 2022). */
export const ukraine: Scenario = {
  treaty: 'ottawa',
  party: 'UKR',
  procedure: 'ukraine',
  entryIntoForce: '2006-06-01',
  events: [
    { type: 'armedConflict.started', date: '2022-02-24' },
    { type: 'decree.signed', date: '2025-06-29' },
    { type: 'parliament.approved', date: '2025-07-15' },
    { type: 'law.signed', date: '2025-07-15' },
    { type: 'instrument.deposited', date: '2025-07-18' },
  ],
};
