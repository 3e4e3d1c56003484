export { statusOn, isBoundOn, StatusOnlyStageSchema } from './status-on.js';
export type { ComplianceStatus, StatusStage, SurvivingOnDate } from './status-on.js';
