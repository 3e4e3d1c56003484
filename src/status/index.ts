export { statusOn, isBoundOn } from './status-on.js';
export type { ComplianceStatus, StatusStage } from './status-on.js';
