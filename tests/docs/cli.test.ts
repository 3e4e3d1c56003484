/**
 * docs/cli.md shows what the CLI prints (issue #18, item 7): every shell block
 * that holds one `npx treaty-withdrawal …` command and is followed by an output
 * block is run against the built CLI, from a directory where the package is
 * installed as node_modules/treaty-withdrawal, and the output must be the same.
 * The README's and the guides' example paths must exist in the installed package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const doc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');

/** A consumer's project: the package installed (as a link) under node_modules. */
const project = mkdtempSync(join(tmpdir(), 'tw-cli-docs-'));
mkdirSync(join(project, 'node_modules'));
symlinkSync(root, join(project, 'node_modules', 'treaty-withdrawal'), 'dir');

const samples = [...doc.matchAll(/```sh\n(npx treaty-withdrawal [^\n]+)\n```\n\n```\n([\s\S]*?)```/g)].map((m) => ({
  command: m[1] as string,
  output: m[2] as string,
}));

/** The words of a shell command line without quotes or redirections (the samples use none). */
function words(command: string): string[] {
  return command.replace(/^npx treaty-withdrawal /, '').split(/\s+/);
}

describe('docs/cli.md', () => {
  it('has samples to check', () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(samples.map((s) => [s.command, s] as const))('shows what `%s` prints', (_, sample) => {
    const result = spawnSync(process.execPath, [cli, ...words(sample.command)], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    // CSV lines end in CRLF (RFC 4180); the page shows them as plain lines.
    expect((result.stdout + result.stderr).replace(/\r\n/g, '\n')).toBe(sample.output);
  });
});

describe('example paths in the README and guides', () => {
  const files = ['README.md', 'docs/cli.md', 'docs/getting-started.md'];
  const named = new Set(
    files.flatMap((f) =>
      [
        ...readFileSync(join(root, f), 'utf8').matchAll(
          /(?:node_modules\/treaty-withdrawal\/)?examples\/scenarios\/[\w-]+\.json/g,
        ),
      ].map((m) => m[0]),
    ),
  );

  it('name only files the package ships, by their installed path', () => {
    expect(named.size).toBeGreaterThan(0);
    for (const path of named) {
      expect(path, `${path} is not the installed path`).toMatch(/^node_modules\/treaty-withdrawal\//);
      expect(existsSync(join(project, path)), path).toBe(true);
    }
    expect(pkg.files).toContain('examples/scenarios');
  });
});
