/**
 * Edges of profiles, scenarios, the executor and the Monte-Carlo helper: bad
 * references, boundaries of the notice rules, and the load-time refusals of
 * the executor. Written from the survivors of a mutation run (npm run mutate).
 */
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../src/index.js';
import {
  computeNoticeExpiry,
  createRandom,
  defineProcedure,
  defineTreaty,
  getProcedure,
  getTreaty,
  initialSnapshot,
  isTreatyId,
  monteCarlo,
  parseScenario,
  type Scenario,
  safeSimulate,
  simulate,
  type WithdrawalEvent,
  withdrawalMachine,
} from '../src/index.js';
import { compiledStates, compileMachine, explanationSteps, startRun, step } from '../src/machine/executor.js';
import { resolveProcedure } from '../src/procedures/registry.js';
import { resolveTreaty } from '../src/treaties/registry.js';
import { errorOf } from './helpers.js';

describe('profile references', () => {
  it('take a shipped profile object as it is, without parsing it again', () => {
    expect(resolveTreaty(getTreaty('ottawa'))).toBe(getTreaty('ottawa'));
    expect(resolveProcedure(getProcedure('ukraine'))).toBe(getProcedure('ukraine'));
    expect(parseScenario({ treaty: getTreaty('ottawa'), events: [] }).treaty).toBe(getTreaty('ottawa'));
    // A copy is validated and comes back as a new object.
    const copy = { ...getTreaty('ottawa'), id: 'mine' };
    expect(resolveTreaty(copy)).not.toBe(copy);
    expect(resolveTreaty(copy).id).toBe('mine');
  });

  it('in a machine input, refuse what is neither an id nor a profile object, naming the field', () => {
    for (const treaty of [5, null, []]) {
      const error = errorOf(() => initialSnapshot({ treaty } as never));
      expect(error.code).toBe('INVALID_PROFILE');
      expect(error.path).toBe('treaty');
      expect(error.message).toMatch(
        /^treaty: expected a treaty id \(\w[\w-]*, \w[\w-]*, \w[\w-]*, …\) or a profile object, got /,
      );
    }
    for (const procedure of [5, null, []]) {
      const error = errorOf(() => initialSnapshot({ treaty: 'ottawa', procedure } as never));
      expect(error.code).toBe('INVALID_PROFILE');
      expect(error.message).toMatch(
        /^procedure: expected a procedure id \(none, executive, parliamentary, ukraine, poland\) or a profile object, got /,
      );
    }
    const badProfile = errorOf(() => initialSnapshot({ treaty: { id: 'x' } } as never));
    expect(badProfile.code).toBe('INVALID_PROFILE');
    expect(badProfile.path).toMatch(/^treaty\./);
    const badProcedure = errorOf(() => initialSnapshot({ treaty: 'ottawa', procedure: { id: 'x' } } as never));
    expect(badProcedure.code).toBe('INVALID_PROFILE');
    expect(badProcedure.path).toMatch(/^procedure\./);
  });

  it('by id: unknown ids are refused with the list of known ones', () => {
    const procedure = errorOf(() => getProcedure('presidential'));
    expect(procedure.toJSON()).toEqual({
      code: 'UNKNOWN_PROCEDURE',
      message:
        'unknown procedure "presidential"; known procedures: none, executive, parliamentary, ukraine, poland (or pass a profile object)',
      path: 'procedure',
    });
    expect(errorOf(() => getProcedure(5 as never)).code).toBe('UNKNOWN_PROCEDURE');
    expect(errorOf(() => getTreaty(5 as never)).code).toBe('UNKNOWN_TREATY');
    expect(errorOf(() => getTreaty('otawa')).path).toBe('treaty');
    expect(isTreatyId(5)).toBe(false);
    expect(isTreatyId('ottawa')).toBe(true);
  });

  it('defined by hand: a value that is not an object is named as the profile', () => {
    expect(errorOf(() => defineTreaty(5 as never)).message).toBe('treaty profile: must be an object, got 5');
    expect(errorOf(() => defineProcedure(5 as never)).message).toBe('procedure profile: must be an object, got 5');
    const steps = getProcedure('ukraine').steps;
    const twice = errorOf(() =>
      defineProcedure({ ...getProcedure('ukraine'), id: 'twice', steps: [...steps, steps[0]] as never }),
    );
    expect(twice.code).toBe('INVALID_PROFILE');
    expect(defineProcedure({ ...getProcedure('ukraine'), id: 'once' }).steps).toHaveLength(3);
  });

  it('defined by hand: periods are whole and not negative (zero: effect upon receipt) and fixed days must exist', () => {
    const ottawa = getTreaty('ottawa');
    const period = (p: object) => ({
      ...ottawa,
      withdrawal: { ...ottawa.withdrawal, effect: { ...ottawa.withdrawal.effect, period: p } },
    });
    expect(errorOf(() => defineTreaty(period({ months: -1 }) as never)).code).toBe('INVALID_PROFILE');
    expect(errorOf(() => defineTreaty(period({ months: 1.5 }) as never)).code).toBe('INVALID_PROFILE');
    expect(defineTreaty(period({ months: 0 }) as never).withdrawal.effect).toMatchObject({ period: { months: 0 } });
    expect(defineTreaty(period({ days: 1 }) as never).withdrawal.effect).toMatchObject({ period: { days: 1 } });
    const icrw = getTreaty('icrw');
    const effectOn = (day: string) => ({
      ...icrw,
      withdrawal: { ...icrw.withdrawal, effect: { ...icrw.withdrawal.effect, effectOn: day } },
    });
    expect(errorOf(() => defineTreaty(effectOn('04-31') as never)).code).toBe('INVALID_PROFILE');
    expect(defineTreaty(effectOn('04-30') as never).withdrawal.effect).toMatchObject({ effectOn: '04-30' });
  });
});

