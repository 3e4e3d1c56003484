/**
 * `treaty-withdrawal/core`: the whole API of the root entry except the catalog of
 * shipped treaties. Its functions take profile objects (import them one by one from
 * `treaty-withdrawal/treaties`, or write your own with `defineTreaty`); an id
 * resolves only once its profile is registered (`registerTreaties`). An app that
 * names one treaty then carries one treaty. Everything here is named.
 *
 * @module treaty-withdrawal/core
 */

export type { AddPeriodOptions, CalendarDate, DateParts, Overflow, Period, PeriodResult } from './dates/index.js';
// Calendar dates
export {
  addDays,
  addPeriod,
  addPeriodWithDetails,
  compareDates,
  daysBetween,
  daysInMonth,
  formatDate,
  isCalendarDate,
  isLeapYear,
  parseDate,
} from './dates/index.js';
export { CalendarDateSchema } from './dates/schema.js';
export type {
  IssueCode,
  Message,
  MessageKey,
  MessageOverrides,
  MessageParams,
  WithdrawalErrorCode,
  WithdrawalErrorData,
  WithdrawalIssue,
} from './errors/index.js';
export {
  formatMessage,
  IssueCodeSchema,
  isWithdrawalError,
  WithdrawalError,
  WithdrawalErrorCodeSchema,
} from './errors/index.js';
// Explanations and errors
export type { ExplanationFact, ExplanationStep, Warning, WarningCode } from './explanation/types.js';
export { ExplanationFactSchema, WarningCodeSchema } from './explanation/types.js';
export type {
  ApplyResult,
  ConflictPeriod,
  DomesticEvent,
  DomesticRecord,
  EffectTerms,
  EventRefused,
  Objection,
  Outcome,
  PersistedWithdrawal,
  ProfileProvision,
  Segments,
  StateMeta,
  SuspensionPeriod,
  SuspensionRecord,
  SuspensionState,
  TimelineStage,
  TransitionMeta,
  WithdrawalContext,
  WithdrawalEvent,
  WithdrawalEventOf,
  WithdrawalEventType,
  WithdrawalInput,
  WithdrawalSnapshot,
  WithdrawalStateValue,
} from './machine/index.js';
// The machine
export {
  ArmedConflictEndedSchema,
  ArmedConflictStartedSchema,
  acceptedEvents,
  applyEvent,
  ClockAdvancedSchema,
  DecreeSignedSchema,
  DisputeSettledSchema,
  explanationOf,
  fromPersisted,
  InstrumentDepositedSchema,
  initialSnapshot,
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
  SNAPSHOT_FORMAT,
  SNAPSHOT_SCHEMA_VERSION,
  SuspensionEndedSchema,
  SuspensionNotifiedSchema,
  SuspensionRejectedSchema,
  toPersisted,
  WithdrawalAgreedSchema,
  WithdrawalEventSchema,
  withdrawalEventTypes,
  withdrawalMachine,
} from './machine/index.js';
export type {
  EntryIntoForceRule,
  Instrument,
  Membership,
  PartyRecord,
  PartyTable,
  PartyWithdrawal,
  PublishedTotal,
} from './parties/index.js';
// Party data: who is a party to which treaty, and since when
export {
  entryIntoForceFor,
  isStateCode,
  PartyTableSchema,
  parties,
  partiesOn,
  partyDataTreatyIds,
  partyName,
  partyRecord,
  registerParties,
} from './parties/index.js';
export type {
  DomesticStepType,
  ProcedureId,
  ProcedureProfile,
  ProcedureProfileInput,
  ProcedureStep,
} from './procedures/index.js';
export {
  defineProcedure,
  getProcedure,
  ProcedureProfileSchema,
  procedureIds,
  procedures,
  registerProcedures,
} from './procedures/index.js';
export type { CalendarResult, DiagramOptions, ICalendarOptions, TextOptions } from './render/index.js';
// Rendering
// Key dates out: calendars and spreadsheets
export {
  CSV_COLUMNS,
  ganttTimeline,
  headline,
  machineDiagram,
  renderExplanation,
  renderTimeline,
  toCSV,
  toICalendar,
} from './render/index.js';
export type {
  EffectiveDateDistribution,
  MonteCarloOptions,
  MonteCarloSummary,
  ParsedScenario,
  Random,
  SafeSimulationResult,
  Scenario,
  SimulationResult,
  SurvivingObligation,
} from './simulate/index.js';
// Simulation and compliance questions (design.md, contract)
export {
  createRandom,
  localize,
  MAX_EVENTS,
  monteCarlo,
  parseScenario,
  ScenarioSchema,
  safeSimulate,
  simulate,
  simulateMany,
} from './simulate/index.js';
export type { ComplianceStatus, StatusStage, SurvivingOnDate } from './status/index.js';
export { isBoundOn, StatusOnlyStageSchema, statusOn } from './status/index.js';
export type {
  EffectRule,
  EndOfTermRule,
  NoticeExpiry,
  NoticeFacts,
  NoticeWindow,
  Rounding,
  SurvivalClause,
  TermEnd,
  TreatyId,
  TreatyProfile,
  TreatyProfileInput,
} from './treaties/index.js';
// Treaty and procedure profiles
export {
  checkNoticeTiming,
  checkTreatyInForce,
  computeNoticeExpiry,
  defineTreaty,
  describeEffectRule,
  EffectRuleSchema,
  earliestNoticeDate,
  effectRuleOf,
  noticeWindowFor,
  registerTreaties,
  roundPeriodEnd,
  survivalUntil,
  TreatyProfileSchema,
  termEndFor,
} from './treaties/index.js';
