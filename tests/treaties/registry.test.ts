/** src/treaties/registry.ts (and src/procedures/registry.ts): profile objects taken as they are, or checked. */
import { describe, expect, it } from 'vitest';
import { defineProcedure, defineTreaty, getProcedure, getTreaty, parseScenario } from '../../src/index.js';
import { resolveProcedure } from '../../src/procedures/registry.js';
import { resolveTreaty } from '../../src/treaties/registry.js';
import { errorOf } from '../helpers.js';

describe('profile references', () => {
  it('take a shipped profile object as it is, without parsing it again', () => {
    expect(resolveTreaty(getTreaty('ottawa'))).toBe(getTreaty('ottawa'));
    expect(resolveProcedure(getProcedure('ukraine'))).toBe(getProcedure('ukraine'));
    expect(parseScenario({ treaty: getTreaty('ottawa'), events: [] }).treaty).toBe(getTreaty('ottawa'));
    // A copy is validated and comes back as a new object.
    const copy = { ...getTreaty('ottawa'), id: 'mine' };
    expect(resolveTreaty(copy)).not.toBe(copy);
    expect(resolveTreaty(copy).id).toBe('mine');
  });

  it('defined by hand: a value that is not an object is named as the profile', () => {
    expect(errorOf(() => defineTreaty(5 as never)).message).toBe('treaty profile: must be an object, got 5');
    expect(errorOf(() => defineProcedure(5 as never)).message).toBe('procedure profile: must be an object, got 5');
    const steps = getProcedure('ukraine').steps;
    const twice = errorOf(() =>
      defineProcedure({ ...getProcedure('ukraine'), id: 'twice', steps: [...steps, steps[0]] as never }),
    );
    expect(twice.code).toBe('INVALID_PROFILE');
    expect(defineProcedure({ ...getProcedure('ukraine'), id: 'once' }).steps).toHaveLength(3);
  });
});
