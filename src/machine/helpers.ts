/** Small helpers shared by the rule modules: readers of the context, and builders of refusals and stages. */
import type { CalendarDate } from '../dates/calendar-date.js';
import { type Message, message } from '../errors/messages.js';
import type { WithdrawalErrorCode } from '../errors/withdrawal-error.js';
import type { ExplanationStep } from '../explanation/types.js';
import type { NoticeExpiry } from '../treaties/notice.js';
import type { ConflictPeriod, Outcome, TimelineStage, WithdrawalContext } from './context.js';
import type { WithdrawalEvent } from './events.js';
import { MAX_EVENTS } from './limits.js';
import { lastOf, sizeOf } from './segments.js';

/** Why an event is refused: a stable code and the message a person can act on, as data (worded by `formatMessage`). */
export interface Refusal {
  readonly code: WithdrawalErrorCode;
  readonly message: Message;
  readonly path?: string;
  readonly missingSteps?: readonly string[];
}

/**
 * What the guard, the explainer and the update of one event may share: a value
 * each of them would compute alike from the same context and event (a deposit's
 * notice dates). The fast executor makes one for each event it applies, before
 * the context changes, and drops it after, so nothing in it outlives the
 * context it was computed from. XState passes none: each function then
 * computes for itself, with the same result.
 */
export interface StepScratch {
  /** Whether the run explains, so that a shared value also carries its explanation. */
  readonly explain: boolean;
  /** A deposit's notice dates (with their explanation when `explain`), or why the deposit is refused. */
  notice?: NoticeExpiry | Refusal;
}

/** A check: `undefined` when the event may be applied, else why not. */
export type Check = (context: WithdrawalContext, event: WithdrawalEvent, scratch?: StepScratch) => Refusal | undefined;
/** A guard: whether a transition is enabled. */
export type Guard = (context: WithdrawalContext, event: WithdrawalEvent, scratch?: StepScratch) => boolean;
/** An explainer: the explanation steps an update adds, from the context before it and the event. */
export type Explainer = (context: WithdrawalContext, event: WithdrawalEvent, scratch?: StepScratch) => readonly ExplanationStep[];
/** An update: the part of the context an event changes. */
export type Update = (context: WithdrawalContext, event: WithdrawalEvent, scratch?: StepScratch) => Partial<WithdrawalContext>;

/**
 * The facts of a scenario (its own fields, given beside the events and as the
 * machine's input) that a rule may find missing or wrong when it judges an event:
 * a refusal names them by their own path (`entryIntoForce`), not the event's.
 */
const SCENARIO_FACTS: ReadonlySet<string> = new Set(['party', 'entryIntoForce', 'overflow']);

/** True when `path` names a fact of the scenario (see {@link SCENARIO_FACTS}), not a field of the event. */
export function isScenarioFact(path: string | undefined): boolean {
  return path !== undefined && SCENARIO_FACTS.has(path);
}

export function ongoingConflict(context: WithdrawalContext): ConflictPeriod | undefined {
  const last = lastOf(context.conflicts);
  return last && last.to === null ? last : undefined;
}

/**
 * The refusal of any event once the log holds `MAX_EVENTS` events (a run that
 * keeps no log, `simulate`, caps its scenario's events instead).
 */
export function checkCapacity(context: WithdrawalContext, event: WithdrawalEvent): Refusal | undefined {
  const count = sizeOf(context.log);
  if (count < MAX_EVENTS) return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('tooManyEvents', { type: event.type, date: event.date, count, max: MAX_EVENTS }),
    path: 'event',
  };
}

/** Every guard runs this first: the cap on events (`checkCapacity`), then date order. */
export function checkOrder(context: WithdrawalContext, event: WithdrawalEvent): Refusal | undefined {
  if (sizeOf(context.log) >= MAX_EVENTS) return checkCapacity(context, event);
  if (context.date === null || event.date >= context.date) return undefined;
  return {
    code: 'EVENT_OUT_OF_ORDER',
    message: message('outOfOrder', { type: event.type, date: event.date, last: context.date }),
    path: 'event.date',
  };
}

export function both(first: Check, second: Check): Check {
  return (context, event, scratch) => first(context, event, scratch) ?? second(context, event, scratch);
}

export function openStage(timeline: readonly TimelineStage[], stage: Outcome, from: CalendarDate): TimelineStage[] {
  const result = writable(timeline);
  const last = result.length - 1;
  if (last >= 0)
    result[last] = { stage: (result[last] as TimelineStage).stage, from: (result[last] as TimelineStage).from, to: from };
  result.push({ stage, from, to: null });
  return result;
}

// ---------------------------------------------------------------------------
// Lists that grow by one per event
// ---------------------------------------------------------------------------
//
// A context is immutable: an update returns new lists. Copying a list per event
// made long runs quadratic (10 000 armed-conflict or objection events). A run
// whose intermediate contexts nobody sees (the executor behind `simulate`, and
// replays) may instead grow the lists it made itself in place: inside
// `growingInPlace`, a list this run created is changed where it stands; any
// other list (one a caller or an earlier snapshot holds) is copied first, once.
// The executor's fast path treats the context itself the same way (`withChanges`).

let owned: WeakSet<object> | undefined;

/**
 * Runs `run` with in-place growth of the lists it creates (see above). Only for
 * a run that drops each context as soon as it has the next one.
 */
export function growingInPlace<T>(run: () => T): T {
  const outer = owned;
  owned = new WeakSet();
  try {
    return run();
  } finally {
    owned = outer;
  }
}

/**
 * `run(context, event, scratch)` with every list copied, as outside
 * `growingInPlace` (for explainers, which may call updates). The arguments are
 * passed on, so that a step needs no closure to call it.
 */
export function copyingLists<C, E, S, T>(run: (context: C, event: E, scratch: S) => T, context: C, event: E, scratch: S): T {
  const outer = owned;
  owned = undefined;
  try {
    return run(context, event, scratch);
  } finally {
    owned = outer;
  }
}

/** `list` itself inside `growingInPlace` when this run made it, else a copy (which the run then owns). */
export function writable<T>(list: readonly T[]): T[] {
  if (owned?.has(list)) return list as T[];
  const copy = list.slice();
  owned?.add(copy);
  return copy;
}

/**
 * `context` with `changes` applied. Inside `growingInPlace`, a context this run
 * made is changed where it stands, so an event costs what it changes, whatever
 * the number of fields; any other context (the caller's first one, a snapshot's)
 * is copied first, once, and the copy is then the run's.
 */
export function withChanges<T extends object>(context: T, changes: Partial<T>): T {
  if (owned?.has(context)) return Object.assign(context, changes);
  const result = { ...context, ...changes };
  owned?.add(result);
  return result;
}

/** `list` with `item` added at the end. */
export function append<T>(list: readonly T[], item: T): T[] {
  if (owned?.has(list)) {
    (list as T[]).push(item);
    return list as T[];
  }
  // One exact-size copy (slice then push copies twice when the push grows it).
  const result = list.concat([item]);
  owned?.add(result);
  return result;
}

/** `list` with the element at `index` replaced by `change(element)`; `list` itself when `index` is out of range. */
export function replaceAt<T>(list: readonly T[], index: number, change: (item: T) => T): readonly T[] {
  if (index < 0 || index >= list.length) return list;
  const result = writable(list);
  result[index] = change(list[index] as T);
  return result;
}
