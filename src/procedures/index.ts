export type { ProcedureId } from './catalog.js';
export { getProcedure, procedureIds, procedures } from './catalog.js';
export { defineProcedure, registerProcedures, resolveProcedure } from './registry.js';
export type { DomesticStepType, ProcedureProfile, ProcedureProfileInput, ProcedureStep } from './schema.js';
export { DomesticStepTypeSchema, ProcedureProfileSchema, ProcedureStepSchema } from './schema.js';
