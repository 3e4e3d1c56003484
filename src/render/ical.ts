import * as z from 'zod';
import { addDays } from '../dates/arithmetic.js';
import { type CalendarDate, isCalendarDate } from '../dates/calendar-date.js';
import { checkedArgument } from '../errors/arguments.js';
import { describeValue } from '../errors/describe-value.js';
import { formatMessage } from '../errors/format.js';
import { message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import type { ExplanationFact, ExplanationStep } from '../explanation/types.js';
import { canonicalJson, checksum } from '../internal/checksum.js';
import type { SimulationResult } from '../simulate/simulate.js';

/** What {@link toICalendar} reads: a `SimulationResult`. */
export type CalendarResult = SimulationResult;

/**
 * A UTC date-time as RFC 5545 writes it (3.3.5, form 2: `YYYYMMDDTHHMMSSZ`),
 * whose date is a calendar date and whose time a time of the day (the second
 * may be 60, a leap second, as 3.3.12 allows).
 */
function isUtcDateTime(value: string): boolean {
  const written = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (written === null) return false;
  const [year, month, day, hour, minute, second] = written.slice(1);
  return isCalendarDate(`${year}-${month}-${day}`) && Number(hour) < 24 && Number(minute) < 60 && Number(second) <= 60;
}

/**
 * zod schema of the options of {@link toICalendar}; an unknown option, or a
 * `dtstamp` that is neither form, is an `INVALID_INPUT` error at `options`.
 */
const ICalendarOptionsSchema = z.strictObject({
  /**
   * The `DTSTAMP` of every event, as `YYYY-MM-DD` or a UTC date-time
   * `YYYYMMDDTHHMMSSZ`. Default: the last date the result knows (its `asOf`,
   * else its latest event), so the same scenario always gives the same file.
   */
  dtstamp: z
    .string()
    .refine((value) => isCalendarDate(value) || isUtcDateTime(value), {
      error: (issue) => formatMessage(message('ical.stamp', { got: describeValue(issue.input) })),
    })
    .optional(),
  /** The calendar's name (`X-WR-CALNAME`). Default: `Treaty withdrawal dates`. */
  name: z.string().optional(),
});

/** Options of {@link toICalendar}. */
export type ICalendarOptions = z.input<typeof ICalendarOptionsSchema>;

/** One key date, before it is written out. */
interface KeyDate {
  readonly kind: string;
  readonly date: CalendarDate;
  readonly summary: string;
  readonly article?: string;
  readonly source?: string;
  readonly detail?: string;
}

const PRODID = '-//treaty-withdrawal//Key dates//EN';

/**
 * Escapes TEXT as RFC 5545 §3.3.11 asks (backslash, semicolon, comma,
 * newlines); other control characters, which TEXT may not hold, become U+FFFD.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u001f\u007f]/g, '\ufffd');
}

/** A URI value with control characters and spaces percent-encoded, so it stays one property. */
function uriValue(uri: string): string {
  return uri.replace(/[\u0000-\u0020\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation starts
 * with a space; a UTF-8 sequence is never split.
 */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

function basicDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

function stepFor(steps: readonly ExplanationStep[], fact: ExplanationFact, date: string | null): ExplanationStep | undefined {
  return steps.find((step) => step.fact === fact && step.date === date) ?? steps.find((step) => step.fact === fact);
}

function keyDates(result: CalendarResult): KeyDate[] {
  const named = { treaty: result.treaty.shortName, party: result.party };
  const dates: KeyDate[] = [];
  const add = (kind: string, date: CalendarDate | null, summary: string, step: ExplanationStep | undefined, detail?: string) => {
    if (date === null) return;
    dates.push({
      kind,
      date,
      summary,
      ...(step !== undefined && { article: step.article, source: step.source }),
      ...((detail ?? step?.statement) !== undefined && { detail: (detail ?? step?.statement) as string }),
    });
  };
  const steps = result.explanation;
  add('receipt', result.receivedOn, formatMessage(message('ical.receipt', named)), stepFor(steps, 'receipt', result.receivedOn));
  add(
    'notice-expiry',
    result.noticeExpiresOn,
    formatMessage(message('ical.noticeExpiry', named)),
    stepFor(steps, 'period-end', result.noticeExpiresOn),
  );
  add(
    'effect',
    result.effectiveOn,
    formatMessage(message('ical.effect', { ...named, projected: result.effectiveOnProjected })),
    stepFor(steps, 'effect', result.effectiveOn) ?? stepFor(steps, 'later-date', result.effectiveOn),
  );
  const suspension = result.suspension;
  if (suspension !== null) {
    add(
      'objection-deadline',
      suspension.objectionWindowEndsOn,
      formatMessage(message('ical.objectionDeadline', named)),
      stepFor(steps, 'suspension-notice', suspension.notifiedOn),
      formatMessage(
        message('ical.objectionDeadlineDetail', {
          notifiedOn: suspension.notifiedOn,
          endsOn: suspension.objectionWindowEndsOn,
        }),
      ),
    );
  }
  for (const [index, obligation] of result.surviving.entries()) {
    dates.push({
      kind: `survival-${index}`,
      date: obligation.until,
      summary: formatMessage(message('ical.survivalEnd', named)),
      article: obligation.article,
      source: obligation.source,
      detail: obligation.scope,
    });
  }
  return dates;
}

/** The latest date a result knows: its `asOf`, else its latest event or key date. */
function lastKnownDate(result: CalendarResult): CalendarDate {
  let latest: string = result.asOf ?? '';
  for (const event of result.events) if (event.date > latest) latest = event.date;
  for (const date of [result.receivedOn, result.noticeExpiresOn]) if (date !== null && date > latest) latest = date;
  return (latest || '1970-01-01') as CalendarDate;
}

/** The `DTSTAMP` for `result`: the option (checked) as a date-time, else the last date the result knows at midnight UTC. */
function stampOf(option: string | undefined, result: CalendarResult): string {
  if (option !== undefined && !isCalendarDate(option)) return option;
  return `${basicDate((option as CalendarDate | undefined) ?? lastKnownDate(result))}T000000Z`;
}

/** A UID that depends only on what the scenario says, so a re-export updates the same calendar entries. */
function uidOf(result: CalendarResult, kind: string): string {
  const content = canonicalJson({
    treaty: [result.treaty.id, result.treaty.version],
    party: result.party,
    procedure: result.procedure.id,
    entryIntoForce: result.entryIntoForce,
    events: result.events,
  });
  return `${checksum(content)}-${kind}@treaty-withdrawal`;
}

/**
 * The key dates of one or more simulation results as an iCalendar file (RFC
 * 5545): one all-day event for the receipt of the instrument, the end of the
 * notice period, the day the withdrawal takes effect, the close of a window for
 * objections and the end of surviving obligations, where the result has them.
 * Each event's description names the rule, the article and its source. UIDs
 * and `DTSTAMP` derive from the scenario, so the output is the same on every
 * run; lines end in CRLF and are folded at 75 octets.
 *
 * @example
 * const finland = simulate({ treaty: 'ottawa', party: 'Finland', events: [{ type: 'instrument.deposited', date: '2025-07-10' }] });
 * const ics = toICalendar(finland);
 * ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
 * //=> true
 * ics.includes('DTSTART;VALUE=DATE:20260110\r\nDTEND;VALUE=DATE:20260111');
 * //=> true
 */
export function toICalendar(results: CalendarResult | readonly CalendarResult[], options: ICalendarOptions = {}): string {
  const read = checkedArgument(ICalendarOptionsSchema, options, 'options');
  return readingInput('results', () => calendarOf(results, read));
}

function calendarOf(results: CalendarResult | readonly CalendarResult[], options: ICalendarOptions): string {
  const list: readonly CalendarResult[] = Array.isArray(results) ? results : [results as CalendarResult];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? formatMessage(message('ical.calendarName')))}`,
  ];
  for (const result of list) {
    const stamp = stampOf(options.dtstamp, result);
    for (const key of keyDates(result)) {
      const description = [key.detail, key.article, key.source].filter(
        (part): part is string => part !== undefined && part !== '',
      );
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uidOf(result, key.kind)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${basicDate(key.date)}`,
        // The last day of the calendar has no next day: an all-day event without DTEND lasts one day.
        ...(key.date < '9999-12-31' ? [`DTEND;VALUE=DATE:${basicDate(addDays(key.date, 1))}`] : []),
        `SUMMARY:${escapeText(key.summary)}`,
        ...(description.length > 0 ? [`DESCRIPTION:${escapeText(description.join('\n'))}`] : []),
        ...(key.source !== undefined ? [`URL:${uriValue(key.source)}`] : []),
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
