import { describe, expect, it } from 'vitest';
import { type Scenario, simulate } from '../../src/index.js';
import cases from '../fixtures/real-cases-research-b.json' with { type: 'json' };
import refusals from '../fixtures/real-refusals-research-b.json' with { type: 'json' };
import { errorOf } from '../helpers.js';
import { expectReproduced, type RealCase } from './reproduce.js';

interface RealRefusal {
  id: string;
  sources: string[];
  scenario: Scenario;
  expectedError: { code: string; path: string };
}

const realCases = cases as unknown as RealCase[];
const realRefusals = refusals as unknown as RealRefusal[];

describe('real withdrawals researched on research-b, reproduced to the day', () => {
  it.each(realCases.map((c) => [c.id, c] as const))('%s', (_id, realCase) => {
    expectReproduced(realCase);
  });

  it('keeps every case with http(s) sources and the researched origin', () => {
    for (const realCase of [...realCases, ...realRefusals]) {
      expect(realCase.sources.length, realCase.id).toBeGreaterThan(0);
      for (const source of realCase.sources) expect(source, realCase.id).toMatch(/^https?:\/\//);
    }
    for (const realCase of realCases) expect(realCase.origin, realCase.id).toBe('researched');
  });

  it('counts the CFE notice from the date named, not from the end of the 150 days (Art. XIX(2))', () => {
    const [deposit] = realCases.find((c) => c.id === 'cfe-rus-2023')?.scenario.events ?? [];
    expect(deposit).toMatchObject({ type: 'instrument.deposited', date: '2023-06-09', laterDate: '2023-11-07' });
    const withoutDate = simulate({
      treaty: 'cfe',
      party: 'Russian Federation',
      events: [{ type: 'instrument.deposited', date: '2023-06-09', reasons: 'extraordinary events' }],
    });
    expect(withoutDate.effectiveOn).toBe('2023-11-06');
  });
});

describe('real attempts the treaty does not admit, refused', () => {
  it.each(realRefusals.map((c) => [c.id, c] as const))('%s', (_id, refusal) => {
    const error = errorOf(() => simulate(refusal.scenario));
    expect({ code: error.code, path: error.path }).toEqual(refusal.expectedError);
  });
});
