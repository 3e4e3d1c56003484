/**
 * The fuzz targets, shared by the seeded slice in `npm test` (tests/fuzz/fuzz.test.ts)
 * and the million-input run (`npm run fuzz`, scripts/fuzz.ts).
 *
 * Each target pairs a generator with a check of what must hold for every input:
 * the non-throwing entry points never throw; the throwing ones throw nothing but a
 * WithdrawalError; every refusal carries a code and names its field; no call hangs.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { createActor } from 'xstate';
import {
  applyEvent,
  defineTreaty,
  explanationOf,
  fromPersisted,
  ganttTimeline,
  getTreaty,
  initialSnapshot,
  MAX_EVENTS,
  renderExplanation,
  renderTimeline,
  type Scenario,
  safeSimulate,
  simulate,
  toPersisted,
  treatyIds,
  WithdrawalError,
  type WithdrawalEvent,
  type WithdrawalSnapshot,
  type WithdrawalStateValue,
  withdrawalMachine,
} from '../../src/index.js';
import { deadlineDue } from '../../src/machine/apply.js';
import { parseScenario, runScenario } from '../../src/simulate/simulate.js';
import { eventArb, scenarioArb, suspendable } from '../arbitraries.js';

/** What a target found. */
export interface FuzzStats {
  inputs: number;
  refusals: number;
  slowest: number;
  codes: Record<string, number>;
}

/** A call slower than this counts as a hang. */
export const HANG_MS = 2000;

function timed<T>(stats: FuzzStats, run: () => T): T {
  const start = performance.now();
  const result = run();
  const elapsed = performance.now() - start;
  if (elapsed > stats.slowest) stats.slowest = elapsed;
  if (elapsed > HANG_MS) throw new Error(`hang: one call took ${elapsed.toFixed(0)} ms`);
  return result;
}

function refused(stats: FuzzStats, error: WithdrawalError): void {
  stats.refusals++;
  stats.codes[error.code] = (stats.codes[error.code] ?? 0) + 1;
}

