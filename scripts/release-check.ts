/**
 * Before a release: `npm run release:check`. Verifies that the version in
 * package.json, the top entry of CHANGELOG.md, the package.json inside the
 * packed tarball and the built CLI's --version all agree, and reports changesets
 * not yet applied (`npx changeset version` turns them into a bump and a
 * changelog entry). Nothing is published: publishing stays a human step.
 *
 * `--strict` also fails when changesets are pending (use it right before
 * publishing); without it they are reported only, as they are normal on main.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const strict = process.argv.includes('--strict');
const problems: string[] = [];

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
const top = /^## (\S+)/m.exec(changelog)?.[1];
if (top !== version) problems.push(`CHANGELOG.md's latest entry is ${top ?? 'missing'}, package.json says ${version}`);

const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
if (pending.length > 0) {
  const message = `${pending.length} changeset(s) not yet released (${pending.join(', ')}): run npx changeset version to bump`;
  if (strict) problems.push(message);
  else console.log(`note: ${message}`);
}

const work = mkdtempSync(join(tmpdir(), 'tw-release-'));
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
) as {
  version: string;
}[];
if (packed[0]?.version !== version) problems.push(`the tarball says ${packed[0]?.version}, package.json says ${version}`);

const cliVersion = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' }).trim();
if (cliVersion !== version) problems.push(`dist/cli.js --version prints ${cliVersion}, package.json says ${version} (rebuild)`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`release check: ${problem}`);
  process.exitCode = 1;
} else {
  console.log(`release check: version ${version} agrees in package.json, CHANGELOG.md, the tarball and the CLI`);
}
