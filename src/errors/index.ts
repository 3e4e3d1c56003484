export { formatMessage } from './format.js';
export type { Message, MessageKey, MessageOverrides, MessageParams } from './messages.js';
export type { IssueCode, WithdrawalErrorCode, WithdrawalErrorData, WithdrawalIssue } from './withdrawal-error.js';
export {
  describeValue,
  IssueCodeSchema,
  isWithdrawalError,
  WithdrawalError,
  WithdrawalErrorCodeSchema,
} from './withdrawal-error.js';
