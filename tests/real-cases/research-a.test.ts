import { describe, expect, it } from 'vitest';
import { simulate, statusOn, treatyIds, type Scenario } from '../../src/index.js';
import { addDays } from '../../src/dates/index.js';
import cases from '../fixtures/real-cases-research-a.json' with { type: 'json' };
import pending from '../fixtures/real-cases-research-a-pending.json' with { type: 'json' };

interface RealCase {
  id: string;
  origin: string;
  confidence: string;
  notes: string;
  sources: string[];
  scenario: Scenario;
  expected: { outcome: string; noticeExpiresOn: string | null; effectiveOn: string | null };
}

const researched = cases as unknown as RealCase[];
const waiting = pending as unknown as RealCase[];

describe('real withdrawals researched in batch A (#17), reproduced to the day', () => {
  it.each(researched.map((c) => [c.id, c] as const))('%s', (_id, realCase) => {
    const result = simulate(realCase.scenario);
    expect({ outcome: result.outcome, noticeExpiresOn: result.noticeExpiresOn, effectiveOn: result.effectiveOn }).toEqual(
      realCase.expected,
    );
    const effectiveOn = realCase.expected.effectiveOn;
    expect(effectiveOn).not.toBeNull();
    if (effectiveOn === null) return;
    expect(statusOn(result, addDays(effectiveOn, -1)).bound).toBe(true);
    expect(statusOn(result, effectiveOn).bound).toBe(false);
  });

  it('covers a withdrawal for every researched treaty that has had one and is computable today', () => {
    const covered = new Set(researched.map((c) => c.scenario.treaty));
    expect([...covered].sort()).toEqual(
      ['achr', 'coe-statute', 'ecowas-treaty', 'energy-charter-treaty', 'ilo-c158', 'ilo-constitution', 'oas-charter'].sort(),
    );
  });
});

describe('researched cases, pending and tested alike', () => {
  const all = [...researched, ...waiting];

  it.each(all.map((c) => [c.id, c] as const))('%s names a shipped treaty, its sources and its expected dates', (_id, realCase) => {
    expect(realCase.origin).toBe('researched');
    expect(treatyIds).toContain(realCase.scenario.treaty);
    expect(realCase.sources.length).toBeGreaterThan(0);
    for (const source of realCase.sources) expect(source).toMatch(/^https?:\/\//);
    expect(realCase.notes.length).toBeGreaterThan(0);
    expect(realCase.expected.effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps every id unique', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });
});
