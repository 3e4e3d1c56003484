import { WithdrawalError, describeValue } from '../errors/withdrawal-error.js';
import { errorFromZod } from '../errors/from-zod.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { executive, none, parliamentary, poland, ukraine } from './profiles.js';
import { type ProcedureProfile, type ProcedureProfileInput, ProcedureProfileSchema } from './schema.js';
import { isPlainObject } from '../internal/is-plain-object.js';

const shipped = [none, executive, parliamentary, ukraine, poland] as const;

/** The id of a procedure profile shipped with the library. */
export type ProcedureId = (typeof shipped)[number]['id'];

/**
 * Every domestic procedure profile shipped with the library, frozen.
 *
 * @example
 * procedures.map((p) => p.id);
 * //=> ['none', 'executive', 'parliamentary', 'ukraine', 'poland']
 */
export const procedures: readonly ProcedureProfile[] = deepFreeze([...shipped] as unknown as ProcedureProfile[]);

/**
 * The ids of the shipped procedure profiles.
 *
 * @example
 * procedureIds;
 * //=> ['none', 'executive', 'parliamentary', 'ukraine', 'poland']
 */
export const procedureIds: readonly ProcedureId[] = deepFreeze(shipped.map((p) => p.id));

const byId = new Map<string, ProcedureProfile>(procedures.map((p) => [p.id, p]));

/**
 * The shipped procedure profile with this id.
 *
 * @throws {WithdrawalError} `UNKNOWN_PROCEDURE`, listing the known ids.
 * @example
 * getProcedure('ukraine').steps.map((s) => s.event);
 * //=> ['decree.signed', 'parliament.approved', 'law.signed']
 */
export function getProcedure(id: ProcedureId | (string & {})): ProcedureProfile {
  const profile = typeof id === 'string' ? byId.get(id) : undefined;
  if (!profile) {
    throw new WithdrawalError({
      code: 'UNKNOWN_PROCEDURE',
      message: `unknown procedure ${describeValue(id)}; known procedures: ${procedureIds.join(', ')} (or pass a profile object)`,
      path: 'procedure',
    });
  }
  return profile;
}

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
  const parsed = ProcedureProfileSchema.safeParse(profile);
  if (!parsed.success) throw errorFromZod('INVALID_PROFILE', parsed.error, { subject: 'procedure profile', input: profile });
  return parsed.data;
}

/**
 * A shipped id, an inline profile or `undefined` (meaning `none`), resolved to
 * a validated profile.
 *
 * @throws {WithdrawalError} `UNKNOWN_PROCEDURE` or `INVALID_PROFILE`.
 */
export function resolveProcedure(procedure: unknown, path = 'procedure'): ProcedureProfile {
  if (procedure === undefined) return none as unknown as ProcedureProfile;
  if (typeof procedure === 'string') return getProcedure(procedure);
  if (typeof procedure === 'object' && procedure !== null && byId.get((procedure as { id?: string }).id as string) === procedure) {
    return procedure as ProcedureProfile;
  }
  if (!isPlainObject(procedure)) {
    throw new WithdrawalError({
      code: 'INVALID_PROFILE',
      message: `${path}: expected a procedure id (${procedureIds.join(', ')}) or a profile object, got ${describeValue(procedure)}`,
      path,
    });
  }
  const parsed = ProcedureProfileSchema.safeParse(procedure);
  if (!parsed.success) throw errorFromZod('INVALID_PROFILE', parsed.error, { prefix: path, input: procedure });
  return parsed.data;
}
