/**
 * The CLI's party-data pieces (issue #17, item 4; issue #18, items 6–7):
 * `status --treaty --party`, `parties`, `simulate --format ics|csv` and
 * `diagram --treaty`. Run in process through `run`, with files read from disk.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../src/cli/main.js';
import { simulate, statusOn } from '../../src/index.js';

const scenarios = fileURLToPath(new URL('../../examples/scenarios', import.meta.url));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    readInput: (path) => readFile(path, 'utf8'),
    expandPath: async (path) =>
      (await stat(path)).isDirectory()
        ? (await readdir(path))
            .filter((f) => /\.(nd)?json$/.test(f))
            .sort()
            .map((f) => join(path, f))
        : [path],
    env: {},
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Bad input: exit code 2, nothing on stdout, one line on stderr matching `pattern`. */
function expectOneLine(result: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('status --treaty --party (no scenario file)', () => {
  it('says Poland was not bound the day before the Mine Ban Treaty entered into force for it', async () => {
    const result = await cli(['status', '--treaty', 'ottawa', '--party', 'POL', '--on', '2013-05-31']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Poland (POL) · Mine Ban Treaty');
    expect(lines[1]).toBe('2013-05-31: not bound (not-a-party)');
    expect(lines[2]).toContain('entered into force for Poland (POL) on 2013-06-01');
  });

  it('says bound from the day of entry into force, and takes the code in any case', async () => {
    const result = await cli(['status', '--treaty', 'ottawa', '--party', 'pol', '--on', '2013-06-01']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('2013-06-01: bound (not-started)');
  });

  it('prints with --format json exactly the ComplianceStatus of a scenario with no events', async () => {
    const result = await cli(['status', '--treaty', 'ottawa', '--party', 'POL', '--on', '2026-03-01', '--format', 'json']);
    expect(result.code).toBe(0);
    const expected = statusOn(simulate({ treaty: 'ottawa', party: 'POL', events: [] }), '2026-03-01');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.bound).toBe(false);
  });

  it('answers not bound for a known non-party', async () => {
    const result = await cli(['status', '--treaty', 'ottawa', '--party', 'USA', '--on', '2020-01-01']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'United States (USA) · Mine Ban Treaty',
      '2020-01-01: not bound (not-a-party)',
    ]);
  });

  it('warns on standard error for a code the data does not know, and still answers', async () => {
    const result = await cli(['status', '--treaty', 'ottawa', '--party', 'XYZ', '--on', '2020-01-01']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('XYZ · Mine Ban Treaty');
    expect(result.stderr).toMatch(/^warning PARTY_NOT_IN_DATA: "XYZ" is not in the shipped party data/);
  });

  it.each([
    [
      ['--treaty', 'ottawa', '--party', 'Poland', '--on', '2013-06-01'],
      /^error: --party "Poland" is not an ISO 3166-1 alpha-3 code; e\.g\. --party POL/,
    ],
    [
      ['--treaty', 'otawa', '--party', 'POL', '--on', '2013-06-01'],
      /^error: unknown treaty "otawa"; see "treaty-withdrawal treaties"/,
    ],
    [['--party', 'POL', '--on', '2013-06-01'], /^error: missing --treaty ID with --party/],
    [['--treaty', 'ottawa', '--on', '2013-06-01'], /^error: missing --party CODE with --treaty/],
    [['--treaty', 'ottawa', '--party', 'POL'], /^error: missing --on DATE/],
    [['--treaty', 'ottawa', '--party', 'POL', '--on', '2013-02-30'], /^error: --on "2013-02-30" is not a calendar date/],
    [
      ['--treaty', 'ottawa', '--party', 'POL', '--on', '2013-06-01', '--format', 'csv'],
      /^error: unknown format "csv"; use --format text\|json/,
    ],
    [
      ['x.json', '--treaty', 'ottawa', '--party', 'POL', '--on', '2013-06-01'],
      /^error: unexpected argument "x\.json" with --treaty/,
    ],
  ])('refuses bad input %j with one line and exit code 2', async (args, pattern) => {
    expectOneLine(await cli(['status', ...args]), pattern);
  });
});

describe('parties', () => {
  it('lists the Mine Ban Treaty parties with names, instruments, dates and withdrawals', async () => {
    const result = await cli(['parties', 'ottawa']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+NAME\s+INSTRUMENT\s+DEPOSITED\s+ENTRY INTO FORCE\s+WITHDRAWAL$/);
    expect(lines.find((l) => l.startsWith('POL'))).toMatch(
      /^POL\s+Poland\s+ratification\s+2012-12-27\s+2013-06-01\s+2025-08-20 → 2026-02-20$/,
    );
    expect(lines.length).toBe(1 + 166 + 1);
    expect(lines.at(-1)).toMatch(/^166 states · as of \d{4}-\d{2}-\d{2} · https:\/\//);
  });

  it('--on keeps only the parties on that date', async () => {
    const result = await cli(['parties', 'ottawa', '--on', '2018-06-01', '--format', 'json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { code: string; name: string }[];
    expect(rows).toHaveLength(164);
    const after = JSON.parse((await cli(['parties', 'ottawa', '--on', '2026-03-01', '--format', 'json'])).stdout) as {
      code: string;
    }[];
    expect(after.some((r) => r.code === 'POL')).toBe(false);
    expect(rows.find((r) => r.code === 'POL')).toEqual({
      code: 'POL',
      name: 'Poland',
      instrument: 'ratification',
      deposited: '2012-12-27',
      entryIntoForce: '2013-06-01',
      withdrawal: expect.objectContaining({ received: '2025-08-20', effective: '2026-02-20' }),
    });
  });

  it('prints CSV with a header and CRLF line ends', async () => {
    const result = await cli(['parties', 'ottawa', '--format', 'csv']);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('code,name,instrument,deposited,entry_into_force,withdrawal_received,withdrawal_effective');
    expect(lines).toContain('POL,Poland,ratification,2012-12-27,2013-06-01,2025-08-20,2026-02-20');
  });

  it.each([
    [
      ['parties', 'paris-agreement'],
      /^error: no party data for "paris-agreement" in this version; treaties with party data: ottawa, ccm, rome-statute/,
    ],
    [['parties', 'zzz'], /^error: unknown treaty "zzz"/],
    [['parties'], /^error: missing the treaty/],
    [['parties', 'ottawa', '--on', 'soon'], /^error: --on "soon" is not a calendar date/],
  ])('refuses %j with one line and exit code 2', async (args, pattern) => {
    expectOneLine(await cli(args), pattern);
  });
});

describe('simulate --format ics|csv', () => {
  const poland = join(scenarios, 'poland-2025.json');

  it('writes one scenario as toCSV does', async () => {
    const result = await cli(['simulate', poland, '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '"party","treaty","outcome","receivedOn","noticeExpiresOn","effectiveOn","error"\r\n"Poland","ottawa","effective","2025-08-20","2026-02-20","2026-02-20",""\r\n',
    );
  });

  it('writes one scenario as an iCalendar file with the day the withdrawal takes effect', async () => {
    const result = await cli(['simulate', poland, '--format', 'ics']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(result.stdout).toContain('DTSTART;VALUE=DATE:20260220');
    expect(result.stdout.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('puts every scenario of a directory in one calendar', async () => {
    const one = (await cli(['simulate', poland, '--format', 'ics'])).stdout.match(/BEGIN:VEVENT/g)?.length ?? 0;
    const all = await cli(['simulate', scenarios, '--format', 'ics']);
    expect(all.code).toBe(0);
    expect(all.stdout.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(all.stdout.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(one);
  });

  it('gives several scenarios toCSV rows after their source, and an error row with exit code 2', async () => {
    const result = await cli(['simulate', poland, join(scenarios, 'nope.json'), '--format', 'csv']);
    expect(result.code).toBe(2);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('"source","party","treaty","outcome","receivedOn","noticeExpiresOn","effectiveOn","error"');
    expect(lines[1]).toBe(`"${poland}","Poland","ottawa","effective","2025-08-20","2026-02-20","2026-02-20",""`);
    expect(lines[2]).toMatch(/nope\.json","","","error","","","","READ_ERROR: cannot read .*no such file"$/);
  });

  it('names a failed scenario on standard error in a calendar batch', async () => {
    const result = await cli(['simulate', poland, join(scenarios, 'nope.json'), '--format', 'ics']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('DTSTART;VALUE=DATE:20260220');
    expect(result.stderr).toMatch(/^error .*nope\.json: READ_ERROR: /);
  });
});

describe('diagram --treaty', () => {
  it("cites the profile's own articles", async () => {
    const general = await cli(['diagram']);
    const ottawa = await cli(['diagram', '--treaty', 'ottawa']);
    expect(ottawa.code).toBe(0);
    expect(ottawa.stdout).toContain('Art. 20(3)');
    expect(general.stdout).not.toContain('Art. 20(3)');
  });

  it('refuses an unknown treaty with one line', async () => {
    expectOneLine(
      await cli(['diagram', '--treaty', 'otawa']),
      /^error: unknown treaty "otawa"; see "treaty-withdrawal treaties"/,
    );
  });
});
