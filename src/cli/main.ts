/**
 * The `treaty-withdrawal` command line. Parsing and output only: every answer
 * comes from the public API. `run` takes its arguments and streams so tests
 * can call it without spawning a process; `bin.ts` wires it to the real ones.
 */

import { parseArgs } from 'node:util';
import { type CalendarDate, isCalendarDate } from '../dates/calendar-date.js';
import { isWithdrawalError, type WithdrawalError } from '../errors/withdrawal-error.js';
import { visible } from '../render/visible.js';
import type { Scenario } from '../simulate/scenario.js';
import type { SimulationResult } from '../simulate/simulate.js';
import { isTreatyId, treaties } from '../treaties/catalog.js';
import { describeEffectRule } from '../treaties/notice.js';
import { cliColumns, cliText, type OutputErrorCode, type UsageKey, usageWords } from './messages.js';

// Commands that simulate load the machine (xstate) and the schemas (zod) on
// demand, so listing treaties or printing help starts as fast as node itself.
const engine = () => import('./engine.js');
// The party data is loaded only by the commands that read it.
/** The party lookups, with every shipped table registered (the package root's behaviour). */
const partyData = async () => {
  const [{ withShippedParties }, lookups] = await Promise.all([import('../parties/shipped.js'), import('../parties/index.js')]);
  return withShippedParties(lookups);
};

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The streams and environment the CLI talks to. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  /**
   * Reads a file, or standard input for `-`, as UTF-8 text: at most `limit`
   * bytes, else rejects with a Node-style error whose `code` is `ETOOBIG`
   * (`bytes`: how many were seen), `ENOTREG` (a FIFO, device or socket),
   * `EISDIR`, `ENOENT`, `EACCES`, …
   */
  readonly readInput: (path: string, limit: number) => Promise<string>;
  /** The files a path names: a directory's `.json`/`.ndjson` files, sorted; by default the path itself. */
  readonly expandPath?: (path: string) => Promise<readonly string[]>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 success, 2 bad input or usage, 1 an unexpected failure or output that could not be written. */
export type ExitCode = 0 | 1 | 2;

/**
 * The most bytes the CLI reads from one file or from standard input: 16 MiB
 * (16 777 216 bytes). A scenario of the maximum 10 000 events is far smaller.
 * Checked before reading: a larger file is refused from its size alone.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** A usage error worded from the CLI's table (src/cli/messages.ts). */
function usage<K extends UsageKey>(key: K, params: Parameters<typeof usageWords<K>>[1]): UsageError {
  return new UsageError(...usageWords(key, params));
}

interface Command {
  readonly help: string;
  readonly options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** How many positional arguments: none, one, or any number (each a file, a directory or `-`). */
  readonly positionals: 0 | 1 | 'many';
  readonly run: (
    input: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    io: CliIo,
  ) => Promise<ExitCode>;
}

function color(io: CliIo, wanted: string | boolean | undefined): boolean {
  if (wanted === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}

function format(values: Record<string, string | boolean | undefined>, allowed: readonly string[]): string {
  const value = (values.format as string | undefined) ?? allowed[0] ?? 'text';
  if (!allowed.includes(value)) {
    throw usage('unknownFormat', { got: shown(value), allowed });
  }
  return value;
}

function dateOption(values: Record<string, string | boolean | undefined>, name: string): CalendarDate | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw usage('notADate', { name, got: shown(String(value)) });
  }
  return value;
}

function inputName(path: string): string {
  return path === '-' ? cliText('standardInput') : shown(path, 200);
}

function readFailure(path: string, error: unknown): UsageError {
  const { code, bytes } = error as { code?: string; bytes?: number };
  const name = inputName(path);
  if (code === 'ETOOBIG') {
    return usage('tooBig', { name, max: MAX_INPUT_BYTES, bytes });
  }
  if (code === 'ENOTREG') {
    return usage('notRegular', { name, kind: (error as Error).message });
  }
  const known = code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' ? code : undefined;
  const message = (error as Error | undefined)?.message;
  return usage('cannotRead', {
    name,
    code: known,
    message: message === undefined ? undefined : visible(String(message).slice(0, 200)),
  });
}

// Standard input can be read once: the first reader keeps it for the others.
const stdinText = new WeakMap<CliIo, Promise<string>>();

