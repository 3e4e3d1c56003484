// Who is a party to which treaty, and since when: the lookups that read the
// registered party tables. The tables themselves are data modules (data/*.ts,
// `treaty-withdrawal/parties`) that only the package root and the apps that
// register them import, so the machine, and core's simulate, carry none.
import { addDays } from '../dates/arithmetic.js';
import { type CalendarDate, formatValidParts, parseDate } from '../dates/calendar-date.js';
import { checkedArgument } from '../errors/arguments.js';
import { errorFromZod } from '../errors/from-zod.js';
import { message } from '../errors/messages.js';
import type { Warning } from '../explanation/types.js';
import { warning } from '../explanation/worded.js';
import {
  registeredPartyRecord,
  registeredPartyTable,
  registeredPartyTreatyIds,
  registerPartyData,
  registerPartyTable,
} from './lookup.js';
import { codeOf, partyName } from './names.js';
import {
  type EntryIntoForceRule,
  EntryIntoForceTableSchema,
  type Membership,
  type PartyRecord,
  type PartyTable,
  PartyTableSchema,
} from './schema.js';

export { isStateCode, partyName } from './names.js';
export type {
  EntryIntoForceRule,
  Instrument,
  Membership,
  PartyRecord,
  PartyTable,
  PartyWithdrawal,
  PublishedTotal,
} from './schema.js';
export {
  Alpha3Schema,
  EntryIntoForceRuleSchema,
  InstrumentSchema,
  MembershipSchema,
  PartyRecordSchema,
  PartyTableSchema,
  PartyWithdrawalSchema,
  PublishedTotalSchema,
} from './schema.js';

/**
 * The ids of the treaties whose party data is registered, in registration order:
 * from the package root, every shipped table (`ottawa`, `ccm`, `rome-statute`);
 * from `treaty-withdrawal/core`, those passed to {@link registerParties}.
 *
 * @example
 * partyDataTreatyIds;
 * //=> ['ottawa', 'ccm', 'rome-statute']
 */
export const partyDataTreatyIds: readonly string[] = registeredPartyTreatyIds;

/**
 * Lets `parties`, `partyRecord`, `partiesOn` and `simulate` read these party
 * tables (a later table for the same treaty replaces the earlier one). The
 * package root registers every shipped table itself; with
 * `treaty-withdrawal/core`, import the tables you need from
 * `treaty-withdrawal/parties` and register them, so a bundle carries only those.
 * A table is read when it is registered (validated and indexed by code): to
 * change one, register it again.
 *
 * @throws {WithdrawalError} `INVALID_INPUT` when a table does not match {@link PartyTableSchema}.
 * @example
 * registerParties(parties('ottawa')!);
 * partyRecord('ottawa', 'POL')?.entryIntoForce;
 * //=> '2013-06-01'
 */
export function registerParties(...tables: readonly PartyTable[]): void {
  for (const table of tables) {
    const parsed = PartyTableSchema.safeParse(table);
    if (!parsed.success) throw errorFromZod('INVALID_INPUT', parsed.error, { subject: 'party table', input: table });
  }
  for (const table of tables) registerPartyTable(table);
  registerPartyData(membershipOf);
}

/**
 * The party table of a treaty: every state party with its instrument, deposit and
 * entry-into-force dates and any withdrawal, the source and "as of" date, the
 * published total and the treaty's rule for entry into force. `undefined` for a
 * treaty without party data (a missing table is not an empty one: an empty list
 * would say that nobody is a party).
 *
 * @example
 * parties('ottawa')?.parties.length;
 * //=> 166
 * parties('paris-agreement');
 * //=> undefined
 */
export function parties(treatyId: string): PartyTable | undefined {
  // Not a string (a revoked proxy included): no table, never a raw TypeError (issue #19, item 7).
  return typeof treatyId === 'string' ? registeredPartyTable(treatyId) : undefined;
}

/**
 * One state's record in a treaty's party table, by ISO 3166-1 alpha-3 code
 * (any case); `undefined` when the treaty has no data or the state is not in it.
 *
 * @example
 * partyRecord('ottawa', 'POL')?.entryIntoForce;
 * //=> '2013-06-01'
 * partyRecord('ottawa', 'USA');
 * //=> undefined
 */
export function partyRecord(treatyId: string, code: string): PartyRecord | undefined {
  if (typeof code !== 'string' || typeof treatyId !== 'string') return undefined;
  return registeredPartyRecord(treatyId, code.toUpperCase());
}

