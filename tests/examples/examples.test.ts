import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function runExample(name: string): string {
  return execFileSync(tsx, [`examples/${name}`], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** What each example must print: the facts it exists to show. */
const expectations: Record<string, (string | RegExp)[]> = {
  'ukraine-2025.ts': [
    'deferred: the notice period ended on 2026-01-18',
    'Bound on 2026-06-01? yes',
    'the withdrawal would take effect on 2026-09-30',
    'declared a suspension',
  ],
  'ukraine-2025-real.ts': [
    'suspension contested: still bound',
    'Outcome: suspension-contested; effective date: none; withdrawal notice period: none started',
    'Bound on 2026-06-01? yes (suspension-contested)',
    'VCLT Arts. 62, 73',
    '22nd Meeting of States Parties',
  ],
  'ottawa-2025-wave.ts': [
    /Lithuania[\s\S]*effective on 2025-12-27/,
    /Latvia[\s\S]*effective on 2025-12-27/,
    /Estonia[\s\S]*effective on 2025-12-27/,
    /Finland[\s\S]*effective on 2026-01-10/,
    /Poland[\s\S]*effective on 2026-02-20/,
  ],
  'compliance-check.ts': [
    'Poland bound on 2026-02-19? yes',
    'Poland bound on 2026-02-20? no',
    'Ukraine bound on 2026-06-01? yes',
  ],
  'monte-carlo.ts': ['10000 runs, seed 2025', /median \d{4}-\d{2}-\d{2}/],
};

describe('examples', () => {
  // A server does not exit on its own: tests/examples/http-service.test.ts drives it over HTTP.
  const servers = ['http-service.ts'];
  const files = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.ts') && !servers.includes(f));

  it('are all covered here', () => {
    expect(files.sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)('%s runs and prints what it promises', (file) => {
    const output = runExample(file);
    for (const expected of expectations[file] ?? []) {
      if (typeof expected === 'string') expect(output).toContain(expected);
      else expect(output).toMatch(expected);
    }
  });

  it('monte-carlo.ts prints the same study twice (seeded)', () => {
    expect(runExample('monte-carlo.ts')).toBe(runExample('monte-carlo.ts'));
  });
});
