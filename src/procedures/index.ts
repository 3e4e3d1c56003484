export { ProcedureProfileSchema, ProcedureStepSchema, DomesticStepTypeSchema } from './schema.js';
export type { ProcedureProfile, ProcedureProfileInput, ProcedureStep, DomesticStepType } from './schema.js';
export { procedures, procedureIds, getProcedure, defineProcedure, resolveProcedure } from './registry.js';
export type { ProcedureId } from './registry.js';
