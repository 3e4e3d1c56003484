/**
 * The CLI against hostile and unlucky input (issue #19, items 4–6) and its
 * batch mode (issue #18, item 7): bounded reads, devices and FIFOs, command
 * names from Object.prototype, output errors, control characters, several
 * scenarios at once, a BOM, --no-color everywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { type CliIo, MAX_INPUT_BYTES, run } from '../../src/cli/main.js';
import { decode, readFileBounded, readStreamBounded } from '../../src/cli/read.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const scenarios = join(root, 'examples', 'scenarios');
const tmp = mkdtempSync(join(tmpdir(), 'tw-cli-input-'));

function cliRun(args: string[], options: { input?: string | Buffer; stdout?: 'pipe' | number } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: options.input,
    encoding: 'utf8',
    timeout: 20_000,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr, signal: result.signal };
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

function expectOneLine(result: { code: number | null; stderr: string }, code: number, pattern: RegExp) {
  expect(result.code).toBe(code);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

const posix = process.platform !== 'win32';

describe('input bounded in bytes before it is read (issue #19, repro 4)', () => {
  it('states the limit in bytes', () => {
    expect(MAX_INPUT_BYTES).toBe(16_777_216);
  });

  it('refuses a 1 GB sparse file from its size, without reading it', () => {
    const path = join(tmp, 'sparse.json');
    writeFileSync(path, '');
    spawnSync('truncate', ['-s', '1G', path]);
    const result = cliRun(['simulate', path]);
    expectOneLine(result, 2, /^error: .*sparse\.json is larger than 16777216 bytes \(16 MiB\), the most the CLI reads/);
  });

  it('counts bytes, not characters: 6 MiB of three-byte characters (18 MiB) is refused', () => {
    const party = '€'.repeat(6 * 1024 * 1024);
    const result = cliRun(['simulate', file('euros.json', JSON.stringify({ treaty: 'ottawa', party, events: [] }))]);
    expectOneLine(result, 2, /is larger than 16777216 bytes/);
  });

  it('refuses more than the limit on standard input', () => {
    const result = cliRun(['simulate', '-'], { input: Buffer.alloc(MAX_INPUT_BYTES + 10, 0x20) });
    expectOneLine(result, 2, /^error: standard input is larger than 16777216 bytes/);
  });

  it.runIf(posix && existsSync('/dev/zero'))('refuses a device such as /dev/zero', () => {
    expectOneLine(cliRun(['simulate', '/dev/zero']), 2, /^error: cannot read \/dev\/zero: it is a device, not a regular file/);
  });

  it.runIf(posix)('refuses a FIFO with no writer at once instead of blocking', () => {
    const fifo = join(tmp, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const result = cliRun(['simulate', fifo]);
    expect(result.signal).toBeNull(); // not killed by the timeout
    expectOneLine(result, 2, /it is a FIFO \(named pipe\), not a regular file/);
  });

  it('reads at most limit + 1 bytes of a file, and a stream only until it passes the limit', async () => {
    await expect(readFileBounded(file('eleven.txt', 'x'.repeat(11)), 10)).rejects.toMatchObject({ code: 'ETOOBIG' });
    expect((await readFileBounded(file('ten.txt', 'x'.repeat(10)), 10)).length).toBe(10);
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(4);
      }
    }
    await expect(readStreamBounded(endless(), 10)).rejects.toMatchObject({ code: 'ETOOBIG' });
    expect(pulled).toBe(3);
  });

  it('strips a UTF-8 byte order mark (issue #18, item 7)', () => {
    expect(decode(Buffer.from('\ufeff{"a":1}'))).toBe('{"a":1}');
    const path = file(
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"treaty":"ottawa","events":[]}')]),
    );
    const result = cliRun(['simulate', path, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'in-procedure' });
  });
});

describe('control characters never reach the terminal (issue #19, repro 5)', () => {
  const hostile = JSON.stringify({
    treaty: 'ottawa',
    party: 'X\u001b[2J\u001b]8;;https://evil\u0007\r',
    events: [{ type: 'instrument.deposited', date: '2025-08-20' }],
  });
  // eslint-disable-next-line no-control-regex
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it.each([
    ['simulate', ['simulate', '-', '--no-color']],
    ['explain', ['explain', '-', '--no-color']],
    ['status', ['status', '-', '--on', '2026-01-01', '--no-color']],
    ['simulate --format mermaid', ['simulate', '-', '--format', 'mermaid']],
  ])('%s shows them as \\u escapes', (_, args) => {
    const result = cliRun(args, { input: hostile });
    expect(result.code).toBe(0);
    expect(raw.test(result.stdout)).toBe(false);
    expect(result.stdout + result.stderr).not.toContain('\u001b');
  });

  it('status says the party escaped', () => {
    const result = cliRun(['status', '-', '--on', '2026-01-01'], { input: hostile });
    expect(result.stdout).toContain('X\\u001b[2J');
  });

  it('error lines too', () => {
    const result = cliRun(['simulate', '-'], { input: JSON.stringify({ treaty: 'otta\u001bwa', events: [] }) });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('error lines stay short', () => {
  it('keeps the line for a huge unknown key short, the key cut to a prefix with its length', async () => {
    let err = '';
    const io: CliIo = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (err += t) },
      readInput: async () => JSON.stringify({ treaty: 'ottawa', events: [], ['k'.repeat(100_000)]: 1 }),
      env: {},
    };
    expect(await run(['simulate', 'x.json'], io)).toBe(2);
    expect(err.split('\n')).toHaveLength(2);
    expect(err.length).toBeLessThan(1200);
    // The library cuts the echoed key; the CLI would cut any line over 1000 characters as well.
    expect(err).toMatch(/…" \(100000 characters\)/);
  });
});

describe('command lookup and output errors (issue #19, repro 6)', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('"%s" is an unknown command, exit 2', (name) => {
    expectOneLine(cliRun([name]), 2, new RegExp(`^error: unknown command "${name}"`));
  });

  it('with no arguments prints the help on standard error, exit 2', () => {
    const result = cliRun([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: treaty-withdrawal <command>');
  });

  it.runIf(posix && existsSync('/dev/full'))('writing to a full device ends with one line and exit 1, no stack trace', () => {
    const result = spawnSync(`"${process.execPath}" "${cli}" simulate "${join(scenarios, 'poland-2025.json')}" > /dev/full`, {
      shell: '/bin/sh',
      encoding: 'utf8',
      cwd: root,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('error: cannot write the output (ENOSPC: no space left on the device)\n');
  });

  it.runIf(posix)('a reader that closes the pipe early ends it with one line and exit 1, no stack trace', () => {
    const many = Array.from({ length: 40 }, () => scenarios);
    const result = spawnSync(
      `"${process.execPath}" "${cli}" simulate ${many.map((p) => `"${p}"`).join(' ')} --format jsonl | head -c 1 > /dev/null; echo "rc=\${PIPESTATUS:-}"`,
      {
        shell: '/bin/bash',
        encoding: 'utf8',
        cwd: root,
      },
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    if (result.stderr !== '') expect(result.stderr).toBe('error: cannot write the output (EPIPE: the reader closed the pipe)\n');
  });

  it('in process: an output error from a write is one line and exit 1', async () => {
    let err = '';
    const io: CliIo = {
      stdout: {
        write: () => {
          throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        },
      },
      stderr: { write: (t: string) => (err += t) },
      readInput: async () => '',
      env: {},
    };
    expect(await run(['treaties'], io)).toBe(1);
    expect(err).toBe('error: cannot write the output (EPIPE: the reader closed the pipe)\n');
  });
});

describe('several scenarios at once (issue #18, item 7)', () => {
  const dir = join(tmp, 'batch');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'a.json'),
    JSON.stringify({ treaty: 'ottawa', party: 'POL', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }),
  );
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ treaty: 'otawa', events: [] }));
  writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
  const ndjson = [
    JSON.stringify({ treaty: 'ottawa', party: 'EST', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] }),
    '',
    JSON.stringify({ treaty: 'ottawa', party: '=cmd', events: [] }),
  ].join('\n');

  it('a directory gives a text table, one row per .json file, and exit 2 when one fails', () => {
    const result = cliRun(['simulate', dir]);
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SOURCE\s+PARTY\s+TREATY\s+OUTCOME\s+EFFECTIVE ON\s+NOTICE EXPIRES ON\s+ERROR$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/a\.json\s+POL\s+ottawa\s+effective\s+2026-02-20\s+2026-02-20$/);
    expect(lines[2]).toMatch(/b\.json\s+error\s+UNKNOWN_TREATY: treaty: unknown treaty "otawa"/);
  });

  it('NDJSON on standard input gives JSON lines, one per scenario, with the line number', () => {
    const result = cliRun(['simulate', '-', '--format', 'jsonl'], { input: ndjson });
    expect(result.code).toBe(0);
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { source: string; result: { party: string; effectiveOn: string | null } });
    expect(rows.map((r) => [r.source, r.result.party, r.result.effectiveOn])).toEqual([
      ['-:1', 'EST', '2025-12-27'],
      ['-:3', '=cmd', null],
    ]);
  });

  it('a pretty-printed document with a typo on standard input is one JSON error, not NDJSON rows', () => {
    const result = cliRun(['simulate', '-'], { input: '{\n  "treaty": "ottawa",\n  "events": [\n}\n' });
    expectOneLine(result, 2, /^error: standard input is not valid JSON/);
  });

  it('several files give CSV, with a formula-looking cell quoted as text', () => {
    const nd = file('more.ndjson', ndjson);
    const result = cliRun(['simulate', join(scenarios, 'poland-2025.json'), nd, '--format', 'csv']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('"source","party","treaty","outcome","receivedOn","noticeExpiresOn","effectiveOn","error"');
    expect(lines[1]).toMatch(/poland-2025\.json","Poland","ottawa","effective","2025-08-20","2026-02-20","2026-02-20",""$/);
    expect(lines[3]).toMatch(/more\.ndjson:3","'=cmd","ottawa","in-procedure",/);
  });

  it('status answers for each scenario', () => {
    const result = cliRun(['status', scenarios, '--on', '2026-06-01']);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => l.split(/\s{2,}/).slice(1, 6)),
    ).toEqual([
      ['Poland', 'ottawa', '2026-06-01', 'false', 'effective'],
      ['Ukraine', 'ottawa', '2026-06-01', 'true', 'suspension-contested'],
      ['Ukraine', 'ottawa', '2026-06-01', 'true', 'deferred'],
    ]);
  });

  it('refuses a single-scenario format for several scenarios', () => {
    expectOneLine(
      cliRun(['simulate', dir, '--format', 'mermaid']),
      2,
      /^error: unknown format "mermaid" for several scenarios; use --format table\|csv\|jsonl/,
    );
  });
});

describe('--no-color on every command (issue #18, item 7)', () => {
  it.each([
    ['simulate', join(scenarios, 'poland-2025.json')],
    ['status', join(scenarios, 'poland-2025.json'), '--on', '2026-01-01'],
    ['explain', join(scenarios, 'poland-2025.json')],
    ['treaties'],
    ['diagram'],
  ])('%s accepts --no-color', (...args) => {
    const result = cliRun([...args, '--no-color']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('the example scenarios ship in the package (issue #18, item 7)', () => {
  it('package.json lists examples/scenarios in files', () => {
    expect(pkg.files).toContain('examples/scenarios');
  });
});
