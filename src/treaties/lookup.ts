/**
 * Treaty ids resolved through a registry, so that the machine, `simulate` and the
 * scenario schema never import the catalog of shipped profiles: an app that
 * passes profile objects (`treaty-withdrawal/treaties`, `defineTreaty`) bundles
 * only those. The root entry registers the whole catalog before any of its
 * id-taking exports is used (see with-catalog.ts); `treaty-withdrawal/core`
 * registers nothing unless asked to.
 */
import type { TreatyProfile } from './schema.js';

const registered = new Map<string, TreatyProfile>();

/**
 * Lets scenarios, inputs and snapshots name these profiles by id. The root
 * entry registers every shipped profile itself; with `treaty-withdrawal/core`,
 * register the few your app names by id (a later profile with the same id
 * replaces the earlier one). An id of your own is for scenarios read as JSON; in
 * code, pass the profile object itself, which the types check.
 *
 * @example
 * registerTreaties(defineTreaty({ ...getTreaty('ottawa'), id: 'my-treaty' }));
 * const scenario = JSON.parse('{"treaty":"my-treaty","events":[{"type":"instrument.deposited","date":"2025-06-27"}]}');
 * simulate(scenario).effectiveOn;
 * //=> '2025-12-27'
 */
export function registerTreaties(...profiles: readonly TreatyProfile[]): void {
  for (const profile of profiles) registered.set(profile.id, profile);
}

/** The registered profile with this id, if any. */
export function registeredTreaty(id: string): TreatyProfile | undefined {
  return registered.get(id);
}

/** True when this very object is the registered profile for its id. */
export function isRegisteredTreaty(profile: unknown): profile is TreatyProfile {
  return (
    typeof profile === 'object' && profile !== null && registered.get((profile as { id?: unknown }).id as string) === profile
  );
}

/** The ids that resolve, in registration order. */
export function registeredTreatyIds(): readonly string[] {
  return [...registered.keys()];
}
