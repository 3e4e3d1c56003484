/**
 * Procedure ids resolved through a registry, as treaty ids are
 * (treaties/lookup.ts): `none`, the default, is always there; the root entry
 * registers the other shipped procedures with the treaty catalog.
 */

import { describeValue } from '../errors/describe-value.js';
import { type Message, message } from '../errors/messages.js';
import { closest } from '../internal/closest.js';
import { none } from './profiles.js';
import type { ProcedureProfile } from './schema.js';

const registered = new Map<string, ProcedureProfile>([[none.id, none as unknown as ProcedureProfile]]);

/**
 * Registers procedure profiles that are valid already, without checking them:
 * the shipped ones and the output of `registerProcedures`, which validates
 * first (registry.ts).
 *
 * @internal
 */
export function addProcedures(profiles: readonly ProcedureProfile[]): void {
  for (const profile of profiles) registered.set(profile.id, profile);
}

/** The registered procedure profile with this id, if any. */
export function registeredProcedure(id: string): ProcedureProfile | undefined {
  return registered.get(id);
}

/** True when this very object is the registered profile for its id. */
export function isRegisteredProcedure(profile: unknown): profile is ProcedureProfile {
  return (
    typeof profile === 'object' && profile !== null && registered.get((profile as { id?: unknown }).id as string) === profile
  );
}

/** The ids that resolve, in registration order. */
export function registeredProcedureIds(): readonly string[] {
  return [...registered.keys()];
}

/**
 * Why `id` names no procedure of `known`: the closest id when one is near, else the ids.
 * `getProcedure`, the machine's input and a scenario all say it this way.
 * @internal
 */
export function unknownProcedureSaid(id: unknown, known: readonly string[] = registeredProcedureIds()): Message {
  const suggested = typeof id === 'string' ? closest(id, known) : undefined;
  return message('unknownProcedure', { got: describeValue(id), known, suggested });
}
