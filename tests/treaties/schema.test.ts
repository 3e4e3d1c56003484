/** src/treaties/schema.ts: what a hand-made profile must satisfy. */
import { describe, expect, it } from 'vitest';
import { defineTreaty, type EffectRule, getTreaty } from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('treaty profiles defined by hand', () => {
  it('refuses a fixed day that not every year has', () => {
    const icrw = getTreaty('icrw');
    const effect = { ...(icrw.withdrawal.effect as Extract<EffectRule, { kind: 'calendar' }>), effectOn: '02-29' };
    const error = errorOf(() => defineTreaty({ ...icrw, withdrawal: { ...icrw.withdrawal, effect } }));
    expect(error.path).toBe('withdrawal.effect.effectOn');
    expect(error.message).toContain('02-29 is not a day that every year has');
  });

  it('defined by hand: periods are whole and not negative (zero: effect upon receipt) and fixed days must exist', () => {
    const ottawa = getTreaty('ottawa');
    const period = (p: object) => ({
      ...ottawa,
      withdrawal: { ...ottawa.withdrawal, effect: { ...ottawa.withdrawal.effect, period: p } },
    });
    expect(errorOf(() => defineTreaty(period({ months: -1 }) as never)).code).toBe('INVALID_PROFILE');
    expect(errorOf(() => defineTreaty(period({ months: 1.5 }) as never)).code).toBe('INVALID_PROFILE');
    expect(defineTreaty(period({ months: 0 }) as never).withdrawal.effect).toMatchObject({ period: { months: 0 } });
    expect(defineTreaty(period({ days: 1 }) as never).withdrawal.effect).toMatchObject({ period: { days: 1 } });
    const icrw = getTreaty('icrw');
    const effectOn = (day: string) => ({
      ...icrw,
      withdrawal: { ...icrw.withdrawal, effect: { ...icrw.withdrawal.effect, effectOn: day } },
    });
    expect(errorOf(() => defineTreaty(effectOn('04-31') as never)).code).toBe('INVALID_PROFILE');
    expect(defineTreaty(effectOn('04-30') as never).withdrawal.effect).toMatchObject({ effectOn: '04-30' });
  });
});
