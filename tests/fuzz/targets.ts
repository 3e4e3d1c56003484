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
import { type CliIo, run } from '../../src/cli/main.js';
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
import { toSegments } from '../../src/machine/segments.js';
import { parseScenario, runScenario } from '../../src/simulate/simulate.js';
import { eventArb, scenarioArb, suspendable } from '../arbitraries.js';

/** What a target found. */
export interface FuzzStats {
  inputs: number;
  refusals: number;
  slowest: number;
  codes: Record<string, number>;
  /** Inputs by class, for a target whose generator has classes (the CLI's argv). */
  classes?: Record<string, number>;
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

/** The path of every node of a JSON value, the root's (`[]`) first. */
function nodePaths(value: Json): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node))
      node.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(value, []);
  return paths;
}

/** A JSON copy of `value` with one leaf (chosen by `pick`, never the root) replaced by `junk`. */
function withOneLeafChanged(value: unknown, pick: number, junk: Json): Json {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const paths = nodePaths(copy);
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
  const paths = nodePaths(copy);
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
// The CLI's argv (issue #19, repro 6)
// ---------------------------------------------------------------------------

const CLI_COMMANDS = [
  'simulate',
  'status',
  'explain',
  'treaties',
  'parties',
  'diagram',
  'help',
  '--help',
  '-h',
  '--version',
  '-v',
];
const CLI_FLAGS = ['--format', '-f', '--as-of', '--on', '--no-color', '--treaty', '--party', '--no-notes', '--help', '-h', '--'];
const CLI_VALUES = ['text', 'json', 'mermaid', 'ics', 'csv', 'table', 'jsonl', '2026-01-01', '2025-02-30', '9999-12-31'];
const CLI_NAMES = ['ottawa', 'rome-statute', 'paris-agreement', 'POL', 'Poland', 'USA', 'xyz'];
/** The files of the in-memory file system the CLI reads in the fuzz run (see `cliIo`). */
const CLI_FILES = ['ok.json', 'controls.json', 'bad.json', 'many.ndjson', 'dir', '-', 'missing.json', 'huge.json', '/dev/zero'];
/** Every name `Object.prototype` has: none may be taken for a command, option or id. */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** The classes of argv the target draws from; each input is one. */
export const CLI_CLASSES = ['known', 'unknown', 'prototype', 'huge', 'control'] as const;
type CliClass = (typeof CLI_CLASSES)[number];

const knownTokenArb = fc.constantFrom(...CLI_COMMANDS, ...CLI_FLAGS, ...CLI_VALUES, ...CLI_NAMES, ...CLI_FILES);
const withFlagArb = (valueArb: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('--format', '--as-of', '--on', '--treaty', '--party', '-f'), valueArb, fc.boolean())
    .map(([flag, value, joined]) => (joined && flag.startsWith('--') ? [`${flag}=${value}`] : [flag, value]));
const tokenArbs: Record<CliClass, fc.Arbitrary<readonly string[]>> = {
  known: knownTokenArb.map((token) => [token]),
  unknown: fc.oneof(
    fc.string({ maxLength: 12 }).map((text) => [text]),
    fc.string({ minLength: 1, maxLength: 12 }).map((text) => [`--${text}`]),
    fc.string({ minLength: 1, maxLength: 3 }).map((text) => [`-${text}`]),
    withFlagArb(fc.string({ maxLength: 12 })),
  ),
  prototype: fc
    .constantFrom(...PROTO_NAMES)
    .chain((name) => fc.oneof(fc.constant([name]), fc.constant([`--${name}`]), withFlagArb(fc.constant(name)))),
  huge: fc
    .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('x', '-', '🙂', '\u001b', '"'))
    .chain(([length, unit]) => {
      const value = unit.repeat(Math.ceil(length / unit.length));
      return fc.oneof(fc.constant([value]), fc.constant([`--${value}`]), withFlagArb(fc.constant(value)));
    }),
  control: fc.oneof(
    controlStringArb.map((text) => [text]),
    withFlagArb(controlStringArb),
  ),
};

/**
 * An argv of one class: its first word (the command) and up to six more
 * tokens, each from the class's generator or, half the time, a known token
 * (so that unknown and hostile values also reach the commands' options).
 */
export const argvArb: fc.Arbitrary<{ kind: CliClass; argv: string[] }> = fc
  .constantFrom(...CLI_CLASSES)
  .chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      first: fc.oneof(
        fc.constantFrom(...CLI_COMMANDS).map((c) => [c]),
        tokenArbs[kind],
      ),
      rest: fc.array(fc.oneof(tokenArbs[kind], tokenArbs.known), { maxLength: 6 }),
      empty: fc.integer({ min: 0, max: 199 }),
    }),
  )
  .map(({ kind, first, rest, empty }) => ({ kind, argv: empty === 0 ? [] : [...first, ...rest.flat()] }));

const okScenario = JSON.stringify({
  treaty: 'ottawa',
  party: 'POL',
  events: [{ type: 'instrument.deposited', date: '2025-08-20' }],
});

function nodeError(code: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code, ...extra });
}

