export type { ProcedureId } from './catalog.js';
export { getProcedure, procedureIds, procedures } from './catalog.js';
export { registerProcedures } from './lookup.js';
export { defineProcedure, resolveProcedure } from './registry.js';
export type { DomesticStepType, ProcedureProfile, ProcedureProfileInput, ProcedureStep } from './schema.js';
export { DomesticStepTypeSchema, ProcedureProfileSchema, ProcedureStepSchema } from './schema.js';
