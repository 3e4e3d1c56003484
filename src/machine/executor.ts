/**
 * A small executor for the withdrawal machine's own definition.
 *
 * XState's interpreter costs tens of microseconds per event (a throwaway actor
 * per pure `transition()` call, snapshots cloned per microstep). Batch
 * simulation does not need its generality where the machine is flat, with
 * guarded event transitions, one named assign-style action each and final
 * states. This module reads the machine through XState's public StateNode API
 * (`structureOf`, structure.ts) and, where every part of it is such a plain
 * part, runs it by calling the same guard and update functions XState calls
 * (the updates without their logging, in a run that keeps no log): the fast
 * path.
 *
 * A machine that uses anything else (nested or parallel states, `always`,
 * `after`, entry or exit actions, guard combinators, several actions on a
 * transition, implementations given with `provide`, ...) is not refused: its
 * runs go through XState itself (`transition`), decided once per machine when
 * its executor is made. The fast path never limits what the machine may use;
 * it only stops being fast. A differential property test checks that both
 * paths agree with XState on random scenarios.
 */
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyTransitionDefinition,
  createMachine,
  enqueueActions,
  StateMachine,
  transition as xstateTransition,
} from 'xstate';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { WithdrawalError } from '../errors/withdrawal-error.js';
import type { ExplanationStep } from '../explanation/types.js';
import { clockMovesFirst } from './apply.js';
import type { Outcome, WithdrawalContext } from './context.js';
import type { WithdrawalEvent } from './events.js';
import {
  copyingLists,
  type Explainer,
  type Guard,
  growingInPlace,
  type StepScratch,
  type Update,
  withChanges,
} from './helpers.js';
import { initialContext } from './input.js';
import { type ActionName, deadlines, explainers, guards, unloggedUpdates, updates } from './logic.js';
import { libraryActionName, libraryGuardName, type WithdrawalStateValue, withdrawalMachine } from './machine.js';
import { explainRefusalIn } from './refusal.js';
import { type MachineStructure, type StateShape, structureOf, type TransitionShape } from './structure.js';

interface CompiledTransition {
  readonly guard: Guard | undefined;
  readonly target: CompiledState | undefined;
  /** The transition's one action (see logic.ts: each applied event is logged once). */
  readonly update: Update;
  /** The same action without appending the event to `context.log`. */
  readonly updateWithoutLog: Update;
  /** What the action means in law, if it explains anything. */
  readonly explain: Explainer | undefined;
}

/** A top-level state of the machine, ready to run. */
export interface CompiledState {
  readonly name: WithdrawalStateValue;
  readonly outcome: Outcome;
  readonly final: boolean;
  /** True when the passing of time alone can move the machine out of this state. */
  readonly clock: boolean;
  /** For a clock state, the date it waits for. */
  readonly deadline: ((context: WithdrawalContext) => CalendarDate | null) | undefined;
  /** The fast path's transitions by event type (empty for a machine that runs through XState). */
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
  /** The top-level state the machine is in. */
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
  /** The executor (and so the machine) the run belongs to. */
  readonly executor: Executor;
  /** In a run through XState: its snapshot, whose context is `context`; `undefined` on the fast path. */
  readonly snapshot: AnyMachineSnapshot | undefined;
}

/** What a run builds besides the state and context. */
export interface RunOptions {
  /** Build the explanation of every event applied (what `simulate` returns and `explanationOf` replays). */
  readonly explain?: boolean;
  /** Append every event applied to `context.log`, as the machine's actions do. */
  readonly keepLog?: boolean;
}

/** A machine ready to run: on the fast path, or through XState with the reason why not. */
export interface Executor {
  readonly machine: AnyStateMachine;
  /** The machine's structure, as structure.ts reads it. */
  readonly structure: MachineStructure;
  /** Why the fast path does not run this machine (its runs go through XState); `undefined` when it does. */
  readonly fallback: string | undefined;
  readonly initial: CompiledState;
  /** The top-level states, by name. */
  readonly states: Readonly<Record<WithdrawalStateValue, CompiledState>>;
  /** The machine XState runs for a run with these options (the machine, its actions made to explain; see `throughXState`). */
  readonly xstateMachine: (explain: boolean, keepsLog: boolean) => AnyStateMachine;
}

