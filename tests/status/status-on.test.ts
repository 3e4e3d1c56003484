/**
 * statusOn for the clause forms of #16: the treaty's own entry into force
 * (stage `treaty-not-yet-in-force`) and survival clauses (`surviving`), with the
 * explanation step and the text timeline that show them.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/index.js';
import {
  isBoundOn,
  renderTimeline,
  StatusOnlyStageSchema,
  simulate,
  statusOn,
  survivalUntil,
  type TimelineStage,
  treaties,
} from '../../src/index.js';
import { runs } from '../arbitraries.js';
import { clauseProfile, SOURCE, sunset } from '../clause-profiles.js';
import { errorOf, ukraine } from '../helpers.js';

const P = Temporal.PlainDate;
const deposit = (date: CalendarDate) => [{ type: 'instrument.deposited' as const, date }];

describe('before the treaty’s own entry into force', () => {
  const since2000 = clauseProfile({}, { entryIntoForce: { date: '2000-01-01', article: 'Art. 9', source: SOURCE } });

  it('answers not bound, with a stage and reason saying so, and bound from that day', () => {
    const result = simulate({ treaty: since2000, party: 'X', events: [] });
    expect(statusOn(result, '1999-12-31')).toEqual({
      date: '1999-12-31',
      bound: false,
      stage: 'treaty-not-yet-in-force',
      reason: 'The Custom Convention itself entered into force only on 2000-01-01; before that it bound no party.',
      article: 'Art. 9',
      source: SOURCE,
      surviving: [],
      wording: {
        reason: { key: 'status.treatyNotYetInForce', params: { treaty: 'Custom Convention', since: '2000-01-01' } },
      },
    });
    expect(statusOn(result, '2000-01-01')).toMatchObject({ bound: true, stage: 'not-started' });
  });

  it('puts the treaty’s date before the party’s: between the two, the party-level stage answers', () => {
    const result = simulate({ treaty: since2000, party: 'X', entryIntoForce: '2005-06-01', events: [] });
    expect(statusOn(result, '1999-12-31').stage).toBe('treaty-not-yet-in-force');
    expect(statusOn(result, '2003-01-01')).toMatchObject({ bound: false, stage: 'not-a-party' });
    expect(statusOn(result, '2005-06-01').bound).toBe(true);
  });

  it('lists the new stage in the one enumeration of status-only stages', () => {
    expect(StatusOnlyStageSchema.options).toContain('treaty-not-yet-in-force');
  });

  it('states the rule: never bound before the treaty’s entry into force', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (daysBefore) => {
        const date = P.from('2000-01-01').subtract({ days: daysBefore }).toString() as CalendarDate;
        expect(statusOn(simulate({ treaty: since2000, events: [] }), date)).toMatchObject({
          bound: false,
          stage: 'treaty-not-yet-in-force',
        });
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('every shipped profile states the treaty’s entry into force', () => {
  it('gives a date, an article and an http(s) source for each treaty in force, and none for a treaty not in force', () => {
    for (const treaty of treaties) {
      if (treaty.status === 'not-in-force') {
        expect(treaty.entryIntoForce, treaty.id).toBeUndefined();
        continue;
      }
      expect(treaty.entryIntoForce?.date, treaty.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(treaty.entryIntoForce?.article, treaty.id).toMatch(/^Art\. /);
      expect(treaty.entryIntoForce?.source, treaty.id).toMatch(/^https?:\/\//);
      // On or after adoption: a constitution may enter into force on signature (FAO, 16 October 1945).
      if (treaty.adopted) expect((treaty.entryIntoForce?.date ?? '') >= treaty.adopted, treaty.id).toBe(true);
    }
    expect(treaties.find((t) => t.id === 'ottawa')?.entryIntoForce?.date).toBe('1999-03-01');
    expect(treaties.find((t) => t.id === 'ctbt')?.entryIntoForce).toBeUndefined();
  });
});

describe('obligations that survive the withdrawal', () => {
  // Received 31 Dec 2014; one year "upon the expiry" (one day more): effect 1 Jan 2016; twenty years for existing investments.
  const result = simulate({ treaty: sunset, party: 'ITA', events: deposit('2014-12-31') });
  const obligation = {
    until: '2035-12-31',
    scope: 'investments made before the withdrawal took effect',
    article: 'Art. 47(3)',
    source: SOURCE,
  };

  it('defines until as the last day the obligation binds', () => {
    expect(result.effectiveOn).toBe('2016-01-01');
    expect(result.surviving).toEqual([{ from: '2016-01-01', ...obligation }]);
    expect(survivalUntil('2016-01-01', { period: { years: 20 }, scope: 's', article: 'a', source: SOURCE })).toBe('2035-12-31');
  });

  it('answers not bound with the surviving obligations from effect through until, and none before or after', () => {
    expect(statusOn(result, '2015-12-31')).toMatchObject({ bound: true, surviving: [] });
    expect(statusOn(result, '2016-01-01')).toMatchObject({ bound: false, stage: 'effective', surviving: [obligation] });
    expect(statusOn(result, '2035-12-31')).toMatchObject({ bound: false, surviving: [obligation] });
    expect(statusOn(result, '2036-01-01')).toMatchObject({ bound: false, surviving: [] });
    expect(statusOn(result, '2020-01-01').reason).toBe(
      'The withdrawal took effect on 2016-01-01: from that day the Custom Convention no longer binds Italy (ITA). Obligations survive for investments made before the withdrawal took effect through 2035-12-31 (Art. 47(3)).',
    );
  });

  it('explains the survival as the last step, in date order', () => {
    const last = result.explanation[result.explanation.length - 1];
    expect(last).toMatchObject({
      fact: 'survival',
      date: '2035-12-31',
      rule: 'obligations that survive the withdrawal',
      statement:
        'The withdrawal took effect on 2016-01-01, but the treaty’s obligations continue to bind Italy (ITA) for investments made before the withdrawal took effect, through 2035-12-31 (free from the day after).',
      article: 'Art. 47(3)',
      source: SOURCE,
      clamped: false,
    });
    const dates = result.explanation.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('shows the survival in the text timeline, to the first day free', () => {
    const lines = renderTimeline(result).split('\n');
    expect(lines.slice(3)).toEqual([
      '  STAGE          FROM        TO          RULE',
      '  notice-period  2014-12-31  2016-01-01  Art. 47(2) · 1 year after receipt (counted as one day more)',
      '  effective      2016-01-01  …           Art. 47(2) · effect 1 year after receipt (counted as one day more)',
      '  surviving      2016-01-01  2036-01-01  Art. 47(3) · binds through 2035-12-31: investments made before the withdrawal took effect',
    ]);
  });

  it('has nothing surviving while the withdrawal has not taken effect, or under a treaty without survival', () => {
    const running = simulate({ treaty: sunset, asOf: '2015-06-01', events: deposit('2014-12-31') });
    expect(statusOn(running, '2015-06-01').surviving).toEqual([]);
    expect(simulate({ treaty: 'ottawa', events: deposit('2025-06-27') }).surviving).toEqual([]);
    const revoked = simulate({
      treaty: sunset,
      events: [...deposit('2014-12-31'), { type: 'notification.revoked', date: '2015-06-01' }],
    });
    expect(revoked.surviving).toEqual([]);
  });

  it('states the rule: surviving is non-empty exactly from effect through effect + period − 1 day, and then bound is false', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: -400, max: 12_000 }),
        (n, years, offset) => {
          const receivedOn = P.from('2010-01-01').add({ days: n });
          const profile = clauseProfile({
            effect: { kind: 'after-receipt', period: { months: 6 }, counting: 'same-day', article: 'Art. 2', source: SOURCE },
            survival: [{ period: { years }, scope: 'existing investments', article: 'Art. 5', source: SOURCE }],
          });
          const effect = receivedOn.add({ months: 6 });
          const lastDay = effect.add({ years }).subtract({ days: 1 });
          const date = effect.add({ days: offset });
          const status = statusOn(
            simulate({ treaty: profile, events: deposit(receivedOn.toString() as CalendarDate) }),
            date.toString() as CalendarDate,
          );
          const within = P.compare(date, effect) >= 0 && P.compare(date, lastDay) <= 0;
          expect(status.surviving.length).toBe(within ? 1 : 0);
          if (within) expect(status).toMatchObject({ bound: false, surviving: [{ until: lastDay.toString() as CalendarDate }] });
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('statusOn, at its boundaries', () => {
  const ukraine = simulate({
    treaty: 'ottawa',
    party: 'UKR',
    entryIntoForce: '2006-06-01',
    events: [
      { type: 'armedConflict.started', date: '2022-02-24' },
      { type: 'instrument.deposited', date: '2025-07-18', reasons: 'r' },
    ],
  });

  it('binds from the day of entry into force, not before', () => {
    expect(statusOn(ukraine, '2006-05-31')).toMatchObject({ bound: false, stage: 'not-a-party' });
    expect(statusOn(ukraine, '2006-06-01')).toMatchObject({ bound: true, stage: 'not-started' });
  });

  it('answers from the timeline when a result’s fields disagree with it', () => {
    // A result edited by hand or read back from storage: the timeline says
    // effective (or suspended) but the dates and periods were dropped.
    const last = ukraine.timeline.at(-1) as TimelineStage;
    const effective = {
      ...ukraine,
      effectiveOn: null,
      timeline: [...ukraine.timeline.slice(0, -1), { ...last, stage: 'effective' as const }],
    };
    expect(statusOn(effective, '2026-06-01')).toMatchObject({ bound: false, stage: 'effective', article: 'Art. 20(3)' });
    const suspended = {
      ...ukraine,
      effectiveOn: null,
      timeline: [...ukraine.timeline.slice(0, -1), { ...last, stage: 'suspended' as const }],
    };
    expect(statusOn(suspended, '2026-06-01')).toMatchObject({ bound: false, stage: 'suspended', article: 'VCLT Art. 26' });
    expect(statusOn(suspended, '2026-06-01').reason).toBe(
      'The Mine Ban Treaty was suspended for Ukraine (UKR): no obligation to perform while it lasts.',
    );
  });

  it('cites the VCLT’s Art. 72 for a suspension period whose explanation steps were dropped', () => {
    const result = simulate({
      treaty: 'ottawa',
      party: 'X',
      asOf: '2025-06-01',
      events: [{ type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' }],
    });
    expect(result.suspensions).toEqual([{ from: '2025-04-10', to: null }]);
    expect(statusOn(result, '2025-05-01')).toMatchObject({
      bound: false,
      stage: 'suspended',
      article: 'VCLT Art. 62; VCLT Arts. 65(2), 67, 72',
    });
    const trimmed = { ...result, explanation: result.explanation.filter((s) => s.fact !== 'suspension') };
    expect(statusOn(trimmed, '2025-05-01')).toMatchObject({
      bound: false,
      stage: 'suspended',
      article: 'VCLT Art. 72',
      source: 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf',
    });
    expect(statusOn(trimmed, '2025-05-01').reason).toBe(statusOn(result, '2025-05-01').reason);
  });

  it('cites the later date’s article, then the period’s, for an effect whose own step was dropped', () => {
    const profile = clauseProfile({
      effect: { kind: 'after-receipt', period: { months: 6 }, counting: 'same-day', article: 'Art. 2', source: SOURCE },
      laterDate: { article: 'Art. 4', source: SOURCE },
    });
    const result = simulate({
      treaty: profile,
      party: 'X',
      events: [{ type: 'instrument.deposited', date: '2025-01-10', laterDate: '2025-12-01' }],
    });
    expect(result.effectiveOn).toBe('2025-12-01');
    const without = (...facts: string[]) => ({
      ...result,
      explanation: result.explanation.filter((s) => !facts.includes(s.fact)),
    });
    expect(statusOn(without('effect'), '2026-01-01')).toMatchObject({ bound: false, stage: 'effective', article: 'Art. 4' });
    expect(statusOn(without('effect', 'later-date'), '2026-01-01')).toMatchObject({ bound: false, article: 'Art. 2' });
  });

  it('words a deferral whose steps were dropped as the armed conflict’s, citing the rule that treaties bind', () => {
    const result = simulate({
      treaty: 'ottawa',
      party: 'X',
      events: [
        { type: 'armedConflict.started', date: '2024-01-01' },
        { type: 'instrument.deposited', date: '2025-01-10' },
      ],
    });
    const trimmed = { ...result, explanation: result.explanation.filter((s) => s.fact !== 'deferral') };
    expect(statusOn(trimmed, '2025-08-01')).toMatchObject({ bound: true, stage: 'deferred', article: 'VCLT Art. 26' });
    expect(statusOn(trimmed, '2025-08-01').reason).toBe(statusOn(result, '2025-08-01').reason);
  });

  it('names the objections standing on the day asked about', () => {
    const result = simulate({
      treaty: 'ottawa',
      party: 'X',
      events: [
        { type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' },
        { type: 'objection.raised', date: '2025-02-01', by: 'Norway' },
        { type: 'objection.raised', date: '2025-02-02', by: 'Austria' },
        { type: 'objection.withdrawn', date: '2025-03-01', by: 'Austria' },
      ],
    });
    expect(statusOn(result, '2025-02-28').reason).toContain('objected to by Norway, Austria');
    expect(statusOn(result, '2025-03-01').reason).toContain('objected to by Norway)');
  });
});

describe('statusOn', () => {
  const poland = simulate({
    treaty: 'ottawa',
    party: 'Poland',
    procedure: 'poland',
    entryIntoForce: '2013-06-01',
    events: [
      { type: 'parliament.approved', date: '2025-06-25' },
      { type: 'decree.signed', date: '2025-08-05' },
      { type: 'instrument.deposited', date: '2025-08-20', reasons: 'r' },
    ],
  });

  it('is bound before the effective date and free from it', () => {
    expect(statusOn(poland, '2026-02-19')).toMatchObject({ bound: true, stage: 'notice-period', article: 'Art. 20(3)' });
    expect(statusOn(poland, '2026-02-20')).toMatchObject({ bound: false, stage: 'effective', article: 'Art. 20(3)' });
    expect(statusOn(poland, '2026-02-20').reason).toContain('took effect on 2026-02-20');
  });

  it('says where the withdrawal stood on earlier dates', () => {
    expect(statusOn(poland, '2025-01-01')).toMatchObject({ bound: true, stage: 'not-started', article: 'VCLT Art. 26' });
    expect(statusOn(poland, '2025-07-01')).toMatchObject({ bound: true, stage: 'in-procedure' });
    expect(statusOn(poland, '2013-05-31')).toMatchObject({ bound: false, stage: 'not-a-party', article: 'VCLT Art. 24' });
  });

  it('stays bound while deferred, and after a revocation', () => {
    const result = simulate(ukraine);
    expect(statusOn(result, '2026-06-01')).toMatchObject({ bound: true, stage: 'deferred', article: 'Art. 20(3)' });
    const gambia = simulate({
      treaty: 'rome-statute',
      events: [
        { type: 'instrument.deposited', date: '2016-11-10' },
        { type: 'notification.revoked', date: '2017-02-10' },
      ],
    });
    expect(statusOn(gambia, '2018-01-01')).toMatchObject({ bound: true, stage: 'revoked', article: 'VCLT Art. 68' });
  });

  it('knows a treaty not in force binds nobody', () => {
    const ctbt = simulate({ treaty: 'ctbt', events: [] });
    expect(statusOn(ctbt, '2025-01-01')).toMatchObject({ bound: false, stage: 'not-in-force' });
  });

  it('refuses an invalid date', () => {
    expect(errorOf(() => statusOn(poland, '2026-02-30')).message).toBe('date: 2026-02-30 is not a calendar date');
  });

  it('has a one-call shortcut', () => {
    expect(isBoundOn(ukraine, '2026-06-01')).toBe(true);
  });
});
