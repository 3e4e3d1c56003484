/**
 * The words of the CLI: its help and the messages of its usage errors, worded
 * by the library's one formatter (wordFrom) from this table. It is a table of
 * its own, beside the CLI, rather than a part of src/errors/messages.ts,
 * because the library's bundles would carry every word of it: the CLI is
 * bundled on its own (tsup's cli entry), and nothing of the library imports
 * this file. Its keys are not keys of `MessageTable` (a `localize` table does
 * not reach the CLI, which speaks English only).
 */
import { wordFrom } from '../errors/messages.js';

/** The codes of the errors of writing the output that the CLI names (a closed pipe, a full disk). */
export type OutputErrorCode = 'EPIPE' | 'ENOSPC' | 'EIO' | 'EBADF' | 'EAGAIN';

/** The column headings of the CLI's tables and CSV output, by command (CSV readers match them: change with care). */
export const cliColumns = {
  simulate: ['SOURCE', 'PARTY', 'TREATY', 'OUTCOME', 'EFFECTIVE ON', 'NOTICE EXPIRES ON', 'ERROR'],
  status: ['SOURCE', 'PARTY', 'TREATY', 'ON', 'BOUND', 'STAGE', 'ARTICLE', 'ERROR'],
  treaties: ['ID', 'TREATY', 'RULE', 'ARTICLE'],
  parties: ['CODE', 'NAME', 'INSTRUMENT', 'DEPOSITED', 'ENTRY INTO FORCE', 'WITHDRAWAL'],
  partiesCsv: ['CODE', 'NAME', 'INSTRUMENT', 'DEPOSITED', 'ENTRY INTO FORCE', 'WITHDRAWAL RECEIVED', 'WITHDRAWAL EFFECTIVE'],
} as const;

