import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  computeNoticeExpiry,
  getTreaty,
  type Scenario,
  simulate,
  statusOn,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

// The party's entry into force is given for the North Atlantic Treaty, whose Art. 13 counts twenty years before notice.
const expiry = (id: string, receivedOn: string) =>
  computeNoticeExpiry(getTreaty(id), { receivedOn: receivedOn as CalendarDate, entryIntoForce: '1949-08-24' }).expiresOn;

describe('research-b profiles: the period each clause states', () => {
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
    expect(expiry(id, receivedOn)).toBe(expected);
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
