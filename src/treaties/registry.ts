import { WithdrawalError, describeValue } from '../errors/withdrawal-error.js';
import { errorFromZod } from '../errors/from-zod.js';
import { getTreaty, treaties, treatyIds } from './catalog.js';
import { type TreatyProfile, type TreatyProfileInput, TreatyProfileSchema } from './schema.js';
import { isPlainObject } from '../internal/is-plain-object.js';

export { treaties, treatyIds, getTreaty, isTreatyId } from './catalog.js';
export type { TreatyId } from './catalog.js';

const shippedById = new Map<string, TreatyProfile>(treaties.map((t) => [t.id, t]));

/**
 * Validates a treaty profile of your own against {@link TreatyProfileSchema}.
 *
 * @throws {WithdrawalError} `INVALID_PROFILE` naming each field at fault.
 * @example
 * defineTreaty({ ...getTreaty('ottawa'), id: 'my-treaty' }).id;
 * //=> 'my-treaty'
 */
export function defineTreaty(profile: TreatyProfileInput): TreatyProfile {
  const parsed = TreatyProfileSchema.safeParse(profile);
  if (!parsed.success) throw errorFromZod('INVALID_PROFILE', parsed.error, { subject: 'treaty profile', input: profile, knownKeys: Object.keys(TreatyProfileSchema.shape) });
  return parsed.data;
}

/**
 * A shipped id or an inline profile, resolved to a validated profile. A shipped
 * profile passed as an object is recognised and not parsed again.
 *
 * @throws {WithdrawalError} `UNKNOWN_TREATY` or `INVALID_PROFILE`.
 */
export function resolveTreaty(treaty: unknown, path = 'treaty'): TreatyProfile {
  if (typeof treaty === 'string') return getTreaty(treaty);
  if (typeof treaty === 'object' && treaty !== null && shippedById.get((treaty as { id?: string }).id as string) === treaty) {
    return treaty as TreatyProfile;
  }
  if (!isPlainObject(treaty)) {
    throw new WithdrawalError({
      code: 'INVALID_PROFILE',
      message: `${path}: expected a treaty id (${treatyIds.slice(0, 3).join(', ')}, …) or a profile object, got ${describeValue(treaty)}`,
      path,
    });
  }
  const parsed = TreatyProfileSchema.safeParse(treaty);
  if (!parsed.success) throw errorFromZod('INVALID_PROFILE', parsed.error, { prefix: path, input: treaty, knownKeys: Object.keys(TreatyProfileSchema.shape) });
  return parsed.data;
}
