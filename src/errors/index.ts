export type { IssueCode, WithdrawalErrorCode, WithdrawalErrorData, WithdrawalIssue } from './withdrawal-error.js';
export { describeValue, isWithdrawalError, WithdrawalError } from './withdrawal-error.js';
