/** The shipped procedure profiles and look-up by id. */
import { wordedError } from '../errors/worded-error.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { unknownProcedureSaid } from './lookup.js';
import { executive, none, parliamentary, poland, ukraine } from './profiles.js';
import type { ProcedureProfile } from './schema.js';

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
    throw wordedError('UNKNOWN_PROCEDURE', unknownProcedureSaid(id, procedureIds), { path: 'procedure' });
  }
  return profile;
}
