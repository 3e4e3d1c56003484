export { WithdrawalError, isWithdrawalError, describeValue } from './withdrawal-error.js';
export type { IssueCode, WithdrawalErrorCode, WithdrawalErrorData, WithdrawalIssue } from './withdrawal-error.js';
