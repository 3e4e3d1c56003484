/**
 * The fuzz targets, shared by the seeded slice in `npm test` (tests/fuzz.test.ts)
 * and the million-input run (`npm run fuzz`, scripts/fuzz.ts).
 *
 * Each target pairs a generator with a check of what must hold for every input:
 * the non-throwing entry points never throw; the throwing ones throw nothing but a
 * WithdrawalError; every refusal carries a code and names its field; no call hangs.
 */
import fc from 'fast-check';
import {
  applyEvent,
  defineTreaty,
  explanationOf,
  fromPersisted,
  getTreaty,
  initialSnapshot,
  safeSimulate,
  simulate,
  toPersisted,
  treatyIds,
  withdrawalMachine,
  WithdrawalError,
  type Scenario,
  type WithdrawalSnapshot,
} from '../src/index.js';
import { parseScenario, runScenario } from '../src/simulate/simulate.js';
import { eventArb, scenarioArb } from './arbitraries.js';

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
    throw new Error(`escaped a non-WithdrawalError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
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
      if (event) event.type = (['instrument.deposited', 'notification.revoked', 'objection.raised', 'nonsense'][pick % 4] as string);
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
const eventishArb = fc.oneof(eventArb, fc.jsonValue(), fc.tuple(eventArb, fc.jsonValue()).map(([e, junk]) => ({ ...e, date: junk })));

/** A JSON copy of `value` with one leaf (chosen by `pick`, never the root) replaced by `junk`. */
function withOneLeafChanged(value: unknown, pick: number, junk: Json): Json {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const paths: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
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
  fc.tuple(snapshotArb, fc.nat(), fc.jsonValue() as fc.Arbitrary<Json>).map(([snapshot, pick, junk]) => withOneLeafChanged(snapshot.context, pick, junk)),
  fc.jsonValue(),
);

/** An envelope with one leaf changed, or arbitrary JSON. */
export const envelopeArb = fc.oneof(
  fc.tuple(snapshotArb, fc.nat(), fc.jsonValue() as fc.Arbitrary<Json>).map(([snapshot, pick, junk]) => withOneLeafChanged(toPersisted(snapshot), pick, junk)),
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
// Targets
// ---------------------------------------------------------------------------

export interface FuzzTarget {
  readonly name: string;
  /** Share of the inputs this target gets. */
  readonly weight: number;
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

export const targets: readonly FuzzTarget[] = [
  { name: 'safeSimulate · generated scenarios', weight: 0.2, property: (stats) => fc.property(scenarioArb as fc.Arbitrary<unknown>, safe(stats)) },
  { name: 'safeSimulate · near-valid mutations', weight: 0.2, property: (stats) => fc.property(mutatedScenarioArb, safe(stats)) },
  { name: 'safeSimulate · arbitrary JSON', weight: 0.15, property: (stats) => fc.property(fc.jsonValue() as fc.Arbitrary<unknown>, safe(stats)) },
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
