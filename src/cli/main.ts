/**
 * The `treaty-withdrawal` command line. Parsing and output only: every answer
 * comes from the public API. `run` takes its arguments and streams so tests
 * can call it without spawning a process; `bin.ts` wires it to the real ones.
 */
import { parseArgs } from 'node:util';
import { type CalendarDate, isCalendarDate } from '../dates/calendar-date.js';
import { isWithdrawalError, type WithdrawalError } from '../errors/withdrawal-error.js';
import type { Scenario } from '../simulate/scenario.js';
import { treaties } from '../treaties/catalog.js';
import { describeEffectRule } from '../treaties/notice.js';

// Commands that simulate load the machine (xstate) and the schemas (zod) on
// demand, so listing treaties or printing help starts as fast as node itself.
const engine = () => import('./engine.js');

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The streams and environment the CLI talks to. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  /** Reads a file, or standard input for `-`; rejects with a Node error on failure. */
  readonly readInput: (path: string) => Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 success, 2 bad input or usage, 1 an unexpected failure. */
export type ExitCode = 0 | 1 | 2;

/** The largest input the CLI reads; a scenario of the maximum 10 000 events is far smaller. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const MAIN_HELP = `treaty-withdrawal ${VERSION}: how a state leaves a treaty, day by day, with the article behind every date.

Usage: treaty-withdrawal <command> [options]

Commands:
  simulate <file|->   simulate a scenario (JSON) and print its timeline
  status <file|->     was the party bound on a date? (--on DATE)
  explain <file|->    the derivation of every date, with articles and links
  treaties            the shipped treaty profiles
  diagram             the withdrawal machine as a Mermaid state diagram

Options:
  -h, --help          help for the command
  -v, --version       the version

A scenario is JSON such as:
  {"treaty":"ottawa","party":"POL","events":[{"type":"instrument.deposited","date":"2025-08-20"}]}
Read it from a file, or from standard input with "-".

Run "treaty-withdrawal <command> --help" for the options of a command.
`;

interface Command {
  readonly help: string;
  readonly options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  readonly positionals: 0 | 1;
  readonly run: (input: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: CliIo) => Promise<void>;
}

function color(io: CliIo, wanted: string | boolean | undefined): boolean {
  if (wanted === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}

function format(values: Record<string, string | boolean | undefined>, allowed: readonly string[]): string {
  const value = (values.format as string | undefined) ?? allowed[0] ?? 'text';
  if (!allowed.includes(value)) {
    throw new UsageError(`unknown format "${value}"`, `use --format ${allowed.join('|')}`);
  }
  return value;
}

function dateOption(values: Record<string, string | boolean | undefined>, name: string): CalendarDate | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new UsageError(`--${name} ${JSON.stringify(value)} is not a calendar date`, `write it YYYY-MM-DD, e.g. --${name} 2026-02-20`);
  }
  return value;
}

async function readScenario(path: string | undefined, io: CliIo): Promise<Scenario> {
  if (path === undefined) {
    throw new UsageError('missing the scenario file', 'give a path to a JSON file, or "-" to read standard input');
  }
  let text: string;
  try {
    text = await io.readInput(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : ((error as Error).message ?? 'unreadable');
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`, 'check the path');
  }
  if (text.length > MAX_INPUT_BYTES) {
    throw new UsageError(`${path === '-' ? 'standard input' : path} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`, 'a scenario holds at most 10 000 events; split it');
  }
  try {
    return JSON.parse(text) as Scenario;
  } catch (error) {
    throw new UsageError(`${path === '-' ? 'standard input' : path} is not valid JSON: ${(error as Error).message}`, 'fix the JSON syntax');
  }
}

const formatOption = { format: { type: 'string' as const, short: 'f' } };
const colorOption = { color: { type: 'boolean' as const }, 'no-color': { type: 'boolean' as const } };

function colorWanted(values: Record<string, string | boolean | undefined>): boolean | undefined {
  if (values['no-color'] === true) return false;
  return values.color === true ? true : undefined;
}

const commands: Record<string, Command> = {
  simulate: {
    positionals: 1,
    options: { ...formatOption, ...colorOption, 'as-of': { type: 'string' } },
    help: `Usage: treaty-withdrawal simulate <file|-> [--as-of DATE] [--format text|json|mermaid]

Simulates a scenario and prints its timeline: each stage with its dates and the
rule and article behind it.

Options:
  --as-of DATE        answer as of this date (later events are not applied)
  -f, --format F      text (default), json (exactly the SimulationResult) or
                      mermaid (a gantt chart)
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)
`,
    run: async ({ values, positionals }, io) => {
      const output = format(values, ['text', 'json', 'mermaid']);
      const asOf = dateOption(values, 'as-of');
      const scenario = await readScenario(positionals[0], io);
      const { simulate, ganttTimeline, renderTimeline } = await engine();
      const result = simulate(asOf === undefined ? scenario : ({ ...scenario, asOf } as Scenario));
      if (output === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (output === 'mermaid') io.stdout.write(`${ganttTimeline(result)}\n`);
      else io.stdout.write(`${renderTimeline(result, { color: color(io, colorWanted(values)) })}\n`);
    },
  },
  status: {
    positionals: 1,
    options: { ...formatOption, on: { type: 'string' } },
    help: `Usage: treaty-withdrawal status <file|-> --on DATE [--format text|json]

Says whether the party was bound by the treaty on DATE, with the stage, the
reason and the article.

Options:
  --on DATE           the date to ask about (required)
  -f, --format F      text (default) or json
`,
    run: async ({ values, positionals }, io) => {
      const output = format(values, ['text', 'json']);
      const on = dateOption(values, 'on');
      if (on === undefined) throw new UsageError('missing --on DATE', 'e.g. --on 2026-02-20');
      const scenario = await readScenario(positionals[0], io);
      const { simulate, statusOn } = await engine();
      const status = statusOn(simulate(scenario), on);
      if (output === 'json') io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      else io.stdout.write(`${on}: ${status.bound ? 'bound' : 'not bound'} (${status.stage})\n${status.reason}\n${status.article} · ${status.source}\n`);
    },
  },
  explain: {
    positionals: 1,
    options: { ...formatOption, ...colorOption, 'as-of': { type: 'string' } },
    help: `Usage: treaty-withdrawal explain <file|-> [--as-of DATE] [--format text|json]

Prints the derivation of every date: the rule, the article and the link to its
text, with month-end clamping marked.

Options:
  --as-of DATE        answer as of this date
  -f, --format F      text (default) or json (the explanation steps)
`,
    run: async ({ values, positionals }, io) => {
      const output = format(values, ['text', 'json']);
      const asOf = dateOption(values, 'as-of');
      const scenario = await readScenario(positionals[0], io);
      const { simulate, renderExplanation } = await engine();
      const result = simulate(asOf === undefined ? scenario : ({ ...scenario, asOf } as Scenario));
      if (output === 'json') io.stdout.write(`${JSON.stringify(result.explanation, null, 2)}\n`);
      else io.stdout.write(`${renderExplanation(result, { color: color(io, colorWanted(values)) })}\n`);
    },
  },
  treaties: {
    positionals: 0,
    options: { ...formatOption },
    help: `Usage: treaty-withdrawal treaties [--format text|json]

Lists the shipped treaty profiles: id, name, rule and article.

Options:
  -f, --format F      text (default) or json (the full profiles)
`,
    run: async ({ values }, io) => {
      const output = format(values, ['text', 'json']);
      if (output === 'json') {
        io.stdout.write(`${JSON.stringify(treaties, null, 2)}\n`);
        return;
      }
      const rows = treaties.map((t) => [t.id, t.shortName, describeEffectRule(t.withdrawal.effect), t.withdrawal.effect?.article ?? '—']);
      const header = ['ID', 'TREATY', 'RULE', 'ARTICLE'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
      const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
      io.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
    },
  },
  diagram: {
    positionals: 0,
    options: { 'no-notes': { type: 'boolean' } },
    help: `Usage: treaty-withdrawal diagram [--no-notes]

Prints the withdrawal machine as a Mermaid state diagram, generated from its
definition: states with their outcome and article, transitions with their
event and article.

Options:
  --no-notes          leave out the description notes
`,
    run: async ({ values }, io) => {
      const { machineDiagram } = await engine();
      io.stdout.write(`${machineDiagram({ notes: values['no-notes'] !== true })}\n`);
    },
  },
};

function oneLine(error: WithdrawalError): string {
  const where = error.code === 'INVALID_INPUT' || error.code === 'INVALID_EVENT' || error.code === 'INVALID_PROFILE' ? ' (fix the scenario file)' : '';
  return `error ${error.code}: ${error.message.replace(/\s+/g, ' ')}${where}`;
}

/**
 * Runs the CLI with `argv` (without `node` and the script path). Writes results
 * to stdout and one line per error to stderr; never throws.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout.write(MAIN_HELP);
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = commands[name];
    if (!command) {
      throw new UsageError(`unknown command "${name}"`, `commands: ${Object.keys(commands).join(', ')}; see --help`);
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
      throw new UsageError(message, `see "treaty-withdrawal ${name} --help"`);
    }
    if (parsed.values.help === true) {
      io.stdout.write(command.help);
      return 0;
    }
    if (parsed.positionals.length > command.positionals) {
      throw new UsageError(
        `unexpected argument "${parsed.positionals[command.positionals]}"`,
        `see "treaty-withdrawal ${name} --help"`,
      );
    }
    await command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}; ${error.hint}\n`);
      return 2;
    }
    if (isWithdrawalError(error)) {
      io.stderr.write(`${oneLine(error)}\n`);
      return 2;
    }
    io.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}; please report it\n`);
    return 1;
  }
}
