/** src/machine/executor.ts: the load-time checks of the fast executor, and how it runs. */
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { initialSnapshot, type WithdrawalEvent, withdrawalMachine } from '../../src/index.js';
import {
  advanceRun,
  compiledStates,
  compileMachine,
  createExecutor,
  explanationSteps,
  runOut,
  startRun,
  step,
} from '../../src/machine/executor.js';

describe('the executor, at load time', () => {
  const config = withdrawalMachine.config as unknown as {
    states: Record<string, Record<string, unknown>>;
    initial: string;
    on?: Record<string, unknown>;
  };
  const withState = (name: string, change: (state: Record<string, unknown>) => Record<string, unknown>) => ({
    ...config,
    states: { ...config.states, [name]: change(config.states[name] as Record<string, unknown>) },
  });
  const withTransition = (change: (t: Record<string, unknown>) => Record<string, unknown>) =>
    withState('deferred', (state) => {
      const on = state.on as Record<string, Record<string, unknown>>;
      return { ...state, on: { ...on, 'notification.revoked': change(on['notification.revoked'] as Record<string, unknown>) } };
    });
  const refusal = (doctored: unknown) => {
    try {
      compileMachine(doctored);
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('registers exactly the actions the transitions name, one each', () => {
    const named = new Set<string>();
    for (const state of Object.values(config.states ?? {})) {
      for (const transitions of Object.values((state as { on?: Record<string, unknown> }).on ?? {})) {
        for (const transition of [transitions].flat() as { actions: unknown }[]) named.add(transition.actions as string);
      }
    }
    // The root's catch-all names the one action no state transition does.
    for (const transition of Object.values(config.on ?? {}) as { actions: unknown }[]) named.add(transition.actions as string);
    expect([...named].sort()).toEqual(Object.keys(withdrawalMachine.implementations.actions).sort());
  });

  it('compiles the library’s machine, to the tables simulate runs on', () => {
    expect(refusal(config)).toBe('accepted');
    const fresh = compileMachine(config);
    expect(fresh.initial.name).toBe('procedure');
    for (const [name, state] of Object.entries(compiledStates)) {
      const again = fresh.states[name as keyof typeof compiledStates];
      expect([again.name, again.outcome, again.final, again.clock, again.deadline]).toEqual([
        state.name,
        state.outcome,
        state.final,
        state.clock,
        state.deadline,
      ]);
      expect([...again.on.keys()]).toEqual([...state.on.keys()]);
      for (const [event, transitions] of state.on) {
        const mine = again.on.get(event) ?? [];
        expect(mine.map((t) => [t.guard, t.target?.name, t.update, t.explain])).toEqual(
          transitions.map((t) => [t.guard, t.target?.name, t.update, t.explain]),
        );
      }
    }
    expect(compiledStates.effective.final).toBe(true);
    expect(compiledStates.noticePeriod.deadline).toBeTypeOf('function');
    expect(compiledStates.deferred.deadline).toBeUndefined();
  });

  it.each([
    [
      'a root transition that is not the refusal',
      { ...config, on: { 'decree.signed': { actions: 'recordStep' } } },
      'root transitions other than the catch-all',
    ],
    [
      'a root catch-all with another action',
      { ...config, on: { '*': { actions: 'tick' } } },
      'root transitions other than the catch-all',
    ],
    ['schemas', { ...config, schemas: {} }, 'the machine uses schemas'],
    ['a state-level key', withState('deferred', (s) => ({ ...s, always: [] })), "state 'deferred' uses 'always'"],
    ['a parallel state', withState('deferred', (s) => ({ ...s, type: 'parallel' })), "state 'deferred' uses type 'parallel'"],
    ['another tag', withState('deferred', (s) => ({ ...s, tags: ['clock', 'busy'] })), "state 'deferred' uses tags clock, busy"],
    ['no outcome', withState('deferred', (s) => ({ ...s, meta: {} })), "state 'deferred' uses no meta.outcome"],
    [
      'a clock without deadline',
      withState('deferred', (s) => ({ ...s, tags: ['clock'] })),
      "state 'deferred' uses a clock tag without a known meta.deadline",
    ],
    [
      'an unknown deadline',
      withState('noticePeriod', (s) => ({ ...s, meta: { ...(s.meta as object), deadline: 'never' } })),
      "state 'noticePeriod' uses a clock tag",
    ],
    ['a transition key', withTransition((t) => ({ ...t, reenter: true })), "#0 uses 'reenter'"],
    ['an inline guard', withTransition((t) => ({ ...t, guard: () => true })), '#0 uses a guard that is not a named plain guard'],
    ['an unknown guard', withTransition((t) => ({ ...t, guard: 'nope' })), '#0 uses a guard that is not a named plain guard'],
    [
      'no action',
      withTransition((t) => ({ ...t, actions: [] })),
      '#0 uses 0 actions (every transition has exactly one, which logs its event)',
    ],
    [
      'two actions',
      withTransition((t) => ({ ...t, actions: ['tick', 'revoke'] })),
      '#0 uses 2 actions (every transition has exactly one, which logs its event)',
    ],
    [
      'an inline action',
      withTransition((t) => ({ ...t, actions: [() => undefined] })),
      '#0 uses an action that is not a named update',
    ],
    ['a state without meta', withState('deferred', ({ meta: _meta, ...s }) => s), "state 'deferred' uses no meta.outcome"],
    [
      'no actions key',
      withTransition(({ actions: _actions, ...t }) => t),
      '#0 uses 0 actions (every transition has exactly one, which logs its event)',
    ],
    [
      'a nested action list',
      withTransition((t) => ({ ...t, actions: [['revoke']] })),
      '#0 uses an action that is not a named update',
    ],
    [
      'a delayed transition',
      withState('deferred', (s) => ({ ...s, after: { 1000: { target: 'effective' } } })),
      "state 'deferred' uses 'after'",
    ],
    ['an entry action', withState('deferred', (s) => ({ ...s, entry: 'tick' })), "state 'deferred' uses 'entry'"],
    ['an exit action', withState('deferred', (s) => ({ ...s, exit: 'tick' })), "state 'deferred' uses 'exit'"],
    ['an invoked actor', withState('deferred', (s) => ({ ...s, invoke: { src: 'child' } })), "state 'deferred' uses 'invoke'"],
    ['an entry action on the root', { ...config, entry: 'tick' }, "the machine uses 'entry'"],
    [
      'a root catch-all with a guard',
      { ...config, on: { '*': { actions: 'refuse', guard: 'inOrder' } } },
      'the machine uses root transitions other than the catch-all',
    ],
    [
      'a root catch-all with an inline guard',
      { ...config, on: { '*': { actions: 'refuse', guard: () => true } } },
      'the machine uses root transitions other than the catch-all',
    ],
    [
      'a root catch-all with a second action',
      { ...config, on: { '*': { actions: ['refuse', 'tick'] } } },
      'the machine uses root transitions other than the catch-all',
    ],
    [
      'a root catch-all taken twice',
      { ...config, on: { '*': [{ actions: 'refuse', guard: 'inOrder' }, { actions: 'refuse' }] } },
      'the machine uses root transitions other than the catch-all',
    ],
    [
      'a root catch-all beside another root transition',
      { ...config, on: { ...config.on, 'decree.signed': { actions: 'refuse' } } },
      'the machine uses root transitions other than the catch-all',
    ],
    [
      'a wildcard descriptor in a state',
      withState('deferred', (s) => ({ ...s, on: { ...(s.on as object), 'notification.*': { actions: 'revoke' } } })),
      "state 'deferred' uses the wildcard event descriptor 'notification.*'",
    ],
    [
      'a target that is the machine itself',
      withTransition((t) => ({ ...t, target: '#withdrawal' })),
      '#0 uses a target that is not a sibling state name',
    ],
    [
      'two targets',
      withTransition((t) => ({ ...t, target: ['revoked', 'effective'] })),
      '#0 uses a target that is not a sibling state name',
    ],
  ])('refuses %s', (_name, doctored, message) => {
    expect(refusal(doctored)).toContain(message);
    expect(refusal(doctored)).toMatch(/^treaty-withdrawal executor: .*; extend src\/machine\/executor\.ts$/);
  });
  it('names where the machine goes beyond it and what to extend, in one sentence', () => {
    expect(refusal({ ...config, on: { '*': { actions: 'tick' } } })).toBe(
      "treaty-withdrawal executor: the machine uses root transitions other than the catch-all { '*': { actions: 'refuse' } }, which the executor does not implement; extend src/machine/executor.ts",
    );
  });

  // XState reads these configs itself before the executor sees the machine: some
  // it normalises into the machine the library has (the executor then runs them
  // like the library's own), others it refuses with its own error.
  it.each([
    ['a machine-level key XState ignores', { ...config, after: {} }],
    ['a context object', { ...config, context: {} }],
    ['a target by id', withTransition((t) => ({ ...t, target: '#withdrawal.revoked' }))],
    ['a list of one target', withTransition((t) => ({ ...t, target: ['revoked'] }))],
  ])('compiles %s as XState normalises it', (_name, doctored) => {
    expect(refusal(doctored)).toBe('accepted');
    expect(compileMachine(doctored).states.deferred.on.get('notification.revoked')?.[0]?.target?.name).toBe('revoked');
  });

  it('refuses a string transition, which XState reads as a transition without its action', () => {
    expect(refusal(withTransition(() => 'revoked' as never))).toContain('#0 uses 0 actions');
  });

  it.each([
    ['a root catch-all with a target', { ...config, on: { '*': { actions: 'refuse', target: 'effective' } } }],
    ['a missing initial state', { ...config, initial: 'start' }],
    ['a null transition', withTransition(() => null as never)],
  ])('leaves %s to XState, which refuses it first', (_name, doctored) => {
    const message = refusal(doctored);
    expect(message).not.toBe('accepted');
    expect(message).not.toMatch(/^treaty-withdrawal executor/);
  });
});

describe('the executor, running', () => {
  const deposit: WithdrawalEvent = { type: 'instrument.deposited', date: '2025-06-27' };
  const context = initialSnapshot({ treaty: 'ottawa' }).context;

  it('builds an explanation only when asked, and a log only when asked', () => {
    const plain = step(startRun(context), deposit);
    expect(plain?.explanation).toBeUndefined();
    expect(plain?.context.log).toEqual([]);
    const full = step(startRun(context, { explain: true, keepLog: true }), deposit);
    expect(full?.context.log).toEqual([[deposit]]);
    expect(explanationSteps(full!.explanation!).map((s) => s.fact)).toEqual(['receipt', 'period-end']);
    expect(explanationSteps(plain?.explanation)).toEqual([]);
    // An event that explains nothing adds no link to the chain.
    const ticked = step(full!, { type: 'clock.advanced', date: '2025-07-01' });
    expect(ticked?.explanation).toBe(full?.explanation);
    // Nor does one whose explanation is empty: a conflict under a treaty without a deferral clause.
    const undeferred = startRun(initialSnapshot({ treaty: 'genocide-convention' }).context, { explain: true });
    const conflict = step(undeferred, { type: 'armedConflict.started', date: '2025-01-01' });
    expect(conflict?.context.conflicts.flat()).toEqual([{ from: '2025-01-01', to: null }]);
    expect(conflict?.explanation).toBe(undeferred.explanation);
    const ended = step(conflict!, { type: 'armedConflict.ended', date: '2025-02-01' });
    expect(ended?.context.conflicts.flat()).toEqual([{ from: '2025-01-01', to: '2025-02-01' }]);
    expect(ended?.explanation).toBe(undeferred.explanation);
  });

  it('lets time run out, and stops rather than loops where time cannot move the run', () => {
    const deposited = step(startRun(context), deposit);
    if (deposited === undefined) throw new Error('expected the deposit to be accepted');
    const expiry = deposited.context.noticeExpiresOn;
    expect([deposited.state.name, expiry]).toEqual(['noticePeriod', '2025-12-27']);
    const ranOut = runOut(deposited);
    expect([ranOut.state.name, ranOut.context.effectiveOn]).toEqual(['effective', expiry]);
    // No accepted event puts the clock past the date its state waits for; a run
    // built that way is returned as it is, with its state and deadline unmoved.
    const pastItsDeadline = { ...deposited, context: { ...deposited.context, date: '2026-01-10' as const } };
    expect(runOut(pastItsDeadline)).toBe(pastItsDeadline);
  });

  it('lets time run on through a change of state that keeps the date waited for', () => {
    // A machine whose period, at its end, first hands over to a copy of itself waiting
    // for the same date; only the copy takes effect.
    const config = withdrawalMachine.config as unknown as {
      states: Record<string, { on: Record<string, unknown> }>;
    };
    const period = config.states.noticePeriod as { on: Record<string, unknown> };
    const handOver = { guard: 'expiresUndeferred', target: 'noticeHandedOver', actions: 'tick' };
    const relay = createMachine({
      ...(config as object),
      states: {
        ...config.states,
        noticePeriod: { ...period, on: { ...period.on, 'clock.advanced': handOver } },
        noticeHandedOver: period,
      },
    } as never).provide(withdrawalMachine.implementations as never);
    const executor = createExecutor(relay);
    expect(executor.fallback).toBeUndefined();
    const deposited = step(startRun(context, {}, executor), deposit);
    if (deposited === undefined) throw new Error('expected the deposit to be accepted');
    const ranOut = runOut(deposited);
    expect([ranOut.state.name, ranOut.context.effectiveOn]).toEqual(['effective', '2025-12-27']);
  });
});

describe('the executor, on a machine whose clock is not guarded by date order', () => {
  // Every tick of the period taken, whatever its date: only the executor keeps the clock from going back.
  const config = withdrawalMachine.config as unknown as { states: Record<string, { on: Record<string, unknown> }> };
  const period = config.states.noticePeriod as { on: Record<string, unknown> };
  const unguarded = createMachine({
    ...(config as object),
    states: { ...config.states, noticePeriod: { ...period, on: { ...period.on, 'clock.advanced': { actions: 'tick' } } } },
  } as never).provide(withdrawalMachine.implementations as never);
  const executor = createExecutor(unguarded);
  const context = initialSnapshot({ treaty: 'ottawa' }).context;
  const deposited = step(startRun(context, {}, executor), { type: 'instrument.deposited', date: '2025-06-27' });
  if (deposited === undefined) throw new Error('expected the deposit to be accepted');

  it('takes a transition without a guard', () => {
    expect(executor.fallback).toBeUndefined();
    expect(step(deposited, { type: 'clock.advanced', date: '2025-06-01' })?.context.date).toBe('2025-06-01');
  });

  it('does not move time back, nor on a day when nothing is due', () => {
    expect(advanceRun(deposited, '2025-06-01')).toBe(deposited);
    expect(advanceRun(deposited, '2025-06-27')).toBe(deposited);
    expect(advanceRun(deposited, '2025-07-01').context.date).toBe('2025-07-01');
  });
});

describe('the executor, at load time, accepts', () => {
  it('a transition without a guard, which is always enabled', () => {
    const config = withdrawalMachine.config as unknown as {
      states: Record<string, { on: Record<string, Record<string, unknown>> }>;
    };
    const { guard: _guard, ...unguarded } = (config.states.deferred?.on['notification.revoked'] ?? {}) as Record<string, unknown>;
    const deferred = { ...config.states.deferred, on: { ...config.states.deferred?.on, 'notification.revoked': unguarded } };
    const compiled = compileMachine({ ...config, states: { ...config.states, deferred } });
    const [transition] = compiled.states.deferred.on.get('notification.revoked') ?? [];
    expect(transition?.guard).toBeUndefined();
    expect(transition?.target?.name).toBe('revoked');
  });
});
