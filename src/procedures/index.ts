export { ProcedureProfileSchema, ProcedureStepSchema, DomesticStepTypeSchema } from './schema.js';
export type { ProcedureProfile, ProcedureProfileInput, ProcedureStep, DomesticStepType } from './schema.js';
export { procedures, procedureIds, getProcedure } from './catalog.js';
export type { ProcedureId } from './catalog.js';
export { defineProcedure, resolveProcedure } from './registry.js';
export { registerProcedures } from './lookup.js';
