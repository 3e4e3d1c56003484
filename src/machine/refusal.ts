/**
 * Why the machine did not take an event, computed from the machine's own state
 * configs. Shared by `applyEvent`, the executor and the machine's `refuse`
 * action (which emits `event.refused`), so every path gives the same code,
 * message and allowed events. This module never imports the machine itself:
 * the states (read by structure.ts) are passed in, which keeps the machine free of an import cycle.
 */
import type * as z from 'zod';
import { errorFromZod } from '../errors/from-zod.js';
import { message, wordMessage } from '../errors/messages.js';
import { WithdrawalError, type WithdrawalErrorCode, type WithdrawalIssue } from '../errors/withdrawal-error.js';
import type { WithdrawalContext } from './context.js';
import { type WithdrawalEvent, WithdrawalEventSchema, type WithdrawalEventType } from './events.js';
import { checks, type GuardName, type Refusal } from './logic.js';
import type { WithdrawalStateValue } from './machine.js';
import type { StateShapes } from './structure.js';
import { guardAdmits, profileAdmits } from './terms.js';

/**
 * What the machine emits (`actor.on('event.refused', …)`) for an event it does
 * not take: the same fields as the `WithdrawalError` that `applyEvent` returns,
 * as plain data, plus that error itself.
 */
export interface EventRefused {
  readonly type: 'event.refused';
  /** Stable code, e.g. `INVALID_EVENT`, `EVENT_NOT_ALLOWED`, `EVENT_OUT_OF_ORDER`. */
  readonly code: WithdrawalErrorCode;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** The state the event was refused in. */
  readonly state: WithdrawalStateValue;
  /** The event types the state accepts (never the refused event's own type). */
  readonly allowedEvents: readonly string[];
  /** The event as it was sent. */
  readonly event: unknown;
  /** The field at fault, when there is one (e.g. `event.date`). */
  readonly path?: string;
  /** Every problem found in an event that does not match its schema. */
  readonly issues?: readonly WithdrawalIssue[];
  /** Domestic steps still missing before the instrument may be deposited. */
  readonly missingSteps?: readonly string[];
  /** The refusal as the library's error, e.g. to throw it. */
  readonly error: WithdrawalError;
}

/** The event types a state accepts, in the order its config lists them. */
export function acceptedIn(states: StateShapes, state: WithdrawalStateValue): WithdrawalEventType[] {
  return Object.keys(states[state]?.on ?? {}) as WithdrawalEventType[];
}

/** Whether the treaty can pass some transition of `state` for `type`, whatever the event holds. */
function admits(
  states: StateShapes,
  state: WithdrawalStateValue,
  type: WithdrawalEventType,
  context: WithdrawalContext,
): boolean {
  if (!(profileAdmits[type]?.(context.treaty) ?? true)) return false;
  // Stryker disable next-line ArrayDeclaration: asked only about a type the state accepts (acceptedIn), which has transitions
  const transitions = states[state].on[type] ?? [];
  // A guard with no entry in guardAdmits is one the treaty alone never blocks.
  return transitions.some((t) => t.guard === undefined || (guardAdmits[t.guard as GuardName]?.(context.treaty) ?? true));
}

/**
 * What a state accepts, less the event type just refused (a refusal never
 * suggests the same event) and less the types its treaty refuses whatever
 * happens there (`membership.terminated` without a membership rule,
 * `obligations.*` without conditions on effect, `withdrawal.agreed` before
 * deposit when the treaty gives a right of withdrawal).
 */
function allowedBesides(
  states: StateShapes,
  state: WithdrawalStateValue,
  refusedType: unknown,
  context: WithdrawalContext,
): string[] {
  return acceptedIn(states, state).filter((type) => type !== refusedType && admits(states, state, type, context));
}

function refusalError(
  states: StateShapes,
  refusal: Refusal,
  state: WithdrawalStateValue,
  event: WithdrawalEvent,
  context: WithdrawalContext,
): WithdrawalError {
  return new WithdrawalError(
    {
      code: refusal.code,
      message: wordMessage(refusal.message),
      ...(refusal.path !== undefined && { path: refusal.path }),
      ...(refusal.missingSteps !== undefined && { missingSteps: refusal.missingSteps }),
      event,
      state,
      allowedEvents: allowedBesides(states, state, event.type, context),
    },
    refusal.message,
  );
}

function describeState(states: StateShapes, state: WithdrawalStateValue): string {
  // Stryker disable next-line OptionalChaining: a refusal is explained only in a state of the machine, and every state has meta (the executor refuses one without meta.outcome)
  return states[state]?.meta?.outcome ?? state;
}

