/**
 * src/treaties/notice.ts: effect rules in words, the notice rules at their
 * boundaries, and each clause form of #16 with dates asserted, a property that
 * states its rule (checked against Temporal as an independent oracle), and the
 * explanation step it produces.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  checkNoticeTiming,
  checkTreatyInForce,
  computeNoticeExpiry,
  describeEffectRule,
  type EffectRule,
  type EndOfTermRule,
  earliestNoticeDate,
  getTreaty,
  noticeWindowFor,
  type Period,
  roundPeriodEnd,
  simulate,
  statusOn,
  survivalUntil,
  termEndFor,
} from '../../src/index.js';
import { runs } from '../arbitraries.js';
import { c158, clauseProfile, coeProfile, genocide, SOURCE } from '../clause-profiles.js';
import { errorOf } from '../helpers.js';

describe('describeEffectRule', () => {
  const base = getTreaty('att').withdrawal.effect as Extract<EffectRule, { kind: 'after-receipt' }>;
  it('names every unit, in words', () => {
    expect(describeEffectRule({ ...base, period: { years: 1, months: 2, days: 3 } })).toBe(
      '1 year and 2 months and 3 days after receipt',
    );
    expect(describeEffectRule({ ...base, period: { years: 2 } })).toBe('2 years after receipt');
    expect(describeEffectRule({ ...base, period: { days: 1 } })).toBe('1 day after receipt');
    expect(describeEffectRule({ ...base, period: { months: 1 } })).toBe('1 month after receipt');
  });

  it('words terms, with the notice they need before their end where there is one (Genocide Convention Art. XIV)', () => {
    const terms = getTreaty('genocide-convention').withdrawal.effect as EndOfTermRule;
    expect(describeEffectRule(terms)).toBe(
      'at the end of a term (a first term of 10 years, then terms of 5 years, for notice at least 6 months before it ends)',
    );
    expect(describeEffectRule({ ...terms, noticeBefore: {} })).toBe(
      'at the end of a term (a first term of 10 years, then terms of 5 years)',
    );
  });

  it('words the day of a calendar rule with its month, in each month', () => {
    // The months' English names from Intl, not from the table under test.
    const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
    const months = Array.from({ length: 12 }, (_, index) => monthName.format(Date.UTC(2001, index, 1)));
    months.forEach((month, index) => {
      const mm = String(index + 1).padStart(2, '0');
      const rule = {
        kind: 'calendar',
        article: 'Art. 1',
        source: SOURCE,
        receivedBy: `${mm}-01`,
        effectOn: `${mm}-28`,
        yearsAfter: 1,
      } as const;
      expect(describeEffectRule(rule)).toBe(
        `on 28 ${month} of the next year for notice received by 1 ${month}, a year later if received after`,
      );
    });
  });

  it('words calendar rules by their year offset', () => {
    const calendar = {
      kind: 'calendar',
      article: 'Art. 1',
      source: 'https://example.org',
      receivedBy: '03-01',
      effectOn: '09-30',
    } as const;
    expect(describeEffectRule({ ...calendar, yearsAfter: 0 })).toBe(
      'on 30 September of the same year for notice received by 1 March, a year later if received after',
    );
    expect(describeEffectRule({ ...calendar, yearsAfter: 2 })).toBe(
      'on 30 September 2 years later for notice received by 1 March, a year later if received after',
    );
    expect(describeEffectRule(getTreaty('icrw').withdrawal.effect)).toBe(
      'on 30 June of the same year for notice received by 1 January, a year later if received after',
    );
  });
});

describe('notice rules at their boundaries', () => {
  it('name the fact whose date is not a date', () => {
    const ottawa = getTreaty('ottawa');
    expect(errorOf(() => computeNoticeExpiry(ottawa, { receivedOn: '2025-01-01', entryIntoForce: '2025-02-30' })).path).toBe(
      'entryIntoForce',
    );
    expect(errorOf(() => computeNoticeExpiry(ottawa, { receivedOn: '2025-01-01', laterDate: '2025-02-30' })).path).toBe(
      'laterDate',
    );
    expect(errorOf(() => computeNoticeExpiry(ottawa, { receivedOn: '2025-02-30' })).path).toBe('receivedOn');
    expect(errorOf(() => checkNoticeTiming(ottawa, '2025-01-01', '2025-02-30' as CalendarDate)).path).toBe('entryIntoForce');
    expect(errorOf(() => checkNoticeTiming(ottawa, '2025-02-30' as CalendarDate, undefined)).path).toBe('receivedOn');
  });

  it('take reasons as text, or absent as undefined or null (JSON has no undefined), and refuse any other value', () => {
    const echr = getTreaty('echr');
    const facts = { receivedOn: '2022-03-15', entryIntoForce: '1998-05-05' } as const;
    const plain = computeNoticeExpiry(echr, facts).expiresOn;
    expect(plain).toBe('2022-09-15');
    expect(computeNoticeExpiry(echr, { ...facts, reasons: null }).expiresOn).toBe(plain);
    expect(computeNoticeExpiry(echr, { ...facts, reasons: 'r' }).expiresOn).toBe(plain);
    expect(errorOf(() => computeNoticeExpiry(echr, { ...facts, reasons: 7 as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'facts.reasons',
    });
  });

  it('warn when the reasons are only white space', () => {
    const warnings = computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-01-01', reasons: '  \n' }).warnings;
    expect(warnings.map((w) => w.code)).toEqual(['REASONS_MISSING']);
  });

  it('refuse notice from the day a treaty terminated, not the day before', () => {
    const inf = getTreaty('inf');
    const on = errorOf(() => computeNoticeExpiry(inf, { receivedOn: inf.terminatedOn as CalendarDate, reasons: 'r' }));
    expect(on.code).toBe('TREATY_NOT_IN_FORCE');
    expect(on.message).toContain('ceased to be in force on 2019-08-02');
    expect(computeNoticeExpiry(inf, { receivedOn: '2019-08-01', reasons: 'r' }).warnings).toEqual([]);
  });

  it('cite the depositary’s practice where it counts one day more', () => {
    const icsid = getTreaty('icsid');
    const effect = icsid.withdrawal.effect as { countingSource?: string; source: string };
    const step = computeNoticeExpiry(icsid, { receivedOn: '2012-01-24' }).steps.find((s) => s.fact === 'period-end');
    expect(step?.source).toBe(effect.countingSource);
    expect(step?.source).not.toBe(effect.source);
  });

  it('let a later date govern only when it is later than the period’s end', () => {
    const rome = getTreaty('rome-statute');
    const end = computeNoticeExpiry(rome, { receivedOn: '2025-06-02' }).expiresOn;
    const same = computeNoticeExpiry(rome, { receivedOn: '2025-06-02', laterDate: end });
    expect(same.expiresOn).toBe(end);
    expect(same.steps.some((s) => s.fact === 'later-date')).toBe(false);
  });

  it('check a later date where the treaty allows one', () => {
    const error = errorOf(() =>
      computeNoticeExpiry(getTreaty('rome-statute'), { receivedOn: '2025-01-01', laterDate: '2026-02-30' }),
    );
    expect(error.code).toBe('INVALID_DATE');
    expect(error.path).toBe('laterDate');
  });

  it('take effect in 9999 at the latest', () => {
    const icrw = getTreaty('icrw');
    expect(computeNoticeExpiry(icrw, { receivedOn: '9998-05-01' }).expiresOn.startsWith('9999-')).toBe(true);
  });

  it('refuse a calendar rule that would take effect after 9999', () => {
    const error = errorOf(() => computeNoticeExpiry(getTreaty('icrw'), { receivedOn: '9999-05-01' }));
    expect(error.code).toBe('DATE_OUT_OF_RANGE');
    expect(error.message).toBe('notice received on 9999-05-01 would take effect after 9999-12-31');
  });
});

const P = Temporal.PlainDate;
/** Any date from 1960 to about 2040. */
const anyDate = fc.integer({ min: 0, max: 29_000 }).map((n) => P.from('1960-01-01').add({ days: n }).toString() as CalendarDate);
const deposit = (date: CalendarDate) => [{ type: 'instrument.deposited' as const, date }];

