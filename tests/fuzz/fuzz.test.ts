import { describe, expect, it } from 'vitest';
import { HANG_MS, runTarget, targets } from './targets.js';

// A seeded slice of the fuzz run (npm run fuzz sends a million inputs).
describe('fuzzing, a seeded slice', () => {
  it.each(targets.map((t, i) => [t.name, t, i] as const))('%s', async (_name, target, index) => {
    const stats = await runTarget(target, Math.min(target.slice ?? 1500, process.env.TW_QUICK ? 100 : 1500), 4711 + index);
    expect(stats.inputs).toBeGreaterThan(0);
    expect(stats.slowest).toBeLessThan(HANG_MS);
  });
});
