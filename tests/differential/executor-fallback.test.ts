/**
 * The executor against XState on machines its fast path does not implement:
 * changed copies of the library's machine that mean the same (a nested state,
 * an `always` that never fires, two actions on a transition, a guard given with
 * `provide`, a state's own catch-all refusal). The executor must not refuse
 * them: it runs them through XState, and its answers must be XState's own (an
 * actor of the same machine).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor, createMachine } from 'xstate';
import {
  explanationOf,
  parseScenario,
  type Scenario,
  type StateMeta,
  type WithdrawalEvent,
  type WithdrawalStateValue,
  withdrawalMachine,
} from '../../src/index.js';
import { explainRefusal } from '../../src/machine/apply.js';
import { createExecutor, explanationSteps } from '../../src/machine/executor.js';
import { deadlines, guards } from '../../src/machine/logic.js';
import { runScenario } from '../../src/simulate/simulate.js';
import { runs, scenarioArb } from '../arbitraries.js';

const SEED = 20260115;

// The machine's definition, to change a copy of it (tests only: src reads the machine through structure.ts).
const config = withdrawalMachine.config;
const states = config.states ?? {};
const { guards: guardImplementations, actions }: AnyStateMachine['implementations'] = withdrawalMachine.implementations;
const withLibraryImplementations = (changed: object) =>
  createMachine({ ...changed }).provide({ guards: guardImplementations, actions });

/** `procedure` with a child state: the state value is `{ procedure: 'open' }`, its transitions stay on the parent. */
const nested = withLibraryImplementations({
  ...config,
  states: { ...states, procedure: { ...states.procedure, initial: 'open', states: { open: {} } } },
});

/** `deferred` with an eventless transition whose guard never passes. */
const eventless = withLibraryImplementations({
  ...config,
  states: { ...states, deferred: { ...states.deferred, always: { guard: () => false, target: 'effective' } } },
});

/** Every `clock.advanced` tick of `noticePeriod` with a second action that does nothing. */
const notice = states.noticePeriod;
const ticks = [notice?.on?.['clock.advanced']].flat() as { actions?: unknown }[];
const twoActions = withLibraryImplementations({
  ...config,
  states: {
    ...states,
    noticePeriod: {
      ...notice,
      on: {
        ...notice?.on,
        'clock.advanced': ticks.map((t) => ({ ...t, actions: [t.actions, () => undefined] })),
      },
    },
  },
});

/** `noticePeriod` and `deferred` each with their own catch-all refusal: the root's rule, given again in the state. */
const stateRefusals = withLibraryImplementations({
  ...config,
  states: {
    ...states,
    noticePeriod: { ...notice, on: { ...notice?.on, '*': { actions: 'refuse' } } },
    deferred: { ...states.deferred, on: { ...states.deferred?.on, '*': { actions: 'refuse' } } },
  },
});

/** The date-order guard given again with `provide`: the same rule, an implementation that is not the library's. */
const provided = withdrawalMachine.provide({
  guards: { inOrder: ({ context, event }) => guards.inOrder(context, event) },
});

