/** The schema of what an explanation step states (src/explanation/types.ts). */
import { describe, expect, it } from 'vitest';
import { WarningSchema } from '../../src/explanation/types.js';
import { ExplanationFactSchema, type Scenario, simulate } from '../../src/index.js';
import { suspendable } from '../arbitraries.js';
import realCases from '../fixtures/real-cases.json' with { type: 'json' };
import { casesA, casesB, casesC, casesD } from '../real-cases/cases.js';

describe('ExplanationFactSchema', () => {
  it('names the fact of every step the real cases and the suspensions here are explained by', () => {
    const scenarios: Scenario[] = [
      ...(realCases as unknown as { scenario: Scenario }[]).map((c) => c.scenario),
      ...[...casesA, ...casesB, ...casesC, ...casesD].map((c) => c.scenario),
      {
        treaty: suspendable,
        events: [
          { type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' },
          { type: 'suspension.ended', date: '2026-01-01' },
        ],
      },
      {
        treaty: suspendable,
        events: [
          { type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' },
          { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
          { type: 'objection.withdrawn', date: '2025-03-01', by: 'Norway' },
        ],
      },
    ];
    const facts = new Set<string>();
    for (const scenario of scenarios) for (const step of simulate(scenario).explanation) facts.add(step.fact);
    const unnamed = [...facts].filter((fact) => !ExplanationFactSchema.safeParse(fact).success);
    expect(unnamed).toEqual([]);
    // The facts of a Council of Europe member's expulsion (Russia, 2022) and of a suspension's end are among them.
    expect([...facts]).toEqual(expect.arrayContaining(['receipt', 'effect', 'membership', 'suspension-end']));
  });
});

describe('WarningSchema', () => {
  const [warning] = simulate({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] }).warnings;

  it('takes the warnings simulate gives, wording included', () => {
    expect(warning?.wording).toBeDefined();
    expect(WarningSchema.parse(warning)).toEqual(warning);
  });

  it('refuses a wording that is not a message of the table, saying so', () => {
    const parsed = WarningSchema.safeParse({ ...warning, wording: { message: { key: 'no.such.key', params: {} } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['wording', 'message'], message: 'must be a message of the table' }),
    ]);
  });
});
