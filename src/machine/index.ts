export { withdrawalMachine } from './machine.js';
export type { StateMeta, TransitionMeta, WithdrawalStateValue, ProfileProvision } from './machine.js';
export {
  WithdrawalEventSchema,
  DecreeSignedSchema,
  ParliamentApprovedSchema,
  ParliamentRejectedSchema,
  LawSignedSchema,
  InstrumentDepositedSchema,
  NotificationRevokedSchema,
  ArmedConflictStartedSchema,
  ArmedConflictEndedSchema,
  ClockAdvancedSchema,
  SuspensionNotifiedSchema,
  ObjectionRaisedSchema,
  ObjectionWithdrawnSchema,
  SuspensionRejectedSchema,
  DisputeSettledSchema,
  SuspensionEndedSchema,
  PeriodExtendedSchema,
  WithdrawalAgreedSchema,
  MembershipTerminatedSchema,
  ObligationsOutstandingSchema,
  ObligationsFulfilledSchema,
  withdrawalEventTypes,
} from './events.js';
export type { WithdrawalEvent, WithdrawalEventType, WithdrawalEventOf, DomesticEvent } from './events.js';
export type {
  WithdrawalContext,
  Outcome,
  TimelineStage,
  DomesticRecord,
  ConflictPeriod,
  SuspensionRecord,
  SuspensionPeriod,
  Objection,
  EffectTerms,
} from './context.js';
export type { WithdrawalInput } from './input.js';
export { applyEvent, initialSnapshot, acceptedEvents } from './apply.js';
export { explanationOf } from './explain.js';
export type { WithdrawalSnapshot, ApplyResult } from './apply.js';
export type { EventRefused } from './refusal.js';
export { toPersisted, fromPersisted, SNAPSHOT_FORMAT, SNAPSHOT_SCHEMA_VERSION } from './persist.js';
export type { PersistedWithdrawal } from './persist.js';
