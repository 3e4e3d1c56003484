import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import { describeValue } from '../errors/describe-value.js';
import { message } from '../errors/messages.js';
import { isWithdrawalError, type WithdrawalError } from '../errors/withdrawal-error.js';
import { wordedError } from '../errors/worded-error.js';
import type { WithdrawalContext } from './context.js';
import { type WithdrawalEvent, WithdrawalEventSchema, type WithdrawalEventType } from './events.js';
import { readingInput, resolveInput, unreadable, type WithdrawalInput } from './input.js';
import { deadlines } from './logic.js';
import { type WithdrawalStateValue, withdrawalMachine } from './machine.js';
import { acceptedIn, explainRefusalIn, invalidEventError } from './refusal.js';
import { structureOf } from './structure.js';

/** A snapshot of the withdrawal machine (what `actor.getSnapshot()` returns). */
export type WithdrawalSnapshot = SnapshotFrom<typeof withdrawalMachine>;

/** The result of {@link applyEvent}: the next snapshot, or why the event was refused. */
export type ApplyResult =
  | { readonly ok: true; readonly snapshot: WithdrawalSnapshot }
  | { readonly ok: false; readonly error: WithdrawalError };

/** The machine's states, read from its one definition (see structure.ts). */
export const stateConfigs = structureOf(withdrawalMachine).states;

/**
 * The event types a state accepts (some only when their guard passes); none
 * for a name that is not one of the machine's states.
 *
 * @throws {WithdrawalError} `INVALID_INPUT` (path `state`) when `state` is not a string.
 * @example
 * acceptedEvents('deferred');
 * //=> ['armedConflict.ended', 'obligations.outstanding', 'obligations.fulfilled', 'withdrawal.agreed', 'membership.terminated', 'notification.revoked', 'clock.advanced', 'suspension.ended']
 */
export function acceptedEvents(state: WithdrawalStateValue): WithdrawalEventType[] {
  if (typeof state !== 'string') {
    throw wordedError('INVALID_INPUT', message('stateNotString', { got: describeValue(state) }), { path: 'state' });
  }
  return Object.hasOwn(stateConfigs, state) ? acceptedIn(stateConfigs, state) : [];
}

/**
 * The first snapshot of a withdrawal: validates the input, resolves the profiles
 * and returns the machine in its initial state, without starting an actor.
 *
 * @throws {WithdrawalError} `INVALID_INPUT`, `UNKNOWN_TREATY`, `UNKNOWN_PROCEDURE`
 * or `INVALID_PROFILE`.
 * @example
 * initialSnapshot({ treaty: 'ottawa', party: 'POL', procedure: 'poland' }).value;
 * //=> 'procedure'
 */
export function initialSnapshot(input: WithdrawalInput): WithdrawalSnapshot {
  // Validate first so a bad input throws here with a clear code, instead of
  // turning into an actor in error status inside XState.
  resolveInput(input);
  // The input was readable once; read it again the same way (a getter may throw the second time).
  return readingInput('input', () => initialTransition(withdrawalMachine, input)[0]);
}

/**
 * Whether the machine moves the clock to `event`'s date before taking it: only
 * when the date the state waits for (`deadline`, from its `meta.deadline`) has
 * come by then, and the event is not itself a move of the clock. Only then does
 * time alone change the state. (Moving it before every event logged a
 * `clock.advanced` per event, doubling the log.) `applyEvent` and the executor
 * both ask this.
 */
export function clockMovesFirst(deadline: string | null, context: WithdrawalContext, event: WithdrawalEvent): boolean {
  return event.type !== 'clock.advanced' && due(deadline, context, event.date);
}

function due(deadline: string | null, context: WithdrawalContext, date: string): boolean {
  return deadline !== null && deadline <= date && (context.date === null || date > context.date);
}

/** Whether the date the clock state `state` waits for (its `meta.deadline`) has come by `date` (see {@link clockMovesFirst}). */
export function deadlineDue(state: WithdrawalStateValue, context: WithdrawalContext, date: string): boolean {
  return due(deadlineOf(state, context), context, date);
}

function deadlineOf(state: WithdrawalStateValue, context: WithdrawalContext): string | null {
  // Stryker disable next-line OptionalChaining: every state of the library's machine has meta (the executor refuses one without meta.outcome)
  const name = stateConfigs[state].meta?.deadline;
  return name === undefined ? null : deadlines[name](context);
}