/** The CLI's streams and files in memory: what it writes, and a few files of each kind it may be given. */
function cliIo(): { io: CliIo; stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  const files: Record<string, string> = {
    'ok.json': okScenario,
    'controls.json': JSON.stringify({
      treaty: 'ottawa',
      party: 'X\u001b[2J\u009b\r',
      events: [{ type: 'instrument.deposited', date: '2025-08-20', reasons: '\u001b]8;;https://e/\u0007link' }],
    }),
    'bad.json': '{"treaty":',
    'many.ndjson': `${okScenario}\n${JSON.stringify({ treaty: 'constructor', events: [] })}\n`,
    '-': okScenario,
  };
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    readInput: async (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string;
      if (path === 'huge.json') throw nodeError('ETOOBIG', 'too big', { bytes: 17_000_000 });
      if (path === '/dev/zero') throw nodeError('ENOTREG', 'a character device');
      if (path === 'dir') throw nodeError('EISDIR', 'is a directory');
      throw nodeError('ENOENT', `no such file ${path.slice(0, 20)}`);
    },
    expandPath: async (path) => (path === 'dir' ? ['ok.json', 'bad.json', 'controls.json'] : [path]),
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Longer than any line the CLI writes for an error: values it echoes are cut. */
const MAX_ERROR_LINE = 1_000;

/**
 * What must hold for every argv, with the documented exit codes (0 success, 2
 * bad input or usage, 1 an unexpected failure or output that could not be
 * written; here output can always be written, so 1 is a failure): no rejection,
 * no stack trace, no "internal error", a usage error in one bounded line, no
 * raw control character in either stream (the iCalendar format's CRLF aside).
 */
async function checkCli(stats: FuzzStats, kind: CliClass, argv: string[]): Promise<void> {
  const { io, stdout, stderr } = cliIo();
  const start = performance.now();
  const code = await run(argv, io);
  const elapsed = performance.now() - start;
  if (elapsed > stats.slowest) stats.slowest = elapsed;
  if (elapsed > HANG_MS) throw new Error(`hang: one run took ${elapsed.toFixed(0)} ms`);
  stats.classes = stats.classes ?? {};
  stats.classes[kind] = (stats.classes[kind] ?? 0) + 1;
  stats.codes[`exit ${code}`] = (stats.codes[`exit ${code}`] ?? 0) + 1;
  if (code !== 0) stats.refusals++;
  const out = stdout();
  const err = stderr();
  const fail = (why: string) => {
    throw new Error(`${why}; exit ${code}; stderr ${JSON.stringify(err.slice(0, 300))}`);
  };
  if (code !== 0 && code !== 2)
    fail(code === 1 ? 'exit 1 (an unexpected failure) with writable output' : 'an undocumented exit code');
  if (/internal error/.test(err)) fail('an internal error');
  if (/\n\s+at /.test(err) || /\n\s+at /.test(out)) fail('a stack trace');
  if (RAW_CONTROL_BUT_NEWLINE.test(err)) fail('a raw control character on standard error');
  if (RAW_CONTROL_BUT_NEWLINE.test(out.replaceAll('\r\n', '\n'))) fail('a raw control character on standard output');
  if (err !== '' && !err.endsWith('\n')) fail('standard error does not end its line');
  const lines = err === '' ? [] : err.slice(0, -1).split('\n');
  if (lines.some((line) => line.length > MAX_ERROR_LINE)) fail(`an error line longer than ${MAX_ERROR_LINE} characters`);
  if (argv.length === 0) {
    // Nothing asked: the help goes to standard error, with exit code 2 (documented).
    if (code !== 2 || !err.includes('Usage: treaty-withdrawal <command>')) fail('no arguments, and no help on standard error');
    return;
  }
  if (code === 2 && out === '' && lines.length !== 1) fail(`a usage error in ${lines.length} lines`);
  // A batch reports each scenario's error in its row (standard output) and exits 2.
  if (code === 2 && lines.length === 0 && out === '') fail('exit 2 and nothing said');
  if (({} as { polluted?: unknown }).polluted !== undefined || Object.hasOwn(Object.prototype, 'run'))
    fail('Object.prototype was changed');
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

export interface FuzzTarget {
  readonly name: string;
  /** Share of the inputs this target gets. */
  readonly weight: number;
  /** Inputs in the seeded slice of `npm test`, for a target whose inputs are slow (default 1500). */
  readonly slice?: number;
  readonly property: (stats: FuzzStats) => fc.IPropertyWithHooks<[unknown]> | fc.IAsyncPropertyWithHooks<[unknown]>;
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
        const log = toSegments(Array.from({ length: n }, () => tick));
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
    name: '#19 CLI argv · commands, flags, prototype names',
    weight: 0.05,
    slice: 400,
    property: (stats) =>
      fc.asyncProperty(argvArb as fc.Arbitrary<unknown>, async (input) => {
        const { kind, argv } = input as { kind: CliClass; argv: string[] };
        await checkCli(stats, kind, argv);
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

/** Runs one target for `count` inputs from `seed`; rejects on the first failing input, with fast-check's report. */
export async function runTarget(target: FuzzTarget, count: number, seed: number): Promise<FuzzStats> {
  const stats = newStats();
  const property = target.property(stats).afterEach(() => {
    stats.inputs++;
  });
  await fc.assert(property, { numRuns: count, seed, endOnFailure: true });
  return stats;
}
