/** Real notices and attempts that the treaty does not admit, refused with the recorded code. */
import { describe, expect, it } from 'vitest';
import { type CalendarDate, type Scenario, safeSimulate, simulate } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { refusalsB } from './cases.js';

describe('when the researched clauses refuse a notice', () => {
  const refusal = (scenario: Scenario) => {
    const result = safeSimulate(scenario);
    return result.success ? undefined : { code: result.error.code, message: result.error.message };
  };

  it('refuses a C158 denunciation outside the window that follows each ten years (Art. 17)', () => {
    const refused = refusal({
      treaty: 'ilo-c158',
      party: 'Brazil',
      events: [{ type: 'instrument.deposited', date: '1997-01-10' }],
    });
    expect(refused?.code).toBe('NOTICE_TOO_EARLY');
    expect(refused?.message).toContain('the next window runs from 2005-11-23 to 2006-11-22');
  });

  it('counts the American Convention’s five years from its own entry into force, 18 July 1978 (Art. 78(1))', () => {
    const scenario = (date: CalendarDate): Scenario => ({
      treaty: 'achr',
      party: 'X',
      events: [{ type: 'instrument.deposited', date }],
    });
    expect(refusal(scenario('1983-07-17'))?.code).toBe('NOTICE_TOO_EARLY');
    expect(simulate(scenario('1983-07-18')).effectiveOn).toBe('1984-07-18');
  });
});

describe('real attempts the treaty does not admit, refused', () => {
  it.each(refusalsB.map((c) => [c.id, c] as const))('%s', (_id, refusal) => {
    const error = errorOf(() => simulate(refusal.scenario));
    expect({ code: error.code, path: error.path }).toEqual(refusal.expectedError);
  });
});
