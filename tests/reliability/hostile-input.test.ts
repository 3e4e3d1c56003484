/**
 * Issue #19, item 7 and the smaller points: hostile objects (throwing getters,
 * revoked proxies) become INVALID_INPUT at every entry point; toPersisted
 * refuses an actor in error; a custom profile may not reuse a shipped id.
 */

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { describeValue } from '../../src/errors/index.js';
import {
  acceptedEvents,
  addDays,
  addPeriod,
  applyEvent,
  checkNoticeTiming,
  checkTreatyInForce,
  compareDates,
  computeNoticeExpiry,
  daysBetween,
  defineProcedure,
  defineTreaty,
  describeEffectRule,
  earliestNoticeDate,
  effectRuleOf,
  entryIntoForceFor,
  explanationOf,
  formatDate,
  fromPersisted,
  ganttTimeline,
  getProcedure,
  getTreaty,
  headline,
  initialSnapshot,
  isBoundOn,
  machineDiagram,
  monteCarlo,
  noticeWindowFor,
  parseDate,
  parties,
  partyName,
  partyRecord,
  registerProcedures,
  registerTreaties,
  renderExplanation,
  renderTimeline,
  roundPeriodEnd,
  safeSimulate,
  simulate,
  simulateMany,
  statusOn,
  survivalUntil,
  termEndFor,
  toCSV,
  toICalendar,
  toPersisted,
  WithdrawalError,
  withdrawalMachine,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

function throwingGetter(base: Record<string, unknown>, key: string): Record<string, unknown> {
  const object = { ...base };
  Object.defineProperty(object, key, {
    enumerable: true,
    get() {
      throw new TypeError(`boom from ${key}`);
    },
  });
  return object;
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const scenario = { treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] };

describe('hostile objects (issue #19, repro 7)', () => {
  const hostileScenarios: [string, unknown][] = [
    ['a throwing getter on the scenario', throwingGetter(scenario, 'events')],
    ['a throwing getter on an event', { ...scenario, events: [throwingGetter({ type: 'law.signed' }, 'date')] }],
    ['a revoked proxy as the scenario', revoked()],
    ['a revoked proxy as an event', { ...scenario, events: [revoked()] }],
    [
      'a proxy whose traps throw',
      new Proxy(scenario, {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      }),
    ],
  ];

  it.each(hostileScenarios)('simulate reports %s as INVALID_INPUT, never a raw TypeError', (_, value) => {
    const error = errorOf(() => simulate(value as never));
    expect(error).toBeInstanceOf(WithdrawalError);
    expect(['INVALID_INPUT', 'INVALID_EVENT']).toContain(error.code);
    const safe = safeSimulate(value);
    expect(!safe.success && safe.error.code).toBe(error.code);
  });

  it('initialSnapshot reports a throwing getter or a revoked proxy as INVALID_INPUT', () => {
    expect(errorOf(() => initialSnapshot(throwingGetter({ treaty: 'ottawa' }, 'party') as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => initialSnapshot(revoked() as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => initialSnapshot(throwingGetter({}, 'treaty') as never)).message).toContain('boom from treaty');
  });

  it('applyEvent returns a refusal for a hostile event or snapshot instead of throwing', () => {
    const start = initialSnapshot({ treaty: 'ottawa' });
    for (const event of [throwingGetter({ type: 'law.signed' }, 'date'), revoked()]) {
      const result = applyEvent(start, event);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toBeInstanceOf(WithdrawalError);
    }
    const result = applyEvent(revoked() as never, { type: 'law.signed', date: '2025-01-01' });
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
  });

  it('fromPersisted and toPersisted report hostile values as WithdrawalErrors', () => {
    const envelope = JSON.parse(JSON.stringify(toPersisted(initialSnapshot({ treaty: 'ottawa' })))) as Record<string, unknown>;
    expect(errorOf(() => fromPersisted(throwingGetter(envelope, 'context'))).code).toBe('INVALID_INPUT');
    expect(errorOf(() => fromPersisted(revoked())).code).toBe('INVALID_INPUT');
    expect(errorOf(() => toPersisted(revoked() as never))).toBeInstanceOf(WithdrawalError);
  });
});

describe('more entry points with hostile values', () => {
  it('explanationOf reports a revoked proxy as INVALID_INPUT', () => {
    expect(errorOf(() => explanationOf(revoked() as never)).code).toBe('INVALID_INPUT');
  });

  it('addPeriod reports an unreadable period as INVALID_PERIOD', () => {
    expect(errorOf(() => addPeriod('2025-01-01', revoked() as never)).code).toBe('INVALID_PERIOD');
    expect(errorOf(() => addPeriod('2025-01-01', throwingGetter({}, 'months') as never)).code).toBe('INVALID_PERIOD');
  });
});

describe('toPersisted and an actor in error', () => {
  it('refuses the snapshot of an actor that stopped with an error', () => {
    const actor = createActor(withdrawalMachine, { input: { treaty: 'no-such-treaty' } as never });
    actor.subscribe({ error: () => undefined });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const error = errorOf(() => toPersisted(actor.getSnapshot()));
    expect(error.code).toBe('INVALID_SNAPSHOT');
    expect(error.path).toBe('status');
  });
});

describe('a custom profile reusing a shipped id', () => {
  const changed = { ...getTreaty('ottawa'), name: 'Not the Mine Ban Treaty' };

  it('is refused with INVALID_PROFILE when its rules differ, on every entry point', () => {
    const viaSimulate = errorOf(() => simulate({ treaty: changed, events: [] }));
    expect(viaSimulate.code).toBe('INVALID_PROFILE');
    expect(viaSimulate.path).toBe('treaty.id');
    expect(errorOf(() => initialSnapshot({ treaty: changed })).code).toBe('INVALID_PROFILE');
  });

  it('is the shipped profile when it is an identical copy (so persistence marks it shipped)', () => {
    const copy = JSON.parse(JSON.stringify(getTreaty('ottawa')));
    expect(simulate({ treaty: copy, events: [] }).treaty.id).toBe('ottawa');
    expect(toPersisted(initialSnapshot({ treaty: copy })).treaty).toEqual({ id: 'ottawa', version: 1, shipped: true });
  });
});

describe('the other entry points with hostile values (issue #19, item 7)', () => {
  const result = simulate(scenario as never);
  // What each entry point is given: a revoked proxy, and an object whose getter throws.
  const hostile = (base: Record<string, unknown>, key: string): [string, unknown][] => [
    ['a revoked proxy', revoked()],
    ['a throwing getter', throwingGetter(base, key)],
  ];
  const treaty = { ...getTreaty('ottawa'), id: 'hostile-treaty' } as Record<string, unknown>;
  const procedure = { ...getProcedure('none'), id: 'hostile-procedure' } as Record<string, unknown>;
  const resultObject = result as unknown as Record<string, unknown>;
  const cases: [string, string, string, [string, unknown][], (value: never) => unknown][] = [
    ['defineTreaty', 'INVALID_PROFILE', 'profile', hostile(treaty, 'withdrawal'), (value) => defineTreaty(value)],
    ['defineProcedure', 'INVALID_PROFILE', 'profile', hostile(procedure, 'steps'), (value) => defineProcedure(value)],
    ['statusOn (result)', 'INVALID_INPUT', 'result', hostile(resultObject, 'treaty'), (value) => statusOn(value, '2026-01-01')],
    ['statusOn (date)', 'INVALID_DATE', '', hostile({}, 'date'), (value) => statusOn(result, value)],
    ['isBoundOn (date)', 'INVALID_DATE', '', hostile({}, 'date'), (value) => isBoundOn(scenario as never, value)],
    [
      'monteCarlo',
      'INVALID_INPUT',
      'options',
      hostile({ runs: 1, seed: 1, scenario: () => scenario }, 'runs'),
      (value) => monteCarlo(value),
    ],
    ['toICalendar (results)', 'INVALID_INPUT', 'results', hostile(resultObject, 'events'), (value) => toICalendar(value)],
    ['toICalendar (options)', 'INVALID_INPUT', 'options', hostile({}, 'dtstamp'), (value) => toICalendar(result, value)],
    [
      'toCSV',
      'INVALID_INPUT',
      'results',
      [
        ['a revoked proxy', revoked()],
        ['a throwing getter', [throwingGetter(resultObject, 'outcome')]],
      ],
      (value) => toCSV(value),
    ],
    ['renderTimeline (result)', 'INVALID_INPUT', 'result', hostile(resultObject, 'treaty'), (value) => renderTimeline(value)],
    ['renderTimeline (options)', 'INVALID_INPUT', 'options', hostile({}, 'color'), (value) => renderTimeline(result, value)],
    ['renderExplanation', 'INVALID_INPUT', 'result', hostile(resultObject, 'treaty'), (value) => renderExplanation(value)],
    [
      'renderExplanation (options)',
      'INVALID_INPUT',
      'options',
      hostile({}, 'color'),
      (value) => renderExplanation(result, value),
    ],
    ['headline', 'INVALID_INPUT', 'result', hostile(resultObject, 'outcome'), (value) => headline(value)],
    ['ganttTimeline', 'INVALID_INPUT', 'result', hostile(resultObject, 'timeline'), (value) => ganttTimeline(value)],
    ['machineDiagram', 'INVALID_INPUT', 'options', hostile({}, 'notes'), (value) => machineDiagram(value)],
    [
      'addPeriod (options)',
      'INVALID_PERIOD',
      'options',
      hostile({}, 'overflow'),
      (value) => addPeriod('2025-01-01', { months: 1 }, value),
    ],
    ['formatDate', 'INVALID_DATE', 'parts', hostile({ year: 2025, month: 1 }, 'day'), (value) => formatDate(value)],
  ];
  const rows = cases.flatMap(([name, code, path, values, call]) =>
    values.map(([kind, value]) => [name, kind, code, path, value, call] as const),
  );

  it.each(rows)('%s reports %s as a WithdrawalError (%s), never a raw TypeError', (_, __, code, path, value, call) => {
    const error = errorOf(() => call(value as never));
    expect(error.code).toBe(code);
    if (path !== '') expect(error.path).toBe(path);
  });

  it.each([
    ['addDays', () => addDays(revoked() as never, 1)],
    ['daysBetween', () => daysBetween(revoked() as never, '2025-01-01')],
    ['compareDates', () => compareDates('2025-01-01', revoked() as never)],
    ['parseDate', () => parseDate(revoked() as never)],
  ])('%s reports a revoked proxy as INVALID_DATE', (_, call) => {
    expect(errorOf(call).code).toBe('INVALID_DATE');
  });

  it('the party look-ups answer undefined for a revoked proxy or a value whose toString throws', () => {
    const throwingString = {
      toString: () => {
        throw new TypeError('boom');
      },
    };
    for (const value of [revoked(), throwingString]) {
      expect(parties(value as never)).toBeUndefined();
      expect(partyRecord('ottawa', value as never)).toBeUndefined();
      expect(partyRecord(value as never, 'POL')).toBeUndefined();
      expect(partyName(value as never)).toBeUndefined();
    }
    expect(partyRecord('ottawa', 'pol')?.entryIntoForce).toBe('2013-06-01');
  });
});

describe('the registries, simulateMany, entryIntoForceFor, the notice helpers and acceptedEvents (issue #19, item 7)', () => {
  const ottawa = getTreaty('ottawa');
  const table = parties('ottawa') as NonNullable<ReturnType<typeof parties>>;
  const genocideRule = {
    kind: 'end-of-term',
    firstTerm: { years: 10 },
    renewalTerm: { years: 5 },
    noticeBefore: { months: 6 },
    article: 'Art. XIV',
    source: 'https://example.org/genocide',
  } as const;
  const clause = {
    period: { years: 20 },
    scope: 'existing investments',
    article: 'Art. 47(3)',
    source: 'https://example.org/ect',
  };
  const iteratorThatThrows = {
    [Symbol.iterator]() {
      throw new TypeError('no iterator today');
    },
  };
  // [entry point, what it is given, the code and path it must report]
  const cases: [string, string, () => unknown, string, string][] = [
    ['registerTreaties', 'a revoked proxy', () => registerTreaties(revoked() as never), 'INVALID_PROFILE', 'profiles[0]'],
    [
      'registerTreaties',
      'a throwing getter',
      () => registerTreaties(throwingGetter({ ...ottawa, id: 'hostile-a' }, 'withdrawal') as never),
      'INVALID_PROFILE',
      'profiles[0]',
    ],
    [
      'registerTreaties',
      'a profile of the wrong shape',
      () => registerTreaties(ottawa, { ...ottawa, id: 'hostile-b', withdrawal: 'six months' } as never),
      'INVALID_PROFILE',
      'profiles[1].withdrawal',
    ],
    ['registerTreaties', 'a number', () => registerTreaties(5 as never), 'INVALID_PROFILE', 'profiles[0]'],
    ['registerProcedures', 'a revoked proxy', () => registerProcedures(revoked() as never), 'INVALID_PROFILE', 'profiles[0]'],
    [
      'registerProcedures',
      'a profile of the wrong shape',
      () => registerProcedures({ ...getProcedure('none'), id: 'hostile-c', steps: 'none' } as never),
      'INVALID_PROFILE',
      'profiles[0].steps',
    ],
    ['simulateMany', 'a revoked proxy', () => simulateMany(revoked() as never), 'INVALID_INPUT', 'scenarios'],
    ['simulateMany', 'a number', () => simulateMany(5 as never), 'INVALID_INPUT', 'scenarios'],
    ['simulateMany', 'an iterator that throws', () => simulateMany(iteratorThatThrows as never), 'INVALID_INPUT', 'scenarios'],
    ['entryIntoForceFor', 'a revoked proxy', () => entryIntoForceFor(revoked() as never, '2020-01-01'), 'INVALID_INPUT', 'table'],
    [
      'entryIntoForceFor',
      'a table without a rule',
      () => entryIntoForceFor({} as never, '2020-01-01'),
      'INVALID_INPUT',
      'table.rule',
    ],
    [
      'entryIntoForceFor',
      'a throwing getter',
      () => entryIntoForceFor(throwingGetter({ ...table }, 'rule') as never, '2020-01-01'),
      'INVALID_INPUT',
      'table',
    ],
    ['describeEffectRule', 'a revoked proxy', () => describeEffectRule(revoked() as never), 'INVALID_INPUT', 'rule'],
    ['describeEffectRule', 'a number', () => describeEffectRule(5 as never), 'INVALID_INPUT', 'rule'],
    ['describeEffectRule', 'a rule without kind', () => describeEffectRule({} as never), 'INVALID_INPUT', 'rule.kind'],
    [
      'computeNoticeExpiry',
      'a revoked proxy profile',
      () => computeNoticeExpiry(revoked() as never, { receivedOn: '2025-08-20' }),
      'INVALID_PROFILE',
      'profile',
    ],
    [
      'computeNoticeExpiry',
      'an empty profile',
      () => computeNoticeExpiry({} as never, { receivedOn: '2025-08-20' }),
      'INVALID_PROFILE',
      'profile.id',
    ],
    ['computeNoticeExpiry', 'revoked facts', () => computeNoticeExpiry(ottawa, revoked() as never), 'INVALID_INPUT', 'facts'],
    ['computeNoticeExpiry', 'null facts', () => computeNoticeExpiry(ottawa, null as never), 'INVALID_INPUT', 'facts'],
    [
      'computeNoticeExpiry',
      'reasons of the wrong type',
      () => computeNoticeExpiry(ottawa, { receivedOn: '2025-08-20', reasons: 5 } as never),
      'INVALID_INPUT',
      'facts.reasons',
    ],
    [
      'checkTreatyInForce',
      'a revoked proxy',
      () => checkTreatyInForce(revoked() as never, '2025-01-01'),
      'INVALID_PROFILE',
      'profile',
    ],
    [
      'checkTreatyInForce',
      'a revoked proxy date',
      () => checkTreatyInForce(ottawa, revoked() as never),
      'INVALID_DATE',
      'receivedOn',
    ],
    [
      'checkNoticeTiming',
      'a revoked proxy',
      () => checkNoticeTiming(revoked() as never, '2025-01-01', null),
      'INVALID_PROFILE',
      'profile',
    ],
    ['earliestNoticeDate', 'a revoked proxy', () => earliestNoticeDate(revoked() as never, null), 'INVALID_PROFILE', 'profile'],
    ['effectRuleOf', 'a revoked proxy', () => effectRuleOf(revoked() as never), 'INVALID_PROFILE', 'profile'],
    [
      'effectRuleOf',
      'a profile without withdrawal',
      () => effectRuleOf({ ...ottawa, withdrawal: undefined } as never),
      'INVALID_PROFILE',
      'profile.withdrawal',
    ],
    ['noticeWindowFor', 'a revoked proxy', () => noticeWindowFor(revoked() as never, '2025-01-01'), 'INVALID_PROFILE', 'profile'],
    ['termEndFor', 'a revoked proxy', () => termEndFor(revoked() as never, '1951-01-12', '2025-07-12'), 'INVALID_INPUT', 'rule'],
    [
      'termEndFor',
      'a revoked proxy date',
      () => termEndFor(genocideRule, '1951-01-12', revoked() as never),
      'INVALID_DATE',
      'receivedOn',
    ],
    ['survivalUntil', 'a revoked proxy', () => survivalUntil('2016-01-01', revoked() as never), 'INVALID_INPUT', 'clause'],
    [
      'roundPeriodEnd',
      'an unknown rounding',
      () => roundPeriodEnd('2021-06-22', 'first-of-next-week' as never),
      'INVALID_INPUT',
      'rounding',
    ],
    ['acceptedEvents', 'a revoked proxy', () => acceptedEvents(revoked() as never), 'INVALID_INPUT', 'state'],
    ['acceptedEvents', 'an object', () => acceptedEvents({} as never), 'INVALID_INPUT', 'state'],
  ];

  it.each(cases)('%s reports %s as a WithdrawalError, never a raw TypeError', (_, __, call, code, path) => {
    const error = errorOf(call);
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
  });

  it('registerTreaties registers none of its profiles when one is refused, and the valid ones otherwise', () => {
    const good = defineTreaty({ ...ottawa, id: 'hostile-good' });
    expect(errorOf(() => registerTreaties(good, revoked() as never)).code).toBe('INVALID_PROFILE');
    const scenario = { treaty: 'hostile-good', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] };
    expect(errorOf(() => simulate(scenario as never)).code).toBe('UNKNOWN_TREATY');
    registerTreaties(good);
    expect(simulate(scenario as never).effectiveOn).toBe('2025-12-27');
  });

  it('the checked helpers give the same answers as before for valid arguments', () => {
    expect(describeEffectRule(ottawa.withdrawal.effect)).toBe('6 months after receipt');
    expect(describeEffectRule(undefined)).toContain('no right of withdrawal');
    expect(effectRuleOf(ottawa)).toEqual(ottawa.withdrawal.effect);
    expect(entryIntoForceFor(table, '2012-12-27')).toBe('2013-06-01');
    expect(termEndFor(genocideRule, '1951-01-12', '2025-07-13').endsOn).toBe('2031-01-12');
    expect(survivalUntil('2016-01-01', clause)).toBe('2035-12-31');
    expect(acceptedEvents('constructor' as never)).toEqual([]);
    expect(simulateMany(new Set([{ treaty: 'ottawa', events: [] }])).map((r) => r.success)).toEqual([true]);
  });
});

describe('describeValue is total', () => {
  it('describes a revoked proxy, a revoked proxy array and a throwing getter without throwing', () => {
    expect(describeValue(revoked())).toBe('an unreadable object (a revoked proxy)');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue(proxy)).toBe('an unreadable object (a revoked proxy)');
    expect(describeValue(throwingGetter({}, 'x'))).toContain('object');
    expect(
      describeValue(
        new Proxy([], {
          get: () => {
            throw new Error('trap');
          },
        }),
      ),
    ).toBe('an array');
  });
});
