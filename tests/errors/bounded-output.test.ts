/**
 * Issue #19 item 8, "Huge error messages": what the CLI prints for a 15 MiB
 * unknown key, and for a 10 MiB custom article or source, stays short.
 */
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../src/cli/main.js';
import { getTreaty } from '../../src/index.js';

async function simulateText(text: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readInput: async () => text,
    env: { NO_COLOR: '1' },
  };
  const code = await run(['simulate', 'scenario.json'], io);
  return { code, stdout, stderr };
}

describe('the CLI’s error output', () => {
  it('names a 15 MiB unknown key by a short prefix and its length', async () => {
    const key = 'k'.repeat(15 * 1024 * 1024);
    const { code, stdout, stderr } = await simulateText(JSON.stringify({ treaty: 'ottawa', events: [], [key]: 1 }));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown field "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…" (15728640 characters)');
    expect(stderr.length).toBeLessThan(500);
  });

  it('refuses a 10 MiB custom article or source by its maximum length, in one short line', async () => {
    const ottawa = getTreaty('ottawa');
    const huge = 'A'.repeat(10 * 1024 * 1024);
    const article = await simulateText(
      JSON.stringify({
        treaty: {
          ...ottawa,
          id: 'mine',
          withdrawal: { ...ottawa.withdrawal, effect: { ...ottawa.withdrawal.effect, article: huge } },
        },
        events: [],
      }),
    );
    expect(article.code).toBe(2);
    expect(article.stderr).toContain('treaty.withdrawal.effect.article: must be at most 300 characters long (got 10485760)');
    expect(article.stderr.length).toBeLessThan(300);
    const source = await simulateText(
      JSON.stringify({
        treaty: 'ottawa',
        events: [{ type: 'decree.signed', date: '2025-01-01', source: `https://example.org/${huge}` }],
      }),
    );
    expect(source.code).toBe(2);
    expect(source.stderr).toContain('events[0].source: must be at most 2048 characters long (got 10485780)');
    expect(source.stderr.length).toBeLessThan(300);
  });
});