export const cliMessages = {
  'help.main': (p: {
    version: string;
    maxBytes: number;
  }) => `treaty-withdrawal ${p.version}: how a state leaves a treaty, day by day, with the article behind every date.

Usage: treaty-withdrawal <command> [options]

Commands:
  simulate <file|dir|->...  simulate scenarios (JSON) and print their timelines
  status <file|dir|->...    was the party bound on a date? (--on DATE)
  status --treaty ID --party CODE --on DATE
                            the same from the shipped party data, without a file
  parties <treaty>          the shipped party data of a treaty (--on DATE)
  explain <file|->          the derivation of every date, with articles and links
  treaties                  the shipped treaty profiles
  diagram [--treaty ID]     the withdrawal machine as a Mermaid state diagram

Options:
  -h, --help          help for the command
  -v, --version       the version

A scenario is JSON such as:
  {"treaty":"ottawa","party":"POL","events":[{"type":"instrument.deposited","date":"2025-08-20"}]}
Read it from a file, or from standard input with "-". Several files, a directory
(its .json and .ndjson files) or NDJSON (one scenario a line) give one row per
scenario. Each input may hold at most ${p.maxBytes} bytes (16 MiB).

Run "treaty-withdrawal <command> --help" for the options of a command.
`,
  'help.simulate': (p: { maxBytes: number }) => `Usage: treaty-withdrawal simulate <file|dir|->... [--as-of DATE] [--format F]

Simulates a scenario and prints its timeline: each stage with its dates and the
rule and article behind it. Several files, a directory or NDJSON (a .ndjson file,
or several lines on standard input) print one row per scenario instead.

Options:
  --as-of DATE        answer as of this date (later events are not applied)
  -f, --format F      one scenario: text (default), json (exactly the
                      SimulationResult), mermaid (a gantt chart), ics (the key
                      dates as an iCalendar file) or csv (one row);
                      several: table (default), csv (a row each, after its
                      source), jsonl (one JSON object a line) or ics (one calendar)
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)

Each input may hold at most ${p.maxBytes} bytes (16 MiB).
`,
  'help.status': (p: { maxBytes: number }) => `Usage: treaty-withdrawal status <file|dir|->... --on DATE [--format F]
       treaty-withdrawal status --treaty ID --party CODE --on DATE [--format text|json]

Says whether the party was bound by the treaty on DATE, with the stage, the
reason and the article. Several files, a directory or NDJSON print one row per
scenario. With --treaty and --party instead of a file, answers for a party with
no withdrawal steps, from the shipped party data (when the treaty has it):
the same as a scenario {"treaty": ID, "party": CODE, "events": []}.

Options:
  --on DATE           the date to ask about (required)
  --treaty ID         a shipped treaty profile (see "treaty-withdrawal treaties")
  --party CODE        the state, as an ISO 3166-1 alpha-3 code (POL)
  -f, --format F      one scenario: text (default) or json;
                      several: table (default), csv or jsonl
  --no-color          no colours (status prints none; accepted everywhere)

Each input may hold at most ${p.maxBytes} bytes (16 MiB).
`,
  'help.explain': (p: { maxBytes: number }) => `Usage: treaty-withdrawal explain <file|-> [--as-of DATE] [--format text|json]

Prints the derivation of every date: the rule, the article and the link to its
text, with month-end clamping marked.

Options:
  --as-of DATE        answer as of this date
  -f, --format F      text (default) or json (the explanation steps)
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)

The input may hold at most ${p.maxBytes} bytes (16 MiB).
`,
  'help.treaties': () => `Usage: treaty-withdrawal treaties [--format text|json]

Lists the shipped treaty profiles: id, name, rule and article.

Options:
  -f, --format F      text (default) or json (the full profiles)
  --no-color          no colours (treaties prints none; accepted everywhere)
`,
  'help.parties': () => `Usage: treaty-withdrawal parties <treaty> [--on DATE] [--format text|json|csv]

Lists the shipped party data of a treaty: each state's code, English name, the
instrument it deposited, the day of deposit, the day the treaty entered into
force for it and any withdrawal (received → effective), with the source.

Options:
  --on DATE           only the states that were parties on DATE (in force for
                      them, no withdrawal in effect)
  -f, --format F      text (default), json (the records, each with its name) or
                      csv (CRLF line ends, RFC 4180)
  --no-color          no colours (parties prints none; accepted everywhere)
`,
  'help.diagram': () => `Usage: treaty-withdrawal diagram [--treaty ID] [--no-notes]

Prints the withdrawal machine as a Mermaid state diagram, generated from its
definition: states with their outcome and article, transitions with their
event and article.

Options:
  --treaty ID         cite this shipped profile's own articles where it has the provision
  --no-notes          leave out the description notes
  --no-color          no colours (diagram prints none; accepted everywhere)
`,

  // Usage errors: each message, and `.hint`, what to do (printed `error: message; hint`).
  unknownFormat: (p: { got: string; allowed: readonly string[] }) => `unknown format "${p.got}"`,
  'unknownFormat.hint': (p: { allowed: readonly string[] }) => `use --format ${p.allowed.join('|')}`,
  notADate: (p: { name: string; got: string }) => `--${p.name} "${p.got}" is not a calendar date`,
  'notADate.hint': (p: { name: string }) => `write it YYYY-MM-DD, e.g. --${p.name} 2026-02-20`,
  standardInput: () => 'standard input',
  tooBig: (p: { name: string; max: number; bytes: number | undefined }) =>
    `${p.name} is larger than ${p.max} bytes (16 MiB), the most the CLI reads${p.bytes !== undefined ? ` (${p.bytes} bytes or more)` : ''}`,
  'tooBig.hint': () => 'a scenario holds at most 10 000 events; split it',
  notRegular: (p: { name: string; kind: string }) => `cannot read ${p.name}: it is ${p.kind}, not a regular file`,
  'notRegular.hint': () => 'pass a file, or pipe the data to standard input with "-"',
  cannotRead: (p: { name: string; code: 'ENOENT' | 'EISDIR' | 'EACCES' | undefined; message: string | undefined }) =>
    `cannot read ${p.name}: ${p.code === 'ENOENT' ? 'no such file' : p.code === 'EISDIR' ? 'it is a directory' : p.code === 'EACCES' ? 'permission denied' : (p.message ?? 'unreadable')}`,
  'cannotRead.hint': () => 'check the path',
  notJson: (p: { name: string; why: string }) => `${p.name} is not valid JSON: ${p.why}`,
  'notJson.hint': () => 'fix the JSON syntax',
  missingScenario: () => 'missing the scenario file',
  'missingScenario.hint': (p: { several: boolean }) =>
    `give a path to a JSON file, ${p.several ? 'a directory, ' : ''}or "-" to read standard input`,
  lineNotJson: (p: { why: string }) => `not valid JSON: ${p.why}`,
  emptyDirectory: () => 'the directory holds no .json or .ndjson file',
  unknownBatchFormat: (p: { got: string; allowed: readonly string[] }) => `unknown format "${p.got}" for several scenarios`,
  'unknownBatchFormat.hint': (p: { allowed: readonly string[] }) => `use --format ${p.allowed.join('|')}`,
  unknownTreaty: (p: { got: string }) => `unknown treaty "${p.got}"`,
  'unknownTreaty.hint': () => 'see "treaty-withdrawal treaties" for the ids',
  argumentWithTreaty: (p: { got: string }) => `unexpected argument "${p.got}" with --treaty`,
  'argumentWithTreaty.hint': () => 'give either a scenario file or --treaty and --party',
  missingTreatyOrParty: (p: { missing: 'treaty' | 'party' }) =>
    p.missing === 'treaty' ? 'missing --treaty ID with --party' : 'missing --party CODE with --treaty',
  'missingTreatyOrParty.hint': () => 'e.g. --treaty ottawa --party POL',
  notACode: (p: { got: string }) => `--party "${p.got}" is not an ISO 3166-1 alpha-3 code`,
  'notACode.hint': () => 'e.g. --party POL for Poland',
  missingOn: () => 'missing --on DATE',
  'missingOn.hint': () => 'e.g. --on 2026-02-20',
  missingTreaty: () => 'missing the treaty',
  'missingTreaty.hint': () => 'e.g. "treaty-withdrawal parties ottawa"',
  noPartyData: (p: { got: string; treaty: boolean }) =>
    p.treaty ? `no party data for "${p.got}" in this version` : `unknown treaty "${p.got}"`,
  'noPartyData.hint': (p: { known: string }) => `treaties with party data: ${p.known}`,
  fixTheScenario: () => ' (fix the scenario file)',
  cannotWrite: (p: { code: OutputErrorCode }) =>
    `error: cannot write the output (${p.code}: ${({ EPIPE: 'the reader closed the pipe', ENOSPC: 'no space left on the device', EIO: 'an input/output error', EBADF: 'the output is closed', EAGAIN: 'the output would block' } as const)[p.code]})`,
  unknownCommand: (p: { got: string }) => `unknown command "${p.got}"`,
  'unknownCommand.hint': (p: { commands: readonly string[] }) => `commands: ${p.commands.join(', ')}; see --help`,
  seeHelp: (p: { command: string }) => `see "treaty-withdrawal ${p.command} --help"`,
  unexpectedArgument: (p: { got: string }) => `unexpected argument "${p.got}"`,
  internalError: (p: { why: string }) => `internal error: ${p.why}; please report it`,
} as const;

type CliMessages = typeof cliMessages;
/** The key of a CLI message. */
export type CliKey = keyof CliMessages;
type CliParams<K extends CliKey> = Parameters<CliMessages[K]>[0];

/** A CLI message in words: the entry of `key` with its parameters. */
export function cliText<K extends CliKey>(key: K, ...params: CliParams<K> extends undefined ? [] : [CliParams<K>]): string {
  return wordFrom(cliMessages, { key, params: params[0] }, undefined);
}

/** The keys of the usage errors: those with a `.hint`. */
/** An entry's parameters, or none. */
type Given<P> = [P] extends [undefined] ? Record<never, never> : P;

export type UsageKey = { [K in CliKey]: `${K}.hint` extends CliKey ? K : never }[CliKey];

/** A usage error's words: its message and its hint (what to do), both from the table, from the same parameters. */
export function usageWords<K extends UsageKey>(
  key: K,
  params: Given<CliParams<K>> & Given<CliParams<`${K}.hint` & CliKey>>,
): [message: string, hint: string] {
  return [wordFrom(cliMessages, { key, params }, undefined), wordFrom(cliMessages, { key: `${key}.hint`, params }, undefined)];
}
