import { checkedArgument } from '../errors/arguments.js';
import { describeValue } from '../errors/describe-value.js';
import { errorFromZod } from '../errors/from-zod.js';
import { message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import { wordedError } from '../errors/worded-error.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import {
  addProcedures,
  isRegisteredProcedure,
  registeredProcedure,
  registeredProcedureIds,
  unknownProcedureSaid,
} from './lookup.js';
import { type ProcedureProfile, type ProcedureProfileInput, ProcedureProfileSchema } from './schema.js';

/**
 * Validates a procedure profile of your own against {@link ProcedureProfileSchema}.
 *
 * @throws {WithdrawalError} `INVALID_PROFILE` naming each field at fault.
 *
 * @example
 * defineProcedure({ ...getProcedure('parliamentary'), id: 'second-vote', resubmission: true }).resubmission;
 * //=> true
 */
export function defineProcedure(profile: ProcedureProfileInput): ProcedureProfile {
  // A throwing getter or a revoked proxy is INVALID_PROFILE too (issue #19, item 7).
  return readingInput(
    'profile',
    () => {
      const parsed = ProcedureProfileSchema.safeParse(profile);
      if (!parsed.success) throw errorFromZod('INVALID_PROFILE', parsed.error, { subject: 'procedure profile', input: profile });
      return parsed.data;
    },
    'INVALID_PROFILE',
  );
}

/**
 * Lets scenarios and inputs name these procedure profiles by id. The root
 * entry registers the shipped ones itself; with `treaty-withdrawal/core`,
 * register those your app names by id (in scenarios read as JSON; in code, pass
 * the profile object itself). Each profile is validated as
 * {@link defineProcedure} does, and none is registered when one is refused.
 *
 * @throws {WithdrawalError} `INVALID_PROFILE` naming the profile at fault
 * (`profiles[0].steps`), for a profile of the wrong shape or one that cannot
 * be read (a throwing getter, a revoked proxy).
 * @example
 * registerProcedures(defineProcedure({ ...getProcedure('parliamentary'), id: 'two-votes', resubmission: true }));
 * safeSimulate({ treaty: 'ottawa', procedure: 'two-votes', events: [] }).success;
 * //=> true
 */
export function registerProcedures(...profiles: readonly ProcedureProfile[]): void {
  const valid = profiles.map((profile, i) => {
    const what = `profiles[${i}]`;
    return readingInput(
      what,
      () =>
        isRegisteredProcedure(profile) ? profile : checkedArgument(ProcedureProfileSchema, profile, what, 'INVALID_PROFILE'),
      'INVALID_PROFILE',
    );
  });
  addProcedures(valid);
}

/**
 * A shipped id, an inline profile or `undefined` (meaning `none`), resolved to
 * a validated profile.
 *
 * @throws {WithdrawalError} `UNKNOWN_PROCEDURE` or `INVALID_PROFILE`.
 */
export function resolveProcedure(procedure: unknown, path = 'procedure'): ProcedureProfile {
  if (procedure === undefined) return registeredProcedure('none') as ProcedureProfile;
  if (typeof procedure === 'string') {
    const profile = registeredProcedure(procedure);
    if (profile) return profile;
    throw wordedError('UNKNOWN_PROCEDURE', unknownProcedureSaid(procedure), { path });
  }
  if (isRegisteredProcedure(procedure)) return procedure;
  if (!isPlainObject(procedure)) {
    throw wordedError(
      'INVALID_PROFILE',
      message('profileNotReference', {
        path,
        kind: 'procedure',
        ids: registeredProcedureIds(),
        complete: true,
        got: describeValue(procedure),
      }),
      { path },
    );
  }
  const parsed = ProcedureProfileSchema.safeParse(procedure);
  if (!parsed.success) throw errorFromZod('INVALID_PROFILE', parsed.error, { prefix: path, input: procedure });
  return parsed.data;
}
