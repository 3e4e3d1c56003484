/** src/treaties/notice.ts: effect rules in words, and the notice rules at their boundaries. */
import { describe, expect, it } from 'vitest';
import { type CalendarDate, computeNoticeExpiry, describeEffectRule, type EffectRule, getTreaty } from '../../src/index.js';
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