/** A refusal must say what and where: a stable code, a message, and the field (or the event). */
function checkRefusal(error: unknown): asserts error is WithdrawalError {
  if (!(error instanceof WithdrawalError)) {
    throw new Error(
      `escaped a non-WithdrawalError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  if (!/^[A-Z_]+$/.test(error.code)) throw new Error(`bad code ${error.code}`);
  if (error.message.trim() === '') throw new Error('empty message');
  const namesField = error.path !== undefined || error.event !== undefined || /^[\w[\].]+: /.test(error.message);
  if (!namesField) throw new Error(`refusal names no field: ${error.code}: ${error.message}`);
}

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const mutations = ['replace', 'shiftDate', 'reverse', 'duplicate', 'drop', 'remove', 'unknownKey', 'protoKey', 'retype'] as const;

function shiftDate(value: unknown, by: number): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  // Shift the day digits, not the date: this makes 2025-02-29 and 2025-04-31.
  const day = Number(value.slice(8)) + by;
  return `${value.slice(0, 8)}${String(Math.max(0, Math.min(39, day))).padStart(2, '0')}`;
}

/** One field wrong, a date off by one, events reordered, duplicated or dropped. */
export function mutate(scenario: Scenario, kind: (typeof mutations)[number], pick: number, junk: Json): unknown {
  const copy = JSON.parse(JSON.stringify(scenario)) as Record<string, Json> & { events: Record<string, Json>[] };
  const events = copy.events;
  const event = events.length > 0 ? events[pick % events.length] : undefined;
  const topKeys = Object.keys(copy);
  const topKey = topKeys[pick % topKeys.length] as string;
  switch (kind) {
    case 'replace':
      if (event) {
        const keys = Object.keys(event);
        event[keys[pick % keys.length] as string] = junk;
      } else copy[topKey] = junk;
      break;
    case 'shiftDate':
      if (event) event.date = shiftDate(event.date, pick % 2 === 0 ? 1 : -1) as Json;
      break;
    case 'reverse':
      events.reverse();
      break;
    case 'duplicate':
      if (event) events.splice(pick % (events.length + 1), 0, { ...event });
      break;
    case 'drop':
      if (events.length > 0) events.splice(pick % events.length, 1);
      break;
    case 'remove':
      delete copy[topKey];
      break;
    case 'unknownKey':
      (event ?? copy)[`extra${pick % 3}`] = junk;
      break;
    case 'protoKey': {
      // JSON.parse makes "__proto__" an own key, as a hostile file would.
      const rest = JSON.stringify(copy).slice(1);
      const hostile = `{"__proto__":{"polluted":${JSON.stringify(junk)}},"constructor":{"prototype":{"polluted":1}}`;
      return JSON.parse(rest === '}' ? `${hostile}}` : `${hostile},${rest}`);
    }
    case 'retype':
      if (event)
        event.type = ['instrument.deposited', 'notification.revoked', 'objection.raised', 'nonsense'][pick % 4] as string;
      break;
  }
  return copy;
}

export const mutatedScenarioArb = fc
  .tuple(scenarioArb, fc.constantFrom(...mutations), fc.nat(), fc.jsonValue() as fc.Arbitrary<Json>)
  .map(([scenario, kind, pick, junk]) => mutate(scenario, kind, pick, junk));

/** A snapshot reached by a random scenario (through the same rules), or the initial one. */
const snapshotArb: fc.Arbitrary<WithdrawalSnapshot> = scenarioArb.map((scenario) => {
  try {
    const parsed = parseScenario(scenario);
    const { final } = runScenario(parsed, { keepLog: true });
    return withdrawalMachine.resolveState({ value: final.state.name, context: final.context });
  } catch {
    return initialSnapshot({ treaty: 'ottawa' });
  }
});

/** Something shaped like an event, or not. */
const eventishArb = fc.oneof(
  eventArb,
  fc.jsonValue(),
  fc.tuple(eventArb, fc.jsonValue()).map(([e, junk]) => ({ ...e, date: junk })),
);

/** A JSON copy of `value` with one leaf (chosen by `pick`, never the root) replaced by `junk`. */
function withOneLeafChanged(value: unknown, pick: number, junk: Json): Json {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const paths: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node))
      node.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(copy, []);
  const path = paths[1 + (pick % (paths.length - 1))] as (string | number)[];
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = junk;
  return copy;
}

/** A reachable snapshot's context with one leaf changed (its log included), or arbitrary JSON. */
export const contextArb = fc.oneof(
  fc
    .tuple(snapshotArb, fc.nat(), fc.jsonValue() as fc.Arbitrary<Json>)
    .map(([snapshot, pick, junk]) => withOneLeafChanged(snapshot.context, pick, junk)),
  fc.jsonValue(),
);

/** An envelope with one leaf changed, or arbitrary JSON. */
export const envelopeArb = fc.oneof(
  fc
    .tuple(snapshotArb, fc.nat(), fc.jsonValue() as fc.Arbitrary<Json>)
    .map(([snapshot, pick, junk]) => withOneLeafChanged(toPersisted(snapshot), pick, junk)),
  fc.jsonValue(),
);

/** A shipped profile with one leaf changed, or arbitrary JSON. */
export const profileArb = fc.oneof(
  fc.tuple(fc.constantFrom(...treatyIds), fc.nat(), fc.jsonValue() as fc.Arbitrary<Json>).map(([id, pick, junk]) => {
    const profile = JSON.parse(JSON.stringify(getTreaty(id))) as Record<string, Json>;
    const keys = Object.keys(profile);
    const key = keys[pick % keys.length] as string;
    if (pick % 5 === 0) delete profile[key];
    else if (pick % 5 === 1) profile.withdrawal = { ...(profile.withdrawal as Record<string, Json>), effect: junk };
    else profile[key] = junk;
    return profile;
  }),
  fc.jsonValue(),
);

// ---------------------------------------------------------------------------
// Generators for the classes of issue #19
// ---------------------------------------------------------------------------

/** A date within ~3 years of either end of the calendar. */
const edgeDateArb = fc.oneof(
  fc.integer({ min: 0, max: 1100 }).map((n) => Temporal.PlainDate.from('0001-01-01').add({ days: n }).toString()),
  fc.integer({ min: 0, max: 1100 }).map((n) => Temporal.PlainDate.from('9999-12-31').subtract({ days: n }).toString()),
);

/** Events of every kind dated near the ends of the calendar, in date order. */
export const edgeEventsArb: fc.Arbitrary<WithdrawalEvent[]> = fc
  .array(fc.tuple(eventArb, edgeDateArb, fc.option(edgeDateArb, { nil: undefined })), { maxLength: 8 })
  .map((list) =>
    list
      .map(([event, date, other]) => {
        const moved: Record<string, unknown> = { ...event, date };
        if ('laterDate' in event && other !== undefined) moved.laterDate = other;
        if ('objectionPeriodEndsOn' in event && other !== undefined) moved.objectionPeriodEndsOn = other;
        return moved as WithdrawalEvent;
      })
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  );

type Hostile = 'getter' | 'revoked' | 'traps';

function hostileValue(kind: Hostile, base: unknown): unknown {
  if (kind === 'revoked') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  if (kind === 'traps') {
    const fail = () => {
      throw new Error('trap');
    };
    return new Proxy(typeof base === 'object' && base !== null ? base : {}, {
      get: fail,
      ownKeys: fail,
      getOwnPropertyDescriptor: fail,
      has: fail,
      getPrototypeOf: fail,
    });
  }
  const object: Record<string, unknown> = typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base } : {};
  const key = Object.keys(object)[0] ?? 'treaty';
  Object.defineProperty(object, key, {
    enumerable: true,
    get() {
      throw new TypeError('getter');
    },
  });
  return object;
}

/** A JSON value with the node at one path (chosen by `pick`) replaced by a hostile object. */
function withHostileNode(value: unknown, pick: number, kind: Hostile): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const paths: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node))
      node.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(copy, []);
  const path = paths[pick % paths.length] as (string | number)[];
  if (path.length === 0) return hostileValue(kind, copy);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  parent[last] = hostileValue(kind, parent[last]);
  return copy;
}

const hostileKindArb = fc.constantFrom<Hostile>('getter', 'revoked', 'traps');

/**
 * Where to put a throwing getter, a revoked proxy or throwing traps: in a
 * scenario, a machine input, an event, an envelope or a snapshot. Plain data
 * (fast-check prints it); `buildHostile` makes the hostile value from it.
 */
export const hostileArb = fc.record({
  where: fc.constantFrom('scenario', 'input', 'event', 'envelope', 'snapshot'),
  scenario: scenarioArb,
  event: eventArb,
  pick: fc.nat(),
  kind: hostileKindArb,
});

function buildHostile({
  where,
  scenario,
  event,
  pick,
  kind,
}: {
  where: string;
  scenario: unknown;
  event: unknown;
  pick: number;
  kind: Hostile;
}): unknown {
  if (where === 'snapshot') return hostileValue(kind, initialSnapshot({ treaty: 'ottawa' }));
  const base =
    where === 'scenario'
      ? scenario
      : where === 'input'
        ? { treaty: 'ottawa', party: 'X' }
        : where === 'event'
          ? event
          : toPersisted(initialSnapshot({ treaty: 'ottawa' }));
  return withHostileNode(base, pick, kind);
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const controlCharArb = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));
/** A short string with control characters (ESC sequences, OSC 8, \r, C1) among ordinary ones. */
export const controlStringArb = fc
  .array(fc.oneof(controlCharArb, fc.constantFrom('X', 'é', ' ', '[2J', ']8;;https://e/', '\u001b[31m')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(''))
  .filter((text) => text.trim().length > 0);

/** A scenario whose party, objector and custom profile strings carry control characters. */
export const controlScenarioArb = fc.tuple(controlStringArb, controlStringArb, controlStringArb).map(([party, by, name]) => ({
  treaty: { ...suspendable, id: 'fuzz-controls', shortName: name, name },
  party,
  events: [
    { type: 'suspension.notified', date: '2025-01-01', ground: 'treaty-provision' },
    { type: 'objection.raised', date: '2025-02-01', by },
    { type: 'armedConflict.started', date: '2025-03-01' },
    { type: 'instrument.deposited', date: '2025-04-01', reasons: name },
  ],
}));

/** A log around MAX_EVENTS entries (one event repeated: the cap, not the replay, is under test). */
export const capArb = fc.integer({ min: -2, max: 2 }).map((offset) => MAX_EVENTS + offset);

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

export interface FuzzTarget {
  readonly name: string;
  /** Share of the inputs this target gets. */
  readonly weight: number;
  /** Inputs in the seeded slice of `npm test`, for a target whose inputs are slow (default 1500). */
  readonly slice?: number;
  readonly property: (stats: FuzzStats) => fc.IPropertyWithHooks<[unknown]>;
}

const safe = (stats: FuzzStats) => (input: unknown) => {
  const result = timed(stats, () => safeSimulate(input));
  if (!result.success) {
    checkRefusal(result.error);
    refused(stats, result.error);
  }
  if (({} as { polluted?: unknown }).polluted !== undefined) throw new Error('Object.prototype was polluted');
};

/** What an entry point did with a hostile value: a WithdrawalError or a result, never anything else. */
function hostileCall(stats: FuzzStats, where: string, value: unknown): void {
  try {
    const result = timed(stats, (): unknown => {
      switch (where) {
        case 'scenario':
          return safeSimulate(value).success ? undefined : simulate(value as Scenario);
        case 'input':
          return initialSnapshot(value as never);
        case 'event':
          return applyEvent(initialSnapshot({ treaty: 'ottawa' }), value);
        case 'envelope':
          return fromPersisted(value);
        default:
          return [applyEvent(value as never, { type: 'law.signed', date: '2025-01-01' }), toPersisted(value as never)];
      }
    });
    for (const item of Array.isArray(result) ? result : [result]) {
      const r = item as { ok?: boolean; error?: unknown } | undefined;
      if (r?.ok === false) {
        checkRefusal(r.error);
        refused(stats, r.error);
      }
    }
  } catch (error) {
    if (!(error instanceof WithdrawalError)) {
      throw new Error(
        `${where}: a hostile value escaped as ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    }
    refused(stats, error);
  }
}

