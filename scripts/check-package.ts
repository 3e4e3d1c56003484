/**
 * Checks the package as users receive it: `npm run check:package`.
 *
 * 1. `npm pack`, and the tarball holds only dist/, the example scenarios the
 *    docs name (examples/scenarios/*.json), README.md, LICENSE and package.json;
 * 2. publint (strict) and @arethetypeswrong/cli pass on the tarball;
 * 3. a fresh project installs the tarball with the lowest and the newest
 *    xstate and zod the peer ranges allow, and uses it through `import`,
 *    `require`, TypeScript (`tsc --noEmit` on a consumer of the exported types)
 *    and the `bin`.
 *
 * Needs the npm registry (for xstate, zod and typescript in the fresh project).
 * Exits non-zero on the first failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  peerDependencies: Record<string, string>;
};

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

function step(name: string): void {
  console.log(`\n== ${name}`);
}

const work = mkdtempSync(join(tmpdir(), 'tw-package-'));

step('npm pack');
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as {
  filename: string;
  files: { path: string }[];
  size: number;
  unpackedSize: number;
}[];
const info = packed[0];
if (!info) throw new Error('npm pack printed nothing');
const tarball = join(work, info.filename);
const unexpected = info.files
  .map((f) => f.path)
  .filter((p) => !/^(dist\/.+|examples\/scenarios\/[\w-]+\.json|README\.md|LICENSE|package\.json)$/.test(p));
if (unexpected.length > 0) throw new Error(`the tarball holds files users do not need: ${unexpected.join(', ')}`);
const entryFiles = ['index', 'core', 'treaties/profiles/index', 'parties/data/index'].flatMap((name) =>
  ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => `dist/${name}${ext}`),
);
for (const required of [
  ...entryFiles,
  'dist/scenario.schema.json',
  'dist/profile.schema.json',
  'dist/cli.js',
  'README.md',
  'LICENSE',
]) {
  if (!info.files.some((f) => f.path === required)) throw new Error(`the tarball lacks ${required}`);
}
console.log(
  `${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(1)} KiB packed, ${(info.unpackedSize / 1024).toFixed(1)} KiB unpacked`,
);

step('publint --strict');
console.log(run('npx', ['publint', 'run', '--strict', tarball], root).trim());

step('attw (node10, node16 CJS and ESM, bundler)');
console.log(run('npx', ['attw', tarball, '--format', 'table-flipped'], root).trim());

const floor = (range: string) => range.replace(/^[\^~]/, '');
const peerSets = [
  { label: 'lowest peers', xstate: floor(pkg.peerDependencies.xstate ?? ''), zod: floor(pkg.peerDependencies.zod ?? '') },
  { label: 'newest peers', xstate: pkg.peerDependencies.xstate ?? '', zod: pkg.peerDependencies.zod ?? '' },
];

const esm = `
import { simulate, statusOn, applyEvent, initialSnapshot, toPersisted, fromPersisted, withdrawalMachine, WithdrawalError, safeSimulate } from 'treaty-withdrawal';
import { createActor } from 'xstate';
const ukraine = simulate({ treaty: 'ottawa', procedure: 'ukraine', events: [
  { type: 'armedConflict.started', date: '2022-02-24' }, { type: 'decree.signed', date: '2025-06-29' },
  { type: 'parliament.approved', date: '2025-07-15' }, { type: 'law.signed', date: '2025-07-15' },
  { type: 'instrument.deposited', date: '2025-07-18' } ] });
if (ukraine.outcome !== 'deferred' || ukraine.noticeExpiresOn !== '2026-01-18') throw new Error('wrong result: ' + ukraine.outcome);
if (!statusOn(ukraine, '2026-06-01').bound) throw new Error('statusOn');
const step = applyEvent(initialSnapshot({ treaty: 'ottawa' }), { type: 'instrument.deposited', date: '2025-06-27' });
if (!step.ok || fromPersisted(JSON.stringify(toPersisted(step.snapshot))).context.noticeExpiresOn !== '2025-12-27') throw new Error('persistence');
const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa' } }).start();
actor.send({ type: 'instrument.deposited', date: '2025-06-27' });
actor.send({ type: 'clock.advanced', date: '2025-12-27' });
if (actor.getSnapshot().value !== 'effective') throw new Error('actor');
const bad = safeSimulate({ treaty: 'ottawa', events: [{ type: 'law.signed', date: '2025-02-30' }] });
if (bad.success || !(bad.error instanceof WithdrawalError) || bad.error.code !== 'INVALID_EVENT') throw new Error('errors');
const core = await import('treaty-withdrawal/core');
const { ottawa } = await import('treaty-withdrawal/treaties');
if (core.simulate({ treaty: ottawa, events: [{ type: 'instrument.deposited', date: '2025-06-27' }] }).effectiveOn !== '2025-12-27') throw new Error('core + treaties');
if (core.simulate !== simulate) throw new Error('core and the root entry share their functions');
const { ottawaParties } = await import('treaty-withdrawal/parties');
core.registerParties(ottawaParties);
if (core.partyRecord('ottawa', 'POL')?.entryIntoForce !== '2013-06-01') throw new Error('core + parties');
const schema = JSON.parse((await import('node:fs')).readFileSync(new URL(import.meta.resolve('treaty-withdrawal/scenario.schema.json')), 'utf8'));
if (!schema.properties.treaty.oneOf[0].enum.includes('ottawa')) throw new Error('scenario.schema.json');
console.log('import (root, core, treaties, parties, scenario.schema.json): ok');
`;

const cjs = `
const { simulate, addPeriod, WithdrawalError } = require('treaty-withdrawal');
if (simulate({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }).effectiveOn !== '2026-02-20') throw new Error('require');
if (addPeriod('2025-08-31', { months: 6 }) !== '2026-02-28') throw new Error('addPeriod');
try { addPeriod('2025-02-30', { months: 1 }); throw new Error('no error'); } catch (e) { if (!(e instanceof WithdrawalError)) throw e; }
const { ottawa } = require('treaty-withdrawal/treaties');
if (require('treaty-withdrawal/core').simulate({ treaty: ottawa, events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }).effectiveOn !== '2026-02-20') throw new Error('require core');
if (!require('treaty-withdrawal/profile.schema.json').properties.withdrawal) throw new Error('require profile.schema.json');
if (require('treaty-withdrawal/parties').ccmParties.treaty !== 'ccm') throw new Error('require parties');
if (require('treaty-withdrawal/core').simulate !== simulate) throw new Error('require: core and the root entry share their functions and registries');
console.log('require (root, core, treaties, parties, profile.schema.json): ok');
`;

const consumer = `
import { simulate, statusOn, type Scenario, type SimulationResult, type WithdrawalEvent, type TreatyProfile, type ComplianceStatus, getTreaty } from 'treaty-withdrawal';
import { simulate as leanSimulate } from 'treaty-withdrawal/core';
import { ottawa } from 'treaty-withdrawal/treaties';
const events: WithdrawalEvent[] = [{ type: 'instrument.deposited', date: '2025-08-20', reasons: 'r' }];
const scenario: Scenario = { treaty: 'ottawa', party: 'POL', events };
const result: SimulationResult = simulate(scenario);
const status: ComplianceStatus = statusOn(result, '2026-02-20');
const profile: TreatyProfile = getTreaty('ottawa');
// @ts-expect-error an unknown event type does not compile
const wrong: WithdrawalEvent = { type: 'treaty.burned', date: '2025-01-01' };
// @ts-expect-error nor a date written day/month/year
const slashed: WithdrawalEvent = { type: 'instrument.deposited', date: '27/06/2025' };
// @ts-expect-error nor a misspelt treaty id
const typo: Scenario = { treaty: 'otawa', events: [] };
const lean = leanSimulate({ treaty: ottawa, events });
export { status, profile, wrong, slashed, typo, lean };
`;

for (const set of peerSets) {
  step(`fresh project with ${set.label}: xstate@${set.xstate}, zod@${set.zod}`);
  const project = join(work, set.label.replace(/\s+/g, '-'));
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      tarball,
      `xstate@${set.xstate}`,
      `zod@${set.zod}`,
      'typescript@~5.9.3',
      '@types/node@^20',
    ],
    project,
  );
  const versions = run('npm', ['ls', 'xstate', 'zod', '--depth=0'], project);
  console.log(versions.trim().split('\n').slice(1).join('\n'));
  writeFileSync(join(project, 'smoke.mjs'), esm);
  writeFileSync(join(project, 'smoke.cjs'), cjs);
  console.log(run('node', ['smoke.mjs'], project).trim());
  console.log(run('node', ['smoke.cjs'], project).trim());
  for (const resolution of ['nodenext', 'bundler'] as const) {
    writeFileSync(join(project, 'consumer.ts'), consumer);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: resolution === 'nodenext' ? 'nodenext' : 'esnext',
          moduleResolution: resolution,
          target: 'es2022',
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    run('npx', ['tsc', '-p', 'tsconfig.json'], project);
    console.log(`tsc --noEmit (moduleResolution ${resolution}, skipLibCheck false): ok`);
  }
  const treatiesOut = run('npx', ['treaty-withdrawal', 'treaties'], project);
  if (!/ottawa\s+Mine Ban Treaty/.test(treatiesOut)) throw new Error('bin: treaties');
  writeFileSync(
    join(project, 'poland.json'),
    JSON.stringify({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }),
  );
  const simulated = run('npx', ['treaty-withdrawal', 'simulate', 'poland.json'], project);
  if (!simulated.includes('effective on 2026-02-20')) throw new Error('bin: simulate');
  const version = run('npx', ['treaty-withdrawal', '--version'], project).trim();
  if (version !== pkg.version) throw new Error(`bin --version printed ${version}, expected ${pkg.version}`);
  console.log('bin (treaties, simulate, --version): ok');
}

console.log('\nThe package checks passed.');