/** The steps of an explanation chain, in the order they were added (none for a run that did not explain). */
export function explanationSteps(chain: ExplanationChain | undefined): ExplanationStep[] {
  const links: (readonly ExplanationStep[])[] = [];
  for (let link: ExplanationChain | undefined = chain; link !== undefined; link = link.before) links.push(link.steps);
  const steps: ExplanationStep[] = [];
  for (let i = links.length - 1; i >= 0; i--) for (const step of links[i] as readonly ExplanationStep[]) steps.push(step);
  return steps;
}

// ---------------------------------------------------------------------------
// Compiling: what the fast path implements
// ---------------------------------------------------------------------------

/** Why the fast path does not implement a machine: the reason its runs go through XState. */
class Unsupported extends Error {}

function unsupported(where: string, what: string): never {
  throw new Unsupported(
    `treaty-withdrawal executor: ${where} uses ${what}, which the executor does not implement; extend src/machine/executor.ts`,
  );
}

/** The parts of a state besides its event transitions that the fast path does not run. */
function checkPlain(state: StateShape, where: string): void {
  const { features } = state;
  if (features.alwaysDeclared) unsupported(where, "'always'");
  if (features.after > 0) unsupported(where, "'after'");
  if (features.entry > 0) unsupported(where, "'entry'");
  if (features.exit > 0) unsupported(where, "'exit'");
  if (features.invoke > 0) unsupported(where, "'invoke'");
}

/**
 * The root may hold one transition: the catch-all `'*'` whose only action,
 * the library's `refuse`, emits `event.refused` and changes nothing. The fast
 * path needs no table for it: an event no state takes is already a refusal
 * there (see `applyToRun`), explained by the same function the action calls.
 */
function checkRoot(structure: MachineStructure): void {
  if (structure.schemas) unsupported('the machine', 'schemas');
  checkPlain(structure.root, 'the machine');
  const entries = Object.entries(structure.root.on);
  const [only] = entries;
  const transitions = only?.[1] ?? [];
  const [transition] = transitions;
  const isRefusal =
    entries.length === 1 &&
    only?.[0] === '*' &&
    transitions.length === 1 &&
    transition !== undefined &&
    transition.guard === undefined &&
    !transition.unnamedGuard &&
    transition.targets.count === 0 &&
    transition.actions.length === 1 &&
    actionNameIn(structure, transition.actions[0]) === 'refuse';
  if (entries.length > 0 && !isRefusal)
    unsupported('the machine', "root transitions other than the catch-all { '*': { actions: 'refuse' } }");
}

/** The library's update (or `refuse`) that an action of the machine runs: only a name registered with the library's implementation. */
function actionNameIn(structure: MachineStructure, action: unknown): ActionName | 'refuse' | undefined {
  return typeof action === 'string' ? libraryActionName(structure.implementations.actions[action]) : undefined;
}

/** A top-level state's name, outcome and clock, required on both paths. */
function stateOf(name: WithdrawalStateValue, state: StateShape): CompiledState & { on: Map<string, CompiledTransition[]> } {
  const where = `state '${name}'`;
  const tags = state.tags;
  if (tags.some((tag) => tag !== 'clock')) unsupported(where, `tags ${tags.join(', ')}`);
  const meta = state.meta;
  if (!meta?.outcome) unsupported(where, 'no meta.outcome');
  const clock = tags.includes('clock');
  const deadline = meta.deadline;
  if (clock !== (deadline !== undefined) || (deadline !== undefined && !(deadline in deadlines))) {
    unsupported(where, 'a clock tag without a known meta.deadline, or the reverse');
  }
  return {
    name,
    outcome: meta.outcome,
    final: state.type === 'final',
    clock,
    deadline: deadline === undefined ? undefined : deadlines[deadline],
    on: new Map(),
  };
}

