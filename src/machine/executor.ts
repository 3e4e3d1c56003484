/**
 * A small executor for the withdrawal machine's own definition.
 *
 * XState's interpreter costs tens of microseconds per event (a throwaway actor
 * per pure `transition()` call, snapshots cloned per microstep). Batch
 * simulation does not need its generality: the machine is flat, with guarded
 * event transitions, named assign-style actions and final states. This module
 * reads that one definition (`withdrawalMachine.config`) and runs it by calling
 * the same guard and update functions XState calls (the updates without their
 * logging, in a run that keeps no log). It refuses, when the module
 * loads, any machine feature it does not implement, so the machine cannot grow
 * a feature here that the executor would silently skip. A differential property
 * test checks that it agrees with XState on random scenarios.
 */
import type { CalendarDate } from '../dates/calendar-date.js';
import type { WithdrawalError } from '../errors/withdrawal-error.js';
import type { ExplanationStep } from '../explanation/types.js';
import { clockMovesFirst, explainRefusal } from './apply.js';
import type { Outcome, WithdrawalContext } from './context.js';
import type { WithdrawalEvent } from './events.js';
import { copyingLists, growingInPlace } from './helpers.js';
import { initialContext } from './input.js';
import { type ActionName, deadlines, explainers, guards, unloggedUpdates, updates } from './logic.js';
import { type WithdrawalStateValue, withdrawalMachine } from './machine.js';

type GuardFn = (context: WithdrawalContext, event: WithdrawalEvent) => boolean;
type UpdateFn = (context: WithdrawalContext, event: WithdrawalEvent) => Partial<WithdrawalContext>;
type ExplainFn = (context: WithdrawalContext, event: WithdrawalEvent) => readonly ExplanationStep[];

interface CompiledTransition {
  readonly guard: GuardFn | undefined;
  readonly target: CompiledState | undefined;
  /** The transition's one action (see logic.ts: each applied event is logged once). */
  readonly update: UpdateFn;
  /** The same action without appending the event to `context.log`. */
  readonly updateWithoutLog: UpdateFn;
  /** What the action means in law, if it explains anything. */
  readonly explain: ExplainFn | undefined;
}

/** A state of the machine, ready to run. */
export interface CompiledState {
  readonly name: WithdrawalStateValue;
  readonly outcome: Outcome;
  readonly final: boolean;
  /** True when the passing of time alone can move the machine out of this state. */
  readonly clock: boolean;
  /** For a clock state, the date it waits for. */
  readonly deadline: ((context: WithdrawalContext) => CalendarDate | null) | undefined;
  readonly on: ReadonlyMap<string, readonly CompiledTransition[]>;
}

/**
 * The explanation a run has built: the steps of its last event that explained
 * anything, and the chain before them. A step adds a link instead of copying
 * the steps so far, so a run of n events stays linear (see `explanationSteps`).
 */
export interface ExplanationChain {
  readonly steps: readonly ExplanationStep[];
  readonly before: ExplanationChain | undefined;
}

/** Where a run stands: the state and its context, and the explanation so far when the run explains. */
export interface ExecutorState {
  readonly state: CompiledState;
  readonly context: WithdrawalContext;
  /** The explanation of the events applied; `undefined` in a run that does not explain. */
  readonly explanation: ExplanationChain | undefined;
  /**
   * Whether the run appends each event to `context.log`, as the machine's
   * actions do. A run whose context nobody sees (`simulate`) need not: copying
   * the log at every event made long scenarios quadratic.
   */
  readonly keepsLog: boolean;
}

/** The steps of an explanation chain, in the order they were added (none for a run that did not explain). */
export function explanationSteps(chain: ExplanationChain | undefined): ExplanationStep[] {
  const links: (readonly ExplanationStep[])[] = [];
  for (let link: ExplanationChain | undefined = chain; link !== undefined; link = link.before) links.push(link.steps);
  const steps: ExplanationStep[] = [];
  for (let i = links.length - 1; i >= 0; i--) for (const step of links[i] as readonly ExplanationStep[]) steps.push(step);
  return steps;
}

// `schemas` is added by `setup()` (undefined unless schemas are given).
const MACHINE_KEYS = new Set(['id', 'description', 'context', 'initial', 'states', 'schemas', 'on']);
const STATE_KEYS = new Set(['description', 'meta', 'on', 'type', 'tags']);
const TRANSITION_KEYS = new Set(['guard', 'target', 'actions', 'description', 'meta']);

function unsupported(where: string, what: string): never {
  throw new Error(
    `treaty-withdrawal executor: ${where} uses ${what}, which the executor does not implement; extend src/machine/executor.ts`,
  );
}

