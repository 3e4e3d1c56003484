// The public API at a glance. Everything here is named; internals stay in their folders.

// Simulation and compliance questions (design.md, contract)
// The exports that take a treaty id are those of `treaty-withdrawal/core` (src/core.ts)
// passed through the catalog, so an id such as 'ottawa' always resolves here.
export { simulate, safeSimulate, simulateMany, parseScenario, ScenarioSchema, monteCarlo, isBoundOn } from './with-catalog.js';
export { withdrawalMachine, initialSnapshot, toPersisted, fromPersisted } from './with-catalog.js';
export { MAX_EVENTS } from './simulate/index.js';
export type { Scenario, ParsedScenario, SimulationResult, SafeSimulationResult, SurvivingObligation } from './simulate/index.js';
export { createRandom } from './simulate/index.js';
export type { MonteCarloOptions, MonteCarloSummary, EffectiveDateDistribution, Random } from './simulate/index.js';
export { statusOn, StatusOnlyStageSchema } from './status/index.js';
export type { ComplianceStatus, StatusStage, SurvivingOnDate } from './status/index.js';

// The machine
export {
  applyEvent,
  acceptedEvents,
  explanationOf,
  SNAPSHOT_FORMAT,
  SNAPSHOT_SCHEMA_VERSION,
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
} from './machine/index.js';
export type {
  WithdrawalSnapshot,
  ApplyResult,
  EventRefused,
  PersistedWithdrawal,
  WithdrawalContext,
  WithdrawalInput,
  WithdrawalEvent,
  WithdrawalEventType,
  WithdrawalEventOf,
  DomesticEvent,
  Outcome,
  TimelineStage,
  DomesticRecord,
  ConflictPeriod,
  SuspensionRecord,
  SuspensionPeriod,
  Objection,
  EffectTerms,
  StateMeta,
  TransitionMeta,
  WithdrawalStateValue,
  ProfileProvision,
} from './machine/index.js';

// Treaty and procedure profiles
export {
  treaties,
  treatyIds,
  getTreaty,
  isTreatyId,
  defineTreaty,
  registerTreaties,
  TreatyProfileSchema,
  EffectRuleSchema,
  computeNoticeExpiry,
  describeEffectRule,
  checkNoticeTiming,
  checkTreatyInForce,
  earliestNoticeDate,
  effectRuleOf,
  noticeWindowFor,
  roundPeriodEnd,
  survivalUntil,
  termEndFor,
} from './treaties/index.js';
export type {
  TreatyProfile,
  TreatyProfileInput,
  TreatyId,
  EffectRule,
  EndOfTermRule,
  SurvivalClause,
  NoticeFacts,
  NoticeExpiry,
  NoticeWindow,
  TermEnd,
} from './treaties/index.js';
export {
  procedures,
  procedureIds,
  getProcedure,
  defineProcedure,
  registerProcedures,
  ProcedureProfileSchema,
} from './procedures/index.js';
export type {
  ProcedureProfile,
  ProcedureProfileInput,
  ProcedureStep,
  ProcedureId,
  DomesticStepType,
} from './procedures/index.js';

// Party data: who is a party to which treaty, and since when
export {
  parties,
  partyRecord,
  partyName,
  partiesOn,
  entryIntoForceFor,
  isStateCode,
  partyDataTreatyIds,
  PartyTableSchema,
} from './parties/index.js';
export type {
  PartyTable,
  PartyRecord,
  PartyWithdrawal,
  PublishedTotal,
  EntryIntoForceRule,
  Instrument,
  Membership,
} from './parties/index.js';

// Calendar dates
export {
  addPeriod,
  addPeriodWithDetails,
  addDays,
  daysBetween,
  compareDates,
  isCalendarDate,
  parseDate,
  formatDate,
  isLeapYear,
  daysInMonth,
} from './dates/index.js';
export type { CalendarDate, DateParts, Period, Overflow, AddPeriodOptions, PeriodResult } from './dates/index.js';
export { CalendarDateSchema } from './dates/schema.js';

// Explanations and errors
export type { ExplanationStep, ExplanationFact, Warning, WarningCode } from './explanation/types.js';
export { WarningCodeSchema } from './explanation/types.js';
export { WithdrawalError, isWithdrawalError } from './errors/index.js';
export type { IssueCode, WithdrawalErrorCode, WithdrawalErrorData, WithdrawalIssue } from './errors/index.js';

// Rendering
export { renderTimeline, renderExplanation, headline, machineDiagram, ganttTimeline } from './render/index.js';
export type { TextOptions, DiagramOptions } from './render/index.js';

// Key dates out: calendars and spreadsheets
export { toICalendar, toCSV, CSV_COLUMNS } from './render/index.js';
export type { ICalendarOptions, CalendarResult } from './render/index.js';