/**
 * Why the machine, in `state` with `context`, did not take the valid `event`:
 * the most specific reason the rules give, or `EVENT_NOT_ALLOWED` listing what
 * the state accepts.
 */
export function explainRefusalIn(
  states: StateShapes,
  state: WithdrawalStateValue,
  context: WithdrawalContext,
  event: WithdrawalEvent,
): WithdrawalError {
  if (state === 'effective' && event.type === 'notification.revoked') {
    return refusalError(
      states,
      { code: 'ALREADY_EFFECTIVE', message: message('alreadyEffective', { effectiveOn: context.effectiveOn }) },
      state,
      event,
      context,
    );
  }
  // Stryker disable next-line OptionalChaining: a refusal is explained only in a state of the machine
  if (states[state]?.type === 'final') {
    const since = context.timeline[context.timeline.length - 1]?.from;
    return refusalError(
      states,
      {
        code: 'EVENT_NOT_ALLOWED',
        message: message('finalState', { type: event.type, date: event.date, outcome: describeState(states, state), since }),
      },
      state,
      event,
      context,
    );
  }
  const order = checks.inOrder(context, event);
  if (order) return refusalError(states, order, state, event, context);

  const candidates = states[state]?.on?.[event.type];
  if (candidates !== undefined) {
    for (const candidate of candidates) {
      const check = candidate.guard ? checks[candidate.guard as keyof typeof checks] : undefined;
      const refusal = check?.(context, event);
      if (refusal) return refusalError(states, refusal, state, event, context);
    }
  }
  const allowed = allowedBesides(states, state, event.type, context);
  return refusalError(
    states,
    {
      code: 'EVENT_NOT_ALLOWED',
      message: message('eventNotAllowed', {
        type: event.type,
        date: event.date,
        nothingDeposited: event.type === 'notification.revoked' && state === 'procedure',
        outcome: describeState(states, state),
        allowed,
      }),
    },
    state,
    event,
    context,
  );
}

let eventKeys: readonly string[] | undefined;

/** Every field name of every event: what an unknown field of an event may be a typo of. */
export function knownEventKeys(): readonly string[] {
  eventKeys ??= [...new Set(WithdrawalEventSchema.options.flatMap((option) => Object.keys(option.shape)))];
  return eventKeys;
}

/**
 * The refusal of a value that is not a valid event at all (unknown type, a
 * date such as `27/06/2025` or a `Date` object, a missing field), from the
 * failed parse of the event schema.
 */
export function invalidEventError(
  states: StateShapes,
  state: WithdrawalStateValue,
  event: unknown,
  failure: z.ZodError,
  context: WithdrawalContext,
): WithdrawalError {
  let type: unknown;
  try {
    type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
  } catch {
    type = undefined;
  }
  const error = errorFromZod('INVALID_EVENT', failure, { prefix: 'event', event, knownKeys: knownEventKeys() });
  return new WithdrawalError(
    { ...error.toJSON(), state, allowedEvents: allowedBesides(states, state, type, context) },
    error.wording?.message,
  );
}

/** True when `event` matches the event schema (the machine's guards take nothing else). */
export function isWellFormedEvent(event: unknown): boolean {
  return WithdrawalEventSchema.safeParse(event).success;
}

/**
 * Why the machine in `state` did not take `event`, whatever `event` is. Never
 * throws: a rule that fails while explaining still yields a refusal.
 */
export function refusalOf(
  states: StateShapes,
  state: WithdrawalStateValue,
  context: WithdrawalContext,
  event: unknown,
): WithdrawalError {
  try {
    const parsed = WithdrawalEventSchema.safeParse(event);
    if (!parsed.success) return invalidEventError(states, state, event, parsed.error, context);
    return explainRefusalIn(states, state, context, parsed.data);
  } catch {
    const said = message('notTaken', { outcome: describeState(states, state) });
    return new WithdrawalError(
      {
        code: 'EVENT_NOT_ALLOWED',
        message: wordMessage(said),
        event,
        state,
        allowedEvents: allowedBesides(states, state, (event as { type?: unknown } | null)?.type, context),
      },
      said,
    );
  }
}

/** The `event.refused` event for a refusal. */
export function refusedEvent(error: WithdrawalError): EventRefused {
  const data = error.toJSON();
  return {
    type: 'event.refused',
    code: data.code,
    message: data.message,
    state: data.state as WithdrawalStateValue,
    // Stryker disable next-line ArrayDeclaration: refusalOf, the one source of these errors, always lists the allowed events
    allowedEvents: data.allowedEvents ?? [],
    event: data.event,
    ...(data.path !== undefined && { path: data.path }),
    ...(data.issues !== undefined && { issues: data.issues }),
    ...(data.missingSteps !== undefined && { missingSteps: data.missingSteps }),
    error,
  };
}
