import { describe, expect, it } from 'vitest';
import { addDays, compareDates } from '../../src/dates/index.js';
import { type CalendarDate, simulate, statusOn } from '../../src/index.js';
import cases from '../fixtures/real-cases-research-d.json' with { type: 'json' };
import { expectReproduced, expectWellSourced, type RealCase } from './reproduce.js';

/** A case whose deposit is dated by its sources to a window, not a day. */
interface WindowedCase extends RealCase {
  depositWindow: { from: CalendarDate; to: CalendarDate };
}

const researched = cases as unknown as WindowedCase[];

function daysOf(window: WindowedCase['depositWindow']): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = window.from; compareDates(day, window.to) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

describe('real withdrawals researched in batch D (#17), reproduced to the day', () => {
  it.each(researched.map((c) => [c.id, c] as const))('%s gives the recorded outcome and dates', (_id, realCase) => {
    expectReproduced(realCase);
  });

  it.each(researched.map((c) => [c.id, c] as const))(
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
    for (const realCase of researched) {
      const nextYear = `${Number(realCase.depositWindow.to.slice(0, 4)) + 1}-01-01` as CalendarDate;
      const result = simulate({ ...realCase.scenario, events: [{ type: 'instrument.deposited', date: nextYear }] });
      expect(result.effectiveOn).not.toBe(realCase.expected.effectiveOn);
    }
  });
});

describe('researched cases of batch D', () => {
  it.each(researched.map((c) => [c.id, c] as const))(
    '%s names a shipped treaty, its sources and a deposit window',
    (_id, realCase) => {
      expectWellSourced(realCase);
      expect(compareDates(realCase.depositWindow.from, realCase.depositWindow.to)).toBeLessThan(0);
    },
  );

  it('keeps every id unique', () => {
    expect(new Set(researched.map((c) => c.id)).size).toBe(researched.length);
  });
});
