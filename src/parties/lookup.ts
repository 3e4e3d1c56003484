/**
 * The party data reached through a registry, as treaty ids are
 * (treaties/lookup.ts): the lookups and `simulate` ask here what the data says
 * about a scenario's party, so that `treaty-withdrawal/core` carries no party
 * table. The root entry registers the shipped tables (`registerParties`).
 */
import type { MembershipLookup } from './index.js';
import type { PartyRecord, PartyTable } from './schema.js';

const tables = new Map<string, PartyTable>();
/**
 * Each registered table's records by code, built when it is registered: a
 * lookup was a scan of some 160 records, on every `simulate` with a party.
 * A table is read when it is registered (as it is validated then): to change
 * one, register it again.
 */
const recordsByCode = new Map<string, ReadonlyMap<string, PartyRecord>>();
/** The ids of the registered tables, in registration order (the array `partyDataTreatyIds` is). */
export const registeredPartyTreatyIds: string[] = [];

/** Adds a validated party table to the registry (internal: `registerParties` validates). */
export function registerPartyTable(table: PartyTable): void {
  if (!tables.has(table.treaty)) registeredPartyTreatyIds.push(table.treaty);
  tables.set(table.treaty, table);
  const byCode = new Map<string, PartyRecord>();
  // The first record of a code, as a scan finds it.
  for (const record of table.parties) if (!byCode.has(record.code)) byCode.set(record.code, record);
  recordsByCode.set(table.treaty, byCode);
}

/** The registered party table of a treaty, if any. */
export function registeredPartyTable(treatyId: string): PartyTable | undefined {
  return tables.get(treatyId);
}

/** The record of `code` (an upper-case ISO 3166-1 alpha-3 code) in a treaty's registered table, if any. */
export function registeredPartyRecord(treatyId: string, code: string): PartyRecord | undefined {
  return recordsByCode.get(treatyId)?.get(code);
}

type Lookup = (treatyId: string, party: string | null | undefined) => MembershipLookup;

const NOTHING: MembershipLookup = { membership: null, warning: null };
let lookup: Lookup | undefined;

/** Lets `simulate` read party data through `membershipOf` (internal: `registerParties` calls it). */
export function registerPartyData(membershipOf: Lookup): void {
  lookup = membershipOf;
}

/** What the registered party data says about a scenario's party; nothing when none is registered. */
export function membershipFromData(treatyId: string, party: string | null | undefined): MembershipLookup {
  return lookup === undefined ? NOTHING : lookup(treatyId, party);
}
