/**
 * Issue #19, item 7 and the smaller points: hostile objects (throwing getters,
 * revoked proxies) become INVALID_INPUT at every entry point; toPersisted
 * refuses an actor in error; a custom profile may not reuse a shipped id.
 */

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { describeValue } from '../../src/errors/index.js';
import {
  addDays,
  addPeriod,
  applyEvent,
  compareDates,
  daysBetween,
  defineProcedure,
  defineTreaty,
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
  parseDate,
  parties,
  partyName,
  partyRecord,
  renderExplanation,
  renderTimeline,
  safeSimulate,
  simulate,
  statusOn,
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
    ['toICalendar (options)', 'INVALID_INPUT', 'options', hostile({}, 'calendarName'), (value) => toICalendar(result, value)],
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