function compileTransition(
  structure: MachineStructure,
  states: Readonly<Record<string, CompiledState>>,
  transition: TransitionShape,
  where: string,
): CompiledTransition {
  if (transition.reenter) unsupported(where, "'reenter'");
  const guardName =
    transition.guard === undefined ? undefined : libraryGuardName(structure.implementations.guards[transition.guard]);
  if (transition.unnamedGuard || (transition.guard !== undefined && guardName === undefined))
    unsupported(where, 'a guard that is not a named plain guard');
  const target = transition.target === undefined ? undefined : states[transition.target];
  if (transition.targets.count > 1 || (transition.targets.count === 1 && target === undefined))
    unsupported(where, 'a target that is not a sibling state name');
  if (transition.actions.length !== 1)
    unsupported(where, `${transition.actions.length} actions (every transition has exactly one, which logs its event)`);
  const action = actionNameIn(structure, transition.actions[0]);
  if (action === undefined || action === 'refuse') unsupported(where, 'an action that is not a named update');
  return {
    guard: guardName === undefined ? undefined : guards[guardName],
    target,
    update: updates[action],
    updateWithoutLog: unloggedUpdates[action],
    explain: explainers[action],
  };
}

/** The fast path's tables for a machine, or an `Unsupported` error naming the first part it does not implement. */
function compileStructure(structure: MachineStructure): {
  initial: CompiledState;
  states: Record<WithdrawalStateValue, CompiledState>;
} {
  checkRoot(structure);
  const shapes = Object.entries(structure.states) as [WithdrawalStateValue, StateShape][];
  const states = {} as Record<WithdrawalStateValue, CompiledState & { on: Map<string, CompiledTransition[]> }>;
  for (const [name, shape] of shapes) {
    const where = `state '${name}'`;
    if (shape.type !== 'atomic' && shape.type !== 'final') unsupported(where, `type '${shape.type}'`);
    checkPlain(shape, where);
    states[name] = stateOf(name, shape);
  }
  for (const [name, shape] of shapes) {
    for (const [eventType, transitions] of Object.entries(shape.on)) {
      if (eventType.includes('*')) unsupported(`state '${name}'`, `the wildcard event descriptor '${eventType}'`);
      const compiled = (transitions ?? []).map((transition, index) =>
        compileTransition(structure, states, transition, `state '${name}', event '${eventType}' #${index}`),
      );
      states[name].on.set(eventType, compiled);
    }
  }
  const initial = structure.initial === undefined ? undefined : states[structure.initial];
  // Stryker disable next-line StringLiteral,ConditionalExpression: XState refuses a machine without an initial state, or with one that does not exist, before the executor reads it (tests/machine/executor.test.ts)
  if (!initial) unsupported('the machine', `initial state '${String(structure.initial)}' that does not exist`);
  return { initial, states };
}

/**
 * The fast path's tables for a machine (the library's, by default), or an
 * error naming the first part of it the fast path does not implement (its
 * runs then go through XState: see {@link createExecutor}). Also takes a
 * machine config, which it makes into a machine with the library's
 * implementations (so a test can show each reason on a changed copy).
 */
export function compileMachine(source: unknown = withdrawalMachine): {
  initial: CompiledState;
  states: Record<WithdrawalStateValue, CompiledState>;
} {
  const { guards: guardImplementations, actions }: AnyStateMachine['implementations'] = withdrawalMachine.implementations;
  const machine =
    source instanceof StateMachine
      ? source
      : createMachine(typeof source === 'object' && source !== null ? { ...source } : {}).provide({
          guards: guardImplementations,
          actions,
        });
  return compileStructure(structureOf(machine));
}

// ---------------------------------------------------------------------------
// Through XState: a machine the fast path does not implement
// ---------------------------------------------------------------------------

/** What the library's actions emit, in a run through XState that explains: the steps the action adds. */
const EXPLAINED = 'treaty-withdrawal.explained';

interface Explained {
  readonly type: typeof EXPLAINED;
  readonly steps: readonly ExplanationStep[];
}

function isExplained(value: unknown): value is Explained {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === EXPLAINED && 'steps' in value;
}

/** The event an action XState returns emits (`xstate.emit`, `params.event`), if it is an emit. */
function emittedBy(action: unknown): unknown {
  if (typeof action !== 'object' || action === null || !('type' in action) || action.type !== 'xstate.emit') return undefined;
  const params = 'params' in action ? action.params : undefined;
  return typeof params === 'object' && params !== null && 'event' in params ? params.event : undefined;
}

/**
 * A library action as XState runs it in a run through XState: the same update
 * (logging the event or not, as the run does), and, in a run that explains, the
 * steps it adds, emitted first from the context before the update. XState's
 * pure `transition` returns what was emitted, in order, across every microstep.
 */
