export { WithdrawalError, isWithdrawalError, describeValue } from './withdrawal-error.js';
export type { WithdrawalErrorCode, WithdrawalErrorData, WithdrawalIssue } from './withdrawal-error.js';