/**
 * The state of `snapshot`, once it is known to be a snapshot the machine made
 * that can take an event: of `withdrawalMachine`, not stopped with an error,
 * in one of its states. A snapshot built or edited by hand is refused as
 * `INVALID_SNAPSHOT`, naming what is wrong, rather than failing inside XState.
 * `applyEvent` and `toPersisted` both ask this.
 * @internal
 */
export function stateOf(snapshot: WithdrawalSnapshot): WithdrawalStateValue {
  if ((snapshot?.machine as unknown) !== withdrawalMachine) {
    throw wordedError('INVALID_SNAPSHOT', message('snapshot.notOfMachine', { got: describeValue(snapshot) }));
  }
  if (snapshot.status === 'error') {
    throw wordedError('INVALID_SNAPSHOT', message('snapshot.stoppedWithError'), { path: 'status' });
  }
  const state: unknown = snapshot.value;
  if (typeof state !== 'string' || !Object.hasOwn(stateConfigs, state)) {
    const states = Object.keys(stateConfigs);
    throw wordedError('INVALID_SNAPSHOT', message('snapshot.unknownState', { got: describeValue(state), states }), {
      path: 'value',
    });
  }
  return state as WithdrawalStateValue;
}

/**
 * Why the machine, in `state` with `context`, did not take `event`: the most
 * specific reason the rules give, or `EVENT_NOT_ALLOWED` listing what the state
 * accepts (never the refused event's own type).
 */
export function explainRefusal(state: WithdrawalStateValue, context: WithdrawalContext, event: WithdrawalEvent): WithdrawalError {
  return explainRefusalIn(stateConfigs, state, context, event);
}

/**
 * Applies one event to a snapshot, strictly: the event is validated, time moves
 * to its date first (so a period that ended before it ends first), and an event
 * the machine does not take is reported, never silently ignored. The snapshot
 * passed in is never changed; a refused event leaves nothing half-applied.
 * A snapshot the machine did not make (a JSON copy, a `value` that is not
 * one of its states, an actor stopped with an error) is refused as
 * `INVALID_SNAPSHOT`.
 *
 * @example
 * const start = initialSnapshot({ treaty: 'ottawa', party: 'EST' });
 * const deposited = applyEvent(start, { type: 'instrument.deposited', date: '2025-06-27' });
 * deposited.ok && deposited.snapshot.context.noticeExpiresOn;
 * //=> '2025-12-27'
 * const late = deposited.ok && applyEvent(deposited.snapshot, { type: 'notification.revoked', date: '2026-01-05' });
 * late && !late.ok && late.error.code;
 * //=> 'ALREADY_EFFECTIVE'
 */
export function applyEvent(snapshot: WithdrawalSnapshot, event: unknown): ApplyResult {
  // A result API: whatever a hostile snapshot or event throws becomes a result.
  let state: WithdrawalStateValue;
  try {
    state = stateOf(snapshot);
  } catch (error) {
    return { ok: false, error: isWithdrawalError(error) ? error : unreadable('snapshot', error) };
  }
  let valid: WithdrawalEvent;
  try {
    const parsed = WithdrawalEventSchema.safeParse(event);
    if (!parsed.success)
      return { ok: false, error: invalidEventError(stateConfigs, state, event, parsed.error, snapshot.context) };
    valid = parsed.data;
  } catch (error) {
    return { ok: false, error: isWithdrawalError(error) ? error : unreadable('event', error) };
  }
  // The event is now plain data zod built: only the snapshot can still throw.
  try {
    return applyValid(snapshot, state, valid);
  } catch (error) {
    return { ok: false, error: isWithdrawalError(error) ? error : unreadable('snapshot', error) };
  }
}

function applyValid(snapshot: WithdrawalSnapshot, state: WithdrawalStateValue, valid: WithdrawalEvent): ApplyResult {
  let current = snapshot;
  if (clockMovesFirst(deadlineOf(state, current.context), current.context, valid)) {
    [current] = transition(withdrawalMachine, current, { type: 'clock.advanced', date: valid.date });
  }
  const [next] = transition(withdrawalMachine, current, valid);
  // XState returns the very same snapshot when no transition was taken; every
  // transition of this machine assigns to the context, so a new one means taken.
  if (next === current)
    return { ok: false, error: explainRefusal(current.value as WithdrawalStateValue, current.context, valid) };
  return { ok: true, snapshot: next };
}
