/**
 * The party data reached through a registry, as treaty ids are
 * (treaties/lookup.ts): the lookups and `simulate` ask here what the data says
 * about a scenario's party, so that `treaty-withdrawal/core` carries no party
 * table. The root entry registers the shipped tables (`registerParties`).
 */
import type { MembershipLookup } from './index.js';
import type { PartyTable } from './schema.js';

const tables = new Map<string, PartyTable>();
/** The ids of the registered tables, in registration order (the array `partyDataTreatyIds` is). */
export const registeredPartyTreatyIds: string[] = [];

/** Adds a validated party table to the registry (internal: `registerParties` validates). */
export function registerPartyTable(table: PartyTable): void {
  if (!tables.has(table.treaty)) registeredPartyTreatyIds.push(table.treaty);
  tables.set(table.treaty, table);
}

/** The registered party table of a treaty, if any. */
export function registeredPartyTable(treatyId: string): PartyTable | undefined {
  return tables.get(treatyId);
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
