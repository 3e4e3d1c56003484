import { errorFromZod } from '../errors/from-zod.js';
import { messages } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import { describeValue, WithdrawalError } from '../errors/withdrawal-error.js';
import { closest } from '../internal/closest.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import { isRegisteredTreaty, registeredTreaty, registeredTreatyIds } from './lookup.js';
import { type TreatyProfile, type TreatyProfileInput, TreatyProfileSchema } from './schema.js';

/**
 * Validates a treaty profile of your own against {@link TreatyProfileSchema}.
 *
 * @throws {WithdrawalError} `INVALID_PROFILE` naming each field at fault.
 * @example
 * defineTreaty({ ...getTreaty('ottawa'), id: 'my-treaty' }).id;
 * //=> 'my-treaty'
 */
export function defineTreaty(profile: TreatyProfileInput): TreatyProfile {
  // A throwing getter or a revoked proxy is INVALID_PROFILE too (issue #19, item 7).
  return readingInput(
    'profile',
    () => {
      const parsed = TreatyProfileSchema.safeParse(profile);
      if (!parsed.success)
        throw errorFromZod('INVALID_PROFILE', parsed.error, {
          subject: 'treaty profile',
          input: profile,
          knownKeys: Object.keys(TreatyProfileSchema.shape),
        });
      return parsed.data;
    },
    'INVALID_PROFILE',
  );
}

/**
 * The message for an id that is not registered: the closest registered id
 * ("did you mean"), the ids when few, or where to find them; or, when none is
 * registered, how to make one resolve (`treaty-withdrawal/core`).
 */
export function unknownTreatyMessage(id: unknown, known: readonly string[] = registeredTreatyIds()): string {
  return known.length > 0
    ? messages.unknownProfile({
        kind: 'treaty',
        got: describeValue(id),
        suggested: typeof id === 'string' ? closest(id, known) : undefined,
        known,
      })
    : `unknown treaty ${describeValue(id)}: none is registered; pass a profile object (from treaty-withdrawal/treaties) or registerTreaties() it`;
}

/**
 * A registered id or an inline profile, resolved to a validated profile. A
 * registered (shipped) profile passed as an object is recognised and not parsed
 * again; the profiles of `treaty-withdrawal/treaties` are frozen and trusted too.
 *
 * @throws {WithdrawalError} `UNKNOWN_TREATY` or `INVALID_PROFILE`.
 */
export function resolveTreaty(treaty: unknown, path = 'treaty'): TreatyProfile {
  if (typeof treaty === 'string') {
    const profile = registeredTreaty(treaty);
    if (profile) return profile;
    throw new WithdrawalError({ code: 'UNKNOWN_TREATY', message: unknownTreatyMessage(treaty), path });
  }
  if (isRegisteredTreaty(treaty)) return treaty;
  if (!isPlainObject(treaty)) {
    const examples = registeredTreatyIds().slice(0, 3);
    throw new WithdrawalError({
      code: 'INVALID_PROFILE',
      message: `${path}: expected a treaty id${examples.length > 0 ? ` (${examples.join(', ')}, …)` : ''} or a profile object, got ${describeValue(treaty)}`,
      path,
    });
  }
  const parsed = TreatyProfileSchema.safeParse(treaty);
  if (!parsed.success)
    throw errorFromZod('INVALID_PROFILE', parsed.error, {
      prefix: path,
      input: treaty,
      knownKeys: Object.keys(TreatyProfileSchema.shape),
    });
  return parsed.data;
}
