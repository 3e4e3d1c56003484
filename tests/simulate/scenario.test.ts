/** src/simulate/scenario.ts: the scenario schema and its profile references. */
import { describe, expect, it } from 'vitest';
import { safeSimulate } from '../../src/index.js';

describe('scenarios', () => {
  it('tell an unusable profile reference from an invalid profile', () => {
    const code = (scenario: object) =>
      (safeSimulate({ events: [], ...scenario }) as { error: { code: string; message: string } }).error;
    expect(code({ treaty: 5 })).toEqual(
      expect.objectContaining({ code: 'INVALID_INPUT', message: 'treaty: expected a treaty id or a profile object, got 5' }),
    );
    expect(code({ treaty: null }).code).toBe('INVALID_INPUT');
    expect(code({ treaty: [] }).code).toBe('INVALID_INPUT');
    expect(code({ treaty: { id: 'x' } }).code).toBe('INVALID_PROFILE');
    expect(code({ treaty: 'ottawa', procedure: { id: 'x' } }).code).toBe('INVALID_PROFILE');
    expect(code({ treaty: 'ottawa', procedure: 5 }).message).toBe(
      'procedure: expected a procedure id or a profile object, got 5',
    );
  });
});

describe('profile references in a scenario', () => {
  it('refuse an unknown procedure id with its code, path and the id it probably meant', () => {
    const result = safeSimulate({ treaty: 'ottawa', procedure: 'parliamentry', events: [] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('UNKNOWN_PROCEDURE');
    expect(result.error.issues).toEqual([
      {
        path: 'procedure',
        code: 'unknown_procedure',
        message: 'unknown procedure "parliamentry"; did you mean "parliamentary"?',
      },
    ]);
  });
});