async function readText(path: string, io: CliIo): Promise<string> {
  if (path !== '-') return readTextOnce(path, io);
  let text = stdinText.get(io);
  if (text === undefined) {
    text = readTextOnce(path, io);
    stdinText.set(io, text);
  }
  return text;
}

async function readTextOnce(path: string, io: CliIo): Promise<string> {
  let text: string;
  try {
    text = await io.readInput(path, MAX_INPUT_BYTES);
  } catch (error) {
    throw readFailure(path, error);
  }
  // A reader that does not bound its input (a test's, an embedder's) is still held to the limit.
  if (text.length > MAX_INPUT_BYTES / 3 && Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    throw readFailure(path, { code: 'ETOOBIG' });
  }
  // A file saved with a UTF-8 byte order mark is still JSON.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw usage('notJson', { name, why: visible((error as Error).message).slice(0, 200) });
  }
}

async function readScenario(path: string | undefined, io: CliIo): Promise<Scenario> {
  if (path === undefined) {
    throw usage('missingScenario', { several: false });
  }
  return parseJson(await readText(path, io), inputName(path)) as Scenario;
}

/** One scenario of a batch: where it came from, and the scenario or why it could not be read. */
interface Source {
  readonly name: string;
  readonly scenario?: unknown;
  readonly problem?: string;
}

/** A file's scenarios: one JSON document, or NDJSON (one scenario a line) for `.ndjson` files and multi-line standard input. */
function scenariosOf(path: string, text: string): Source[] {
  const name = path === '-' ? '-' : shown(path, 200);
  const ndjson = /\.ndjson$/i.test(path);
  if (!ndjson) {
    try {
      return [{ name, scenario: JSON.parse(text) as unknown }];
    } catch (error) {
      // Standard input may be NDJSON; a .json file is one document.
      if (path !== '-' || !text.trim().includes('\n'))
        return [{ name, problem: cliText('lineNotJson', { why: visible((error as Error).message).slice(0, 200) }) }];
    }
  }
  const sources: Source[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const at = `${name}:${index + 1}`;
    try {
      sources.push({ name: at, scenario: JSON.parse(line) as unknown });
    } catch (error) {
      sources.push({ name: at, problem: cliText('lineNotJson', { why: visible((error as Error).message).slice(0, 200) }) });
    }
  });
  return sources;
}