function runAction(name: ActionName, explain: boolean, keepsLog: boolean) {
  const update = keepsLog ? updates[name] : unloggedUpdates[name];
  const explainer = explain ? explainers[name] : undefined;
  return enqueueActions<WithdrawalContext, WithdrawalEvent, undefined, WithdrawalEvent, never, never, never, never, Explained>(
    ({ context, event, enqueue }) => {
      if (explainer !== undefined) {
        const steps = copyingLists(explainer, context, event, undefined);
        if (steps.length > 0) enqueue.emit({ type: EXPLAINED, steps });
      }
      enqueue.assign(update(context, event));
    },
  );
}

/** The machine with each of the library's actions replaced by its `runAction` (other actions stay as given). */
function xstateMachineFor(machine: AnyStateMachine, structure: MachineStructure, explain: boolean, keepsLog: boolean) {
  const actions: Record<string, ReturnType<typeof runAction>> = {};
  for (const name of Object.keys(structure.implementations.actions)) {
    const action = actionNameIn(structure, name);
    if (action !== undefined && action !== 'refuse') actions[name] = runAction(action, explain, keepsLog);
  }
  return machine.provide({ actions });
}

/** The top-level state of a snapshot's value (a name, or `{ name: … }` for a state with children). */
function topLevel(executor: Executor, value: unknown): CompiledState {
  const name =
    typeof value === 'string' ? value : typeof value === 'object' && value !== null ? Object.keys(value)[0] : undefined;
  const state = name === undefined ? undefined : executor.states[name as WithdrawalStateValue];
  if (state === undefined)
    throw new Error(`treaty-withdrawal executor: XState reached a state value it cannot name: ${String(name)}`);
  return state;
}

/**
 * Whether a transition XState would take only refuses the event: its every
 * action is `refuse` (the root's catch-all, or a state's own). An actor
 * reports it as `event.refused`, so the run refuses the event too.
 */
function isRefusal(executor: Executor, transition: AnyTransitionDefinition): boolean {
  return (
    transition.actions.length > 0 && transition.actions.every((action) => actionNameIn(executor.structure, action) === 'refuse')
  );
}

/** One event through XState: `undefined` when only refusals (or nothing) would take it. */
function throughXState(run: ExecutorState, snapshot: AnyMachineSnapshot, event: WithdrawalEvent): ExecutorState | undefined {
  const { executor } = run;
  const machine = executor.xstateMachine(run.explanation !== undefined, run.keepsLog);
  const enabled = machine.getTransitionData(snapshot, event);
  if (enabled.every((transition) => isRefusal(executor, transition))) return undefined;
  const [next, actions] = xstateTransition(machine, snapshot, event);
  let { explanation } = run;
  if (explanation !== undefined) {
    const steps: ExplanationStep[] = [];
    for (const action of actions) {
      const emitted = emittedBy(action);
      if (isExplained(emitted)) steps.push(...emitted.steps);
    }
    if (steps.length > 0) explanation = { steps, before: explanation };
  }
  return {
    state: topLevel(executor, next.value),
    context: next.context,
    explanation,
    keepsLog: run.keepsLog,
    executor,
    snapshot: next,
  };
}

// ---------------------------------------------------------------------------
// Executors
// ---------------------------------------------------------------------------

const executors = new WeakMap<AnyStateMachine, Executor>();

/**
 * The executor of a machine (made once per machine and kept): the fast path
 * when it implements every part of the machine, else XState, with the reason
 * in `fallback`. Every state must still name its outcome (and a clock state
 * its deadline) in `meta`: results are read from them on both paths.
 */
