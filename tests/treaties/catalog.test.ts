/** src/treaties/catalog.ts (and src/procedures/catalog.ts): profiles by id. */
import { describe, expect, it } from 'vitest';
import { getProcedure, getTreaty, initialSnapshot, isTreatyId, simulate } from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('profile references', () => {
  it('by id: unknown ids are refused with the list of known ones', () => {
    const procedure = errorOf(() => getProcedure('presidential'));
    expect(procedure.toJSON()).toEqual({
      code: 'UNKNOWN_PROCEDURE',
      message:
        'unknown procedure "presidential"; known procedures: none, executive, parliamentary, ukraine, poland (or pass a profile object)',
      path: 'procedure',
    });
    expect(errorOf(() => getProcedure(5 as never)).code).toBe('UNKNOWN_PROCEDURE');
    expect(errorOf(() => getProcedure(5 as never)).message).toMatch(/^unknown procedure 5; known procedures: none, /);
    expect(errorOf(() => getTreaty(5 as never)).code).toBe('UNKNOWN_TREATY');
    expect(errorOf(() => getTreaty('otawa')).path).toBe('treaty');
    expect(isTreatyId(5)).toBe(false);
    expect(isTreatyId('ottawa')).toBe(true);
  });
});

describe('an unknown procedure id that is a typo of a known one', () => {
  it('is answered with the id it probably meant, the same way by getProcedure, the machine and a scenario', () => {
    const said = 'unknown procedure "parliamentry"; did you mean "parliamentary"?';
    for (const error of [
      errorOf(() => getProcedure('parliamentry')),
      errorOf(() => initialSnapshot({ treaty: 'ottawa', procedure: 'parliamentry' as never })),
      errorOf(() => simulate({ treaty: 'ottawa', procedure: 'parliamentry' as never, events: [] })),
    ]) {
      expect([error.code, error.path]).toEqual(['UNKNOWN_PROCEDURE', 'procedure']);
      // A scenario's problems are said with their path first (`procedure: …`).
      expect(error.message.replace(/^procedure: /, '')).toBe(said);
    }
  });
});
