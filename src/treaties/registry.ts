import { checkedArgument, markChecked } from '../errors/arguments.js';
import { describeValue } from '../errors/describe-value.js';
import { errorFromZod } from '../errors/from-zod.js';
import { type Message, message, wordMessage } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import { wordedError } from '../errors/worded-error.js';
import { closest } from '../internal/closest.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import { addTreaties, isRegisteredTreaty, registeredTreaty, registeredTreatyIds } from './lookup.js';
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
 * Lets scenarios, inputs and snapshots name these profiles by id. The root
 * entry registers every shipped profile itself; with `treaty-withdrawal/core`,
 * register the few your app names by id (a later profile with the same id
 * replaces the earlier one). An id of your own is for scenarios read as JSON; in
 * code, pass the profile object itself, which the types check. Each profile is
 * validated as {@link defineTreaty} does, and none is registered when one is
 * refused.
 *
 * @throws {WithdrawalError} `INVALID_PROFILE` naming the profile at fault
 * (`profiles[1].withdrawal`), for a profile of the wrong shape or one that
 * cannot be read (a throwing getter, a revoked proxy).
 * @example
 * registerTreaties(defineTreaty({ ...getTreaty('ottawa'), id: 'my-treaty' }));
 * const scenario = JSON.parse('{"treaty":"my-treaty","events":[{"type":"instrument.deposited","date":"2025-06-27"}]}');
 * simulate(scenario).effectiveOn;
 * //=> '2025-12-27'
 */
export function registerTreaties(...profiles: readonly TreatyProfile[]): void {
  const valid = profiles.map((profile, i) => {
    const what = `profiles[${i}]`;
    return readingInput(
      what,
      () =>
        isRegisteredTreaty(profile)
          ? profile
          : markChecked(TreatyProfileSchema, checkedArgument(TreatyProfileSchema, profile, what, 'INVALID_PROFILE')),
      'INVALID_PROFILE',
    );
  });
  addTreaties(valid);
}

/**
 * The message for an id that is not registered: the closest registered id
 * ("did you mean"), the ids when few, or where to find them; or, when none is
 * registered, how to make one resolve (`treaty-withdrawal/core`).
 */
export function unknownTreatyMessage(id: unknown, known: readonly string[] = registeredTreatyIds()): string {
  return wordMessage(unknownTreatySaid(id, known));
}

/**
 * {@link unknownTreatyMessage} as data: its key and parameters.
 * @internal
 */
export function unknownTreatySaid(id: unknown, known: readonly string[] = registeredTreatyIds()): Message {
  return known.length > 0
    ? message('unknownProfile', {
        kind: 'treaty',
        got: describeValue(id),
        suggested: typeof id === 'string' ? closest(id, known) : undefined,
        known,
      })
    : message('noTreatyRegistered', { got: describeValue(id) });
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
    throw wordedError('UNKNOWN_TREATY', unknownTreatySaid(treaty), { path });
  }
  if (isRegisteredTreaty(treaty)) return treaty;
  if (!isPlainObject(treaty)) {
    const ids = registeredTreatyIds().slice(0, 3);
    throw wordedError(
      'INVALID_PROFILE',
      message('profileNotReference', { path, kind: 'treaty', ids, complete: false, got: describeValue(treaty) }),
      { path },
    );
  }
  const parsed = TreatyProfileSchema.safeParse(treaty);
  if (!parsed.success)
    throw errorFromZod('INVALID_PROFILE', parsed.error, {
      prefix: path,
      input: treaty,
      knownKeys: Object.keys(TreatyProfileSchema.shape),
    });
  // The input keeps this copy: the helpers it is passed to need not check it again.
  return markChecked(TreatyProfileSchema, parsed.data);
}