/** The first day of the month `months` months after the month of `date`. */
function firstDayMonthsAfter(date: CalendarDate, months: number): CalendarDate {
  const { year, month } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  return formatValidParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * When a treaty entered into force for a state that deposited its instrument on
 * `deposited`, by the table's rule: the later of the treaty's own entry into force
 * and the date the rule gives (the first day of the sixth month after the month of
 * deposit for the Mine Ban Treaty and the CCM; the first day of the month after
 * the 60th day following deposit for the Rome Statute).
 *
 * @throws {WithdrawalError} `INVALID_DATE` when `deposited` is not a calendar date;
 * `INVALID_INPUT` (path `table…`) for a table without a valid rule and date.
 * @example
 * entryIntoForceFor(parties('ottawa')!, '2012-12-27');
 * //=> '2013-06-01'
 * entryIntoForceFor(parties('rome-statute')!, '2023-11-14');
 * //=> '2024-02-01'
 */
export function entryIntoForceFor(
  table: { readonly rule: EntryIntoForceRule; readonly treatyEntryIntoForce: { readonly date: CalendarDate } },
  deposited: CalendarDate,
): CalendarDate {
  // A caller's table of the wrong shape, a throwing getter or a revoked proxy: INVALID_INPUT, path `table` (issue #19).
  table = checkedArgument(EntryIntoForceTableSchema, table, 'table');
  parseDate(deposited, 'deposited');
  const { rule } = table;
  const byRule =
    rule.kind === 'first-day-of-month-after-months'
      ? firstDayMonthsAfter(deposited, rule.months)
      : firstDayMonthsAfter(addDays(deposited, rule.days), 1);
  const own = table.treatyEntryIntoForce.date;
  return byRule > own ? byRule : own;
}

/**
 * True when the record's state was a party on `date`: the treaty had entered into
 * force for it and no withdrawal had taken effect.
 */
function isPartyOn(record: PartyRecord, date: CalendarDate): boolean {
  return record.entryIntoForce <= date && (record.withdrawal === undefined || date < record.withdrawal.effective);
}

/**
 * The states that were parties to a treaty on `date` (in force for them, no
 * withdrawal in effect), as far as its table knows; `undefined` for a treaty
 * without party data. A state that has deposited its instrument but for which
 * the treaty has not yet entered into force is not counted.
 *
 * @throws {WithdrawalError} `INVALID_DATE` when `date` is not a calendar date.
 * @example
 * partiesOn('ottawa', '2018-06-01')?.length;
 * //=> 164
 * partiesOn('ottawa', '2026-03-01')?.some((p) => p.code === 'POL');
 * //=> false
 */
export function partiesOn(treatyId: string, date: CalendarDate): PartyRecord[] | undefined {
  parseDate(date, 'date');
  return parties(treatyId)?.parties.filter((record) => isPartyOn(record, date));
}

/** What {@link membershipOf} found: the membership, if the data says anything, and a warning. */
export interface MembershipLookup {
  readonly membership: Membership | null;
  readonly warning: Warning | null;
}

/**
 * What the shipped data says about a scenario's party (internal, for simulate):
 * nothing for a treaty without data or a scenario without a party; a party or a
 * known non-party (with a `NOT_A_PARTY` warning); or, for a party the data does
 * not know, a `PARTY_NOT_IN_DATA` warning.
 */
export function membershipOf(treatyId: string, party: string | null | undefined): MembershipLookup {
  const table = parties(treatyId);
  if (table === undefined || party === null || party === undefined) return { membership: null, warning: null };
  const cite = { article: table.rule.article, source: table.source };
  const code = codeOf(party);
  const record = code === undefined ? undefined : registeredPartyRecord(treatyId, code);
  if (code !== undefined && record !== undefined) {
    return {
      membership: {
        code,
        name: partyName(code) as string,
        status: 'party',
        entryIntoForce: record.entryIntoForce,
        leftOn: record.withdrawal?.effective ?? null,
        ...cite,
        asOf: table.asOf,
      },
      warning: null,
    };
  }
  if (code !== undefined && table.complete) {
    const name = partyName(code) as string;
    return {
      membership: { code, name, status: 'non-party', entryIntoForce: null, leftOn: null, ...cite, asOf: table.asOf },
      warning: warning('NOT_A_PARTY', message('notAParty', { name, code, asOf: table.asOf }), cite),
    };
  }
  // A name the data does not know (`'X'`, `'Ruritania'`) is the user's own label: no warning.
  // A code-shaped string or a known state missing from an incomplete table gets one.
  if (code === undefined && !/^[A-Za-z]{3}$/.test(party.trim())) return { membership: null, warning: null };
  return {
    membership: null,
    warning: warning('PARTY_NOT_IN_DATA', message('partyNotInData', { party, isCode: code !== undefined }), cite),
  };
}
