import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { type CliIo, run } from '../../src/cli/main.js';
import { type Scenario, simulate, treatyIds } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const scenarios = join(root, 'examples', 'scenarios');
const tmp = mkdtempSync(join(tmpdir(), 'tw-cli-'));

function cliRun(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** A bad input is one line on stderr, exit code 2, and no stack trace. */
function expectOneLineError(result: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('the built CLI', () => {
  it('prints its version and help', () => {
    expect(cliRun(['--version']).stdout.trim()).toBe(pkg.version);
    const help = cliRun(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: treaty-withdrawal <command>');
    for (const command of ['simulate', 'status', 'explain', 'treaties', 'parties', 'diagram']) {
      const commandHelp = cliRun([command, '--help']);
      expect(commandHelp.code, command).toBe(0);
      expect(commandHelp.stdout).toContain(`Usage: treaty-withdrawal ${command}`);
    }
    expect(cliRun([]).code).toBe(2);
  });

  it('lists the shipped treaties', () => {
    const text = cliRun(['treaties']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ID\s+TREATY\s+RULE\s+ARTICLE/);
    expect(text.stdout).toMatch(/ottawa\s+Mine Ban Treaty\s+6 months after receipt\s+Art\. 20\(3\)/);
    expect(text.stdout.trim().split('\n')).toHaveLength(treatyIds.length + 1);
    const json = JSON.parse(cliRun(['treaties', '--format', 'json']).stdout) as { id: string }[];
    expect(json.map((t) => t.id)).toContain('who-constitution');
  });

  it('prints the machine as a Mermaid state diagram', () => {
    const diagram = cliRun(['diagram']);
    expect(diagram.stdout).toMatch(/^stateDiagram-v2/);
    expect(diagram.stdout).toContain('noticePeriod --> deferred');
    expect(cliRun(['diagram', '--no-notes']).stdout).not.toContain('note right of');
  });

  it('simulates a scenario file as an aligned timeline', () => {
    const result = cliRun(['simulate', join(scenarios, 'poland-2025.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('effective on 2026-02-20');
    expect(result.stdout).toMatch(/notice-period\s+2025-08-20\s+2026-02-20\s+Art\. 20\(3\)/);
    expect(result.stdout).not.toContain('\u001b['); // not a TTY: no colour codes
  });

  it('prints exactly the SimulationResult as JSON', () => {
    const path = join(scenarios, 'ukraine-2025.json');
    const result = cliRun(['simulate', path, '--format', 'json']);
    expect(result.code).toBe(0);
    const expected = simulate(JSON.parse(readFileSync(path, 'utf8')) as Scenario);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reads standard input and answers as of a date', () => {
    const input = JSON.stringify({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] });
    const result = cliRun(['simulate', '-', '--as-of', '2025-12-01', '--format', 'json'], input);
    expect(JSON.parse(result.stdout)).toMatchObject({
      outcome: 'notice-period',
      asOf: '2025-12-01',
      effectiveOn: '2026-02-20',
      effectiveOnProjected: true,
    });
  });

  it('renders a scenario as a Mermaid gantt chart', () => {
    const result = cliRun(['simulate', join(scenarios, 'ukraine-2025.json'), '--format', 'mermaid']);
    expect(result.stdout).toMatch(/^gantt\n/);
    expect(result.stdout).toContain('deferred (ongoing) :crit');
  });

  it('answers whether the party was bound on a date', () => {
    const text = cliRun(['status', join(scenarios, 'ukraine-2025-real.json'), '--on', '2026-06-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^2026-06-01: bound \(suspension-contested\)/);
    const json = JSON.parse(
      cliRun(['status', join(scenarios, 'poland-2025.json'), '--on', '2026-02-20', '--format', 'json']).stdout,
    );
    expect(json).toMatchObject({ date: '2026-02-20', bound: false, stage: 'effective', article: 'Art. 20(3)' });
  });

  it('explains every date with its article and link', () => {
    const text = cliRun(['explain', join(scenarios, 'ukraine-2025-real.json')]);
    expect(text.stdout).toContain('VCLT Arts. 62, 73');
    expect(text.stdout).toContain('https://');
    const json = JSON.parse(cliRun(['explain', join(scenarios, 'poland-2025.json'), '--format', 'json']).stdout) as {
      fact: string;
    }[];
    expect(json.map((s) => s.fact)).toContain('effect');
  });

  it('refuses every class of bad input with one line and exit code 2', () => {
    expectOneLineError(cliRun(['simulate', join(tmp, 'missing.json')]), /^error: cannot read .*missing\.json: no such file/);
    expectOneLineError(cliRun(['explain', tmp]), /^error: cannot read .*: it is a directory/);
    expectOneLineError(cliRun(['simulate', file('bad.json', '{"treaty": ')]), /^error: .*bad\.json is not valid JSON/);
    expectOneLineError(
      cliRun(['simulate', file('schema.json', '{"treaty":"ottawa","events":[{"type":"law.signed","date":"2025-02-30"}]}')]),
      /^error INVALID_EVENT: events\[0\]\.date: 2025-02-30 is not a calendar date/,
    );
    expectOneLineError(
      cliRun(['simulate', file('treaty.json', '{"treaty":"otawa","events":[]}')]),
      /^error UNKNOWN_TREATY: treaty: unknown treaty "otawa"/,
    );
    expectOneLineError(
      cliRun([
        'simulate',
        file(
          'refused.json',
          '{"treaty":"ottawa","procedure":"ukraine","events":[{"type":"instrument.deposited","date":"2025-07-18"}]}',
        ),
      ]),
      /^error PROCEDURE_INCOMPLETE: events\[0\]/,
    );
    expectOneLineError(cliRun(['frobnicate']), /^error: unknown command "frobnicate"/);
    expectOneLineError(cliRun(['simulate', '--bogus']), /^error: unknown option '--bogus'; see/);
    expectOneLineError(cliRun(['simulate']), /^error: missing the scenario file/);
    expectOneLineError(cliRun(['explain', 'a.json', 'b.json']), /^error: unexpected argument "b.json"/);
    expectOneLineError(
      cliRun(['simulate', join(scenarios, 'poland-2025.json'), '--format', 'xml']),
      /^error: unknown format "xml"; use --format text\|json\|mermaid/,
    );
    expectOneLineError(cliRun(['status', join(scenarios, 'poland-2025.json')]), /^error: missing --on DATE/);
    expectOneLineError(
      cliRun(['status', join(scenarios, 'poland-2025.json'), '--on', '2026-02-30']),
      /^error: --on "2026-02-30" is not a calendar date/,
    );
    expectOneLineError(cliRun(['simulate', '-'], 'not json'), /^error: standard input is not valid JSON/);
  });

  it('handles a 10 MB scenario file, refuses a larger one with its limit, and survives deep nesting', () => {
    const note = 'n'.repeat(990);
    const events = Array.from({ length: 10_000 }, () => ({ type: 'clock.advanced', date: '2025-01-01', note }));
    const big = file('big.json', JSON.stringify({ treaty: 'ottawa', events }));
    const ok = cliRun(['simulate', big, '--format', 'json']);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { events: unknown[] }).events).toHaveLength(10_000);
    const huge = file('huge.json', JSON.stringify({ treaty: 'ottawa', events: [], note: 'x'.repeat(17 * 1024 * 1024) }));
    expectOneLineError(
      cliRun(['simulate', huge]),
      /^error: .*huge\.json is larger than 16777216 bytes \(16 MiB\), the most the CLI reads/,
    );
    const deep = file('deep.json', `{"treaty":"ottawa","events":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expectOneLineError(cliRun(['simulate', deep]), /^error INVALID_EVENT: events\[0\]/);
  });
});

describe('the CLI in process', () => {
  function io(isTTY: boolean, env: Record<string, string> = {}) {
    let out = '';
    let err = '';
    const value: CliIo = {
      stdout: { write: (t: string) => (out += t), isTTY },
      stderr: { write: (t: string) => (err += t) },
      readInput: async () =>
        JSON.stringify({ treaty: 'ottawa', party: 'POL', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }),
      env,
    };
    return { value, out: () => out, err: () => err };
  }

  it('colours a terminal, and honours NO_COLOR and --no-color', async () => {
    const tty = io(true);
    expect(await run(['simulate', 'x.json'], tty.value)).toBe(0);
    expect(tty.out()).toContain('\u001b[');
    const noColor = io(true, { NO_COLOR: '1' });
    await run(['simulate', 'x.json'], noColor.value);
    expect(noColor.out()).not.toContain('\u001b[');
    const flag = io(true);
    await run(['simulate', 'x.json', '--no-color'], flag.value);
    expect(flag.out()).not.toContain('\u001b[');
  });

  it.each([
    ['--format', ['simulate', 'x.json', '--format']],
    ['--as-of', ['simulate', 'x.json', '--as-of']],
    ['--on', ['status', 'x.json', '--on']],
    ['an unknown option', ['simulate', 'x.json']],
    ['an extra argument', ['explain', 'x.json']],
  ])(
    'echoes a huge value with control characters given to %s in one short line, the characters shown (issue #19)',
    async (_, argv) => {
      const value = `\u001b[2J\u009b${'\u001b'.repeat(50_000)}`;
      const args = _ === 'an unknown option' ? [...argv, `--${value}`] : [...argv, value];
      const cli = io(false);
      expect(await run(args, cli.value)).toBe(2);
      expect(cli.err().split('\n')).toHaveLength(2);
      expect(cli.err().length).toBeLessThan(400);
      expect(cli.err()).toContain('\\u001b');
      expect(cli.err()).not.toMatch(/[\u001b\u009b]/);
    },
  );

  it('reports a failing read as one line, without throwing', async () => {
    const broken = io(false);
    const failing: CliIo = {
      ...broken.value,
      readInput: async () => {
        throw Object.assign(new Error('i/o error'), { code: 'EIO' });
      },
    };
    expect(await run(['simulate', 'x.json'], failing)).toBe(2);
    expect(broken.err()).toBe('error: cannot read x.json: i/o error; check the path\n');
  });
});
