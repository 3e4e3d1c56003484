import { describe, expect, it } from 'vitest';
import { type CalendarDate, type Scenario, safeSimulate, simulate, statusOn } from '../../src/index.js';
import cases from '../fixtures/real-cases-research-a.json' with { type: 'json' };
import pending from '../fixtures/real-cases-research-a-pending.json' with { type: 'json' };
import { expectReproduced, expectWellSourced, type RealCase } from './reproduce.js';

const researched = cases as unknown as RealCase[];
const waiting = pending as unknown as RealCase[];

describe('real withdrawals researched in batch A (#17), reproduced to the day', () => {
  it.each(researched.map((c) => [c.id, c] as const))('%s', (_id, realCase) => {
    expectReproduced(realCase);
  });

  it('covers a withdrawal for every researched treaty that has had one and is computable today', () => {
    const covered = new Set(researched.map((c) => c.scenario.treaty));
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

describe('obligations that survive a researched withdrawal', () => {
  const byId = (id: string) => {
    const found = researched.find((c) => c.id === id);
    if (!found) throw new Error(`no case ${id}`);
    return simulate(found.scenario);
  };

  it('keeps the Energy Charter Treaty binding for existing investments twenty years after Italy left (Art. 47(3))', () => {
    const result = byId('ect-ita-2014');
    expect(statusOn(result, '2016-01-01').bound).toBe(false);
    expect(statusOn(result, '2016-01-01').surviving.map((s) => [s.until, s.article])).toEqual([['2035-12-31', 'Art. 47(3)']]);
    expect(statusOn(result, '2035-12-31').surviving).toHaveLength(1);
    expect(statusOn(result, '2036-01-01').surviving).toEqual([]);
  });

  it('keeps the Andean trade liberalisation advantages for five years after Venezuela denounced (Art. 135)', () => {
    const result = byId('andean-ven-2006');
    expect(statusOn(result, '2006-04-22').surviving.map((s) => [s.until, s.article])).toEqual([['2011-04-21', 'Art. 135']]);
    expect(statusOn(result, '2011-04-22').surviving).toEqual([]);
  });

  it('rounds Turkey’s denunciation of the Istanbul Convention to the first of the month (Art. 80(2))', () => {
    const result = byId('istanbul-tur-2021');
    expect(statusOn(result, '2021-06-22').bound).toBe(true);
    expect(statusOn(result, '2021-06-30').bound).toBe(true);
  });
});

describe('expulsion, extension and agreement in the researched cases', () => {
  const run = (id: string) => {
    const found = researched.find((c) => c.id === id);
    if (!found) throw new Error(`no case ${id}`);
    return simulate(found.scenario);
  };

  it('keeps the United Kingdom bound through each extension of Art. 50(3) until the agreement took effect', () => {
    const result = run('teu-gbr-2017');
    for (const day of [
      '2019-03-29',
      '2019-03-30',
      '2019-04-12',
      '2019-04-13',
      '2019-10-31',
      '2019-11-01',
      '2020-01-31',
    ] as const) {
      expect(statusOn(result, day).bound, day).toBe(true);
    }
    expect(statusOn(result, '2020-02-01').bound).toBe(false);
  });

  it('ends Russia’s membership of the Council of Europe on the day of expulsion, before its Art. 7 notice would have', () => {
    const result = run('coe-rus-2022');
    expect(statusOn(result, '2022-03-15').bound).toBe(true);
    expect(statusOn(result, '2022-03-16').bound).toBe(false);
    expect(statusOn(result, '2022-12-30').bound).toBe(false);
  });

  it('keeps Russia a party to the ECHR for six months after the expulsion (Art. 58(3))', () => {
    const result = run('echr-rus-2022');
    expect(statusOn(result, '2022-03-16').bound).toBe(true);
    expect(statusOn(result, '2022-09-15').bound).toBe(true);
    expect(statusOn(result, '2022-09-16').bound).toBe(false);
  });
});

describe('when the researched clauses refuse a notice', () => {
  const refusal = (scenario: Scenario) => {
    const result = safeSimulate(scenario);
    return result.success ? undefined : { code: result.error.code, message: result.error.message };
  };

  it('refuses a C158 denunciation outside the window that follows each ten years (Art. 17)', () => {
    const refused = refusal({
      treaty: 'ilo-c158',
      party: 'Brazil',
      events: [{ type: 'instrument.deposited', date: '1997-01-10' }],
    });
    expect(refused?.code).toBe('NOTICE_TOO_EARLY');
    expect(refused?.message).toContain('the next window runs from 2005-11-23 to 2006-11-22');
  });

  it('counts the American Convention’s five years from its own entry into force, 18 July 1978 (Art. 78(1))', () => {
    const scenario = (date: CalendarDate): Scenario => ({
      treaty: 'achr',
      party: 'X',
      events: [{ type: 'instrument.deposited', date }],
    });
    expect(refusal(scenario('1983-07-17'))?.code).toBe('NOTICE_TOO_EARLY');
    expect(simulate(scenario('1983-07-18')).effectiveOn).toBe('1984-07-18');
  });
});

describe('researched cases, pending and tested alike', () => {
  const all = [...researched, ...waiting];

  it.each(all.map((c) => [c.id, c] as const))(
    '%s names a shipped treaty, its sources and its expected dates',
    (_id, realCase) => {
      expectWellSourced(realCase);
      expect(realCase.expected.effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('keeps every id unique', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });
});
