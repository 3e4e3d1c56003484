/** src/treaties/catalog.ts (and src/procedures/catalog.ts): profiles by id. */
import { describe, expect, it } from 'vitest';
import { getProcedure, getTreaty, isTreatyId } from '../../src/index.js';
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
    expect(errorOf(() => getTreaty(5 as never)).code).toBe('UNKNOWN_TREATY');
    expect(errorOf(() => getTreaty('otawa')).path).toBe('treaty');
    expect(isTreatyId(5)).toBe(false);
    expect(isTreatyId('ottawa')).toBe(true);
  });
});
