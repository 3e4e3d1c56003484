import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import {
  applyEvent,
  defineTreaty,
  fromPersisted,
  getTreaty,
  initialSnapshot,
  type Scenario,
  safeSimulate,
  simulate,
  toPersisted,
  WithdrawalError,
  type WithdrawalEvent,
  type WithdrawalSnapshot,
  withdrawalMachine,
} from '../../src/index.js';
import { parseScenario } from '../../src/simulate/simulate.js';
import { runs, scenarioArb, suspendable } from '../arbitraries.js';
import { applyAll, errorOf } from '../helpers.js';

/** One snapshot in each state the machine can reach. */
function snapshotsInEveryState(): WithdrawalSnapshot[] {
  const ukraine = { treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' } as const;
  const conflict: WithdrawalEvent = { type: 'armedConflict.started', date: '2022-02-24' };
  const steps: WithdrawalEvent[] = [
    { type: 'decree.signed', date: '2025-06-29' },
    { type: 'parliament.approved', date: '2025-07-15' },
    { type: 'law.signed', date: '2025-07-15' },
  ];
  const deposit: WithdrawalEvent = { type: 'instrument.deposited', date: '2025-07-18', reasons: 'r' };
  const notice: WithdrawalEvent = { type: 'suspension.notified', date: '2025-07-18', ground: 'fundamental-change' };
  return [
    applyAll(initialSnapshot(ukraine), [conflict, ...steps]),
    applyAll(initialSnapshot(ukraine), [conflict, ...steps, deposit]),
    applyAll(initialSnapshot(ukraine), [conflict, ...steps, deposit, { type: 'clock.advanced', date: '2026-06-01' }]),
    applyAll(initialSnapshot(ukraine), [...steps, deposit, { type: 'clock.advanced', date: '2026-06-01' }]),
    applyAll(initialSnapshot(ukraine), [...steps, deposit, { type: 'notification.revoked', date: '2025-09-01' }]),
    applyAll(initialSnapshot(ukraine), [steps[0] as WithdrawalEvent, { type: 'parliament.rejected', date: '2025-07-15' }]),
    applyAll(initialSnapshot(ukraine), [conflict, notice]),
    applyAll(initialSnapshot(ukraine), [conflict, notice, { type: 'objection.raised', date: '2025-10-17', by: 'Switzerland' }]),
    applyAll(initialSnapshot({ treaty: suspendable }), [notice, { type: 'clock.advanced', date: '2025-11-01' }]),
  ];
}

describe('persistence', () => {
  const snapshots = snapshotsInEveryState();

  it('covers every state of the machine', () => {
    expect(new Set(snapshots.map((s) => s.value))).toEqual(new Set(Object.keys(withdrawalMachine.config.states ?? {})));
  });

  it.each(snapshots.map((s) => [s.value, s] as const))('round-trips %s through JSON unchanged', (_state, snapshot) => {
    const restored = fromPersisted(JSON.parse(JSON.stringify(toPersisted(snapshot))));
    expect(restored.value).toBe(snapshot.value);
    expect(restored.status).toBe(snapshot.status);
    expect(restored.context).toEqual(snapshot.context);
    expect(toPersisted(restored)).toEqual(toPersisted(snapshot));
  });

  /** Every leaf of a JSON value, as a path. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
    return [path];
  }

  function corrupt(value: unknown): unknown {
    if (typeof value === 'string')
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.replace(/\d$/, (d) => String((Number(d) + 1) % 10)) : `${value}x`;
    if (typeof value === 'number') return value + 1;
    if (typeof value === 'boolean') return !value;
    return 'corrupt';
  }

  it.each(snapshots.map((s) => [s.value, s] as const))(
    'refuses every single-field corruption of a %s envelope',
    (_state, snapshot) => {
      const json = JSON.parse(JSON.stringify(toPersisted(snapshot))) as Record<string, unknown>;
      const paths = leaves(json);
      expect(paths.length).toBeGreaterThan(50);
      for (const path of paths) {
        const copy = structuredClone(json);
        let parent = copy as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const last = path[path.length - 1] as string | number;
        parent[last] = corrupt(parent[last]);
        let error: unknown;
        try {
          fromPersisted(copy);
        } catch (caught) {
          error = caught;
        }
        expect(error, path.join('.')).toBeInstanceOf(WithdrawalError);
        expect((error as WithdrawalError).code, path.join('.')).toBe('INVALID_SNAPSHOT');
      }
    },
  );

  it('refuses removed fields, foreign objects, future versions and non-JSON', () => {
    const envelope = toPersisted(snapshots[1] as WithdrawalSnapshot) as unknown as Record<string, unknown>;
    for (const key of Object.keys(envelope)) {
      const { [key]: _removed, ...rest } = envelope;
      expect(() => fromPersisted(rest), key).toThrow(WithdrawalError);
    }
    const codeOf = (value: unknown) => errorOf(() => fromPersisted(value)).code;
    expect(codeOf({ ...envelope, schemaVersion: 4 })).toBe('INVALID_SNAPSHOT');
    expect(() => fromPersisted({ ...envelope, schemaVersion: 4 })).toThrow(/newer than this library reads/);
    // 0.1 envelopes held the explanation, not the log it is now derived from.
    expect(codeOf({ ...envelope, schemaVersion: 1 })).toBe('INVALID_SNAPSHOT');
    const v1 = errorOf(() => fromPersisted({ ...envelope, schemaVersion: 1 }));
    expect(v1.message).toMatch(
      /version 1 \(treaty-withdrawal 0\.1\) holds no log.*; replay the events from the start with applyEvent or simulate$/,
    );
    expect(v1.path).toBe('schemaVersion');
    expect(errorOf(() => fromPersisted({ ...envelope, schemaVersion: 4 })).path).toBe('schemaVersion');
    // A version that is not a number is a malformed envelope, not a newer one.
    const text = errorOf(() => fromPersisted({ ...envelope, schemaVersion: '4' }));
    expect(text.code).toBe('INVALID_SNAPSHOT');
    expect(text.message).not.toMatch(/newer/);
    for (const value of [null, 42, 'not json', '[]', [], { format: 'xstate' }, undefined])
      expect(codeOf(value)).toBe('INVALID_SNAPSHOT');
  });
});

describe('hostile keys', () => {
  const hostile = [
    '{"__proto__": {"polluted": 1}, "treaty": "ottawa", "events": []}',
    '{"treaty": "ottawa", "events": [{"type": "decree.signed", "date": "2025-01-01", "__proto__": {"polluted": 1}}]}',
    '{"treaty": "ottawa", "events": [], "constructor": {"prototype": {"polluted": 1}}}',
    '{"treaty": {"__proto__": {"polluted": 1}, "id": "x"}, "events": []}',
    '{"treaty": "ottawa", "procedure": {"constructor": {"prototype": {"polluted": 1}}}, "events": []}',
    '{"treaty": "ottawa", "events": [{"type": "instrument.deposited", "date": "2025-01-01", "constructor": {"prototype": {"polluted": 1}}}]}',
  ];

  it.each(hostile)('change nothing outside the input: %s', (text) => {
    const result = safeSimulate(JSON.parse(text));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(/unknown field|__proto__|constructor|is required/);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('are refused in profiles, events and envelopes too', () => {
    expect(() => defineTreaty(JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(getTreaty('att')).slice(1)}`))).toThrow(
      WithdrawalError,
    );
    const refused = applyEvent(
      initialSnapshot({ treaty: 'ottawa' }),
      JSON.parse('{"type":"decree.signed","date":"2025-01-01","__proto__":{"polluted":1}}'),
    );
    expect(refused.ok).toBe(false);
    const envelope = JSON.stringify(toPersisted(initialSnapshot({ treaty: 'ottawa' })));
    expect(() => fromPersisted(envelope.replace('"context":{', '"context":{"__proto__":{"polluted":1},'))).toThrow(
      WithdrawalError,
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('size limits', () => {
  it('refuses a scenario of 100 000 events with a clear limit, before validating them', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      type: 'clock.advanced',
      date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const result = safeSimulate({ treaty: 'ottawa', events });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toBe('events: 100000 events is more than the limit of 10000');
  });

  it('simulates the largest allowed scenario', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      type: 'clock.advanced' as const,
      date: '2025-01-01' as const,
      note: String(i),
    }));
    expect(simulate({ treaty: 'ottawa', events }).events).toHaveLength(10_000);
  });

  it('answers deeply nested JSON with an error, not a stack overflow', () => {
    const depth = 100_000;
    const nested = JSON.parse('['.repeat(depth) + ']'.repeat(depth));
    for (const scenario of [
      nested,
      { treaty: nested, events: [] },
      { treaty: 'ottawa', events: nested },
      { treaty: 'ottawa', events: [{ type: 'x', date: nested }] },
    ]) {
      const result = safeSimulate(scenario);
      expect(result.success).toBe(false);
    }
    expect(() => fromPersisted({ format: 'treaty-withdrawal/snapshot', schemaVersion: 1, context: nested })).toThrow(
      WithdrawalError,
    );
  });

  it('refuses long strings where the schema caps them', () => {
    const result = safeSimulate({ treaty: 'ottawa', party: 'x'.repeat(10_000), events: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toBe('party');
  });
});

describe('the pure path and an actor agree', () => {
  it('reach the same state and context on random scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario: Scenario) => {
        const parsed = (() => {
          try {
            return parseScenario(scenario);
          } catch {
            return undefined;
          }
        })();
        if (!parsed) return;
        const input = {
          treaty: parsed.treaty,
          procedure: parsed.procedure,
          party: parsed.party,
          entryIntoForce: parsed.entryIntoForce,
          overflow: parsed.overflow,
        };
        let pure = initialSnapshot(input);
        const actor = createActor(withdrawalMachine, { input }).start();
        const events = [...parsed.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        for (const event of events) {
          // The same events, in the same order, the clock moved first where time can change the state.
          const sequence: WithdrawalEvent[] =
            pure.hasTag('clock') &&
            event.type !== 'clock.advanced' &&
            pure.context.date !== null &&
            event.date > pure.context.date
              ? [{ type: 'clock.advanced', date: event.date }, event]
              : [event];
          for (const e of sequence) {
            if (pure.status !== 'active') break;
            [pure] = transition(withdrawalMachine, pure, e);
            actor.send(e);
          }
          expect(actor.getSnapshot().value).toBe(pure.value);
          expect(actor.getSnapshot().context).toEqual(pure.context);
          // A final state takes no more events (and XState warns when a done actor is sent one).
          if (pure.status !== 'active') break;
        }
        actor.stop();
      }),
      { numRuns: runs(1000), seed: 31337 },
    );
  });
});
