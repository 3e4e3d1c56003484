/** Small helpers shared by the rule modules: readers of the context, and builders of refusals and stages. */
import type { CalendarDate } from '../dates/calendar-date.js';
import type { WithdrawalErrorCode } from '../errors/withdrawal-error.js';
import type { ExplanationStep } from '../explanation/types.js';
import type { ConflictPeriod, Outcome, TimelineStage, WithdrawalContext } from './context.js';
import type { WithdrawalEvent } from './events.js';

/** Why an event is refused: a stable code and a message a person can act on. */
export interface Refusal {
  readonly code: WithdrawalErrorCode;
  readonly message: string;
  readonly path?: string;
  readonly missingSteps?: readonly string[];
}

/** A check: `undefined` when the event may be applied, else why not. */
export type Check = (context: WithdrawalContext, event: WithdrawalEvent) => Refusal | undefined;
/** A guard: whether a transition is enabled. */
export type Guard = (context: WithdrawalContext, event: WithdrawalEvent) => boolean;
/** An explainer: the explanation steps an update adds, from the context before it and the event. */
export type Explainer = (context: WithdrawalContext, event: WithdrawalEvent) => readonly ExplanationStep[];
/** An update: the part of the context an event changes. */
export type Update = (context: WithdrawalContext, event: WithdrawalEvent) => Partial<WithdrawalContext>;

export function partyName(context: WithdrawalContext): string {
  return context.party ?? 'the party';
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ongoingConflict(context: WithdrawalContext): ConflictPeriod | undefined {
  const last = context.conflicts[context.conflicts.length - 1];
  return last && last.to === null ? last : undefined;
}

export function checkOrder(context: WithdrawalContext, event: WithdrawalEvent): Refusal | undefined {
  if (context.date === null || event.date >= context.date) return undefined;
  return {
    code: 'EVENT_OUT_OF_ORDER',
    message: `${event.type} on ${event.date} is earlier than the last event applied (${context.date}); events must be applied in date order`,
    path: 'event.date',
  };
}

export function both(first: Check, second: Check): Check {
  return (context, event) => first(context, event) ?? second(context, event);
}

export function openStage(timeline: readonly TimelineStage[], stage: Outcome, from: CalendarDate): TimelineStage[] {
  const result = timeline.slice();
  const last = result.length - 1;
  if (last >= 0) result[last] = { stage: (result[last] as TimelineStage).stage, from: (result[last] as TimelineStage).from, to: from };
  result.push({ stage, from, to: null });
  return result;
}
