import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/index.js';
import {
  addDays,
  computeNoticeExpiry,
  defineTreaty,
  describeEffectRule,
  getTreaty,
  type TreatyProfile,
  TreatyProfileSchema,
  treaties,
  treatyIds,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

const expiry = (id: string, receivedOn: CalendarDate, extra: object = {}) =>
  computeNoticeExpiry(getTreaty(id), { receivedOn, ...extra }).expiresOn;

describe('shipped treaty profiles', () => {
  it('ships the sixteen profiles of the domain reference first, with their ids', () => {
    expect(treatyIds.slice(0, 16)).toEqual([
      'ottawa',
      'ccm',
      'rome-statute',
      'paris-agreement',
      'kyoto-protocol',
      'unfccc',
      'npt',
      'open-skies',
      'inf',
      'ctbt',
      'att',
      'unesco-constitution',
      'single-convention-1961',
      'icrw',
      'icsid',
      'who-constitution',
    ]);
  });

  it('ships the contract ids of #17 researched in batch A', () => {
    expect(treatyIds).toEqual(
      expect.arrayContaining([
        'istanbul-convention',
        'echr',
        'coe-statute',
        'energy-charter-treaty',
        'teu',
        'ilo-constitution',
        'ilo-c158',
        'oas-charter',
        'achr',
        'iaea-statute',
        'upu-constitution',
        'fao-constitution',
        'unido-constitution',
        'chicago-convention',
        'andean-community',
        'ecowas-treaty',
      ]),
    );
    expect(new Set(treatyIds).size).toBe(treatyIds.length);
  });

  it.each(treaties.map((t) => [t.id, t] as const))('%s matches the profile schema exactly', (_id, profile) => {
    const parsed = TreatyProfileSchema.safeParse(profile);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    // Every default is written out, so what ships is what the schema produces.
    expect(parsed.data).toEqual(profile);
  });

  it.each(treaties.map((t) => [t.id, t] as const))('%s cites an article and an http(s) source for every rule', (_id, profile) => {
    const cited: { article: string; source: string }[] = [
      ...(profile.withdrawal.effect ? [profile.withdrawal.effect] : []),
      profile.withdrawal.instrument,
      profile.suspension,
      ...profile.withdrawal.consequences,
    ];
    if (profile.withdrawal.laterDate) cited.push(profile.withdrawal.laterDate);
    if (profile.withdrawal.earliestNotice) cited.push(profile.withdrawal.earliestNotice);
    if (profile.withdrawal.armedConflictDeferral) cited.push(profile.withdrawal.armedConflictDeferral);
    for (const rule of cited) {
      expect(rule.article.length).toBeGreaterThan(0);
      expect(rule.source).toMatch(/^https?:\/\//);
    }
  });

  it('freezes shipped profiles so a caller cannot change the law for everyone', () => {
    const ottawa = getTreaty('ottawa');
    expect(Object.isFrozen(ottawa)).toBe(true);
    const effect = ottawa.withdrawal.effect as { period: { months: number } };
    expect(Object.isFrozen(effect.period)).toBe(true);
    expect(() => {
      effect.period.months = 1;
    }).toThrow(TypeError);
  });

  it('refuses an unknown id, listing the known ones', () => {
    const error = errorOf(() => getTreaty('otawa'));
    expect(error.code).toBe('UNKNOWN_TREATY');
    expect(error.message).toContain('"otawa"');
    expect(error.message).toContain('ottawa, ccm, rome-statute');
  });

  it('validates a profile of your own field by field', () => {
    const mine = defineTreaty({ ...getTreaty('att'), id: 'my-treaty', shortName: 'My Treaty' });
    expect(mine.id).toBe('my-treaty');
    const broken = {
      ...getTreaty('att'),
      withdrawal: { ...getTreaty('att').withdrawal, effect: { ...getTreaty('att').withdrawal.effect, period: { weeks: 2 } } },
    };
    const error = errorOf(() => defineTreaty(broken as never));
    expect(error.code).toBe('INVALID_PROFILE');
    expect(error.issues?.map((i) => i.path)).toContain('withdrawal.effect.period.weeks');
    const noSource = errorOf(() => defineTreaty({ ...getTreaty('att'), text: 'not a url' }));
    expect(noSource.path).toBe('text');
  });

  it('describes each rule of effect in words', () => {
    expect(describeEffectRule(getTreaty('ottawa').withdrawal.effect)).toBe('6 months after receipt');
    expect(describeEffectRule(getTreaty('att').withdrawal.effect)).toBe('90 days after receipt');
    expect(describeEffectRule(getTreaty('icsid').withdrawal.effect)).toBe('6 months after receipt (counted as one day more)');
    expect(describeEffectRule(getTreaty('unesco-constitution').withdrawal.effect)).toBe(
      'on 31 December of the year after notice is given',
    );
    expect(describeEffectRule(getTreaty('single-convention-1961').withdrawal.effect)).toBe(
      'on 1 January of the next year for notice received by 1 July, a year later if received after',
    );
  });
});

describe('when a notice period ends', () => {
  it('counts a period after receipt, on the same day of the month', () => {
    expect(expiry('ottawa', '2025-06-27')).toBe('2025-12-27');
    expect(expiry('rome-statute', '2018-03-17')).toBe('2019-03-17');
    expect(expiry('npt', '2003-01-10')).toBe('2003-04-10');
    expect(expiry('who-constitution', '2025-01-22')).toBe('2026-01-22');
  });

  it('counts one day more for ICSID, as the World Bank does', () => {
    expect(expiry('icsid', '2007-05-02')).toBe('2007-11-03');
    expect(expiry('icsid', '2009-07-06')).toBe('2010-01-07');
  });

  it('counts 90 days for the Arms Trade Treaty, across a year end and a leap day', () => {
    expect(expiry('att', '2025-12-15')).toBe('2026-03-15');
    expect(expiry('att', '2023-12-15')).toBe('2024-03-14');
  });

  it('clamps a month-end receipt and flags it in the explanation', () => {
    const result = computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-08-31' });
    expect(result.expiresOn).toBe('2026-02-28');
    const period = result.steps.find((s) => s.fact === 'period-end');
    expect(period?.clamped).toBe(true);
    expect(period?.article).toBe('Art. 20(3)');
    expect(expiry('ottawa', '2027-08-31')).toBe('2028-02-29');
    expect(errorOf(() => computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-08-31', overflow: 'reject' })).code).toBe(
      'AMBIGUOUS_DATE',
    );
  });

  it('takes a later date named in the notice where the treaty allows one', () => {
    const later = computeNoticeExpiry(getTreaty('rome-statute'), { receivedOn: '2025-06-02', laterDate: '2026-09-01' });
    expect(later.expiresOn).toBe('2026-09-01');
    expect(later.periodEnd).toBe('2026-06-02');
    expect(later.steps.map((s) => s.fact)).toEqual(['receipt', 'period-end', 'later-date']);
    const notLater = computeNoticeExpiry(getTreaty('rome-statute'), { receivedOn: '2025-06-02', laterDate: '2026-01-01' });
    expect(notLater.expiresOn).toBe('2026-06-02');
    expect(notLater.warnings.map((w) => w.code)).toEqual(['LATER_DATE_NOT_LATER']);
    const refused = errorOf(() =>
      computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-06-27', laterDate: '2026-06-27' }),
    );
    expect(refused.code).toBe('LATER_DATE_NOT_ALLOWED');
  });

  it('allows Paris notice on the third anniversary of entry into force, not the day before', () => {
    const paris = getTreaty('paris-agreement');
    expect(computeNoticeExpiry(paris, { receivedOn: '2019-11-04', entryIntoForce: '2016-11-04' }).expiresOn).toBe('2020-11-04');
    const early = errorOf(() => computeNoticeExpiry(paris, { receivedOn: '2019-11-03', entryIntoForce: '2016-11-04' }));
    expect(early.code).toBe('NOTICE_TOO_EARLY');
    expect(early.message).toContain('from 2019-11-04');
    expect(errorOf(() => computeNoticeExpiry(paris, { receivedOn: '2019-11-04' })).code).toBe('MISSING_ENTRY_INTO_FORCE');
    for (const id of ['kyoto-protocol', 'unfccc']) {
      expect(
        errorOf(() => computeNoticeExpiry(getTreaty(id), { receivedOn: '2008-02-15', entryIntoForce: '2005-02-16' })).code,
      ).toBe('NOTICE_TOO_EARLY');
      expect(computeNoticeExpiry(getTreaty(id), { receivedOn: '2008-02-16', entryIntoForce: '2005-02-16' }).expiresOn).toBe(
        '2009-02-16',
      );
    }
  });

  it('applies the Single Convention cut-off of 1 July', () => {
    expect(expiry('single-convention-1961', '2011-06-29')).toBe('2012-01-01');
    expect(expiry('single-convention-1961', '2011-07-01')).toBe('2012-01-01');
    expect(expiry('single-convention-1961', '2011-07-02')).toBe('2013-01-01');
    expect(expiry('single-convention-1961', '2011-12-31')).toBe('2013-01-01');
    expect(expiry('single-convention-1961', '2012-01-01')).toBe('2013-01-01');
  });

  it('applies the Whaling Convention cut-off of 1 January', () => {
    expect(expiry('icrw', '2019-01-01')).toBe('2019-06-30');
    expect(expiry('icrw', '2019-01-02')).toBe('2020-06-30');
    expect(expiry('icrw', '2018-12-26')).toBe('2019-06-30');
  });

  it('gives UNESCO notice effect on 31 December of the following year', () => {
    expect(expiry('unesco-constitution', '2017-10-12')).toBe('2018-12-31');
    expect(expiry('unesco-constitution', '2025-01-01')).toBe('2026-12-31');
    expect(expiry('unesco-constitution', '2025-12-31')).toBe('2026-12-31');
  });

  it('warns, without refusing, when reasons the treaty demands are missing', () => {
    const ottawa = computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-06-27' });
    expect(ottawa.warnings.map((w) => w.code)).toEqual(['REASONS_MISSING']);
    expect(computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-06-27', reasons: 'Security.' }).warnings).toEqual([]);
    expect(computeNoticeExpiry(getTreaty('npt'), { receivedOn: '2003-01-10' }).warnings[0]?.message).toContain(
      'statement of the extraordinary events',
    );
  });

  it('refuses notice under the CTBT, which is not in force', () => {
    const ctbt = errorOf(() => computeNoticeExpiry(getTreaty('ctbt'), { receivedOn: '2025-01-01', reasons: 'x' }));
    expect(ctbt.code).toBe('TREATY_NOT_IN_FORCE');
    expect(ctbt.message).toBe(
      'notice received on 2025-01-01 cannot be a withdrawal: the CTBT has not entered into force, so its withdrawal clause does not yet apply and there is nothing to withdraw from',
    );
  });

  it('explains each date with its article and source', () => {
    const { steps } = computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-07-18' });
    expect(steps).toEqual([
      expect.objectContaining({ fact: 'receipt', date: '2025-07-18', article: 'Art. 20(2)', clamped: false }),
      expect.objectContaining({ fact: 'period-end', date: '2026-01-18', article: 'Art. 20(3)', clamped: false }),
    ]);
    for (const step of steps) expect(step.source).toMatch(/^https:\/\//);
  });

  it('refuses an invalid receipt date', () => {
    const error = errorOf(() => computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-02-29' }));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('receivedOn: 2025-02-29 is not a calendar date');
  });

  it('works for a profile of your own with a day-count period', () => {
    const custom: TreatyProfile = defineTreaty({
      ...getTreaty('att'),
      id: 'ninety-one',
      withdrawal: {
        ...getTreaty('att').withdrawal,
        effect: {
          kind: 'after-receipt',
          period: { days: 91 },
          counting: 'same-day',
          article: 'Art. 24(2)',
          source: getTreaty('att').text,
        },
      },
    });
    expect(computeNoticeExpiry(custom, { receivedOn: '2025-12-31' }).expiresOn).toBe('2026-04-01');
  });
});

describe('entry into force as checked against a source (docs/research/research-d.md)', () => {
  it('puts the Chicago Convention in force on the thirtieth day after the twenty-sixth instrument, deposited on 5 March 1947 (Art. 91(b))', () => {
    const chicago = getTreaty('chicago-convention');
    expect(chicago.entryIntoForce?.date).toBe(addDays('1947-03-05', 30));
    expect(chicago.entryIntoForce?.date).toBe('1947-04-04');
    expect(chicago.entryIntoForce?.article).toBe('Art. 91(b)');
  });
});
