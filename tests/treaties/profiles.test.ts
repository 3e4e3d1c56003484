/** src/treaties/profiles: the shipped treaty profiles, their catalog, and the period each clause states. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  computeNoticeExpiry,
  defineTreaty,
  describeEffectRule,
  getTreaty,
  type Scenario,
  simulate,
  statusOn,
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

  it('refuses an unknown id, with the closest known one', () => {
    const error = errorOf(() => getTreaty('otawa'));
    expect(error.code).toBe('UNKNOWN_TREATY');
    expect(error.message).toBe('unknown treaty "otawa"; did you mean "ottawa"?');
    expect(errorOf(() => getTreaty('xyz')).message).not.toContain('ottawa, ccm, rome-statute');
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

// The party's entry into force is given for the North Atlantic Treaty, whose Art. 13 counts twenty years before notice.
const expiryWithEntry = (id: string, receivedOn: string) =>
  computeNoticeExpiry(getTreaty(id), { receivedOn: receivedOn as CalendarDate, entryIntoForce: '1949-08-24' }).expiresOn;

describe('the period each clause of the later profiles states', () => {
  it.each([
    ['op1-iccpr', '2025-01-31', '2025-04-30', 'Art. 12(1): three months (month end kept)'],
    ['cat', '2024-02-29', '2025-02-28', 'Art. 31(1): one year'],
    ['crc', '2025-03-15', '2026-03-15', 'Art. 52: one year'],
    ['refugee-convention', '2025-03-15', '2026-03-15', 'Art. 44(2): one year'],
    ['geneva-conventions', '2025-03-15', '2026-03-15', 'common Art. 63/62/142/158: one year'],
    ['cwc', '2025-01-01', '2025-04-01', 'Art. XVI(2): 90 days'],
    ['bwc', '2025-01-01', '2025-04-01', 'Art. XIII(2): three months'],
    ['cfe', '2023-06-09', '2023-11-06', 'Art. XIX(2): 150 days'],
    ['wto-agreement', '2025-01-15', '2025-07-15', 'Art. XV:1: six months'],
    ['north-atlantic-treaty', '2025-01-15', '2026-01-15', 'Art. 13: one year'],
    ['un-charter', '2025-01-15', '2026-01-15', 'VCLT Art. 56(2): twelve months'],
  ])('%s: received %s, effect %s (%s)', (id, receivedOn, expected) => {
    expect(expiryWithEntry(id, receivedOn)).toBe(expected);
  });

  it.each(['iccpr', 'icescr', 'cedaw'] as const)(
    '%s: an instrument of withdrawal is refused, citing the route that remains, which the consent of all parties opens',
    (id) => {
      const error = errorOf(() =>
        simulate({ treaty: id, party: 'A State', events: [{ type: 'instrument.deposited', date: '2025-01-15' }] }),
      );
      expect(error.code).toBe('NO_RIGHT_OF_WITHDRAWAL');
      expect(error.message).toContain('VCLT Art. 54(b)');
      expect(getTreaty(id).withdrawal.positions?.length).toBeGreaterThanOrEqual(2);
      const agreed = simulate({
        treaty: id,
        party: 'A State',
        events: [{ type: 'withdrawal.agreed', date: '2026-01-10', effectiveOn: '2027-01-10' }],
      });
      expect({ outcome: agreed.outcome, effectiveOn: agreed.effectiveOn }).toEqual({
        outcome: 'effective',
        effectiveOn: '2027-01-10',
      });
      expect(statusOn(agreed, '2027-01-09').bound).toBe(true);
    },
  );

  it('cwc, bwc and cfe ask for a statement of extraordinary events', () => {
    for (const id of ['cwc', 'bwc', 'cfe'] as const) {
      const result = simulate({ treaty: id, party: 'A State', events: [{ type: 'instrument.deposited', date: '2025-01-15' }] });
      expect(
        result.warnings.map((w) => w.code),
        id,
      ).toContain('REASONS_MISSING');
    }
  });

  it('geneva-conventions: a denunciation notified during a conflict waits for its end, whatever the year says', () => {
    const events = [
      { type: 'armedConflict.started', date: '2025-01-01' },
      { type: 'instrument.deposited', date: '2026-01-10' },
    ] as const;
    const waiting = simulate({ treaty: 'geneva-conventions', party: 'A Power', events: [...events] });
    expect(waiting.outcome).toBe('deferred');
    expect(statusOn(waiting, '2030-01-01').bound).toBe(true);
    const ended = simulate({
      treaty: 'geneva-conventions',
      party: 'A Power',
      events: [...events, { type: 'armedConflict.ended', date: '2028-03-01' }],
    });
    expect(ended.effectiveOn).toBe('2028-03-01');
  });

  it('north-atlantic-treaty: notice only after the Treaty has been in force twenty years (from 24 August 1969), whenever the party joined', () => {
    const deposit = (date: CalendarDate): Scenario => ({
      treaty: 'north-atlantic-treaty',
      party: 'A Party',
      events: [{ type: 'instrument.deposited', date }],
    });
    expect(errorOf(() => simulate(deposit('1969-08-23'))).code).toBe('NOTICE_TOO_EARLY');
    expect(simulate(deposit('1969-08-24')).effectiveOn).toBe('1970-08-24');
    expect(simulate({ ...deposit('2026-01-10'), entryIntoForce: '2023-04-04' }).effectiveOn).toBe('2027-01-10');
  });

  it.each([
    ['2026-01-10', '2031-01-12', 'in the term 2026-2031, well before its last six months'],
    ['2030-07-12', '2031-01-12', 'exactly six months before the term ends'],
    ['2030-07-13', '2036-01-12', 'too late for this term: the next one'],
  ] as [CalendarDate, CalendarDate, string][])(
    'genocide-convention: notice on %s takes effect on %s (%s)',
    (date, effectiveOn) => {
      const result = simulate({
        treaty: 'genocide-convention',
        party: 'A State',
        events: [{ type: 'instrument.deposited', date }],
      });
      expect(result.effectiveOn).toBe(effectiveOn);
      expect(statusOn(result, addDays(effectiveOn, -1)).bound).toBe(true);
      expect(statusOn(result, effectiveOn).bound).toBe(false);
    },
  );

  it('un-charter: twelve months under VCLT Art. 56(2), with the warning that the right is contested', () => {
    const result = simulate({
      treaty: 'un-charter',
      party: 'A Member',
      events: [{ type: 'instrument.deposited', date: '2025-01-15' }],
    });
    expect(result.effectiveOn).toBe('2026-01-15');
    expect(result.warnings.map((w) => w.code)).toContain('RIGHT_CONTESTED');
  });

  it('every research-b profile states the treaty’s own entry into force', () => {
    const ids = [
      'iccpr',
      'op1-iccpr',
      'icescr',
      'cedaw',
      'cat',
      'crc',
      'refugee-convention',
      'genocide-convention',
      'geneva-conventions',
      'cfe',
      'cwc',
      'bwc',
      'north-atlantic-treaty',
      'wto-agreement',
      'un-charter',
    ];
    for (const id of ids) {
      const { entryIntoForce, adopted } = getTreaty(id);
      expect(entryIntoForce?.source, id).toMatch(/^https?:\/\//);
      expect(adopted && entryIntoForce && adopted < entryIntoForce.date, id).toBe(true);
    }
  });
});
