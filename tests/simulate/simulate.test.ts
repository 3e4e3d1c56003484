import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  getTreaty,
  initialSnapshot,
  parseScenario,
  type Scenario,
  safeSimulate,
  simulate,
  simulateMany,
  statusOn,
  treatyIds,
  type WithdrawalEvent,
} from '../../src/index.js';
import { clauseProfile, SOURCE } from '../clause-profiles.js';
import { errorOf, ukraine } from '../helpers.js';

describe('simulate', () => {
  it('runs the Ukraine scenario to deferral under Art. 20(3)', () => {
    const result = simulate(ukraine);
    expect(result.outcome).toBe('deferred');
    expect(result.state).toBe('deferred');
    expect(result.noticeExpiresOn).toBe('2026-01-18');
    expect(result.effectiveOn).toBeNull();
    expect(result.timeline).toEqual([
      { stage: 'in-procedure', from: '2025-06-29', to: '2025-07-18' },
      { stage: 'notice-period', from: '2025-07-18', to: '2026-01-18' },
      { stage: 'deferred', from: '2026-01-18', to: null },
    ]);
    expect(result.conflicts).toEqual([{ from: '2022-02-24', to: null }]);
    expect(result.treaty).toMatchObject({ id: 'ottawa', shortName: 'Mine Ban Treaty' });
    expect(result.party).toBe('UKR');
    expect(result.events).toHaveLength(5);
    const deferral = result.explanation.find((s) => s.fact === 'deferral');
    expect(deferral).toMatchObject({ date: '2026-01-18', article: 'Art. 20(3)', clamped: false });
  });

  it('explains every date it states, with an article and a source', () => {
    const result = simulate({ ...ukraine, events: [...ukraine.events, { type: 'armedConflict.ended', date: '2026-09-30' }] });
    const stated = new Set([
      result.noticeExpiresOn,
      result.effectiveOn,
      result.receivedOn,
      ...result.timeline.map((s) => s.from),
    ]);
    for (const date of stated)
      expect(
        result.explanation.some((s) => s.date === date),
        String(date),
      ).toBe(true);
    for (const step of result.explanation) {
      expect(step.article).toBeTruthy();
      expect(step.rule).toBeTruthy();
      expect(step.source).toMatch(/^https?:\/\//);
    }
  });

  it('applies events in date order, same-date events in the order given', () => {
    const reversed = [...ukraine.events].reverse();
    // Distinct dates: the order given does not matter.
    const distinct = reversed.filter((e) => e.type !== 'law.signed');
    const withLaw = { ...ukraine, procedure: 'none' as const };
    expect(simulate({ ...withLaw, events: distinct })).toEqual(simulate({ ...withLaw, events: [...distinct].reverse() }));
    // law.signed and parliament.approved share a date: reversed, the law comes first and is refused.
    const error = errorOf(() => simulate({ ...ukraine, events: reversed }));
    expect(error.code).toBe('EVENT_NOT_ALLOWED');
    expect(error.path).toBe('events[1]');
    expect(error.missingSteps).toEqual(['parliament.approved']);
  });

  it('answers as of a date, projecting the effective date when the period still runs', () => {
    const poland: Scenario = {
      treaty: 'ottawa',
      party: 'POL',
      events: [{ type: 'instrument.deposited', date: '2025-08-20', reasons: 'r' }],
    };
    const before = simulate({ ...poland, asOf: '2025-12-01' });
    expect(before.outcome).toBe('notice-period');
    expect(before.effectiveOn).toBe('2026-02-20');
    expect(before.effectiveOnProjected).toBe(true);
    expect(before.timeline.at(-1)).toEqual({ stage: 'notice-period', from: '2025-08-20', to: null });
    const after = simulate({ ...poland, asOf: '2026-03-01' });
    expect(after.outcome).toBe('effective');
    expect(after.effectiveOnProjected).toBe(false);
    const earlier = simulate({ ...poland, asOf: '2025-01-01' });
    expect(earlier.outcome).toBe('in-procedure');
    expect(earlier.events).toEqual([]);
    expect(earlier.pendingEvents).toHaveLength(1);
  });

  it('gives no projected date while a deferring conflict is ongoing', () => {
    const asOf = simulate({ ...ukraine, asOf: '2025-09-01' });
    expect(asOf.outcome).toBe('notice-period');
    expect(asOf.effectiveOn).toBeNull();
    expect(statusOn(asOf, '2030-01-01').bound).toBe(true);
  });

  it('names the path of the first problem in a bad scenario', () => {
    const bad = errorOf(() =>
      simulate({ ...ukraine, events: [...ukraine.events.slice(0, 3), { type: 'law.signed', date: '2025-02-30' }] }),
    );
    expect(bad.code).toBe('INVALID_EVENT');
    expect(bad.message).toBe('events[3].date: 2025-02-30 is not a calendar date');
    expect(bad.path).toBe('events[3].date');
    // @ts-expect-error a misspelt treaty id does not compile; at run time it is refused
    expect(errorOf(() => simulate({ ...ukraine, treaty: 'otawa' })).code).toBe('UNKNOWN_TREATY');
    // @ts-expect-error nor does an unknown procedure id
    expect(errorOf(() => simulate({ ...ukraine, procedure: 'kremlin' })).code).toBe('UNKNOWN_PROCEDURE');
    expect(errorOf(() => simulate({ ...ukraine, treaty: { id: 'x' } as never })).code).toBe('INVALID_PROFILE');
    expect(errorOf(() => simulate({ ...ukraine, asOf: 'tomorrow' as never })).message).toBe(
      'asOf: "tomorrow" is not written YYYY-MM-DD',
    );
    expect(errorOf(() => simulate({ ...ukraine, extra: true } as never)).message).toBe('extra: unknown field "extra"');
    // A near miss is suggested from the fields of the object it stands in, the scenario's only at the top.
    expect(errorOf(() => simulate({ ...ukraine, evnts: [] } as never)).message).toBe(
      'evnts: unknown field "evnts"; did you mean "events"?',
    );
    const ottawa = getTreaty('ottawa');
    const nested = { ...ukraine, treaty: { ...ottawa, withdrawal: { ...ottawa.withdrawal, evnts: 1 } } };
    expect(errorOf(() => simulate(nested as never)).message).toBe('treaty.withdrawal.evnts: unknown field "evnts"');
    expect(errorOf(() => simulate({ events: [] } as never)).message).toMatch(/^treaty: is required/);
    expect(errorOf(() => simulate(null as never)).code).toBe('INVALID_INPUT');
  });

  it('names the event a refusal comes from', () => {
    const early = errorOf(() =>
      simulate({ treaty: 'ottawa', procedure: 'ukraine', events: [{ type: 'instrument.deposited', date: '2025-07-18' }] }),
    );
    expect(early.code).toBe('PROCEDURE_INCOMPLETE');
    expect(early.path).toBe('events[0]');
    expect(early.message).toMatch(/^events\[0\] \(instrument.deposited on 2025-07-18\): the instrument cannot be deposited/);
    const late = errorOf(() =>
      simulate({
        treaty: 'ottawa',
        events: [
          { type: 'notification.revoked', date: '2026-01-01' },
          { type: 'instrument.deposited', date: '2025-06-27' },
        ],
      }),
    );
    expect(late.code).toBe('ALREADY_EFFECTIVE');
    expect(late.path).toBe('events[0]');
  });

  it('refuses more events than the limit, before validating them', () => {
    const many = Array.from({ length: 10_001 }, () => ({ type: 'clock.advanced', date: '2025-01-01' }) as const);
    const error = errorOf(() => simulate({ treaty: 'ottawa', events: many }));
    expect(error.message).toBe('events: 10001 events is more than the limit of 10000');
  });

  it('accepts a profile of its own inline', () => {
    const result = simulate({
      treaty: { ...parseScenario({ treaty: 'att', events: [] }).treaty, id: 'my-att' },
      events: [{ type: 'instrument.deposited', date: '2025-12-15' }],
    });
    expect(result.treaty.id).toBe('my-att');
    expect(result.effectiveOn).toBe('2026-03-15');
  });

  it('names the scenario’s own entryIntoForce, not the event, when a rule needs it and it is missing', () => {
    // ECHR Art. 58(1): no notice before five years from the party's entry into force.
    const error = errorOf(() =>
      simulate({
        treaty: 'echr',
        events: [
          { type: 'clock.advanced', date: '2020-01-01' },
          { type: 'instrument.deposited', date: '2022-03-15' },
        ],
      }),
    );
    expect(error.code).toBe('MISSING_ENTRY_INTO_FORCE');
    expect(error.path).toBe('entryIntoForce');
    expect(error.message).toMatch(/^events\[1\] \(instrument\.deposited on 2022-03-15\): .*entryIntoForce/);
    // A field of the event keeps the event's path.
    const later = errorOf(() =>
      simulate({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-07-18', laterDate: '2025-07-01' }] }),
    );
    expect(later.path).toBe('events[0].laterDate');
  });
});

describe('an unknown treaty id', () => {
  it('gets "did you mean" when a shipped id is close, else a short hint instead of every id', () => {
    expect(errorOf(() => simulate({ treaty: 'otawa' as never, events: [] })).message).toBe(
      'treaty: unknown treaty "otawa"; did you mean "ottawa"?',
    );
    const far = errorOf(() => simulate({ treaty: 'no-such-treaty' as never, events: [] }));
    expect(far.code).toBe('UNKNOWN_TREATY');
    expect(far.message).toBe(
      `treaty: unknown treaty "no-such-treaty"; ${treatyIds.length} are known (treatyIds lists them), or pass a profile object`,
    );
    expect(errorOf(() => getTreaty('ecthr')).message).toBe('unknown treaty "ecthr"; did you mean "echr"?');
    expect(errorOf(() => initialSnapshot({ treaty: 'ccn' as never })).message).toBe('unknown treaty "ccn"; did you mean "ccm"?');
  });
});

describe('safeSimulate and simulateMany', () => {
  it('returns errors as values', () => {
    const r = safeSimulate({ treaty: 'ottawa', events: [{ type: 'notification.revoked', date: '2025-01-01' }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('EVENT_NOT_ALLOWED');
    expect(safeSimulate(undefined).success).toBe(false);
    const ok = safeSimulate(ukraine);
    expect(ok.success && ok.data.outcome).toBe('deferred');
  });

  it('keeps going through a batch with bad scenarios in it', () => {
    expect(simulateMany([ukraine, { treaty: 'nope', events: [] }, 42]).map((r) => r.success)).toEqual([true, false, false]);
  });
});

describe('scenarios', () => {
  it('name the scenario for a problem at its root', () => {
    const result = safeSimulate({ treaty: 'ottawa', events: [], extra: 1, more: 2 } as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toBe('scenario: unknown fields "extra", "more"');
    const party = safeSimulate({ treaty: 'ottawa', party: {}, events: [] } as never);
    expect(party.success === false && party.error.code).toBe('INVALID_INPUT');
    const nothing = safeSimulate({ treaty: null, events: [] } as never);
    expect(nothing.success === false && nothing.error.message).toBe('treaty: expected a treaty id or a profile object, got null');
  });

  it('sort long event lists by date, keeping the given order on each day', () => {
    // Beyond 22 elements V8 sorts by merging runs, which uses every branch of the comparator.
    const events: WithdrawalEvent[] = [];
    for (let day = 28; day >= 1; day--) {
      const date = `2024-02-${String(day).padStart(2, '0')}` as CalendarDate;
      events.push({ type: 'armedConflict.started', date }, { type: 'armedConflict.ended', date });
    }
    const result = simulate({ treaty: 'ottawa', events });
    expect(result.events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(result.events.slice(0, 2).map((e) => e.type)).toEqual(['armedConflict.started', 'armedConflict.ended']);
  });

  it('apply events in date order, keeping the given order on the same day', () => {
    const sameDay = simulate({
      treaty: 'ottawa',
      events: [
        { type: 'armedConflict.started', date: '2025-01-01' },
        { type: 'armedConflict.ended', date: '2025-01-01' },
        { type: 'armedConflict.started', date: '2025-01-01' },
        { type: 'instrument.deposited', date: '2025-03-01', reasons: 'r' },
      ],
    });
    expect(sameDay.outcome).toBe('deferred');
    const reversed = simulate({
      treaty: 'ottawa',
      events: [
        { type: 'instrument.deposited', date: '2025-03-01', reasons: 'r' },
        { type: 'armedConflict.started', date: '2025-01-01' },
      ],
    });
    expect(reversed.outcome).toBe('deferred');
    expect(reversed.events.map((e) => e.type)).toEqual(['armedConflict.started', 'instrument.deposited']);
  });

  it('name the field of a refused event by its index in the scenario', () => {
    const result = safeSimulate({
      treaty: 'icsid',
      events: [{ type: 'instrument.deposited', date: '2019-11-03', laterDate: '2020-11-03' }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.path).toBe('events[0].laterDate');
      expect(result.error.message).toMatch(/^events\[0\] \(instrument\.deposited on 2019-11-03\): /);
    }
  });

  it('project no effective date for a suspension that runs out without one', () => {
    const result = simulate({
      treaty: 'ottawa',
      asOf: '2025-02-01',
      events: [{ type: 'suspension.notified', date: '2025-01-10', ground: 'fundamental-change' }],
    });
    expect(result.effectiveOn).toBeNull();
    expect(result.effectiveOnProjected).toBe(false);
  });

  it('safeSimulate turns an unexpected exception into a WithdrawalError', () => {
    const hostile = {
      get treaty(): string {
        throw new TypeError('boom');
      },
      events: [],
    };
    const result = safeSimulate(hostile as unknown as Scenario);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toBe(
        'scenario: could not be read (TypeError: boom); pass plain data: objects and arrays without throwing getters or revoked proxies',
      );
    }
  });
});

describe('survival clauses', () => {
  const clause = (scope: string, period: { days?: number; years?: number }) => ({
    period,
    scope,
    article: `Art. ${scope}`,
    source: SOURCE,
  });

  it('each get a step at the last day they bind, inserted in date order, after the steps of the same day', () => {
    // Listed out of date order: two years, one day (its last day is the day of effect), three days, one day again.
    const profile = clauseProfile({
      effect: { kind: 'after-receipt', period: { months: 6 }, counting: 'same-day', article: 'Art. 2', source: SOURCE },
      survival: [clause('B', { years: 2 }), clause('A1', { days: 1 }), clause('C', { days: 3 }), clause('A2', { days: 1 })],
    });
    const result = simulate({ treaty: profile, party: 'X', events: [{ type: 'instrument.deposited', date: '2014-01-01' }] });
    expect(result.effectiveOn).toBe('2014-07-01');
    expect(result.explanation.map((s) => [s.date, s.fact, s.article])).toEqual([
      ['2014-01-01', 'receipt', 'Art. 3'],
      ['2014-07-01', 'period-end', 'Art. 2'],
      ['2014-07-01', 'effect', 'Art. 2'],
      ['2014-07-01', 'survival', 'Art. A1'],
      ['2014-07-01', 'survival', 'Art. A2'],
      ['2014-07-03', 'survival', 'Art. C'],
      ['2016-06-30', 'survival', 'Art. B'],
    ]);
    expect(result.surviving.map((s) => [s.scope, s.until])).toEqual([
      ['B', '2016-06-30'],
      ['A1', '2014-07-01'],
      ['C', '2014-07-03'],
      ['A2', '2014-07-01'],
    ]);
  });
});
