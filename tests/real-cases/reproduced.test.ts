/** Researched real withdrawals reproduced to the day (tests/fixtures/real-cases-research-*.json). */
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, compareDates, simulate, statusOn } from '../../src/index.js';
import { casesA, casesB, casesC, casesD, completedC, revokedC, type WindowedCase } from './cases.js';
import { expectRecordedDates, expectReproduced } from './reproduce.js';

function daysOf(window: WindowedCase['depositWindow']): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = window.from; compareDates(day, window.to) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

describe('researched withdrawals of the first file, reproduced to the day', () => {
  it.each(casesA.map((c) => [c.id, c] as const))('%s', (_id, realCase) => {
    expectReproduced(realCase);
  });

  it('covers a withdrawal for every researched treaty that has had one and is computable today', () => {
    const covered = new Set(casesA.map((c) => c.scenario.treaty));
    expect([...covered].sort()).toEqual(
      [
        'achr',
        'andean-community',
        'coe-statute',
        'echr',
        'ecowas-treaty',
        'energy-charter-treaty',
        'iaea-statute',
        'ilo-c158',
        'ilo-constitution',
        'istanbul-convention',
        'oas-charter',
        'teu',
      ].sort(),
    );
  });
});

describe('researched withdrawals of the second file, reproduced to the day', () => {
  it.each(casesB.map((c) => [c.id, c] as const))('%s', (_id, realCase) => {
    expectReproduced(realCase);
  });

  it('counts the CFE notice from the date named, not from the end of the 150 days (Art. XIX(2))', () => {
    const [deposit] = casesB.find((c) => c.id === 'cfe-rus-2023')?.scenario.events ?? [];
    expect(deposit).toMatchObject({ type: 'instrument.deposited', date: '2023-06-09', laterDate: '2023-11-07' });
    const withoutDate = simulate({
      treaty: 'cfe',
      party: 'Russian Federation',
      events: [{ type: 'instrument.deposited', date: '2023-06-09', reasons: 'extraordinary events' }],
    });
    expect(withoutDate.effectiveOn).toBe('2023-11-06');
  });
});

describe('researched withdrawals of the third file, reproduced to the day, a revoked one bound throughout', () => {
  it.each(casesC.map((c) => [c.id, c] as const))('%s gives the recorded outcome and dates', (_id, realCase) => {
    expectRecordedDates(realCase);
  });

  it.each(completedC.map((c) => [c.id, c] as const))(
    '%s binds the party the day before effect and not on it',
    (_id, realCase) => {
      const result = simulate(realCase.scenario);
      const effectiveOn = realCase.expected.effectiveOn as CalendarDate | null;
      expect(effectiveOn).not.toBeNull();
      if (effectiveOn === null) return;
      expect(statusOn(result, addDays(effectiveOn, -1)).bound).toBe(true);
      expect(statusOn(result, effectiveOn).bound).toBe(false);
    },
  );

  it.each(revokedC.map((c) => [c.id, c] as const))(
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

describe('the treaties the third file covers', () => {
  it('has a reproduced case for every batch C treaty whose withdrawal could be dated from a source (UPU only; see docs/research/research-c.md)', () => {
    expect([...new Set(casesC.map((c) => c.scenario.treaty))].sort()).toEqual(['upu-constitution']);
  });
});

describe('researched withdrawals dated to a deposit window, reproduced on every day of it', () => {
  it.each(casesD.map((c) => [c.id, c] as const))('%s gives the recorded outcome and dates', (_id, realCase) => {
    expectReproduced(realCase);
  });

  it.each(casesD.map((c) => [c.id, c] as const))(
    '%s takes effect on the recorded day whichever day of its deposit window the instrument was deposited',
    (_id, realCase) => {
      const days = daysOf(realCase.depositWindow);
      expect(days.length).toBeGreaterThan(1);
      expect(days[0]).toBe(realCase.scenario.events[0]?.date);
      for (const day of days) {
        const result = simulate({
          ...realCase.scenario,
          events: [{ type: 'instrument.deposited', date: day }],
        });
        expect(result.effectiveOn, day).toBe(realCase.expected.effectiveOn);
        expect(statusOn(result, addDays(result.effectiveOn as CalendarDate, -1)).bound, day).toBe(true);
      }
    },
  );

  it('would give another day for a deposit in the following year, so the window is what the case rests on', () => {
    for (const realCase of casesD) {
      const nextYear = `${Number(realCase.depositWindow.to.slice(0, 4)) + 1}-01-01` as CalendarDate;
      const result = simulate({ ...realCase.scenario, events: [{ type: 'instrument.deposited', date: nextYear }] });
      expect(result.effectiveOn).not.toBe(realCase.expected.effectiveOn);
    }
  });
});
