/** bench/scenarios.ts: the generated workload of the benchmarks is what it claims, scenarios `simulate` accepts. */
import { describe, expect, it } from 'vitest';
import { generateScenarios } from '../../bench/scenarios.js';
import { simulateMany } from '../../src/index.js';

describe('the benchmarks’ generated scenarios', () => {
  it.each([7, 1, 2])('are all accepted by simulate, with several outcomes (seed %i)', (seed) => {
    const outcomes = new Map<string, number>();
    const failures: string[] = [];
    for (const result of simulateMany(generateScenarios(20_000, seed))) {
      if (result.success) outcomes.set(result.data.outcome, (outcomes.get(result.data.outcome) ?? 0) + 1);
      else if (failures.length < 3) failures.push(`${result.error.code}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect([...outcomes.keys()].sort()).toEqual(['deferred', 'effective', 'revoked']);
  });
});
