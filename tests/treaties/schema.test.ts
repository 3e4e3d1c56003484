/** src/treaties/schema.ts: what a hand-made profile must satisfy. */
import { describe, expect, it } from 'vitest';
import { addDays, defineTreaty, type EffectRule, getTreaty, type NoticeWindow, noticeWindowFor } from '../../src/index.js';
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

describe('a rule of a kind the library does not know', () => {
  it('is named as a value among the known kinds, with the near one', () => {
    const ottawa = getTreaty('ottawa');
    const effect = { ...ottawa.withdrawal.effect, kind: 'afterReciept' };
    const error = errorOf(() => defineTreaty({ ...ottawa, withdrawal: { ...ottawa.withdrawal, effect } } as never));
    expect(error.code).toBe('INVALID_PROFILE');
    expect(error.issues?.[0]).toEqual({
      path: 'withdrawal.effect.kind',
      code: 'invalid_value',
      message: '"afterReciept" is not one of "after-receipt", "calendar", "end-of-term"; did you mean "after-receipt"?',
    });
  });
});

describe('a profile’s parts that depend on each other', () => {
  const refusal = (profile: unknown) => {
    const error = errorOf(() => defineTreaty(profile as never));
    return [error.code, error.path, error.message];
  };
  // A field the rule needs and the profile lacks is a missing field, as zod's own are.
  const issueCodes = (profile: unknown) => errorOf(() => defineTreaty(profile as never)).issues?.map((issue) => issue.code);

  it('requires an effect rule unless the treaty gives no right of withdrawal', () => {
    const ottawa = getTreaty('ottawa');
    const { effect: _effect, ...withoutEffect } = ottawa.withdrawal;
    expect(refusal({ ...ottawa, id: 'no-effect', withdrawal: withoutEffect })).toEqual([
      'INVALID_PROFILE',
      'withdrawal.effect',
      'withdrawal.effect: is required unless withdrawal.basis is none',
    ]);
    expect(issueCodes({ ...ottawa, id: 'no-effect', withdrawal: withoutEffect })).toEqual(['required']);
    const none = defineTreaty({ ...ottawa, id: 'no-right', withdrawal: { ...withoutEffect, basis: 'none' } } as never);
    expect(none.withdrawal.effect).toBeUndefined();
  });

  it('requires the treaty’s own entry into force where a rule counts from it, and refuses one for a treaty not in force', () => {
    for (const id of ['north-atlantic-treaty', 'ilo-c158', 'genocide-convention'] as const) {
      const { entryIntoForce: _eif, ...profile } = getTreaty(id);
      expect(refusal(profile), id).toEqual([
        'INVALID_PROFILE',
        'entryIntoForce',
        'entryIntoForce: is required: the withdrawal rule counts from the treaty’s own entry into force',
      ]);
      expect(issueCodes(profile), id).toEqual(['required']);
    }
    // A rule counted from the party's own entry into force needs no treaty date.
    const { entryIntoForce: _eif, ...ottawa } = getTreaty('ottawa');
    expect(defineTreaty({ ...ottawa, id: 'ottawa-no-date' } as never).entryIntoForce).toBeUndefined();
    expect(refusal({ ...getTreaty('ottawa'), status: 'not-in-force' })).toEqual([
      'INVALID_PROFILE',
      'entryIntoForce',
      'entryIntoForce: must be absent for a treaty that is not in force',
    ]);
    expect(issueCodes({ ...getTreaty('ottawa'), status: 'not-in-force' })).toEqual(['invalid']);
  });

  it('words a fixed day and a source in its own terms', () => {
    const icrw = getTreaty('icrw');
    const effect = { ...(icrw.withdrawal.effect as Extract<EffectRule, { kind: 'calendar' }>), effectOn: 'June 30' };
    expect(refusal({ ...icrw, withdrawal: { ...icrw.withdrawal, effect } })).toEqual([
      'INVALID_PROFILE',
      'withdrawal.effect.effectOn',
      'withdrawal.effect.effectOn: must be written MM-DD (and 1 more problem)',
    ]);
    expect(refusal({ ...icrw, text: 'ftp://example.org/text' })).toEqual([
      'INVALID_PROFILE',
      'text',
      'text: must be an http(s) URL of the text that states the rule',
    ]);
  });

  it('takes a term or survival period of any positive length, in any unit, and refuses a zero one', () => {
    const ect = getTreaty('energy-charter-treaty');
    const survival = (period: object) => ({
      ...ect,
      withdrawal: { ...ect.withdrawal, survival: [{ ...ect.withdrawal.survival?.[0], period }] },
    });
    for (const period of [{ days: 1 }, { months: 1, days: 1 }, { years: 1, months: 1 }, { years: 20 }]) {
      expect(defineTreaty(survival(period) as never).withdrawal.survival?.[0]?.period, JSON.stringify(period)).toEqual(period);
    }
    expect(refusal(survival({ months: 0 }))).toEqual([
      'INVALID_PROFILE',
      'withdrawal.survival[0].period',
      'withdrawal.survival[0].period: must be longer than zero',
    ]);
  });

  it('takes a notice window that closes before the next opens, and refuses a longer one', () => {
    const c158 = getTreaty('ilo-c158');
    const windows = (every: number, length: object) => ({
      ...c158,
      withdrawal: { ...c158.withdrawal, noticeWindows: { ...c158.withdrawal.noticeWindows, every: { years: every }, length } },
    });
    // At most `every`, a day counted as a month for each 28 or part: 11 months and 28 days fit a year, 29 days may not.
    for (const [every, length] of [
      [10, { years: 1 }],
      [10, { years: 10 }],
      [1, { months: 11, days: 28 }],
      [1, { days: 336 }],
      [2, { years: 1, months: 11, days: 28 }],
    ] as const) {
      expect(defineTreaty(windows(every, length) as never).withdrawal.noticeWindows?.length, JSON.stringify(length)).toEqual(
        length,
      );
    }
    for (const [every, length] of [
      [10, { years: 10, days: 1 }],
      [1, { months: 11, days: 29 }],
      [1, { days: 337 }],
      [1, { months: 13 }],
    ] as const) {
      expect(refusal(windows(every, length)), JSON.stringify(length)).toEqual([
        'INVALID_PROFILE',
        'withdrawal.noticeWindows.length',
        `withdrawal.noticeWindows.length: must close before the next window opens: no longer than the ${every === 1 ? 'year' : `${every} years`} between openings (every), its days counted as a month for each 28 or part`,
      ]);
    }
  });

  it('with a window as long as the bound allows, each closes before the next opens, from a leap-day opening too', () => {
    const c158 = getTreaty('ilo-c158');
    const profile = defineTreaty({
      ...c158,
      entryIntoForce: { ...c158.entryIntoForce, date: '2000-02-29' },
      withdrawal: {
        ...c158.withdrawal,
        noticeWindows: { ...c158.withdrawal.noticeWindows, every: { years: 1 }, length: { months: 11, days: 28 } },
      },
    } as never);
    let window = noticeWindowFor(profile, '2001-01-01');
    expect(window).toMatchObject({ opens: '2001-02-28', index: 1 });
    for (let k = 2; k <= 9; k++) {
      const next = noticeWindowFor(profile, addDays((window as NoticeWindow).closes, 1));
      expect(next?.index).toBe(k);
      expect((next as NoticeWindow).opens > (window as NoticeWindow).closes).toBe(true);
      window = next;
    }
  });
});
