import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates/index.js';
import { type CalendarDate, type Scenario, simulate, statusOn } from '../../src/index.js';
import cases from '../fixtures/real-cases-research-c.json' with { type: 'json' };
import { expectRecordedDates, expectWellSourced, type RealCase } from './reproduce.js';

const researched = cases as unknown as RealCase[];
const completed = researched.filter((c) => c.expected.outcome !== 'revoked');
const revoked = researched.filter((c) => c.expected.outcome === 'revoked');

describe('real withdrawals researched in batch C (#17), reproduced to the day', () => {
  it.each(researched.map((c) => [c.id, c] as const))('%s gives the recorded outcome and dates', (_id, realCase) => {
    expectRecordedDates(realCase);
  });

  it.each(completed.map((c) => [c.id, c] as const))('%s binds the party the day before effect and not on it', (_id, realCase) => {
    const result = simulate(realCase.scenario);
    const effectiveOn = realCase.expected.effectiveOn as CalendarDate | null;
    expect(effectiveOn).not.toBeNull();
    if (effectiveOn === null) return;
    expect(statusOn(result, addDays(effectiveOn, -1)).bound).toBe(true);
    expect(statusOn(result, effectiveOn).bound).toBe(false);
  });

  it.each(revoked.map((c) => [c.id, c] as const))(
    '%s keeps the party bound throughout, past the day the notice would have expired',
    (_id, realCase) => {
      const result = simulate(realCase.scenario);
      const expires = realCase.expected.noticeExpiresOn as CalendarDate | null;
      expect(expires).not.toBeNull();
      if (expires === null) return;
      const dates = realCase.scenario.events.map((e) => e.date as CalendarDate);
      for (const day of [...dates, addDays(expires, -1), expires, addDays(expires, 1), addDays(expires, 3650)]) {
        expect(statusOn(result, day).bound, day).toBe(true);
      }
    },
  );
});

describe('coverage of batch C', () => {
  it('has a reproduced case for every batch C treaty whose withdrawal could be dated from a source (UPU only; see docs/research/research-c.md)', () => {
    expect([...new Set(researched.map((c) => c.scenario.treaty))].sort()).toEqual(['upu-constitution']);
  });
});

describe('the United States and the UPU (2018–2019)', () => {
  const found = researched.find((c) => c.id === 'upu-usa-2018');
  if (!found) throw new Error('no case upu-usa-2018');

  it('would have left the Union on 17 October 2019, one year after the International Bureau received the notice (Art. 12)', () => {
    const unrevoked: Scenario = {
      ...found.scenario,
      events: found.scenario.events.filter((e) => e.type !== 'notification.revoked'),
    };
    const result = simulate(unrevoked);
    expect(result.effectiveOn).toBe('2019-10-17');
    expect(statusOn(result, '2019-10-16').bound).toBe(true);
    expect(statusOn(result, '2019-10-17').bound).toBe(false);
  });

  it('stays a member after the revocation of 10 October 2019', () => {
    const result = simulate(found.scenario);
    expect(statusOn(result, '2019-10-17').bound).toBe(true);
    expect(statusOn(result, '2020-01-01').bound).toBe(true);
  });
});

describe('researched cases of batch C', () => {
  it.each(researched.map((c) => [c.id, c] as const))(
    '%s names a shipped treaty, its sources and its expected dates',
    (_id, realCase) => {
      expectWellSourced(realCase);
      expect(realCase.expected.noticeExpiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('keeps every id unique', () => {
    expect(new Set(researched.map((c) => c.id)).size).toBe(researched.length);
  });
});
