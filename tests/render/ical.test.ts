/**
 * toICalendar, read back with a real iCalendar parser (ical.js): the key dates
 * as all-day events, stable UIDs, deterministic DTSTAMP, escaping and folding.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Scenario, simulate, toICalendar } from '../../src/index.js';
import { sunset } from '../clause-profiles.js';
import { errorOf } from '../helpers.js';

const finland: Scenario = { treaty: 'ottawa', party: 'Finland', events: [{ type: 'instrument.deposited', date: '2025-07-10' }] };

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string | undefined;
  allDay: boolean;
  stamp: string;
}

function parse(ics: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const end = component.getFirstPropertyValue('dtend') as ICAL.Time | null;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: end?.toString(),
      allDay: event.startDate.isDate,
      stamp: String(component.getFirstPropertyValue('dtstamp')),
    };
  });
  return { calendar, events };
}

describe('toICalendar', () => {
  it('is a VCALENDAR with PRODID and VERSION 2.0, read by ical.js', () => {
    const { calendar } = parse(toICalendar(simulate(finland)));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//treaty-withdrawal//Key dates//EN');
    // A published calendar of Gregorian dates (RFC 5545 §3.7.1, RFC 5546 §3.2).
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('gives receipt, notice expiry and effect as all-day events ending the next day', () => {
    const { events } = parse(toICalendar(simulate(finland)));
    expect(events.map((e) => [e.start, e.end, e.allDay])).toEqual([
      ['2025-07-10', '2025-07-11', true],
      ['2026-01-10', '2026-01-11', true],
      ['2026-01-10', '2026-01-11', true],
    ]);
    expect(events.map((e) => e.summary)).toEqual([
      'Mine Ban Treaty: instrument of withdrawal of Finland received',
      'Mine Ban Treaty: notice period of Finland ends',
      'Mine Ban Treaty: withdrawal of Finland takes effect',
    ]);
  });

  it('names a state given by its code as the titles do, `Lithuania (LTU)`, and an unnamed one `the party`', () => {
    const deposit = [{ type: 'instrument.deposited' as const, date: '2024-09-06' as const }];
    const lithuania = parse(toICalendar(simulate({ treaty: 'ccm', party: 'LTU', events: deposit }))).events;
    expect(lithuania[0]?.summary).toBe('Convention on Cluster Munitions: instrument of withdrawal of Lithuania (LTU) received');
    const unnamed = parse(toICalendar(simulate({ treaty: 'ccm', events: deposit }))).events;
    expect(unnamed[2]?.summary).toBe('Convention on Cluster Munitions: withdrawal of the party takes effect');
  });

  it('names the article and its source in each description', () => {
    const { events } = parse(toICalendar(simulate(finland)));
    expect(events[0]?.description).toContain('Art. 20(2)');
    expect(events[2]?.description).toContain('Art. 20(3)');
    expect(events[2]?.description).toContain('https://treaties.un.org/');
    expect(events[1]?.description.split('\n')[0]).toBe(
      '6 months after receipt on 2025-07-10: 2026-01-10, on the same day of the month.',
    );
  });

  it('gives the close of the window for objections to a suspension', () => {
    const ukraine = simulate({
      treaty: 'ottawa',
      party: 'Ukraine',
      events: [{ type: 'suspension.notified', date: '2025-07-18', ground: 'fundamental-change' }],
    });
    const { events } = parse(toICalendar(ukraine));
    expect(events.map((e) => [e.start, e.end])).toEqual([['2025-10-18', '2025-10-19']]);
    expect(events[0]?.description).toContain('VCLT');
    expect(events[0]?.uid).toMatch(/^[0-9a-f]+-objection-deadline@treaty-withdrawal$/);
  });

  it('gives the end of surviving obligations', () => {
    const result = simulate({ treaty: sunset, party: 'X', events: [{ type: 'instrument.deposited', date: '2025-03-01' }] });
    expect(result.surviving.map((s) => s.until)).toHaveLength(1);
    const until = result.surviving[0]?.until as string;
    const { events } = parse(toICalendar(result));
    expect(events.map((e) => e.start)).toEqual(['2025-03-01', '2026-03-02', '2026-03-02', until]);
    expect(until).toBe('2046-03-01');
    expect(events[3]?.summary).toMatch(/surviving obligations of X end$/);
    expect(events[3]?.description).toBe(
      `investments made before the withdrawal took effect\nArt. 47(3)\n${result.surviving[0]?.source}`,
    );
  });

  it('marks a projected effect, and gives none when there is no effect', () => {
    const projected = simulate({ ...finland, asOf: '2025-08-01' });
    expect(parse(toICalendar(projected)).events.map((e) => e.summary)).toContain(
      'Mine Ban Treaty: withdrawal of Finland takes effect (projected)',
    );
    const revoked = simulate({ ...finland, events: [...finland.events, { type: 'notification.revoked', date: '2025-09-01' }] });
    expect(parse(toICalendar(revoked)).events.map((e) => e.start)).toEqual(['2025-07-10', '2026-01-10']);
    expect(parse(toICalendar(simulate({ treaty: 'ottawa', events: [] }))).events).toEqual([]);
  });

  it('has stable UIDs from the scenario content, and a deterministic DTSTAMP', () => {
    const first = toICalendar(simulate(finland));
    expect(toICalendar(simulate(finland))).toBe(first);
    const { events } = parse(first);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    expect(events.every((e) => e.stamp === '2026-01-10T00:00:00Z')).toBe(true);
    const other = parse(toICalendar(simulate({ ...finland, party: 'Estonia' }))).events;
    expect(other.map((e) => e.uid)).not.toEqual(events.map((e) => e.uid));
    const stamped = parse(toICalendar(simulate(finland), { dtstamp: '2025-12-01' })).events;
    expect(stamped[0]?.stamp).toBe('2025-12-01T00:00:00Z');
    expect(parse(toICalendar(simulate(finland), { dtstamp: '20251201T101500Z' })).events[0]?.stamp).toBe('2025-12-01T10:15:00Z');
  });

  it('names the calendar, by default and as given, escaped', () => {
    const lines = (options?: { name: string }) =>
      toICalendar(simulate(finland), options)
        .split('\r\n')
        .filter((line) => line.startsWith('X-WR-CALNAME'));
    expect(lines()).toEqual(['X-WR-CALNAME:Treaty withdrawal dates']);
    expect(lines({ name: 'Mine Ban; withdrawals, 2025' })).toEqual(['X-WR-CALNAME:Mine Ban\\; withdrawals\\, 2025']);
  });

  it('takes a DTSTAMP in either form, a leap second included, and refuses anything else with a coded error', () => {
    const stamp = (dtstamp: string) => parse(toICalendar(simulate(finland), { dtstamp })).events[0]?.stamp;
    expect(stamp('2024-02-29')).toBe('2024-02-29T00:00:00Z');
    // ical.js reads a leap second as the next minute; the file holds it as given.
    expect(toICalendar(simulate(finland), { dtstamp: '20241231T235960Z' })).toContain('\r\nDTSTAMP:20241231T235960Z\r\n');
    expect(toICalendar(simulate(finland), { dtstamp: '00010101T000000Z' })).toContain('\r\nDTSTAMP:00010101T000000Z\r\n');
    const refusal = (options: unknown) => {
      const { code, path, message } = errorOf(() => toICalendar(simulate(finland), options as never));
      return { code, path, message };
    };
    const words = (got: string) =>
      `options.dtstamp: ${got} is neither a date YYYY-MM-DD nor a UTC date-time YYYYMMDDTHHMMSSZ (RFC 5545 3.3.5)`;
    expect(refusal({ dtstamp: 'yesterday' })).toEqual({
      code: 'INVALID_INPUT',
      path: 'options.dtstamp',
      message: words('"yesterday"'),
    });
    for (const dtstamp of [
      '2025-02-29',
      '2025-12-1',
      '20250229T101500Z',
      '20251201T241500Z',
      '20251201T106000Z',
      '20251201T101561Z',
      '20251201T101500',
      'x20251201T101500Z',
      '20251201T101500Zx',
      '2025-12-01T10:15:00Z',
    ]) {
      expect(refusal({ dtstamp }).message, dtstamp).toBe(words(`"${dtstamp}"`));
    }
    expect(refusal({ dtstamp: 20251201 }).path).toBe('options.dtstamp');
    expect(refusal({ dtStamp: '2025-12-01' })).toEqual({
      code: 'INVALID_INPUT',
      path: 'options.dtStamp',
      message: 'options.dtStamp: unknown field "dtStamp"',
    });
    expect(refusal({ name: 7 }).path).toBe('options.name');
  });

  it('takes several results into one calendar', () => {
    const both = parse(
      toICalendar([
        simulate(finland),
        simulate({ ...finland, party: 'Estonia', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] }),
      ]),
    );
    expect(both.events.map((e) => e.start)).toEqual([
      '2025-07-10',
      '2026-01-10',
      '2026-01-10',
      '2025-06-27',
      '2025-12-27',
      '2025-12-27',
    ]);
  });

  it('ends lines in CRLF, folds at 75 octets without splitting a character, and escapes text', () => {
    const party = 'Ré, "publique"; a\\b\nnext line — ünïcödé '.repeat(4);
    const ics = toICalendar(simulate({ ...finland, party }));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain('Ré\\, "publique"\\; a\\\\b\\nnext');
    const { events } = parse(ics);
    expect(events[0]?.summary).toBe(`Mine Ban Treaty: instrument of withdrawal of ${party.trim()} received`);
  });

  it('folds only a line longer than 75 octets: one of exactly 75 stays whole', () => {
    // "SUMMARY:Mine Ban Treaty: instrument of withdrawal of " and " received" take 62 octets.
    const exact = toICalendar(simulate({ ...finland, party: 'ABCDEFGHIJKLM' }));
    expect(exact).toContain('\r\nSUMMARY:Mine Ban Treaty: instrument of withdrawal of ABCDEFGHIJKLM received\r\n');
    const longer = toICalendar(simulate({ ...finland, party: 'ABCDEFGHIJKLMN' }));
    expect(longer).toContain('\r\nSUMMARY:Mine Ban Treaty: instrument of withdrawal of ABCDEFGHIJKLMN receive\r\n d\r\n');
  });

  it('names each event’s UID by what the date is', () => {
    const { events } = parse(toICalendar(simulate(finland)));
    expect(events.map((e) => e.uid.replace(/^[0-9a-f]+-/, ''))).toEqual([
      'receipt@treaty-withdrawal',
      'notice-expiry@treaty-withdrawal',
      'effect@treaty-withdrawal',
    ]);
  });

  it('keeps control characters out of the file', () => {
    const ics = toICalendar(simulate({ ...finland, party: 'X\u001b[2J' }));
    expect(ics).not.toContain('\u001b');
    expect(parse(ics).events[0]?.summary).toBe('Mine Ban Treaty: instrument of withdrawal of X\ufffd[2J received');
  });

  it('omits DTEND on the last day of the calendar', () => {
    const last = { ...simulate(finland), receivedOn: '9999-12-31' as const, noticeExpiresOn: null, effectiveOn: null };
    const { events } = parse(toICalendar(last));
    expect(events.map((e) => [e.start, e.end])).toEqual([['9999-12-31', undefined]]);
  });
});