/** XState itself: an actor of `machine`, sent the scenario's events as `simulate` applies them. */
function viaActor(machine: AnyStateMachine, scenario: Scenario) {
  const parsed = parseScenario(scenario);
  const actor = createActor(machine, {
    input: {
      treaty: parsed.treaty,
      procedure: parsed.procedure,
      party: parsed.party,
      entryIntoForce: parsed.entryIntoForce,
      overflow: parsed.overflow,
    },
  });
  let refusal: string | undefined;
  actor.on('event.refused', (refused: { code: string }) => {
    refusal ??= refused.code;
  });
  actor.start();
  const topLevel = () => {
    const value = actor.getSnapshot().value;
    return typeof value === 'string' ? value : Object.keys(value)[0];
  };
  const deadline = () => {
    const name = (withdrawalMachine.root.states[topLevel() as string]?.meta as StateMeta | undefined)?.deadline;
    return name ? deadlines[name](actor.getSnapshot().context) : null;
  };
  const sorted = parsed.events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map((x) => x.event);
  for (const event of sorted) {
    if (parsed.asOf !== undefined && event.date > parsed.asOf) continue;
    const { date } = actor.getSnapshot().context;
    const due = deadline();
    if (due !== null && due <= event.date && (date === null || event.date > date) && event.type !== 'clock.advanced')
      actor.send({ type: 'clock.advanced', date: event.date });
    // A done actor ignores events; applyEvent and simulate refuse them (the reason is the library's, from the state).
    if (actor.getSnapshot().status !== 'active')
      return { code: explainRefusal(topLevel() as WithdrawalStateValue, actor.getSnapshot().context, event).code };
    actor.send(event);
    if (refusal !== undefined) return { code: refusal };
  }
  const advance = (date: string) => {
    const snapshot = actor.getSnapshot();
    if (snapshot.status !== 'active') return;
    const last = snapshot.context.date;
    if (last !== null && date < last) return;
    if (date === last && deadline() !== date) return;
    actor.send({ type: 'clock.advanced', date });
  };
  if (parsed.asOf !== undefined) advance(parsed.asOf);
  else {
    for (;;) {
      const due = deadline();
      if (due === null) break;
      const before = topLevel();
      advance(due);
      if (topLevel() === before && deadline() === due) break;
    }
  }
  const snapshot = actor.getSnapshot();
  return { state: topLevel(), context: snapshot.context, explanation: explanationOf(snapshot) };
}

function viaExecutor(machine: AnyStateMachine, scenario: Scenario) {
  const executor = createExecutor(machine);
  try {
    const { final } = runScenario(parseScenario(scenario), { keepLog: true, executor });
    return { state: final.state.name, context: final.context, explanation: explanationSteps(final.explanation) };
  } catch (error) {
    return { code: (error as { code: string }).code };
  }
}

describe('the executor on a machine its fast path does not implement', () => {
  it('runs the library’s machine on the fast path', () => {
    expect(createExecutor(withdrawalMachine).fallback).toBeUndefined();
  });

  it.each([
    ['a nested state', nested, "state 'procedure' uses type 'compound'"],
    ['an eventless transition', eventless, "state 'deferred' uses 'always'"],
    ['two actions on a transition', twoActions, "state 'noticePeriod', event 'clock.advanced' #0 uses 2 actions"],
    ['a guard given with provide', provided, 'a guard that is not a named plain guard'],
    ['a catch-all refusal in a state', stateRefusals, "state 'noticePeriod' uses the wildcard event descriptor '*'"],
  ])('falls back to XState for %s, and says why', (_name, machine, reason) => {
    const executor = createExecutor(machine);
    expect(executor.fallback).toContain(reason);
    expect(createExecutor(machine)).toBe(executor);
  });

  it.each([
    ['a nested state', nested],
    ['an eventless transition', eventless],
    ['two actions on a transition', twoActions],
    ['a guard given with provide', provided],
    ['a catch-all refusal in a state', stateRefusals],
  ])('with %s: the same state, context, explanation and refusals as an XState actor, and as the fast path', (_name, machine) => {
    let refused = 0;
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const ours = viaExecutor(machine, scenario);
        if ('code' in ours) refused++;
        expect(ours).toEqual(viaActor(machine, scenario));
        // The same machine in meaning: the fast path on the library's gives the same answers.
        expect(ours).toEqual(viaExecutor(withdrawalMachine, scenario));
      }),
      { numRuns: runs(150), seed: SEED },
    );
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(runs(150));
  });

  it('builds the explanation through XState only when asked, and the log only when asked', () => {
    const executor = createExecutor(nested);
    const scenario = parseScenario({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] });
    const plain = runScenario(scenario, { executor }).final;
    expect(plain.snapshot).toBeDefined();
    expect(plain.context.log).toEqual([]);
    const full = runScenario(scenario, { executor, keepLog: true }).final;
    expect(full.context.log.flat().map((e: WithdrawalEvent) => e.type)).toEqual(['instrument.deposited', 'clock.advanced']);
    expect(explanationSteps(full.explanation).map((s) => s.fact)).toEqual(
      explanationSteps(runScenario(scenario).final.explanation).map((s) => s.fact),
    );
  });
});
