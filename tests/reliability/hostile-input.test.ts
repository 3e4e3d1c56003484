/**
 * Issue #19, item 7 and the smaller points: hostile objects (throwing getters,
 * revoked proxies) become INVALID_INPUT at every entry point; toPersisted
 * refuses an actor in error; a custom profile may not reuse a shipped id.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  applyEvent,
  explanationOf,
  fromPersisted,
  getTreaty,
  initialSnapshot,
  safeSimulate,
  simulate,
  toPersisted,
  withdrawalMachine,
  WithdrawalError,
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
    ['a proxy whose traps throw', new Proxy(scenario, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } })],
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
