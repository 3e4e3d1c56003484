export type { ComplianceStatus, StatusStage, SurvivingOnDate } from './status-on.js';
export { isBoundOn, StatusOnlyStageSchema, statusOn } from './status-on.js';