/** Every scenario the positional arguments name, in order. */
async function readSources(paths: readonly string[], io: CliIo): Promise<Source[]> {
  const sources: Source[] = [];
  for (const path of paths) {
    let files: readonly string[];
    try {
      files = io.expandPath ? await io.expandPath(path) : [path];
    } catch (error) {
      sources.push({ name: shown(path, 200), problem: readFailure(path, error).message });
      continue;
    }
    if (files.length === 0) sources.push({ name: shown(path, 200), problem: cliText('emptyDirectory') });
    for (const file of files) {
      try {
        sources.push(...scenariosOf(file, await readText(file, io)));
      } catch (error) {
        sources.push({ name: shown(file, 200), problem: error instanceof UsageError ? error.message : String(error) });
      }
    }
  }
  return sources;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether the arguments ask for one row per scenario rather than one scenario in full. */
async function isBatch(paths: readonly string[], io: CliIo): Promise<boolean> {
  if (paths.length !== 1) return paths.length > 1;
  const [path] = paths as [string];
  if (/\.ndjson$/i.test(path)) return true;
  if (path === '-') {
    // One JSON document, or NDJSON: several lines that are not one document, the
    // first of which is a document by itself (a pretty-printed file with a typo is not).
    const text = await readText(path, io);
    const lines = text.trim().split('\n');
    return lines.length > 1 && isJson(lines[0] as string) && !isJson(text);
  }
  if (!io.expandPath) return false;
  try {
    const files = await io.expandPath(path);
    return files.length !== 1 || files[0] !== path;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Batch output: a text table, CSV or JSON lines, one row per scenario
// ---------------------------------------------------------------------------

type Cell = string | number | boolean | null;

function csvCell(value: Cell): string {
  let text = value === null ? '' : String(value);
  // A cell a spreadsheet would run as a formula is quoted as text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function textTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cells = rows.map((row) => row.map((cell) => visible(cell === null ? '' : String(cell))));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

function writeBatch(
  io: CliIo,
  output: string,
  header: readonly string[],
  rows: readonly { cells: readonly Cell[]; json: unknown }[],
): void {
  if (output === 'jsonl') {
    for (const row of rows) io.stdout.write(`${JSON.stringify(row.json)}\n`);
  } else if (output === 'csv') {
    io.stdout.write(
      `${[header.map((h) => h.toLowerCase().replace(/ /g, '_')), ...rows.map((r) => r.cells)].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`,
    );
  } else {
    io.stdout.write(
      `${textTable(
        header,
        rows.map((r) => r.cells),
      )}\n`,
    );
  }
}

function errorCells(error: WithdrawalError | string): [string, string] {
  return typeof error === 'string' ? ['READ_ERROR', error] : [error.code, bounded(error.message).replace(/\s+/g, ' ')];
}

const formatOption = { format: { type: 'string' as const, short: 'f' } };
const colorOption = { color: { type: 'boolean' as const }, 'no-color': { type: 'boolean' as const } };
const BATCH_FORMATS = ['table', 'csv', 'jsonl'];
const SIMULATE_BATCH_FORMATS = ['table', 'csv', 'jsonl', 'ics'];

function colorWanted(values: Record<string, string | boolean | undefined>): boolean | undefined {
  if (values['no-color'] === true) return false;
  return values.color === true ? true : undefined;
}

/** A CSV field as `toCSV` writes it: always quoted, quotes doubled, formula-looking text prefixed with `'`. */
function quotedField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

async function simulateBatch(
  paths: readonly string[],
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<ExitCode> {
  const output = batchFormat(values, SIMULATE_BATCH_FORMATS);
  const asOf = dateOption(values, 'as-of');
  const sources = await readSources(paths, io);
  const { safeSimulate, toCSV, toICalendar } = await engine();
  let failed = false;
  const results = sources.map((source) =>
    source.problem !== undefined
      ? source.problem
      : safeSimulate(asOf === undefined ? source.scenario : { ...(source.scenario as object), asOf }),
  );
  if (output === 'csv') {
    // toCSV's columns, after the scenario's source; a file that could not be read is an error row like a failed scenario.
    const [header] = toCSV([]).split('\r\n');
    const lines = [`"source",${header}`];
    results.forEach((result, i) => {
      const source = quotedField((sources[i] as Source).name);
      if (typeof result === 'string') {
        failed = true;
        lines.push(`${source},"","","error","","","",${quotedField(`READ_ERROR: ${result}`)}`);
        return;
      }
      if (!result.success) failed = true;
      lines.push(`${source},${toCSV([result]).split('\r\n')[1]}`);
    });
    io.stdout.write(`${lines.join('\r\n')}\r\n`);
    return failed ? 2 : 0;
  }
  if (output === 'ics') {
    // One calendar with every scenario's key dates; a scenario that fails is named on standard error.
    const ok: SimulationResult[] = [];
    for (const [i, result] of results.entries()) {
      const name = (sources[i] as Source).name;
      if (typeof result === 'string') io.stderr.write(`error ${name}: READ_ERROR: ${bounded(result)}\n`);
      else if (!result.success) io.stderr.write(`error ${name}: ${errorCells(result.error).join(': ')}\n`);
      else {
        ok.push(result.data);
        continue;
      }
      failed = true;
    }
    io.stdout.write(toICalendar(ok));
    return failed ? 2 : 0;
  }
  const rows = results.map((result, i) => {
    const source = sources[i] as Source;
    if (typeof result === 'string' || !result.success) {
      failed = true;
      const [code, message] = errorCells(typeof result === 'string' ? result : result.error);
      const json = typeof result === 'string' ? { code, message } : result.error.toJSON();
      return {
        cells: [source.name, null, null, 'error', null, null, `${code}: ${message}`],
        json: { source: source.name, error: json },
      };
    }
    const r = result.data;
    return {
      cells: [source.name, r.party, r.treaty.id, r.outcome, r.effectiveOn, r.noticeExpiresOn, ''],
      json: { source: source.name, result: r },
    };
  });
  writeBatch(io, output, cliColumns.simulate, rows);
  return failed ? 2 : 0;
}

async function statusBatch(
  paths: readonly string[],
  on: CalendarDate,
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<ExitCode> {
  const output = batchFormat(values);
  const sources = await readSources(paths, io);
  const { safeSimulate, statusOn } = await engine();
  let failed = false;
  const rows = sources.map((source) => {
    const result = source.problem !== undefined ? source.problem : safeSimulate(source.scenario);
    if (typeof result === 'string' || !result.success) {
      failed = true;
      const [code, message] = errorCells(typeof result === 'string' ? result : result.error);
      const json = typeof result === 'string' ? { code, message } : result.error.toJSON();
      return {
        cells: [source.name, null, null, on, null, 'error', null, `${code}: ${message}`],
        json: { source: source.name, error: json },
      };
    }
    const status = statusOn(result.data, on);
    return {
      cells: [source.name, result.data.party, result.data.treaty.id, on, status.bound, status.stage, status.article, ''],
      json: { source: source.name, status },
    };
  });
  writeBatch(io, output, cliColumns.status, rows);
  return failed ? 2 : 0;
}

function batchFormat(values: Record<string, string | boolean | undefined>, allowed: readonly string[] = BATCH_FORMATS): string {
  const value = values.format === undefined || values.format === 'text' ? 'table' : (values.format as string);
  if (!allowed.includes(value)) {
    throw usage('unknownBatchFormat', { got: visible(String(value)).slice(0, 60), allowed });
  }
  return value;
}

/**
 * A value from the command line or a file name as the CLI echoes it: control
 * characters made visible (`\u001b`), then cut to `max` characters.
 */
function shown(text: string, max = 60): string {
  const seen = visible(text);
  return seen.length > max ? `${seen.slice(0, max - 1)}…` : seen;
}

/** A shipped treaty profile by id, or a usage error naming the command that lists them. */
function shippedTreaty(id: string | boolean) {
  const found = typeof id === 'string' && isTreatyId(id) ? treaties.find((t) => t.id === id) : undefined;
  if (found === undefined) throw usage('unknownTreaty', { got: shown(String(id)) });
  return found;
}

/** `status --treaty ID --party CODE --on DATE`: a party with no withdrawal steps, from the shipped data. */
async function statusOfParty(
  positionals: readonly string[],
  on: CalendarDate,
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<ExitCode> {
  if (positionals.length > 0) {
    throw usage('argumentWithTreaty', { got: shown(positionals[0] as string) });
  }
  if (values.treaty === undefined) throw usage('missingTreatyOrParty', { missing: 'treaty' });
  if (values.party === undefined) throw usage('missingTreatyOrParty', { missing: 'party' });
  const output = format(values, ['text', 'json']);
  const treaty = shippedTreaty(values.treaty);
  const party = String(values.party);
  if (!/^[A-Za-z]{3}$/.test(party)) {
    throw usage('notACode', { got: shown(party) });
  }
  const code = party.toUpperCase();
  const [{ simulate, statusOn }, { partyName }] = await Promise.all([engine(), partyData()]);
  const result = simulate({ treaty, party: code, events: [] });
  const status = statusOn(result, on);
  // The answer goes to standard output; what the data could not check goes to standard error.
  for (const warning of result.warnings) {
    if (warning.code === 'PARTY_NOT_IN_DATA')
      io.stderr.write(`${visible(`warning ${warning.code}: ${bounded(warning.message)}`)}\n`);
  }
  if (output === 'json') {
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return 0;
  }
  const name = partyName(code);
  const lines = [
    `${name === undefined ? code : `${name} (${code})`} · ${treaty.shortName}`,
    `${on}: ${status.bound ? 'bound' : 'not bound'} (${status.stage})`,
    status.reason,
    `${status.article} · ${status.source}`,
  ];
  io.stdout.write(`${lines.map(visible).join('\n')}\n`);
  return 0;
}

const commands: Record<string, Command> = {
  simulate: {
    positionals: 'many',
    options: { ...formatOption, ...colorOption, 'as-of': { type: 'string' } },
    help: cliText('help.simulate', { maxBytes: MAX_INPUT_BYTES }),
    run: async ({ values, positionals }, io) => {
      if (await isBatch(positionals, io)) return simulateBatch(positionals, values, io);
      const output = format(values, ['text', 'json', 'mermaid', 'ics', 'csv']);
      const asOf = dateOption(values, 'as-of');
      const scenario = await readScenario(positionals[0], io);
      const { simulate, ganttTimeline, renderTimeline, toCSV, toICalendar } = await engine();
      const result = simulate(asOf === undefined ? scenario : ({ ...scenario, asOf } as Scenario));
      if (output === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (output === 'mermaid') io.stdout.write(`${ganttTimeline(result)}\n`);
      else if (output === 'ics') io.stdout.write(toICalendar(result));
      else if (output === 'csv') io.stdout.write(toCSV([result]));
      else io.stdout.write(`${renderTimeline(result, { color: color(io, colorWanted(values)) })}\n`);
      return 0;
    },
  },
  status: {
    positionals: 'many',
    options: { ...formatOption, ...colorOption, on: { type: 'string' }, treaty: { type: 'string' }, party: { type: 'string' } },
    help: cliText('help.status', { maxBytes: MAX_INPUT_BYTES }),
    run: async ({ values, positionals }, io) => {
      const on = dateOption(values, 'on');
      if (on === undefined) throw usage('missingOn', {});
      if (values.treaty !== undefined || values.party !== undefined) return statusOfParty(positionals, on, values, io);
      if (await isBatch(positionals, io)) return statusBatch(positionals, on, values, io);
      const output = format(values, ['text', 'json']);
      const scenario = await readScenario(positionals[0], io);
      const { simulate, statusOn } = await engine();
      const status = statusOn(simulate(scenario), on);
      if (output === 'json') io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      else {
        const lines = [
          `${on}: ${status.bound ? 'bound' : 'not bound'} (${status.stage})`,
          status.reason,
          `${status.article} · ${status.source}`,
        ];
        io.stdout.write(`${lines.map(visible).join('\n')}\n`);
      }
      return 0;
    },
  },
  explain: {
    positionals: 1,
    options: { ...formatOption, ...colorOption, 'as-of': { type: 'string' } },
    help: cliText('help.explain', { maxBytes: MAX_INPUT_BYTES }),
    run: async ({ values, positionals }, io) => {
      const output = format(values, ['text', 'json']);
      const asOf = dateOption(values, 'as-of');
      const scenario = await readScenario(positionals[0], io);
      const { simulate, renderExplanation } = await engine();
      const result = simulate(asOf === undefined ? scenario : ({ ...scenario, asOf } as Scenario));
      if (output === 'json') io.stdout.write(`${JSON.stringify(result.explanation, null, 2)}\n`);
      else io.stdout.write(`${renderExplanation(result, { color: color(io, colorWanted(values)) })}\n`);
      return 0;
    },
  },
  treaties: {
    positionals: 0,
    options: { ...formatOption, ...colorOption },
    help: cliText('help.treaties'),
    run: async ({ values }, io) => {
      const output = format(values, ['text', 'json']);
      if (output === 'json') {
        io.stdout.write(`${JSON.stringify(treaties, null, 2)}\n`);
        return 0;
      }
      const rows = treaties.map((t) => [
        t.id,
        t.shortName,
        describeEffectRule(t.withdrawal.effect),
        t.withdrawal.effect?.article ?? '—',
      ]);
      const header = cliColumns.treaties;
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
      const line = (cells: readonly string[]) =>
        cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
      io.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
      return 0;
    },
  },
  parties: {
    positionals: 1,
    options: { ...formatOption, ...colorOption, on: { type: 'string' } },
    help: cliText('help.parties'),
    run: async ({ values, positionals }, io) => {
      const output = format(values, ['text', 'json', 'csv']);
      const on = dateOption(values, 'on');
      const id = positionals[0];
      if (id === undefined) throw usage('missingTreaty', {});
      const data = await partyData();
      const table = data.parties(id);
      if (table === undefined) {
        const known = data.partyDataTreatyIds.join(', ');
        if (!isTreatyId(id)) throw usage('noPartyData', { got: shown(id), known, treaty: false });
        throw usage('noPartyData', { got: id, known, treaty: true });
      }
      const records = on === undefined ? table.parties : (data.partiesOn(id, on) ?? []);
      const named = records.map(({ code, ...rest }) => ({ code, name: data.partyName(code) ?? code, ...rest }));
      if (output === 'json') {
        io.stdout.write(`${JSON.stringify(named, null, 2)}\n`);
        return 0;
      }
      const header = cliColumns.parties;
      const rows = named.map((r) => ({
        cells: [
          r.code,
          r.name,
          r.instrument,
          r.deposited,
          r.entryIntoForce,
          r.withdrawal ? `${r.withdrawal.received} → ${r.withdrawal.effective}` : '',
        ],
        json: r,
      }));
      if (output === 'csv') {
        const csvRows = named.map((r) => ({
          cells: [
            r.code,
            r.name,
            r.instrument,
            r.deposited,
            r.entryIntoForce,
            r.withdrawal?.received ?? null,
            r.withdrawal?.effective ?? null,
          ],
          json: r,
        }));
        writeBatch(io, 'csv', cliColumns.partiesCsv, csvRows);
        return 0;
      }
      writeBatch(io, 'table', header, rows);
      const count = `${named.length} ${named.length === 1 ? 'state' : 'states'}${on === undefined ? '' : ` party on ${on}`}`;
      io.stdout.write(`${count} · as of ${table.asOf} · ${table.source}\n`);
      return 0;
    },
  },
  diagram: {
    positionals: 0,
    options: { ...colorOption, 'no-notes': { type: 'boolean' }, treaty: { type: 'string' } },
    help: cliText('help.diagram'),
    run: async ({ values }, io) => {
      const treaty = values.treaty === undefined ? undefined : shippedTreaty(values.treaty);
      const { machineDiagram } = await engine();
      io.stdout.write(`${machineDiagram({ notes: values['no-notes'] !== true, ...(treaty && { treaty }) })}\n`);
      return 0;
    },
  },
};

/** The most characters of an error message the CLI prints on one line. */
const MAX_MESSAGE = 1000;

/** `text` cut to `max` characters, saying how many were left out. */
function bounded(text: string, max = MAX_MESSAGE): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function oneLine(error: WithdrawalError): string {
  const where =
    error.code === 'INVALID_INPUT' || error.code === 'INVALID_EVENT' || error.code === 'INVALID_PROFILE'
      ? cliText('fixTheScenario')
      : '';
  return visible(`error ${error.code}: ${bounded(error.message).replace(/\s+/g, ' ')}${where}`);
}

/** Errors of writing the output (a closed pipe, a full disk): one line, exit code 1. */
const OUTPUT_ERRORS = new Set(['EPIPE', 'ENOSPC', 'EIO', 'EBADF', 'EAGAIN']);

/** The one line for an error writing the output, or `undefined` when `error` is something else. */
export function outputFailure(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !OUTPUT_ERRORS.has(code)) return undefined;
  return `${cliText('cannotWrite', { code: code as OutputErrorCode })}\n`;
}

/** A command by name, looked up among the commands' own names only (`constructor`, `__proto__` are none). */
function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

/**
 * Runs the CLI with `argv` (without `node` and the script path). Writes results
 * to stdout and one line per error to stderr; never throws.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      // Nothing asked: the help is not the output, so it goes to standard error.
      io.stderr.write(cliText('help.main', { version: VERSION, maxBytes: MAX_INPUT_BYTES }));
      return 2;
    }
    if (name === '-h' || name === '--help' || name === 'help') {
      io.stdout.write(cliText('help.main', { version: VERSION, maxBytes: MAX_INPUT_BYTES }));
      return 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = commandNamed(name);
    if (!command) {
      throw usage('unknownCommand', { got: shown(name, 40), commands: Object.keys(commands) });
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      // Node's message adds advice about '--' that does not apply here; keep the first sentence.
      const message = ((error as Error).message.split(/\.\s/)[0] ?? 'bad arguments').replace(/^Unknown option/, 'unknown option');
      throw new UsageError(shown(message, 200), cliText('seeHelp', { command: name }));
    }
    if (parsed.values.help === true) {
      io.stdout.write(command.help);
      return 0;
    }
    if (command.positionals !== 'many' && parsed.positionals.length > command.positionals) {
      const extra = parsed.positionals[command.positionals] ?? '';
      throw new UsageError(cliText('unexpectedArgument', { got: shown(extra, 200) }), cliText('seeHelp', { command: name }));
    }
    const byParty = name === 'status' && (parsed.values.treaty !== undefined || parsed.values.party !== undefined);
    if (command.positionals === 'many' && parsed.positionals.length === 0 && !byParty) {
      throw usage('missingScenario', { several: true });
    }
    return await command.run(
      { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals },
      io,
    );
  } catch (error) {
    try {
      if (error instanceof UsageError) {
        io.stderr.write(`error: ${error.message}; ${error.hint}\n`);
        return 2;
      }
      if (isWithdrawalError(error)) {
        io.stderr.write(`${oneLine(error)}\n`);
        return 2;
      }
      const output = outputFailure(error);
      if (output !== undefined) {
        io.stderr.write(output);
        return 1;
      }
      const why = error instanceof Error ? error.message : String(error);
      io.stderr.write(`${visible(cliText('internalError', { why })).slice(0, 500)}\n`);
    } catch {
      // Standard error itself cannot be written: nothing more to say.
    }
    return 1;
  }
}
