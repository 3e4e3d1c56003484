/**
 * The shipped party tables, registered by the package root's exports that read
 * party data (`parties`, `simulate`, …): each passes through
 * {@link withShippedParties}, so a bundle that keeps none of them carries no table.
 */
import { ccmParties } from './data/ccm.js';
import { ottawaParties } from './data/ottawa.js';
import { romeStatuteParties } from './data/rome-statute.js';
import { membershipOf } from './index.js';
import { registerPartyData, registerPartyTable } from './lookup.js';

let registered = false;

/**
 * Registers every shipped party table (once; they are checked by the tests, not
 * parsed again here), then returns `value` itself.
 */
export function withShippedParties<T>(value: T): T {
  if (!registered) {
    for (const table of [ottawaParties, ccmParties, romeStatuteParties]) registerPartyTable(table);
    registerPartyData(membershipOf);
    registered = true;
  }
  return value;
}