function checkKeys(object: object, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(object)) if (!allowed.has(key)) unsupported(where, `'${key}'`);
}

/**
 * The root may hold one transition: the catch-all `'*'` whose only action,
 * `refuse`, emits `event.refused` and changes nothing. The executor needs no
 * table for it: an event no state takes is already a refusal here (see
 * `applyToRun`), explained by the same function the action calls.
 */
function checkRootRefusal(on: unknown): void {
  if (on === undefined) return;
  const entries = typeof on === 'object' && on !== null ? Object.entries(on) : [];
  const [only] = entries;
  const transition = only?.[1] as Record<string, unknown> | undefined;
  const isRefusal =
    entries.length === 1 &&
    only?.[0] === '*' &&
    typeof transition === 'object' &&
    transition !== null &&
    Object.keys(transition).every((key) => key === 'actions' || key === 'description') &&
    transition.actions === 'refuse';
  if (!isRefusal) unsupported('the machine', "root transitions other than the catch-all { '*': { actions: 'refuse' } }");
}

/**
 * Compiles a machine config (the library's own, by default) into the executor's
 * tables, refusing any feature the executor does not implement. Exported so a
 * test can show each refusal on a doctored copy of the config.
 */
export function compileMachine(machineConfig: unknown = withdrawalMachine.config): {
  initial: CompiledState;
  states: Record<WithdrawalStateValue, CompiledState>;
} {
  const config = machineConfig as Record<string, unknown> & {
    initial: string;
    states: Record<string, Record<string, unknown>>;
  };
  checkKeys(config, MACHINE_KEYS, 'the machine');
  if (config.schemas !== undefined) unsupported('the machine', 'schemas');
  if (typeof config.context !== 'function') unsupported('the machine', 'a non-function context');
  checkRootRefusal(config.on);
  const states = {} as Record<string, CompiledState & { on: Map<string, CompiledTransition[]> }>;
  for (const [name, state] of Object.entries(config.states)) {
    checkKeys(state, STATE_KEYS, `state '${name}'`);
    if (state.type !== undefined && state.type !== 'final') unsupported(`state '${name}'`, `type '${String(state.type)}'`);
    const tags = (state.tags as string[] | undefined) ?? [];
    if (tags.some((tag) => tag !== 'clock')) unsupported(`state '${name}'`, `tags ${tags.join(', ')}`);
    const meta = state.meta as { outcome?: Outcome; deadline?: string } | undefined;
    if (!meta?.outcome) unsupported(`state '${name}'`, 'no meta.outcome');
    const clock = tags.includes('clock');
    if (clock !== (meta.deadline !== undefined) || (meta.deadline !== undefined && !(meta.deadline in deadlines))) {
      unsupported(`state '${name}'`, 'a clock tag without a known meta.deadline, or the reverse');
    }
    states[name] = {
      name: name as WithdrawalStateValue,
      outcome: meta.outcome,
      final: state.type === 'final',
      clock,
      deadline: meta.deadline === undefined ? undefined : deadlines[meta.deadline as keyof typeof deadlines],
      on: new Map(),
    };
  }
  for (const [name, state] of Object.entries(config.states)) {
    const on = (state.on ?? {}) as Record<string, unknown>;
    for (const [eventType, raw] of Object.entries(on)) {
      const list = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[];
      const compiled = list.map((transition, index): CompiledTransition => {
        const where = `state '${name}', event '${eventType}' #${index}`;
        if (typeof transition !== 'object' || transition === null) unsupported(where, 'a non-object transition');
        checkKeys(transition, TRANSITION_KEYS, where);
        const { guard, target, actions } = transition;
        if (guard !== undefined && (typeof guard !== 'string' || !(guard in guards)))
          unsupported(where, 'a guard that is not a named plain guard');
        if (target !== undefined && (typeof target !== 'string' || !(target in states)))
          unsupported(where, 'a target that is not a sibling state name');
        const names = actions === undefined ? [] : Array.isArray(actions) ? actions : [actions];
        if (names.length !== 1)
          unsupported(where, `${names.length} actions (every transition has exactly one, which logs its event)`);
        const [action] = names;
        if (typeof action !== 'string' || !(action in updates)) unsupported(where, 'an action that is not a named update');
        return {
          guard: guard === undefined ? undefined : guards[guard as keyof typeof guards],
          target: target === undefined ? undefined : states[target as string],
          update: updates[action as ActionName] as UpdateFn,
          updateWithoutLog: unloggedUpdates[action as ActionName] as UpdateFn,
          explain: explainers[action as ActionName],
        };
      });
      states[name]?.on.set(eventType, compiled);
    }
  }
  const initial = states[config.initial];
  if (!initial) unsupported('the machine', `initial state '${config.initial}' that does not exist`);
  return { initial, states: states as Record<WithdrawalStateValue, CompiledState> };
}

