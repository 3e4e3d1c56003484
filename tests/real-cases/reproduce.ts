/**
 * The checks every file of researched real cases makes, written once: a case as
 * the fixtures hold it, its dates reproduced, and its sources well formed.
 */
import { expect } from 'vitest';
import { addDays, type CalendarDate, type Scenario, simulate, statusOn, treatyIds } from '../../src/index.js';

/** A real withdrawal as the fixture files hold it. */
export interface RealCase {
  id: string;
  origin: string;
  confidence?: string;
  notes?: string;
  sources: string[];
  scenario: Scenario;
  expected: { outcome: string; noticeExpiresOn: string | null; effectiveOn: string | null };
}

/** Simulates the case and checks its outcome and dates as recorded. */
export function expectRecordedDates(realCase: RealCase): ReturnType<typeof simulate> {
  const result = simulate(realCase.scenario);
  expect({ outcome: result.outcome, noticeExpiresOn: result.noticeExpiresOn, effectiveOn: result.effectiveOn }).toEqual(
    realCase.expected,
  );
  return result;
}

/** The recorded dates, and the party bound the day before effect and not on the day itself. */
export function expectReproduced(realCase: RealCase): void {
  const result = expectRecordedDates(realCase);
  const effectiveOn = realCase.expected.effectiveOn as CalendarDate | null;
  expect(effectiveOn).not.toBeNull();
  if (effectiveOn === null) return;
  expect(statusOn(result, addDays(effectiveOn, -1)).bound).toBe(true);
  expect(statusOn(result, effectiveOn).bound).toBe(false);
}

/** A researched case names a shipped treaty, http(s) sources and notes. */
export function expectWellSourced(realCase: RealCase): void {
  expect(realCase.origin).toBe('researched');
  expect(treatyIds).toContain(realCase.scenario.treaty);
  expect(realCase.sources.length).toBeGreaterThan(0);
  for (const source of realCase.sources) expect(source).toMatch(/^https?:\/\//);
  expect(realCase.notes?.length).toBeGreaterThan(0);
}
