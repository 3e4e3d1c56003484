import { describe, expect, it } from 'vitest';
import { type Scenario, simulate, statusOn } from '../../src/index.js';
import cases from '../fixtures/real-cases.json' with { type: 'json' };
import shared from '../fixtures/shared-real-withdrawals.json' with { type: 'json' };

interface RealCase {
  id: string;
  sources: string[];
  scenario: Scenario;
  expected: { outcome: string; noticeExpiresOn: string | null; effectiveOn: string | null };
}

const realCases = cases as unknown as RealCase[];

describe('real withdrawals, reproduced to the day', () => {
  it.each(realCases.map((c) => [c.id, c] as const))('%s', (_id, realCase) => {
    const result = simulate(realCase.scenario);
    expect({ outcome: result.outcome, noticeExpiresOn: result.noticeExpiresOn, effectiveOn: result.effectiveOn }).toEqual(
      realCase.expected,
    );
    if (result.effectiveOn) {
      expect(statusOn(result, result.effectiveOn).bound).toBe(false);
      const dayBefore = result.explanation.find((s) => s.fact === 'receipt')?.date;
      expect(dayBefore && statusOn(result, dayBefore).bound).toBe(true);
    }
  });

  it('keeps every case with its sources', () => {
    for (const realCase of realCases) {
      expect(realCase.sources.length, realCase.id).toBeGreaterThan(0);
      for (const source of realCase.sources) expect(source).toMatch(/^https?:\/\//);
    }
  });

  it('covers every case of the shared data set, with the same dates', () => {
    for (const entry of shared) {
      const mine = realCases.find((c) => c.id === entry.id);
      expect(mine, entry.id).toBeDefined();
      const deposit = mine?.scenario.events.find((e) => e.type === 'instrument.deposited');
      expect(deposit?.date).toBe(entry.dates.notified);
      expect(mine?.expected.effectiveOn ?? null).toBe((entry.dates as { effective?: string }).effective ?? null);
      expect(mine?.sources).toEqual(expect.arrayContaining(entry.sources));
    }
  });
});