describe('rounding after a period (Council of Europe final clause)', () => {
  it('takes Turkey’s denunciation of the Istanbul Convention to 1 July 2021', () => {
    // Notified 22 March 2021 (Art. 80: three months, then the first day of the next month); in effect 1 July 2021.
    const { expiresOn, steps } = computeNoticeExpiry(coeProfile(3), { receivedOn: '2021-03-22' });
    expect(expiresOn).toBe('2021-07-01');
    expect(steps[1]).toMatchObject({
      fact: 'period-end',
      date: '2021-07-01',
      rule: '3 months after receipt, then the first day of the following month',
      statement:
        '3 months after receipt on 2021-03-22: 2021-06-22, on the same day of the month; the period expires at the end of 2021-06-22, and the withdrawal takes effect on the first day of the following month: 2021-07-01.',
      article: 'Art. 80',
      source: SOURCE,
      clamped: false,
    });
    const turkey = simulate({ treaty: coeProfile(3), party: 'TUR', events: deposit('2021-03-22') });
    expect(turkey.effectiveOn).toBe('2021-07-01');
    expect(statusOn(turkey, '2021-06-30').bound).toBe(true);
    expect(statusOn(turkey, '2021-07-01').bound).toBe(false);
  });

  it('rounds an expiry on the 1st to the 1st of the next month, not to itself', () => {
    expect(computeNoticeExpiry(coeProfile(3), { receivedOn: '2021-03-01' }).expiresOn).toBe('2021-07-01');
    expect(roundPeriodEnd('2021-06-01', 'first-of-next-month')).toBe('2021-07-01');
  });

  it('rounds an expiry on the last day of a month to the next day', () => {
    expect(computeNoticeExpiry(coeProfile(3), { receivedOn: '2021-03-30' }).expiresOn).toBe('2021-07-01');
    // 31 March + 3 months has no 31 June: the period ends on 30 June, effect 1 July.
    const clamped = computeNoticeExpiry(coeProfile(3), { receivedOn: '2021-03-31' });
    expect(clamped.expiresOn).toBe('2021-07-01');
    expect(clamped.steps[1]?.clamped).toBe(true);
    expect(computeNoticeExpiry(coeProfile(6), { receivedOn: '2021-06-30' }).expiresOn).toBe('2022-01-01');
  });

  it('crosses a year end, and rounds to the next year where the clause says so', () => {
    expect(computeNoticeExpiry(coeProfile(3), { receivedOn: '2021-09-15' }).expiresOn).toBe('2022-01-01');
    expect(computeNoticeExpiry(coeProfile(6, 'first-of-next-year'), { receivedOn: '2021-01-10' }).expiresOn).toBe('2022-01-01');
    expect(computeNoticeExpiry(coeProfile(6, 'first-of-next-year'), { receivedOn: '2021-06-30' }).expiresOn).toBe('2022-01-01');
    // The period ends on 1 January 2022 and expires at its end: the next year's first day is 1 January 2023.
    expect(computeNoticeExpiry(coeProfile(6, 'first-of-next-year'), { receivedOn: '2021-07-01' }).expiresOn).toBe('2023-01-01');
    expect(computeNoticeExpiry(coeProfile(12, 'first-of-next-year'), { receivedOn: '2021-12-31' }).expiresOn).toBe('2023-01-01');
  });

  it('states the rule: the first day of the month after the month in which N months from receipt end', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 36 }), (receivedOn, months) => {
        const end = P.from(receivedOn).add({ months }, { overflow: 'constrain' });
        const expected = end.with({ day: 1 }).add({ months: 1 }).toString() as CalendarDate;
        const effect = computeNoticeExpiry(coeProfile(months), { receivedOn }).expiresOn;
        expect(effect).toBe(expected);
        // Always a 1st, always after the period's end, never more than a month after it.
        expect(P.from(effect).day).toBe(1);
        expect(P.compare(P.from(effect), end)).toBe(1);
        expect(end.until(P.from(effect)).days).toBeLessThanOrEqual(31);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('a zero period (effect upon receipt)', () => {
  const onReceipt = clauseProfile({
    effect: { kind: 'after-receipt', period: {}, counting: 'same-day', article: 'Art. XVIII.D', source: SOURCE },
  });

  it('takes effect on the day of receipt, and explains it', () => {
    const { expiresOn, steps } = computeNoticeExpiry(onReceipt, { receivedOn: '2025-03-05' });
    expect(expiresOn).toBe('2025-03-05');
    expect(steps[1]).toMatchObject({
      fact: 'period-end',
      date: '2025-03-05',
      rule: 'upon receipt',
      statement: 'The withdrawal takes effect upon receipt, on the day of receipt: 2025-03-05.',
      article: 'Art. XVIII.D',
    });
    expect(describeEffectRule(onReceipt.withdrawal.effect)).toBe('upon receipt');
  });

  it('is effective through simulate on the day of receipt: bound the day before, not on the day', () => {
    const result = simulate({ treaty: onReceipt, events: deposit('2025-03-05') });
    expect(result.outcome).toBe('effective');
    expect(result.effectiveOn).toBe('2025-03-05');
    expect(statusOn(result, '2025-03-04').bound).toBe(true);
    expect(statusOn(result, '2025-03-05').bound).toBe(false);
  });

  it('rounds a zero period too, where the clause says so', () => {
    const firstOfNext = clauseProfile({
      effect: {
        kind: 'after-receipt',
        period: {},
        counting: 'same-day',
        rounding: 'first-of-next-month',
        article: 'Art. 1',
        source: SOURCE,
      },
    });
    expect(computeNoticeExpiry(firstOfNext, { receivedOn: '2025-03-05' }).expiresOn).toBe('2025-04-01');
    expect(describeEffectRule(firstOfNext.withdrawal.effect)).toBe('on the first day of the next month after receipt');
  });

  it('ignores one-day-more counting, which concerns a period that expires', () => {
    const nextDay = clauseProfile({
      effect: { kind: 'after-receipt', period: { days: 0 }, counting: 'next-day', article: 'Art. 1', source: SOURCE },
    });
    expect(computeNoticeExpiry(nextDay, { receivedOn: '2025-03-05' }).expiresOn).toBe('2025-03-05');
  });

  it('states the rule: effect on the day of receipt, whatever the day', () => {
    fc.assert(
      fc.property(anyDate, (receivedOn) => {
        expect(computeNoticeExpiry(onReceipt, { receivedOn }).expiresOn).toBe(receivedOn);
        expect(simulate({ treaty: onReceipt, events: deposit(receivedOn) }).effectiveOn).toBe(receivedOn);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('the basis of a right of withdrawal', () => {
  const none = clauseProfile({ basis: 'none', effect: undefined });
  const implied = clauseProfile({
    basis: 'vclt-art-56',
    effect: { kind: 'after-receipt', period: { months: 12 }, counting: 'same-day', article: 'VCLT Art. 56(2)', source: SOURCE },
    positions: [
      {
        by: 'UN Human Rights Committee, General Comment No. 26 (1997)',
        view: 'the Covenant is not subject to denunciation',
        article: 'GC 26 §5',
        source: SOURCE,
      },
    ],
  });

  it('refuses a deposit under a treaty with no right, citing Art. 56(1) and naming Art. 54(b) and withdrawal.agreed', () => {
    const error = errorOf(() => simulate({ treaty: none, events: deposit('2025-01-10') }));
    expect(error.code).toBe('NO_RIGHT_OF_WITHDRAWAL');
    expect(error.path).toBe('events[0]');
    expect(error.message).toBe(
      'events[0] (instrument.deposited on 2025-01-10): Custom Convention provides for no withdrawal and none is implied (VCLT Art. 56(1)); it can be left only with the consent of all the parties (VCLT Art. 54(b)): record that as a withdrawal.agreed event',
    );
    expect(errorOf(() => computeNoticeExpiry(none, { receivedOn: '2025-01-10' })).code).toBe('NO_RIGHT_OF_WITHDRAWAL');
    expect(describeEffectRule(none.withdrawal.effect)).toBe('no right of withdrawal (only by consent of all parties)');
  });

  it('warns that an implied right is contested, citing Art. 56 and the positions', () => {
    const result = simulate({ treaty: implied, events: deposit('2025-01-10') });
    expect(result.effectiveOn).toBe('2026-01-10');
    expect(result.warnings).toMatchObject([
      {
        code: 'RIGHT_CONTESTED',
        message:
          'Custom Convention has no withdrawal clause: a right of withdrawal exists only if the parties intended it or it is implied by the nature of the treaty (VCLT Art. 56(1)), on twelve months’ notice (Art. 56(2)), and that right is contested. Positions: UN Human Rights Committee, General Comment No. 26 (1997) (GC 26 §5): the Covenant is not subject to denunciation',
        article: 'VCLT Art. 56',
        source: 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf',
      },
    ]);
  });

  it('states the rule: no right refuses every deposit; only an implied right warns', () => {
    const basisArb = fc.constantFrom('treaty-clause', 'vclt-art-56', 'none') as fc.Arbitrary<
      'treaty-clause' | 'vclt-art-56' | 'none'
    >;
    fc.assert(
      fc.property(anyDate, basisArb, (receivedOn, basis) => {
        const profile = basis === 'none' ? none : basis === 'vclt-art-56' ? implied : clauseProfile({});
        if (basis === 'none') {
          expect(errorOf(() => computeNoticeExpiry(profile, { receivedOn })).code).toBe('NO_RIGHT_OF_WITHDRAWAL');
          return;
        }
        const codes = computeNoticeExpiry(profile, { receivedOn }).warnings.map((w) => w.code);
        expect(codes.includes('RIGHT_CONTESTED')).toBe(basis === 'vclt-art-56');
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('the treaty’s own entry into force', () => {
  const since2000 = clauseProfile({}, { entryIntoForce: { date: '2000-01-01', article: 'Art. 9', source: SOURCE } });
  const terminated = clauseProfile({}, { status: 'terminated', terminatedOn: '2019-08-02' });
  const never = clauseProfile({}, { status: 'not-in-force', entryIntoForce: undefined });

  it('refuses a deposit before the treaty entered into force, and accepts one on that day', () => {
    const error = errorOf(() => simulate({ treaty: since2000, events: deposit('1999-12-31') }));
    expect(error.code).toBe('TREATY_NOT_IN_FORCE');
    expect(error.message).toContain('the Custom Convention entered into force only on 2000-01-01 (Art. 9)');
    expect(simulate({ treaty: since2000, events: deposit('2000-01-01') }).effectiveOn).toBe('2000-07-01');
  });

  it('refuses a deposit under a treaty not in force, and from the day a treaty terminated', () => {
    expect(errorOf(() => simulate({ treaty: never, events: deposit('2025-01-10') })).code).toBe('TREATY_NOT_IN_FORCE');
    expect(checkTreatyInForce(terminated, '2019-08-02')?.code).toBe('TREATY_NOT_IN_FORCE');
    expect(checkTreatyInForce(terminated, '2019-08-01')).toBeUndefined();
  });

  it('states the rule: refused exactly when receipt precedes the entry into force', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (entry, receivedOn) => {
        const profile = clauseProfile({}, { entryIntoForce: { date: entry, article: 'Art. 9', source: SOURCE } });
        expect(checkTreatyInForce(profile, receivedOn)?.code).toBe(receivedOn < entry ? 'TREATY_NOT_IN_FORCE' : undefined);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('earliest notice, from the treaty’s or the party’s entry into force', () => {
  const fromTreaty = clauseProfile(
    { earliestNotice: { yearsAfterEntryIntoForce: 3, from: 'treaty', article: 'Art. XVIII.D', source: SOURCE } },
    { entryIntoForce: { date: '1957-07-29', article: 'Art. XXI.E', source: SOURCE } },
  );
  const fromParty = clauseProfile({ earliestNotice: { yearsAfterEntryIntoForce: 3, article: 'Art. 28(1)', source: SOURCE } });

  it('counts from the treaty’s own entry into force, with no date needed for the party', () => {
    const early = errorOf(() => computeNoticeExpiry(fromTreaty, { receivedOn: '1960-07-28' }));
    expect(early.code).toBe('NOTICE_TOO_EARLY');
    expect(early.message).toBe(
      'notice received on 1960-07-28 is too early: Custom Convention Art. XVIII.D allows notice only 3 years after the treaty’s own entry into force (1957-07-29), i.e. from 1960-07-29',
    );
    const timely = computeNoticeExpiry(fromTreaty, { receivedOn: '1960-07-29' });
    expect(timely.expiresOn).toBe('1961-01-29');
    expect(timely.steps.find((s) => s.fact === 'earliest-notice')).toMatchObject({
      date: '1960-07-29',
      rule: 'notice only 3 years after the treaty’s entry into force',
      article: 'Art. XVIII.D',
    });
  });

  it('counts from the party’s entry into force, which the scenario must give', () => {
    expect(errorOf(() => computeNoticeExpiry(fromParty, { receivedOn: '2019-11-04' })).code).toBe('MISSING_ENTRY_INTO_FORCE');
    expect(checkNoticeTiming(fromParty, '2019-11-03', '2016-11-04')?.code).toBe('NOTICE_TOO_EARLY');
    expect(computeNoticeExpiry(fromParty, { receivedOn: '2019-11-04', entryIntoForce: '2016-11-04' }).expiresOn).toBe(
      '2020-05-04',
    );
  });

  it('states the rule: notice is timely exactly from N years after the anchor the clause names', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.boolean(), (party, receivedOn, treatyAnchor) => {
        const profile = treatyAnchor ? fromTreaty : fromParty;
        const anchor = treatyAnchor ? '1957-07-29' : party;
        const earliest = P.from(anchor).add({ years: 3 }, { overflow: 'constrain' }).toString() as CalendarDate;
        const refusal = checkNoticeTiming(profile, receivedOn, party);
        expect(refusal?.code).toBe(receivedOn < earliest ? 'NOTICE_TOO_EARLY' : undefined);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('recurring denunciation windows (ILO C158)', () => {
  it('accepts Brazil’s denunciation, registered 20 Nov 1996, effective 20 Nov 1997', () => {
    const { expiresOn, steps } = computeNoticeExpiry(c158, { receivedOn: '1996-11-20' });
    expect(expiresOn).toBe('1997-11-20');
    expect(steps[0]).toMatchObject({
      fact: 'notice-window',
      date: '1995-11-23',
      rule: 'notice only within 1 year after each 10 years',
      statement:
        'Notice may be given only within 1 year after each period of 10 years from the treaty’s entry into force on 1985-11-23; receipt on 1996-11-20 falls in window 1, from 1995-11-23 to 1996-11-22.',
      article: 'Art. 17',
      source: SOURCE,
      clamped: false,
    });
    const brazil = simulate({ treaty: c158, party: 'BRA', events: deposit('1996-11-20') });
    expect(statusOn(brazil, '1997-11-19').bound).toBe(true);
    expect(statusOn(brazil, '1997-11-20').bound).toBe(false);
  });

  it('refuses notice outside a window, giving the next window’s first and last day', () => {
    const late = errorOf(() => simulate({ treaty: c158, events: deposit('1996-11-23') }));
    expect(late.code).toBe('NOTICE_TOO_EARLY');
    expect(late.message).toBe(
      'events[0] (instrument.deposited on 1996-11-23): notice received on 1996-11-23 is outside a denunciation window: Custom Convention Art. 17 allows notice only within 1 year after each period of 10 years from its entry into force (1985-11-23); the next window runs from 2005-11-23 to 2006-11-22',
    );
    expect(errorOf(() => computeNoticeExpiry(c158, { receivedOn: '1990-01-01' })).message).toContain(
      'the next window runs from 1995-11-23 to 1996-11-22',
    );
    expect(computeNoticeExpiry(c158, { receivedOn: '1995-11-23' }).expiresOn).toBe('1996-11-23');
    expect(computeNoticeExpiry(c158, { receivedOn: '1996-11-22' }).expiresOn).toBe('1997-11-22');
    expect(errorOf(() => computeNoticeExpiry(c158, { receivedOn: '1995-11-22' })).code).toBe('NOTICE_TOO_EARLY');
  });

  it('states the rule: notice is accepted exactly within a year after each tenth anniversary, else the next window is named', () => {
    const eif = P.from('1985-11-23');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 22_000 }).map((n) => eif.add({ days: n }).toString() as CalendarDate),
        (receivedOn) => {
          let k = 1;
          let opens = eif.add({ years: 10 });
          let closes = opens.add({ years: 1 }).subtract({ days: 1 });
          while (P.compare(closes, P.from(receivedOn)) < 0) {
            k++;
            opens = eif.add({ years: 10 * k });
            closes = opens.add({ years: 1 }).subtract({ days: 1 });
          }
          expect(noticeWindowFor(c158, receivedOn)).toEqual({ opens: opens.toString(), closes: closes.toString(), index: k });
          const refusal = checkNoticeTiming(c158, receivedOn, undefined);
          if (receivedOn >= opens.toString()) expect(refusal).toBeUndefined();
          else expect(refusal?.message).toContain(`the next window runs from ${opens} to ${closes}`);
        },
      ),
      { numRuns: runs(400) },
    );
  });
});

describe('fixed terms that renew (Genocide Convention Art. XIV)', () => {
  const rule = genocide.withdrawal.effect as EndOfTermRule;

  it('takes effect at the end of the current term for notice in time', () => {
    const { expiresOn, steps } = computeNoticeExpiry(genocide, { receivedOn: '2025-07-12' });
    expect(expiresOn).toBe('2026-01-12');
    expect(steps[1]).toMatchObject({
      fact: 'period-end',
      date: '2026-01-12',
      article: 'Art. XIV',
      statement:
        'Genocide Convention runs for a first term of 10 years from 1951-01-12, then for successive terms of 5 years; notice on 2025-07-12 came at least 6 months before the current term, renewal term 13 (5 years) from 2021-01-12, ends: the denunciation takes effect at its end, 2026-01-12.',
    });
  });

  it('describes the rule in words', () => {
    expect(describeEffectRule(rule)).toBe(
      'at the end of a term (a first term of 10 years, then terms of 5 years, for notice at least 6 months before it ends)',
    );
  });

  it('takes effect at the end of the next term for notice too late, and says why', () => {
    const { expiresOn, steps } = computeNoticeExpiry(genocide, { receivedOn: '2025-07-13' });
    expect(expiresOn).toBe('2031-01-12');
    expect(steps[1]?.statement).toContain(
      'notice on 2025-07-13 came less than 6 months before the current term ends on 2026-01-12, so the treaty binds the party for the next term: renewal term 14 (5 years), from 2026-01-12, at whose end the denunciation takes effect: 2031-01-12.',
    );
  });

  it('counts the first term, and a notice on the day a term ends falls in the next', () => {
    expect(termEndFor(rule, '1951-01-12', '1955-01-01')).toEqual({
      endsOn: '1961-01-12',
      startsOn: '1951-01-12',
      term: 1,
      currentEndsOn: '1961-01-12',
      late: false,
    });
    expect(termEndFor(rule, '1951-01-12', '1960-07-13').endsOn).toBe('1966-01-12');
    expect(termEndFor(rule, '1951-01-12', '2026-01-12')).toMatchObject({ endsOn: '2031-01-12', late: false, term: 15 });
    const result = simulate({ treaty: genocide, events: deposit('2025-07-13') });
    expect(statusOn(result, '2031-01-11').bound).toBe(true);
    expect(statusOn(result, '2031-01-12').bound).toBe(false);
  });

  it('states the rule: the first term end after receipt that notice reaches at least six months ahead', () => {
    const eif = P.from('1951-01-12');
    const ends = Array.from({ length: 30 }, (_, k) => eif.add({ years: 10 + 5 * k }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }).map((n) => eif.add({ days: n }).toString() as CalendarDate),
        (receivedOn) => {
          const deadline = P.from(receivedOn).add({ months: 6 });
          const expected = ends.find((end) => P.compare(end, P.from(receivedOn)) > 0 && P.compare(deadline, end) <= 0);
          expect(computeNoticeExpiry(genocide, { receivedOn }).expiresOn).toBe(expected?.toString() as CalendarDate);
        },
      ),
      { numRuns: runs(400) },
    );
  });
});

describe('end-of-term rules of any terms, against counting term by term', () => {
  const P = Temporal.PlainDate;
  /** A period of one unit, as treaties write terms and notice. */
  const onePeriod = (max: { years: number; months: number; days: number }): fc.Arbitrary<Period> =>
    fc.oneof<fc.Arbitrary<Period>[]>(
      fc.integer({ min: 1, max: max.years }).map((years) => ({ years })),
      fc.integer({ min: 1, max: max.months }).map((months) => ({ months })),
      fc.integer({ min: 1, max: max.days }).map((days) => ({ days })),
    );

  /** An end-of-term rule of these terms and notice. */
  const termRule = (firstTerm: Period, renewalTerm: Period, noticeBefore: Period): EndOfTermRule => ({
    kind: 'end-of-term',
    firstTerm,
    renewalTerm,
    noticeBefore,
    article: 'Art. 1',
    source: SOURCE,
  });

  it('states the rule: the current term is the first whose end is after receipt, and notice reaches the first end at least noticeBefore ahead', () => {
    fc.assert(
      fc.property(
        onePeriod({ years: 20, months: 60, days: 1500 }),
        onePeriod({ years: 10, months: 24, days: 800 }),
        onePeriod({ years: 2, months: 18, days: 400 }),
        fc.integer({ min: 0, max: 25_000 }),
        (firstTerm, renewalTerm, noticeBefore, offset) => {
          const eif = P.from('1955-03-31');
          const receivedOn = eif.add({ days: offset });
          const firstEnd = eif.add(firstTerm);
          // Each end counted from the first term's end, as the treaty counts the k-th renewal.
          const endOf = (k: number) =>
            firstEnd.add({
              years: (renewalTerm.years ?? 0) * k,
              months: (renewalTerm.months ?? 0) * k,
              days: (renewalTerm.days ?? 0) * k,
            });
          let current = 0;
          while (P.compare(endOf(current), receivedOn) <= 0) current++;
          const deadline = receivedOn.add(noticeBefore);
          let ending = current;
          while (P.compare(endOf(ending), deadline) < 0) ending++;
          expect(
            termEndFor(
              termRule(firstTerm, renewalTerm, noticeBefore),
              eif.toString() as CalendarDate,
              receivedOn.toString() as CalendarDate,
            ),
          ).toEqual({
            endsOn: endOf(ending).toString(),
            startsOn: ending === 0 ? eif.toString() : endOf(ending - 1).toString(),
            term: ending + 1,
            currentEndsOn: endOf(current).toString(),
            late: ending > current,
          });
        },
      ),
      { numRuns: runs(600) },
    );
  });

  it('finds the term a notice many terms after the first falls in, on each side of a term end', () => {
    // Monthly and daily terms, so that the count of terms before receipt is in the hundreds.
    const monthly = termRule({ months: 1 }, { months: 1 }, { days: 10 });
    // The first term ends on 2000-02-29 (no 31st), and each renewal is counted from that end: the 29th.
    expect(termEndFor(monthly, '2000-01-31', '2025-05-14')).toEqual({
      endsOn: '2025-05-29',
      startsOn: '2025-04-29',
      term: 304,
      currentEndsOn: '2025-05-29',
      late: false,
    });
    expect(termEndFor(monthly, '2000-01-31', '2025-05-29')).toMatchObject({
      currentEndsOn: '2025-06-29',
      endsOn: '2025-06-29',
      term: 305,
    });
    expect(termEndFor(monthly, '2000-01-31', '2025-05-20')).toMatchObject({
      currentEndsOn: '2025-05-29',
      endsOn: '2025-06-29',
      late: true,
    });
    const daily = termRule({ days: 30 }, { days: 7 }, { days: 1 });
    expect(termEndFor(daily, '2000-01-01', '2000-12-31')).toEqual({
      endsOn: '2001-01-01',
      startsOn: '2000-12-25',
      term: 49,
      currentEndsOn: '2001-01-01',
      late: false,
    });
    expect(termEndFor(daily, '2000-01-01', '2001-01-01')).toMatchObject({ endsOn: '2001-01-08', term: 50, late: false });
  });
});

describe('counting belongs to each rule, not to a depositary', () => {
  const sameDepositary = (counting: 'same-day' | 'next-day', period: { years?: number; days?: number }) =>
    clauseProfile(
      { effect: { kind: 'after-receipt', period, counting, article: 'Art. 47(2)', source: SOURCE } },
      { depositary: 'Government of Portugal' },
    );

  it('counts "upon the expiry of one year" with one day more and "60 days from receipt" without, for one depositary', () => {
    expect(computeNoticeExpiry(sameDepositary('next-day', { years: 1 }), { receivedOn: '2014-12-31' }).expiresOn).toBe(
      '2016-01-01',
    );
    expect(computeNoticeExpiry(sameDepositary('same-day', { days: 60 }), { receivedOn: '2014-12-31' }).expiresOn).toBe(
      '2015-03-01',
    );
  });

  it('explains one day more as the rule’s counting, not the depositary’s habit', () => {
    const step = computeNoticeExpiry(sameDepositary('next-day', { years: 1 }), { receivedOn: '2014-12-31' }).steps[1];
    expect(step?.statement).toBe(
      '1 year after receipt on 2014-12-31: 2015-12-31; this rule is counted with one day more, so 2016-01-01.',
    );
    expect(step?.statement).not.toContain('depositary');
  });

  it('states the rule: next-day counting is the same-day date plus one day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (receivedOn, days) => {
        const same = computeNoticeExpiry(sameDepositary('same-day', { days }), { receivedOn }).expiresOn;
        const next = computeNoticeExpiry(sameDepositary('next-day', { days }), { receivedOn }).expiresOn;
        expect(P.from(same).add({ days: 1 }).toString() as CalendarDate).toBe(next);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('the timing of a notice, explained and checked', () => {
  it('dates the earliest notice from the treaty’s own entry into force where the clause counts from it (NATO Art. 13)', () => {
    const france = simulate({
      treaty: 'north-atlantic-treaty',
      party: 'FRA',
      events: [{ type: 'instrument.deposited', date: '2025-01-10' }],
    });
    expect(france.explanation[0]).toMatchObject({
      fact: 'earliest-notice',
      date: '1969-08-24',
      statement:
        'Notice may be given from 1969-08-24, 20 years after the treaty’s own entry into force on 1949-08-24; receipt on 2025-01-10 is timely.',
    });
  });

  it('names the treaty’s entry into force and the window a notice falls in (ILO C158 Art. 17)', () => {
    const brazil = simulate({ treaty: 'ilo-c158', party: 'BRA', events: [{ type: 'instrument.deposited', date: '1996-11-20' }] });
    expect(brazil.explanation.find((s) => s.fact === 'notice-window')).toMatchObject({
      date: '1995-11-23',
      statement:
        'Notice may be given only within 1 year after each period of 10 years from the treaty’s entry into force on 1985-11-23; receipt on 1996-11-20 falls in window 1, from 1995-11-23 to 1996-11-22.',
    });
  });

  it('names the argument that is not a calendar date', () => {
    const earliest = errorOf(() => earliestNoticeDate(getTreaty('north-atlantic-treaty'), '2025-02-30'));
    expect([earliest.code, earliest.path, earliest.message]).toEqual([
      'INVALID_DATE',
      'partyEntryIntoForce',
      'partyEntryIntoForce: 2025-02-30 is not a calendar date',
    ]);
    const expiry = errorOf(() => computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-13-01' }));
    expect([expiry.code, expiry.path, expiry.message]).toEqual([
      'INVALID_DATE',
      'receivedOn',
      'receivedOn: 2025-13-01 is not a calendar date',
    ]);
  });

  it('cites the counting practice where it adds a day to the text, and the text where the count is the text’s own', () => {
    // ICSID Art. 71 as the World Bank counts it (next day); ECOWAS Art. 91 counted to the same day, its communiqué aside.
    const periodEnd = (treaty: 'icsid' | 'ecowas-treaty', date: CalendarDate) =>
      simulate({ treaty, events: [{ type: 'instrument.deposited', date }] }).explanation.find((s) => s.fact === 'period-end');
    const icsid = getTreaty('icsid').withdrawal.effect as { countingSource?: string };
    expect(periodEnd('icsid', '2007-05-02')).toMatchObject({ date: '2007-11-03', source: icsid?.countingSource });
    const ecowas = getTreaty('ecowas-treaty').withdrawal.effect as { countingSource?: string; source: string };
    expect(ecowas?.countingSource).toBeDefined();
    expect(periodEnd('ecowas-treaty', '2025-01-29')).toMatchObject({ date: '2026-01-29', source: ecowas?.source });
  });
});

describe('survivalUntil', () => {
  const clause = { period: { years: 20 }, scope: 'existing investments', article: 'Art. 47(3)', source: SOURCE };

  it('gives the last day a surviving obligation binds: the period after effect, less a day', () => {
    expect(survivalUntil('2016-01-01', clause)).toBe('2035-12-31');
    expect(survivalUntil('2020-07-01', { ...clause, period: { years: 5 } })).toBe('2025-06-30');
  });

  it('names the argument that is not a date', () => {
    const error = errorOf(() => survivalUntil('2016-02-30', clause));
    expect([error.code, error.path, error.message]).toEqual([
      'INVALID_DATE',
      'effectiveOn',
      'effectiveOn: 2016-02-30 is not a calendar date',
    ]);
  });
});
