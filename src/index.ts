/**
 * The public API at a glance. Everything here is named; internals stay in their folders.
 *
 * @module treaty-withdrawal
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
  SNAPSHOT_FORMAT,
  SNAPSHOT_SCHEMA_VERSION,
  SuspensionEndedSchema,
  SuspensionNotifiedSchema,
  SuspensionRejectedSchema,
  WithdrawalAgreedSchema,
  WithdrawalEventSchema,
  withdrawalEventTypes,
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
export { entryIntoForceFor, isStateCode, PartyTableSchema, partyName, registerParties } from './parties/index.js';
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
export { createRandom, localize, MAX_EVENTS } from './simulate/index.js';
export type { ComplianceStatus, StatusStage, SurvivingOnDate } from './status/index.js';
export { StatusOnlyStageSchema, statusOn } from './status/index.js';
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
  getTreaty,
  isTreatyId,
  noticeWindowFor,
  registerTreaties,
  roundPeriodEnd,
  survivalUntil,
  TreatyProfileSchema,
  termEndFor,
  treaties,
  treatyIds,
} from './treaties/index.js';
// Simulation and compliance questions (design.md, contract)
// The exports that take a treaty id are those of `treaty-withdrawal/core` (src/core.ts)
// passed through the catalog, so an id such as 'ottawa' always resolves here.
export {
  fromPersisted,
  initialSnapshot,
  isBoundOn,
  monteCarlo,
  parseScenario,
  parties,
  partiesOn,
  partyDataTreatyIds,
  partyRecord,
  ScenarioSchema,
  safeSimulate,
  simulate,
  simulateMany,
  toPersisted,
  withdrawalMachine,
} from './with-catalog.js';
