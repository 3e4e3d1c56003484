export type { ApplyResult, WithdrawalSnapshot } from './apply.js';
export { acceptedEvents, applyEvent, initialSnapshot } from './apply.js';
export type {
  ConflictPeriod,
  DomesticRecord,
  EffectTerms,
  Objection,
  Outcome,
  SuspensionPeriod,
  SuspensionRecord,
  SuspensionState,
  TimelineStage,
  WithdrawalContext,
} from './context.js';
export type { DomesticEvent, WithdrawalEvent, WithdrawalEventOf, WithdrawalEventType } from './events.js';
export {
  ArmedConflictEndedSchema,
  ArmedConflictStartedSchema,
  ClockAdvancedSchema,
  DecreeSignedSchema,
  DisputeSettledSchema,
  InstrumentDepositedSchema,
  LawSignedSchema,
  MembershipTerminatedSchema,
  NotificationRevokedSchema,
  ObjectionRaisedSchema,
  ObjectionWithdrawnSchema,
  ObligationsFulfilledSchema,
  ObligationsOutstandingSchema,
  ParliamentApprovedSchema,
  ParliamentRejectedSchema,
  PeriodExtendedSchema,
  SuspensionEndedSchema,
  SuspensionNotifiedSchema,
  SuspensionRejectedSchema,
  WithdrawalAgreedSchema,
  WithdrawalEventSchema,
  withdrawalEventTypes,
} from './events.js';
export { explanationOf } from './explain.js';
export type { WithdrawalInput } from './input.js';
export type { ProfileProvision, StateMeta, TransitionMeta, WithdrawalStateValue } from './machine.js';
export { withdrawalMachine } from './machine.js';
export type { PersistedWithdrawal } from './persist.js';
export { fromPersisted, SNAPSHOT_FORMAT, SNAPSHOT_SCHEMA_VERSION, toPersisted } from './persist.js';
export type { EventRefused } from './refusal.js';
export type { Segments } from './segments.js';