export function createExecutor(machine: AnyStateMachine): Executor {
  const known = executors.get(machine);
  if (known !== undefined) return known;
  const structure = structureOf(machine);
  let tables: ReturnType<typeof compileStructure> | undefined;
  let fallback: string | undefined;
  try {
    tables = compileStructure(structure);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    fallback = error.message;
  }
  if (tables === undefined) {
    const states = {} as Record<WithdrawalStateValue, CompiledState>;
    for (const [name, shape] of Object.entries(structure.states) as [WithdrawalStateValue, StateShape][])
      states[name] = stateOf(name, shape);
    const initial = structure.initial === undefined ? undefined : states[structure.initial];
    if (initial === undefined) throw new Error('treaty-withdrawal executor: the machine has no initial state');
    tables = { initial, states };
  }
  const variants = new Map<string, AnyStateMachine>();
  const executor: Executor = {
    machine,
    structure,
    fallback,
    initial: tables.initial,
    states: tables.states,
    xstateMachine(explain, keepsLog) {
      const key = `${explain}/${keepsLog}`;
      let variant = variants.get(key);
      if (variant === undefined) {
        variant = xstateMachineFor(machine, structure, explain, keepsLog);
        variants.set(key, variant);
      }
      return variant;
    },
  };
  executors.set(machine, executor);
  return executor;
}

/** The executor of the library's machine. */
const library = createExecutor(withdrawalMachine);

/** The compiled states of the library's machine, by name. */
export const compiledStates = library.states;

// ---------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------

/**
 * A run at the machine's initial state with this context (of the library's
 * machine unless another executor is given). Through XState, the run starts
 * from `machine.resolveState` at the initial state, as a restored snapshot
 * does: the initial state's entry actions, if it has any, are not run.
 */
export function startRun(context: WithdrawalContext, options: RunOptions = {}, executor: Executor = library): ExecutorState {
  const explain = options.explain === true;
  const keepsLog = options.keepLog === true;
  const snapshot =
    executor.fallback === undefined
      ? undefined
      : executor.xstateMachine(explain, keepsLog).resolveState({ value: executor.initial.name, context });
  return {
    state: snapshot === undefined ? executor.initial : topLevel(executor, snapshot.value),
    context,
    explanation: explain ? { steps: [], before: undefined } : undefined,
    keepsLog,
    executor,
    snapshot,
  };
}

/**
 * Takes one transition as XState would (first candidate whose guard passes; its
 * action), or returns `undefined` when no transition is enabled.
 */
export function step(run: ExecutorState, event: WithdrawalEvent): ExecutorState | undefined {
  if (run.snapshot !== undefined) return throughXState(run, run.snapshot, event);
  const candidates = run.state.on.get(event.type);
  if (candidates === undefined) return undefined;
  // What the guards, the explainer and the update of this event share (see StepScratch).
  const scratch: StepScratch = { explain: run.explanation !== undefined };
  for (const transition of candidates) {
    if (transition.guard !== undefined && !transition.guard(run.context, event, scratch)) continue;
    let { explanation } = run;
    // Explain first, from the context before the update: inside growingInPlace
    // the update may grow the lists of that context where they stand.
    if (explanation !== undefined && transition.explain !== undefined) {
      const steps = copyingLists(transition.explain, run.context, event, scratch);
      if (steps.length > 0) explanation = { steps, before: explanation };
    }
    const update = run.keepsLog ? transition.update : transition.updateWithoutLog;
    // In place inside growingInPlace (a run whose earlier contexts nobody keeps): the cost
    // of an event is what it changes, not the number of fields (see withChanges).
    const context = withChanges(run.context, update(run.context, event, scratch));
    return {
      state: transition.target ?? run.state,
      context,
      explanation,
      keepsLog: run.keepsLog,
      executor: run.executor,
      snapshot: undefined,
    };
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
  return next ?? explainRefusalIn(current.executor.structure.states, current.state.name, current.context, event);
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
    // Stryker disable next-line OptionalChaining: `next.state` is `current.state` here, which has a deadline
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
export function replay(context: WithdrawalContext, options: RunOptions, executor: Executor = library): ExecutorState | undefined {
  // The replayed contexts are dropped as the run goes: grow its lists in place.
  return growingInPlace(() => replayRun(context, options, executor));
}

function replayRun(context: WithdrawalContext, options: RunOptions, executor: Executor): ExecutorState | undefined {
  let run = startRun(
    initialContext({
      treaty: context.treaty,
      procedure: context.procedure,
      party: context.party,
      entryIntoForce: context.entryIntoForce,
      overflow: context.overflow,
    }),
    options,
    executor,
  );
  for (const segment of context.log) {
    for (const event of segment) {
      const next = step(run, event);
      if (next === undefined) return undefined;
      run = next;
    }
  }
  return run;
}