describe('scenarios', () => {
  it('tell an unusable profile reference from an invalid profile', () => {
    const code = (scenario: object) =>
      (safeSimulate({ events: [], ...scenario }) as { error: { code: string; message: string } }).error;
    expect(code({ treaty: 5 })).toEqual(
      expect.objectContaining({ code: 'INVALID_INPUT', message: 'treaty: expected a treaty id or a profile object, got 5' }),
    );
    expect(code({ treaty: null }).code).toBe('INVALID_INPUT');
    expect(code({ treaty: [] }).code).toBe('INVALID_INPUT');
    expect(code({ treaty: { id: 'x' } }).code).toBe('INVALID_PROFILE');
    expect(code({ treaty: 'ottawa', procedure: { id: 'x' } }).code).toBe('INVALID_PROFILE');
    expect(code({ treaty: 'ottawa', procedure: 5 }).message).toBe(
      'procedure: expected a procedure id or a profile object, got 5',
    );
  });

  it('name the scenario for a problem at its root', () => {
    const result = safeSimulate({ treaty: 'ottawa', events: [], extra: 1, more: 2 } as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toBe('scenario: unknown fields "extra", "more"');
    const party = safeSimulate({ treaty: 'ottawa', party: {}, events: [] } as never);
    expect(party.success === false && party.error.code).toBe('INVALID_INPUT');
    const nothing = safeSimulate({ treaty: null, events: [] } as never);
    expect(nothing.success === false && nothing.error.message).toBe('treaty: expected a treaty id or a profile object, got null');
  });

  it('sort long event lists by date, keeping the given order on each day', () => {
    // Beyond 22 elements V8 sorts by merging runs, which uses every branch of the comparator.
    const events: WithdrawalEvent[] = [];
    for (let day = 28; day >= 1; day--) {
      const date = `2024-02-${String(day).padStart(2, '0')}` as CalendarDate;
      events.push({ type: 'armedConflict.started', date }, { type: 'armedConflict.ended', date });
    }
    const result = simulate({ treaty: 'ottawa', events });
    expect(result.events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(result.events.slice(0, 2).map((e) => e.type)).toEqual(['armedConflict.started', 'armedConflict.ended']);
  });

  it('apply events in date order, keeping the given order on the same day', () => {
    const sameDay = simulate({
      treaty: 'ottawa',
      events: [
        { type: 'armedConflict.started', date: '2025-01-01' },
        { type: 'armedConflict.ended', date: '2025-01-01' },
        { type: 'armedConflict.started', date: '2025-01-01' },
        { type: 'instrument.deposited', date: '2025-03-01', reasons: 'r' },
      ],
    });
    expect(sameDay.outcome).toBe('deferred');
    const reversed = simulate({
      treaty: 'ottawa',
      events: [
        { type: 'instrument.deposited', date: '2025-03-01', reasons: 'r' },
        { type: 'armedConflict.started', date: '2025-01-01' },
      ],
    });
    expect(reversed.outcome).toBe('deferred');
    expect(reversed.events.map((e) => e.type)).toEqual(['armedConflict.started', 'instrument.deposited']);
  });

  it('name the field of a refused event by its index in the scenario', () => {
    const result = safeSimulate({
      treaty: 'icsid',
      events: [{ type: 'instrument.deposited', date: '2019-11-03', laterDate: '2020-11-03' }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.path).toBe('events[0].laterDate');
      expect(result.error.message).toMatch(/^events\[0\] \(instrument\.deposited on 2019-11-03\): /);
    }
  });

  it('project no effective date for a suspension that runs out without one', () => {
    const result = simulate({
      treaty: 'ottawa',
      asOf: '2025-02-01',
      events: [{ type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' }],
    });
    expect(result.effectiveOn).toBeNull();
    expect(result.effectiveOnProjected).toBe(false);
  });

  it('safeSimulate turns an unexpected exception into a WithdrawalError', () => {
    const hostile = {
      get treaty(): string {
        throw new TypeError('boom');
      },
      events: [],
    };
    const result = safeSimulate(hostile as unknown as Scenario);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toBe(
        'scenario: could not be read (TypeError: boom); pass plain data: objects and arrays without throwing getters or revoked proxies',
      );
    }
  });
});

describe('notice rules at their boundaries', () => {
  it('name the fact whose date is not a date', () => {
    const ottawa = getTreaty('ottawa');
    expect(errorOf(() => computeNoticeExpiry(ottawa, { receivedOn: '2025-01-01', entryIntoForce: '2025-02-30' })).path).toBe(
      'entryIntoForce',
    );
    expect(errorOf(() => computeNoticeExpiry(ottawa, { receivedOn: '2025-01-01', laterDate: '2025-02-30' })).path).toBe(
      'laterDate',
    );
    expect(errorOf(() => computeNoticeExpiry(ottawa, { receivedOn: '2025-02-30' })).path).toBe('receivedOn');
  });

  it('warn when the reasons are only white space', () => {
    const warnings = computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-01-01', reasons: '  \n' }).warnings;
    expect(warnings.map((w) => w.code)).toEqual(['REASONS_MISSING']);
  });

  it('refuse notice from the day a treaty terminated, not the day before', () => {
    const inf = getTreaty('inf');
    const on = errorOf(() => computeNoticeExpiry(inf, { receivedOn: inf.terminatedOn as CalendarDate, reasons: 'r' }));
    expect(on.code).toBe('TREATY_NOT_IN_FORCE');
    expect(on.message).toContain('ceased to be in force on 2019-08-02');
    expect(computeNoticeExpiry(inf, { receivedOn: '2019-08-01', reasons: 'r' }).warnings).toEqual([]);
  });

  it('cite the depositary’s practice where it counts one day more', () => {
    const icsid = getTreaty('icsid');
    const effect = icsid.withdrawal.effect as { countingSource?: string; source: string };
    const step = computeNoticeExpiry(icsid, { receivedOn: '2012-01-24' }).steps.find((s) => s.fact === 'period-end');
    expect(step?.source).toBe(effect.countingSource);
    expect(step?.source).not.toBe(effect.source);
  });

  it('let a later date govern only when it is later than the period’s end', () => {
    const rome = getTreaty('rome-statute');
    const end = computeNoticeExpiry(rome, { receivedOn: '2025-06-02' }).expiresOn;
    const same = computeNoticeExpiry(rome, { receivedOn: '2025-06-02', laterDate: end });
    expect(same.expiresOn).toBe(end);
    expect(same.steps.some((s) => s.fact === 'later-date')).toBe(false);
  });

  it('check a later date where the treaty allows one', () => {
    const error = errorOf(() =>
      computeNoticeExpiry(getTreaty('rome-statute'), { receivedOn: '2025-01-01', laterDate: '2026-02-30' }),
    );
    expect(error.code).toBe('INVALID_DATE');
    expect(error.path).toBe('laterDate');
  });

  it('take effect in 9999 at the latest', () => {
    const icrw = getTreaty('icrw');
    expect(computeNoticeExpiry(icrw, { receivedOn: '9998-05-01' }).expiresOn.startsWith('9999-')).toBe(true);
  });

  it('refuse a calendar rule that would take effect after 9999', () => {
    const error = errorOf(() => computeNoticeExpiry(getTreaty('icrw'), { receivedOn: '9999-05-01' }));
    expect(error.code).toBe('DATE_OUT_OF_RANGE');
    expect(error.message).toBe('notice received on 9999-05-01 would take effect after 9999-12-31');
  });
});

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
    ['a machine-level key', { ...config, after: {} }, "the machine uses 'after'"],
    [
      'a root transition that is not the refusal',
      { ...config, on: { 'decree.signed': { actions: 'recordStep' } } },
      'root transitions other than the catch-all',
    ],
    [
      'a root catch-all with a target',
      { ...config, on: { '*': { actions: 'refuse', target: 'effective' } } },
      'root transitions other than the catch-all',
    ],
    [
      'a root catch-all with another action',
      { ...config, on: { '*': { actions: 'tick' } } },
      'root transitions other than the catch-all',
    ],
    ['schemas', { ...config, schemas: {} }, 'the machine uses schemas'],
    ['a context object', { ...config, context: {} }, 'the machine uses a non-function context'],
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
    [
      'a string transition',
      withTransition(() => 'revoked' as never),
      "state 'deferred', event 'notification.revoked' #0 uses a non-object transition",
    ],
    ['a transition key', withTransition((t) => ({ ...t, reenter: true })), "#0 uses 'reenter'"],
    ['an inline guard', withTransition((t) => ({ ...t, guard: () => true })), '#0 uses a guard that is not a named plain guard'],
    ['an unknown guard', withTransition((t) => ({ ...t, guard: 'nope' })), '#0 uses a guard that is not a named plain guard'],
    [
      'a deep target',
      withTransition((t) => ({ ...t, target: '#withdrawal.revoked' })),
      '#0 uses a target that is not a sibling state name',
    ],
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
    ['a missing initial state', { ...config, initial: 'start' }, "the machine uses initial state 'start' that does not exist"],
    ['a state without meta', withState('deferred', ({ meta: _meta, ...s }) => s), "state 'deferred' uses no meta.outcome"],
    ['a null transition', withTransition(() => null as never), '#0 uses a non-object transition'],
    [
      'a list of targets',
      withTransition((t) => ({ ...t, target: ['revoked'] })),
      '#0 uses a target that is not a sibling state name',
    ],
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
  ])('refuses %s', (_name, doctored, message) => {
    expect(refusal(doctored)).toContain(message);
    expect(refusal(doctored)).toMatch(/^treaty-withdrawal executor: .*; extend src\/machine\/executor\.ts$/);
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
    expect(full?.context.log).toEqual([deposit]);
    expect(explanationSteps(full!.explanation!).map((s) => s.fact)).toEqual(['receipt', 'period-end']);
    expect(explanationSteps(plain?.explanation)).toEqual([]);
    // An event that explains nothing adds no link to the chain.
    const ticked = step(full!, { type: 'clock.advanced', date: '2025-07-01' });
    expect(ticked?.explanation).toBe(full?.explanation);
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

describe('Monte-Carlo helpers', () => {
  it('draw a fixed sequence for a seed', () => {
    const random = createRandom(42);
    expect([random.next(), random.next(), random.int(1, 6)]).toMatchInlineSnapshot(`
      [
        0.21884025167673826,
        0.9193855235353112,
        1,
      ]
    `);
    expect(createRandom(7).int(5, 5)).toBe(5);
  });

  it('say what is wrong with their arguments', () => {
    expect(errorOf(() => createRandom(1.5)).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'seed: expected a whole number, got 1.5',
      path: 'seed',
    });
    expect(errorOf(() => createRandom(1).int(6, 1)).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'int(6, 1): expected whole numbers with min <= max',
    });
    expect(errorOf(() => createRandom(1).pick([])).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'pick: no items to pick from',
    });
    expect(errorOf(() => monteCarlo({ runs: 0, seed: 1, scenario: () => ({ treaty: 'ottawa', events: [] }) })).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'runs: expected a whole number from 1 to 1000000, got 0',
      path: 'runs',
    });
    expect(errorOf(() => monteCarlo({ runs: 1, seed: 1, scenario: 'ottawa' as never })).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'scenario: expected a function (random, run) => Scenario',
      path: 'scenario',
    });
  });

  it('accept up to a million runs', () => {
    const stop = new Error('stop after the first run');
    const first = () => {
      throw stop;
    };
    expect(() => monteCarlo({ runs: 1_000_000, seed: 1, scenario: first })).toThrow(stop);
    expect(errorOf(() => monteCarlo({ runs: 1_000_001, seed: 1, scenario: first })).code).toBe('INVALID_INPUT');
  });
});
