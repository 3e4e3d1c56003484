/** Whether the party is bound on the days that matter in researched real cases: obligations that survive, expulsion, extension, revocation. */
import { describe, expect, it } from 'vitest';
import { type Scenario, simulate, statusOn } from '../../src/index.js';
import { casesA, casesC } from './cases.js';

describe('obligations that survive a researched withdrawal', () => {
  const byId = (id: string) => {
    const found = casesA.find((c) => c.id === id);
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
    const found = casesA.find((c) => c.id === id);
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

describe('the United States and the UPU (2018–2019)', () => {
  const found = casesC.find((c) => c.id === 'upu-usa-2018');
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