const compiled = compileMachine();

/** The compiled states, by name. */
export const compiledStates = compiled.states;

/** What a run builds besides the state and context. */
export interface RunOptions {
  /** Build the explanation of every event applied (what `simulate` returns and `explanationOf` replays). */
  readonly explain?: boolean;
  /** Append every event applied to `context.log`, as the machine's actions do. */
  readonly keepLog?: boolean;
}

/** A run at the machine's initial state with this context. */
export function startRun(context: WithdrawalContext, options: RunOptions = {}): ExecutorState {
  return {
    state: compiled.initial,
    context,
    explanation: options.explain === true ? { steps: [], before: undefined } : undefined,
    keepsLog: options.keepLog === true,
  };
}

/**
 * Takes one transition as XState would (first candidate whose guard passes; its
 * action), or returns `undefined` when no transition is enabled.
 */
export function step(run: ExecutorState, event: WithdrawalEvent): ExecutorState | undefined {
  const candidates = run.state.on.get(event.type);
  if (candidates === undefined) return undefined;
  for (const transition of candidates) {
    if (transition.guard !== undefined && !transition.guard(run.context, event)) continue;
    let { explanation } = run;
    // Explain first, from the context before the update: inside growingInPlace
    // the update may grow the lists of that context where they stand.
    if (explanation !== undefined && transition.explain !== undefined) {
      const explain = transition.explain;
      const steps = copyingLists(() => explain(run.context, event));
      if (steps.length > 0) explanation = { steps, before: explanation };
    }
    const update = run.keepsLog ? transition.update : transition.updateWithoutLog;
    const context = { ...run.context, ...update(run.context, event) };
    return { state: transition.target ?? run.state, context, explanation, keepsLog: run.keepsLog };
  }
  return undefined;
}

/**
 * Applies an event strictly, as `applyEvent` does: the clock first moves to the
 * event's date where time alone can change the state, and a refused event
 * returns the reason instead of a new run.
 */
export function applyToRun(run: ExecutorState, event: WithdrawalEvent): ExecutorState | WithdrawalError {
  let current = run;
  if (clockMovesFirst(current.state.deadline?.(current.context) ?? null, current.context, event)) {
    current = step(current, { type: 'clock.advanced', date: event.date }) ?? current;
  }
  const next = step(current, event);
  return next ?? explainRefusal(current.state.name, current.context, event);
}

/**
 * Lets time run out, as if nothing else happened: while the state waits for a
 * deadline, moves the clock to it. Stops in a state no deadline can move
 * (deferred, suspended, contested, final).
 */
export function runOut(run: ExecutorState): ExecutorState {
  let current = run;
  for (;;) {
    const deadline = current.state.deadline?.(current.context) ?? null;
    if (deadline === null) return current;
    const next = advanceRun(current, deadline);
    // Time alone moved nothing: neither the state nor the date it waits for
    // (a period whose deferred effect awaits the end of party status moves it).
    if (next.state === current.state && (next.state.deadline?.(next.context) ?? null) === deadline) return next;
    current = next;
  }
}

/** Moves time forward to `date` (a no-op in a final state, when `date` is earlier than the last event, or on its day with nothing due). */
export function advanceRun(run: ExecutorState, date: CalendarDate): ExecutorState {
  if (run.state.final || (run.context.date !== null && date < run.context.date)) return run;
  // The same day only when something falls due that day: a period of zero (effect upon receipt).
  if (date === run.context.date && run.state.deadline?.(run.context) !== date) return run;
  return step(run, { type: 'clock.advanced', date }) ?? run;
}

/**
 * Runs a context's own log (`context.log`) again from the start, with the
 * same profiles and input fields. Returns `undefined` when the log cannot be
 * replayed (an event the machine refuses), which a context the machine made
 * never causes.
 */
export function replay(context: WithdrawalContext, options: RunOptions): ExecutorState | undefined {
  // The replayed contexts are dropped as the run goes: grow its lists in place.
  return growingInPlace(() => replayRun(context, options));
}

function replayRun(context: WithdrawalContext, options: RunOptions): ExecutorState | undefined {
  let run = startRun(
    initialContext({
      treaty: context.treaty,
      procedure: context.procedure,
      party: context.party,
      entryIntoForce: context.entryIntoForce,
      overflow: context.overflow,
    }),
    options,
  );
  for (const event of context.log) {
    const next = step(run, event);
    if (next === undefined) return undefined;
    run = next;
  }
  return run;
}