export const targets: readonly FuzzTarget[] = [
  {
    name: 'safeSimulate · generated scenarios',
    weight: 0.1,
    property: (stats) => fc.property(scenarioArb as fc.Arbitrary<unknown>, safe(stats)),
  },
  {
    name: 'safeSimulate · near-valid mutations',
    weight: 0.15,
    property: (stats) => fc.property(mutatedScenarioArb, safe(stats)),
  },
  {
    name: '#19 calendar edges · every path agrees',
    weight: 0.05,
    slice: 300,
    property: (stats) =>
      fc.property(
        fc.tuple(fc.constantFrom<unknown>('ottawa', 'paris-agreement', suspendable), edgeEventsArb) as fc.Arbitrary<unknown>,
        (pair) => {
          const [treaty, events] = pair as [Scenario['treaty'], WithdrawalEvent[]];
          timed(stats, () => {
            let snapshot = initialSnapshot({ treaty });
            const actor = createActor(withdrawalMachine, { input: { treaty } });
            actor.subscribe({ error: () => undefined });
            actor.start();
            const accepted: WithdrawalEvent[] = [];
            for (const event of events) {
              const applied = applyEvent(snapshot, event);
              const simulated = safeSimulate({ treaty, events: [...accepted, event], asOf: event.date });
              if (simulated.success !== applied.ok)
                throw new Error(`applyEvent ${applied.ok} but simulate ${simulated.success} on ${JSON.stringify(event)}`);
              if (!applied.ok) {
                checkRefusal(applied.error);
                refused(stats, applied.error);
                if (!simulated.success && simulated.error.code !== applied.error.code)
                  throw new Error(`codes differ: ${applied.error.code} vs ${simulated.error.code}`);
                continue;
              }
              const before = actor.getSnapshot();
              if (before.status === 'active') {
                if (deadlineDue(before.value as WithdrawalStateValue, before.context, event.date))
                  actor.send({ type: 'clock.advanced', date: event.date });
                if (actor.getSnapshot().status === 'active') actor.send(event);
              }
              if (actor.getSnapshot().status === 'error')
                throw new Error(`the actor stopped with an error on ${JSON.stringify(event)}`);
              if (actor.getSnapshot().value !== applied.snapshot.value)
                throw new Error(`actor ${String(actor.getSnapshot().value)} vs applyEvent ${String(applied.snapshot.value)}`);
              snapshot = applied.snapshot;
              accepted.push(event);
            }
            actor.stop();
            if (fromPersisted(JSON.stringify(toPersisted(snapshot))).value !== snapshot.value)
              throw new Error('persistence changed the state');
          });
        },
      ),
  },
  {
    name: '#19 hostile objects · getters, revoked proxies',
    weight: 0.05,
    property: (stats) =>
      fc.property(hostileArb as fc.Arbitrary<unknown>, (input) => {
        const plan = input as Parameters<typeof buildHostile>[0];
        hostileCall(stats, plan.where, buildHostile(plan));
      }),
  },
  {
    name: '#19 control characters · text and Mermaid',
    weight: 0.04,
    property: (stats) =>
      fc.property(controlScenarioArb as fc.Arbitrary<unknown>, (scenario) => {
        const result = safeSimulate(scenario);
        if (!result.success) {
          checkRefusal(result.error);
          refused(stats, result.error);
          return;
        }
        const outputs = timed(stats, () => [
          renderTimeline(result.data),
          renderExplanation(result.data),
          ganttTimeline(result.data),
        ]);
        for (const text of outputs)
          if (RAW_CONTROL.test(text))
            throw new Error(`a raw control character reached the output: ${JSON.stringify(text.slice(0, 200))}`);
      }),
  },
  {
    name: '#19 event cap · applyEvent, fromPersisted',
    weight: 0.002,
    slice: 10,
    property: (stats) =>
      fc.property(capArb as fc.Arbitrary<unknown>, (length) => {
        const n = length as number;
        const start = initialSnapshot({ treaty: 'ottawa' });
        const tick = { type: 'clock.advanced', date: '2000-01-01' } as const;
        const log = Array.from({ length: n }, () => tick);
        const snapshot = withdrawalMachine.resolveState({
          value: 'procedure',
          context: { ...start.context, date: '2000-01-01', log },
        });
        const applied = timed(stats, () => applyEvent(snapshot, { type: 'clock.advanced', date: '2000-01-02' }));
        if (applied.ok === n >= MAX_EVENTS)
          throw new Error(`a log of ${n} events: applyEvent ${applied.ok ? 'took' : 'refused'} one more`);
        if (!applied.ok) refused(stats, applied.error);
        const envelope = JSON.parse(JSON.stringify(toPersisted(snapshot))) as { context: { log: unknown[] } };
        try {
          timed(stats, () => fromPersisted(envelope));
          if (n > MAX_EVENTS) throw new Error(`fromPersisted took a log of ${n} events`);
        } catch (error) {
          checkRefusal(error);
          refused(stats, error);
        }
      }),
  },
  {
    name: 'safeSimulate · arbitrary JSON',
    weight: 0.15,
    property: (stats) => fc.property(fc.jsonValue() as fc.Arbitrary<unknown>, safe(stats)),
  },
  {
    name: 'simulate (throws) · mutations',
    weight: 0.1,
    property: (stats) =>
      fc.property(mutatedScenarioArb, (input) => {
        try {
          timed(stats, () => simulate(input as Scenario));
        } catch (error) {
          checkRefusal(error);
          refused(stats, error);
        }
      }),
  },
  {
    name: 'applyEvent · snapshots × events',
    weight: 0.1,
    property: (stats) =>
      fc.property(fc.tuple(snapshotArb, eventishArb) as fc.Arbitrary<unknown>, (pair) => {
        const [snapshot, event] = pair as [WithdrawalSnapshot, unknown];
        const result = timed(stats, () => applyEvent(snapshot, event));
        if (!result.ok) {
          checkRefusal(result.error);
          refused(stats, result.error);
        }
      }),
  },
  {
    name: 'fromPersisted · corrupted envelopes',
    weight: 0.1,
    property: (stats) =>
      fc.property(envelopeArb as fc.Arbitrary<unknown>, (envelope) => {
        try {
          timed(stats, () => fromPersisted(envelope));
        } catch (error) {
          checkRefusal(error);
          if (error.code !== 'INVALID_SNAPSHOT') throw new Error(`fromPersisted threw ${error.code}`);
          refused(stats, error);
        }
      }),
  },
  {
    name: 'explanationOf · corrupted contexts',
    weight: 0.05,
    property: (stats) =>
      fc.property(contextArb as fc.Arbitrary<unknown>, (context) => {
        try {
          const steps = timed(stats, () => explanationOf(context as never));
          if (!Array.isArray(steps)) throw new Error('explanationOf returned no list');
        } catch (error) {
          checkRefusal(error);
          refused(stats, error);
        }
      }),
  },
  {
    name: 'defineTreaty · mutated profiles',
    weight: 0.1,
    property: (stats) =>
      fc.property(profileArb as fc.Arbitrary<unknown>, (profile) => {
        try {
          timed(stats, () => defineTreaty(profile as never));
        } catch (error) {
          checkRefusal(error);
          if (error.code !== 'INVALID_PROFILE') throw new Error(`defineTreaty threw ${error.code}`);
          refused(stats, error);
        }
      }),
  },
];

export function newStats(): FuzzStats {
  return { inputs: 0, refusals: 0, slowest: 0, codes: {} };
}

/** Runs one target for `count` inputs from `seed`; throws on the first failing input, with fast-check's report. */
export function runTarget(target: FuzzTarget, count: number, seed: number): FuzzStats {
  const stats = newStats();
  const property = target.property(stats).afterEach(() => {
    stats.inputs++;
  });
  fc.assert(property, { numRuns: count, seed, endOnFailure: true });
  return stats;
}
