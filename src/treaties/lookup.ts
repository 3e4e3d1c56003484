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
 * Registers profiles that are valid already, without checking them: the
 * shipped catalog (checked by the test suite) and the output of
 * `registerTreaties`, which validates first (registry.ts).
 *
 * @internal
 */
export function addTreaties(profiles: readonly TreatyProfile[]): void {
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
