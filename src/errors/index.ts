export { describeValue } from './describe-value.js';
export { formatMessage } from './format.js';
export type { Message, MessageKey, MessageOverrides, MessageParams } from './messages.js';
export type { IssueCode, WithdrawalErrorCode, WithdrawalErrorData, WithdrawalIssue } from './withdrawal-error.js';
export {
  IssueCodeSchema,
  isWithdrawalError,
  WithdrawalError,
  WithdrawalErrorCodeSchema,
} from './withdrawal-error.js';
