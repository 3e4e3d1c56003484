/**
 * The party data reached through a registry, as treaty ids are
 * (treaties/lookup.ts): `simulate` asks here what the data says about a
 * scenario's party, so that `treaty-withdrawal/core` carries no party table.
 * The root entry registers the shipped data with the treaty catalog.
 */
import type { MembershipLookup } from './index.js';

type Lookup = (treatyId: string, party: string | null | undefined) => MembershipLookup;

const NOTHING: MembershipLookup = { membership: null, warning: null };
let lookup: Lookup | undefined;

/** Lets `simulate` read party data through `membershipOf` (internal: the root entry calls it). */
export function registerPartyData(membershipOf: Lookup): void {
  lookup = membershipOf;
}

/** What the registered party data says about a scenario's party; nothing when none is registered. */
export function membershipFromData(treatyId: string, party: string | null | undefined): MembershipLookup {
  return lookup === undefined ? NOTHING : lookup(treatyId, party);
}
