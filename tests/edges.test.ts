/**
 * Edges of the small units: the exact boundaries of dates and periods, the
 * words of their errors, and the helpers behind error messages. Written from
 * the survivors of a mutation run (npm run mutate): each block pins a
 * behaviour no other test held.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../src/dates/arithmetic.js';
import { describeDateProblem, packDate } from '../src/dates/calendar-date.js';
import { errorFromZod, formatPath } from '../src/errors/from-zod.js';
import { describeValue } from '../src/errors/withdrawal-error.js';
import {
  addDays,
  addPeriod,
  CalendarDateSchema,
  formatDate,
  isCalendarDate,
  isWithdrawalError,
  machineDiagram,
  type Period,
  parseDate,
  simulate,
  statusOn,
  type TimelineStage,
  WithdrawalError,
} from '../src/index.js';
import { checksum } from '../src/internal/checksum.js';
import { deepFreeze } from '../src/internal/deep-freeze.js';
import { label } from '../src/render/mermaid.js';
import { errorOf } from './helpers.js';

/** The next day, counted the slow way: an independent oracle for the day-number arithmetic. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  const [ny, nm, nd] = d < length ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

describe('day numbers', () => {
  // Every day of the range; under TW_QUICK (mutation runs) the years around
  // each kind of century and era boundary, where the arithmetic has its cases.
  const spans: [string, string][] = process.env.TW_QUICK
    ? [
        ['0001-01-01', '0002-12-31'],
        ['1599-12-01', '1601-03-31'],
        ['1899-12-01', '1901-03-31'],
        ['2099-12-01', '2101-03-31'],
        ['2399-12-01', '2401-03-31'],
        ['9998-12-01', '9999-12-31'],
      ]
    : [['0001-01-01', '9999-12-31']];

  it.each(spans)('number every day from %s to %s in order, and back', (first, last) => {
    let date = first;
    const start = parseDate(first);
    for (let n = toDayNumber(start.year, start.month, start.day); ; n++) {
      const parts = parseDate(date);
      if (toDayNumber(parts.year, parts.month, parts.day) !== n) throw new Error(`${date} is not day ${n}`);
      if (fromDayNumber(n) !== date) throw new Error(`day ${n} is not ${date}`);
      if (date === last) break;
      date = nextDay(date);
    }
    expect(toDayNumber(1, 1, 1)).toBe(0);
    expect(fromDayNumber(3_652_058)).toBe('9999-12-31');
  });

  it('reach the first and last day of the range, and not one beyond', () => {
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(errorOf(() => addDays('0001-01-01', -1)).message).toBe('0001-01-01 plus -1 day falls outside 0001-01-01 … 9999-12-31');
    expect(errorOf(() => addDays('9999-12-31', 1)).message).toBe('9999-12-31 plus 1 day falls outside 0001-01-01 … 9999-12-31');
  });
});

describe('periods', () => {
  const refusal = (period: unknown) => errorOf(() => addPeriod('2025-01-31', period as Period));

  it('name the unit and the value that is not a whole number', () => {
    expect(refusal({ months: '6' }).message).toBe('period {"months":"6"}: months must be a whole number, got "6"');
    expect(refusal({ days: 1.5 }).message).toBe('period {"days":1.5}: days must be a whole number, got 1.5');
    expect(refusal({ years: null }).code).toBe('INVALID_PERIOD');
  });

  it('must be an object', () => {
    for (const period of [6, null, [6], 'P6M']) {
      const error = refusal(period);
      expect(error.code).toBe('INVALID_PERIOD');
      expect(error.message).toMatch(/: expected an object such as \{ months: 6 \}$/);
    }
  });

  it('know only years, months and days, whichever comes first', () => {
    expect(refusal({ weeks: 2 }).message).toBe('period {"weeks":2}: unknown unit "weeks" (use years, months, days)');
    for (const unit of ['years', 'months', 'days']) {
      expect(refusal({ [unit]: 1, weeks: 2 }).message).toMatch(/unknown unit "weeks"/);
    }
    expect(addPeriod('2025-01-31', { years: 1, months: 1, days: 1 })).toBe('2026-03-01');
  });

  it('must not mix signs, in any unit', () => {
    for (const period of [
      { years: 1, months: -1 },
      { years: -1, months: 1 },
      { months: -1, days: 1 },
      { days: -1, years: 1 },
      { days: 1, months: -1 },
      { years: -1, days: 1 },
    ]) {
      expect(refusal(period).message).toMatch(/: years, months and days must not mix signs$/);
    }
    expect(addPeriod('2025-03-31', { months: -1, days: -1 })).toBe('2025-02-27');
  });

  it('refuse sizes no date can reach, at the limit and not before', () => {
    expect(refusal({ years: 10_001 }).message).toBe('the date plus 10001 years falls outside 0001-01-01 … 9999-12-31');
    expect(refusal({ months: -120_001 }).message).toBe('the date plus -120001 months falls outside 0001-01-01 … 9999-12-31');
    // At the limit itself the arithmetic runs, and the range check answers.
    expect(refusal({ years: 10_000 }).message).toBe('2025-01-31 plus 10000 years falls outside 0001-01-01 … 9999-12-31');
  });

  it('are described in words, singular and plural', () => {
    expect(errorOf(() => addPeriod('9999-12-31', { years: 1 })).message).toMatch(/plus 1 year falls/);
    expect(errorOf(() => addPeriod('9999-12-31', { years: 2 })).message).toMatch(/plus 2 years falls/);
    expect(errorOf(() => addPeriod('9999-12-31', { months: 1 })).message).toMatch(/plus 1 month falls/);
    expect(errorOf(() => addPeriod('9999-11-30', { months: 1, days: 2 })).message).toMatch(/plus 1 month 2 days falls/);
    expect(errorOf(() => addPeriod('9999-10-31', { years: 0, months: 2, days: 1 })).message).toMatch(/plus 2 months 1 day falls/);
    expect(errorOf(() => addPeriod('9999-12-30', { days: 2 })).message).toMatch(/plus 2 days falls/);
  });

  it('refuse a date that is not a string, naming it', () => {
    const error = errorOf(() => addPeriod(20250131 as never, { days: 1 }));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('20250131 is not a date string (expected YYYY-MM-DD)');
  });
});

describe('calendar dates', () => {
  it('accept only digits and dashes in their places', () => {
    // ':' and '/' sit next to the digits in ASCII: 10 and -1 as "digits".
    for (const text of ['2025-01-0:', '2025-01-1/', '2025/01/01', '2025/01-01', '2025-01/01', '2025-01-01 ', '202:-01-01']) {
      expect(isCalendarDate(text)).toBe(false);
      expect(packDate(text)).toBe(-1);
    }
    expect(isCalendarDate('0001-01-01')).toBe(true);
  });

  it('say what is wrong with a string that is not a date', () => {
    expect(describeDateProblem('2025-01-01')).toBeUndefined();
    expect(describeDateProblem('x2025-01-01')).toBe('"x2025-01-01" is not written YYYY-MM-DD');
    expect(describeDateProblem('2025-01-011')).toBe('"2025-01-011" is not written YYYY-MM-DD');
    expect(describeDateProblem('2025-02-30')).toBe('2025-02-30 is not a calendar date');
  });

  it('carry the path of the field they came from, and no path otherwise', () => {
    const withPath = errorOf(() => parseDate('2025-02-30', 'events[0].date'));
    expect(withPath.message).toBe('events[0].date: 2025-02-30 is not a calendar date');
    expect(withPath.path).toBe('events[0].date');
    const without = errorOf(() => parseDate('2025-02-30'));
    expect(without.message).toBe('2025-02-30 is not a calendar date');
    expect('path' in without).toBe(false);
  });

  it('are written from parts at every boundary of width and range', () => {
    const years = [1, 9, 10, 99, 100, 999, 1000, 9999];
    expect(years.map((year) => formatDate({ year, month: 12, day: 31 }))).toEqual([
      '0001-12-31',
      '0009-12-31',
      '0010-12-31',
      '0099-12-31',
      '0100-12-31',
      '0999-12-31',
      '1000-12-31',
      '9999-12-31',
    ]);
    expect(formatDate({ year: 2025, month: 1, day: 1 })).toBe('2025-01-01');
    expect(errorOf(() => formatDate({ year: 10_000, month: 1, day: 1 })).message).toBe('year 10000 is outside 0001–9999');
    expect(errorOf(() => formatDate({ year: 2025, month: 0, day: 1 })).message).toBe('2025-0-1 is not a calendar date');
    expect(errorOf(() => formatDate({ year: 2025, month: 1.5, day: 1 })).code).toBe('INVALID_DATE');
    expect(errorOf(() => formatDate({ year: 2025, month: 2, day: 29 })).message).toBe('2025-2-29 is not a calendar date');
  });

  it('in a schema, say what was given', () => {
    const message = (value: unknown) => CalendarDateSchema.safeParse(value).error?.issues[0]?.message;
    expect(message(undefined)).toBe('is required');
    expect(message(20250101)).toBe('20250101 is not a date string (expected YYYY-MM-DD)');
    expect(message('2025-02-30')).toBe('2025-02-30 is not a calendar date');
  });
});

describe('error helpers', () => {
  it('tell a WithdrawalError from other errors that have a code', () => {
    const system = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    expect(isWithdrawalError(system)).toBe(false);
    const copy = Object.assign(new Error('x'), { name: 'WithdrawalError', code: 'INVALID_DATE' });
    expect(isWithdrawalError(copy)).toBe(true);
  });

  it('hold only the fields they were given', () => {
    const bare = new WithdrawalError({ code: 'INVALID_DATE', message: 'x' });
    for (const key of ['path', 'issues', 'event', 'state', 'allowedEvents', 'missingSteps']) expect(key in bare).toBe(false);
  });

  it('shorten values only beyond the limit', () => {
    const exactly = 'x'.repeat(58); // 60 characters with its quotes
    expect(describeValue(exactly)).toBe(`"${exactly}"`);
    expect(describeValue(`${exactly}y`)).toBe(`"${exactly}…`);
  });

  it('write paths with any kind of key', () => {
    expect(formatPath([Symbol('s'), 'a b', 0, 'ok'])).toBe('["Symbol(s)"]["a b"][0].ok');
    expect(formatPath(['date'], 'event')).toBe('event.date');
  });

  it('from zod: count further problems, name several unknown fields, and keep the event', () => {
    const schema = z.strictObject({ a: z.string(), b: z.number(), c: z.boolean() });
    const three = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 1, b: 'x', c: 0 }).error as z.ZodError);
    expect(three.message).toBe('a: must be a string (and 2 more problems)');
    const two = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 'x', b: 'x', c: 0 }).error as z.ZodError, {
      input: { a: 'x', b: 'x', c: 0 },
    });
    expect(two.message).toBe('b: must be a number, got "x" (and 1 more problem)');
    const one = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 'x', b: 1, c: 0 }).error as z.ZodError, {
      input: { a: 'x', b: 1, c: 0 },
    });
    expect(one.message).toBe('c: must be a boolean, got 0');
    expect('event' in one).toBe(false);

    const extra = errorFromZod('INVALID_INPUT', schema.safeParse({ a: 'x', b: 1, c: true, d: 1, e: 2 }).error as z.ZodError, {
      event: { type: 'x' },
    });
    expect(extra.message).toBe('value: unknown fields "d", "e"');
    expect(extra.path).toBe('');
    expect(extra.event).toEqual({ type: 'x' });

    const empty = errorFromZod('INVALID_INPUT', new z.ZodError([]), { subject: 'scenario' });
    expect(empty.message).toBe('scenario: is invalid');
    expect(errorFromZod('INVALID_INPUT', new z.ZodError([])).message).toBe('value: is invalid');
  });
});

describe('internals', () => {
  it('checksums are fixed values, padded to 16 hex digits', () => {
    // Pinned: a persisted snapshot from an earlier version must still verify.
    expect(checksum('')).toMatchInlineSnapshot(`"811c9dc55ad1e806"`);
    expect(checksum('treaty-withdrawal')).toBe(checksum('treaty-withdrawal'));
    expect(checksum('abc')).toMatchInlineSnapshot(`"1a47e90b5d1fd1a3"`);
    const hashes = Array.from({ length: 2000 }, (_, i) => checksum(String(i)));
    expect(hashes.find((h) => h.startsWith('0'))).toMatchInlineSnapshot(`"0de8d5a35ab98e72"`);
    expect(hashes.find((h) => h.slice(8).startsWith('0'))).toMatchInlineSnapshot(`"7536293d00642127"`);
    expect(hashes.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
  });

  it('deep-freeze stops at cycles and leaves primitives alone', () => {
    const node: { self?: unknown; list: unknown[] } = { list: [1, 'a', null] };
    node.self = node;
    expect(deepFreeze(node)).toBe(node);
    expect(Object.isFrozen(node.list)).toBe(true);
    expect(deepFreeze('text')).toBe('text');
    expect(deepFreeze(null)).toBe(null);
  });
});

describe('diagrams', () => {
  it('turn Mermaid syntax in labels into plain words', () => {
    expect(label('Art. 20: notice; "six" months #2\n   later ')).toBe("Art. 20 – notice, 'six' months No. 2 later");
  });

  it('draw only the states asked for, and highlight only one of them', () => {
    const part = machineDiagram({ notes: false, states: ['deferred', 'effective'], highlight: 'procedure' });
    expect(part).not.toContain('[*] --> procedure');
    expect(part).not.toContain('classDef current');
    expect(part).toContain('deferred --> effective');
    expect(machineDiagram({ notes: false, states: ['procedure'] })).toContain('[*] --> procedure');
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
      'The Mine Ban Treaty was suspended for Ukraine: no obligation to perform while it lasts.',
    );
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
