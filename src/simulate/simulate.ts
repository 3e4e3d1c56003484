import type * as z from 'zod';
import { addPeriodWithinCalendar, LAST_CALENDAR_DATE, type Period } from '../dates/arithmetic.js';
import { type CalendarDate, compareDates } from '../dates/calendar-date.js';
import { describeValue } from '../errors/describe-value.js';
import { errorFromZod } from '../errors/from-zod.js';
import { message } from '../errors/messages.js';
import { isWithdrawalError, WithdrawalError, type WithdrawalErrorCode } from '../errors/withdrawal-error.js';
import { wordedError } from '../errors/worded-error.js';
import type { ExplanationStep, Warning } from '../explanation/types.js';
import { explanationStep } from '../explanation/worded.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import type {
  ConflictPeriod,
  DomesticRecord,
  Outcome,
  SuspensionPeriod,
  SuspensionRecord,
  TimelineStage,
} from '../machine/context.js';
import type { WithdrawalEvent } from '../machine/events.js';
import {
  advanceRun,
  applyToRun,
  type Executor,
  type ExecutorState,
  explanationSteps,
  type RunOptions,
  runOut,
  startRun,
} from '../machine/executor.js';
import { growingInPlace, isScenarioFact } from '../machine/helpers.js';
import { initialContext, ownOrShipped, readingInput } from '../machine/input.js';
import type { WithdrawalStateValue } from '../machine/machine.js';
import { knownEventKeys } from '../machine/refusal.js';
import { itemsOf } from '../machine/segments.js';
import { registeredProcedure } from '../procedures/lookup.js';
import { registeredTreaty } from '../treaties/lookup.js';
import { survivalUntil } from '../treaties/notice.js';
import type { TreatyProfile } from '../treaties/schema.js';
import { TreatyProfileSchema } from '../treaties/schema.js';
import { MAX_EVENTS, type ParsedScenario, type Scenario, ScenarioSchema } from './scenario.js';

/**
 * An obligation that outlives the withdrawal (a survival clause): it binds
 * from the day the withdrawal takes effect through `until`, both included.
 */
export interface SurvivingObligation {
  /** The first day it binds after the withdrawal: the day of effect. */
  readonly from: CalendarDate;
  /** The last day it binds (the day before the clause's period, counted from `from`, runs out); free from the day after. */
  readonly until: CalendarDate;
  /** What continues to bind, as the profile states it. */
  readonly scope: string;
  /** The provision. */
  readonly article: string;
  /** URL of its text. */
  readonly source: string;
}

import type { Membership, MembershipLookup } from '../parties/index.js';
import { membershipFromData } from '../parties/lookup.js';

/** What a simulation found. Plain JSON data: `--format json` prints exactly this. */
export interface SimulationResult {
  /** The treaty, by id and name. */
  readonly treaty: {
    readonly id: string;
    readonly name: string;
    readonly shortName: string;
    readonly version: number;
    /** Whether the treaty is in force at all (the CTBT is not). */
    readonly status: 'in-force' | 'not-in-force' | 'terminated';
    /** When a terminated treaty ceased to be in force. */
    readonly terminatedOn: CalendarDate | null;
    /** The treaty's own first entry into force, with its provision; `null` for a treaty not in force. */
    readonly entryIntoForce: { readonly date: CalendarDate; readonly article: string; readonly source: string } | null;
  };
  /** The domestic procedure, by id and name. */
  readonly procedure: { readonly id: string; readonly name: string };
  /** Who withdraws, if given. */
  readonly party: string | null;
  /** When the treaty entered into force for the party: as given, else from the shipped party data. */
  readonly entryIntoForce: CalendarDate | null;
  /**
   * What the shipped party data says about the party (its English name, when the
   * treaty entered into force for it, a withdrawal that took effect), or that it
   * is a known non-party; `null` when the treaty has no party data or the data
   * does not know the party (then `warnings` says so).
   */
  readonly membership: Membership | null;
  /** The date the answer is given as of; `null` when the scenario ran to its end. */
  readonly asOf: CalendarDate | null;
  /** Where the withdrawal stands. */
  readonly outcome: Outcome;
  /** The machine state behind the outcome. */
  readonly state: WithdrawalStateValue;
  /**
   * The date the withdrawal took (or, with nothing else happening, will take)
   * effect; `null` when it has none: revoked, abandoned, not deposited, or
   * deferred by an armed conflict with no end in the scenario.
   */
  readonly effectiveOn: CalendarDate | null;
  /** True when `effectiveOn` lies after `asOf`: a projection, not yet a fact. */
  readonly effectiveOnProjected: boolean;
  /** When the notice period ends (or ended); `null` before deposit. */
  readonly noticeExpiresOn: CalendarDate | null;
  /** When the depositary received the instrument; `null` before deposit. */
  readonly receivedOn: CalendarDate | null;
  /** The stages passed through, each from its first day to the first day of the next. */
  readonly timeline: readonly TimelineStage[];
  /** Armed conflicts the party was engaged in. */
  readonly conflicts: readonly ConflictPeriod[];
  /** Domestic steps taken. */
  readonly domestic: readonly DomesticRecord[];
  /** The latest suspension notified (VCLT Art. 65), if any, with its objections and findings. */
  readonly suspension: SuspensionRecord | null;
  /** Periods during which the treaty was validly suspended for the party (not bound). */
  readonly suspensions: readonly SuspensionPeriod[];
  /** Obligations that outlive the withdrawal (survival clauses), from `effectiveOn`; empty when it has none or no effect. */
  readonly surviving: readonly SurvivingObligation[];
  /** How every date was derived: rule, article, source URL, clamped flag. */
  readonly explanation: readonly ExplanationStep[];
  /** Points that do not stop the withdrawal but matter (missing reasons, …). */
  readonly warnings: readonly Warning[];
  /** The events applied, in the order applied. */
  readonly events: readonly WithdrawalEvent[];
  /** Events after `asOf`, not applied. */
  readonly pendingEvents: readonly WithdrawalEvent[];
}

/** The result of `safeSimulate`: zod's `safeParse` convention. */
export type SafeSimulationResult =
  | { readonly success: true; readonly data: SimulationResult }
  | { readonly success: false; readonly error: WithdrawalError };

function codeForIssue(issue: z.core.$ZodIssue | undefined, input: unknown): WithdrawalErrorCode {
  if (!issue) return 'INVALID_INPUT';
  const params = (issue as { params?: { unknownProfile?: string } }).params;
  if (params?.unknownProfile === 'treaty') return 'UNKNOWN_TREATY';
  if (params?.unknownProfile === 'procedure') return 'UNKNOWN_PROCEDURE';
  const [head] = issue.path;
  if (head === 'events') return 'INVALID_EVENT';
  const value = (input as Record<string, unknown>)[head as string];
  if ((head === 'treaty' || head === 'procedure') && isPlainObject(value)) {
    return 'INVALID_PROFILE';
  }
  return 'INVALID_INPUT';
}

/**
 * Validates a scenario and resolves its profiles.
 *
 * @throws {WithdrawalError} `INVALID_INPUT`, `INVALID_EVENT`, `UNKNOWN_TREATY`,
 * `UNKNOWN_PROCEDURE` or `INVALID_PROFILE`, naming the path of the first problem
 * (`issues` lists them all).
 * @example
 * parseScenario({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-02-30' }] });
 * // throws WithdrawalError: events[0].date: 2025-02-30 is not a calendar date
 */
export function parseScenario(scenario: unknown): ParsedScenario {
  // The parsed scenario is plain data zod built; only reading the caller's value can throw.
  return readingInput('scenario', () => parseReadable(scenario));
}

function parseReadable(scenario: unknown): ParsedScenario {
  if (!isPlainObject(scenario)) {
    throw wordedError('INVALID_INPUT', message('scenarioNotObject', { got: describeValue(scenario) }));
  }
  const events = (scenario as { events?: unknown }).events;
  // Refuse an oversized list before validating each of its elements.
  if (Array.isArray(events) && events.length > MAX_EVENTS) {
    throw wordedError('INVALID_INPUT', message('scenarioTooManyEvents', { count: events.length, max: MAX_EVENTS }), {
      path: 'events',
    });
  }
  const parsed = ScenarioSchema.safeParse(scenario);
  if (parsed.success) {
    const { data } = parsed;
    return {
      ...data,
      treaty: ownOrShipped('treaty', data.treaty, registeredTreaty),
      procedure: ownOrShipped('procedure', data.procedure, registeredProcedure),
    };
  }
  throw errorFromZod((first) => codeForIssue(first, scenario), parsed.error, {
    subject: 'scenario',
    input: scenario,
    knownKeys: scenarioKeys,
  });
}

/** The field names an unknown key may be a typo of, by where it is: in an event, a profile or the scenario. */
function scenarioKeys(objectPath: readonly PropertyKey[]): readonly string[] {
  if (objectPath[0] === 'events') return knownEventKeys();
  if (objectPath[0] === 'treaty' && objectPath.length === 1) return Object.keys(TreatyProfileSchema.shape);
  if (objectPath.length === 0) return Object.keys((ScenarioSchema as unknown as z.ZodObject).shape);
  // Stryker disable next-line ArrayDeclaration: an extra name could only be suggested for an unknown key within two edits of its text
  return [];
}

function sortedByDate(events: readonly WithdrawalEvent[]): { event: WithdrawalEvent; index: number }[] {
  const indexed = events.map((event, index) => ({ event, index }));
  // Most scenarios come in date order: check in one pass, and sort (n log n) only when not.
  let ordered = true;
  for (let i = 1; i < events.length && ordered; i++)
    if ((events[i] as WithdrawalEvent).date < (events[i - 1] as WithdrawalEvent).date) ordered = false;
  if (ordered) return indexed;
  // Array.prototype.sort is stable, so same-date events keep the order given.
  return indexed.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
}

function withEventPath(error: WithdrawalError, index: number): WithdrawalError {
  const path = `events[${index}]`;
  // Every refusal a run gives names its event (refusalError).
  const event = error.event as WithdrawalEvent;
  const label = `${event.type} on ${event.date}`;
  // A refusal usually begins with the event it refuses: say it once, after the path.
  const message = error.message.startsWith(`${label}: `)
    ? `${path} (${label}): ${error.message.slice(label.length + 2)}`
    : error.message.startsWith(label)
      ? `${path}: ${error.message}`
      : `${path} (${label}): ${error.message}`;
  // A field of the event is named under the event's path; a fact of the scenario
  // (a missing entryIntoForce) by its own; anything else (a profile's rule) by the event.
  const own = error.path;
  return new WithdrawalError(
    {
      ...error.toJSON(),
      message,
      path: own?.startsWith('event.')
        ? `${path}.${own.slice('event.'.length)}`
        : own !== undefined && isScenarioFact(own)
          ? own
          : path,
    },
    error.wording?.message,
  );
}

/**
 * Runs a parsed scenario through the machine's executor; throws the refusal of a
 * refused event. It explains, and keeps no log unless `options.keepLog` (the result
 * shows no context). (Internal; exported for the differential test against XState.)
 */
export function runScenario(
  scenario: ParsedScenario,
  options: ScenarioRunOptions = {},
): { final: ExecutorState; applied: WithdrawalEvent[]; pending: WithdrawalEvent[] } {
  // Each context of the run is dropped once the next exists, so the run may grow
  // its lists in place: linear in the events (issue #19, item 3).
  return growingInPlace(() => runEvents(scenario, options));
}

/** How `runScenario` runs: keeping the log or not, and on the library's machine or another (a test's changed copy). */
export interface ScenarioRunOptions extends Pick<RunOptions, 'keepLog'> {
  readonly executor?: Executor;
  /**
   * The party's entry into force when the scenario gives none (`simulate` takes
   * it from the party data), so that the scenario need not be copied to add it.
   */
  readonly entryIntoForce?: CalendarDate | null | undefined;
}

function runEvents(
  scenario: ParsedScenario,
  options: ScenarioRunOptions,
): { final: ExecutorState; applied: WithdrawalEvent[]; pending: WithdrawalEvent[] } {
  let current = startRun(
    initialContext({
      treaty: scenario.treaty,
      procedure: scenario.procedure,
      party: scenario.party ?? null,
      entryIntoForce: scenario.entryIntoForce ?? options.entryIntoForce ?? null,
      overflow: scenario.overflow ?? 'constrain',
    }),
    { explain: true, keepLog: options.keepLog === true },
    options.executor,
  );
  const applied: WithdrawalEvent[] = [];
  const pending: WithdrawalEvent[] = [];
  const asOf = scenario.asOf;
  for (const { event, index } of sortedByDate(scenario.events)) {
    if (asOf !== undefined && event.date > asOf) {
      pending.push(event);
      continue;
    }
    const next = applyToRun(current, event);
    if (isWithdrawalError(next)) throw withEventPath(next, index);
    current = next;
    applied.push(event);
  }
  // With asOf, the state on that day; without, "as if nothing else happened":
  // every period that is running runs out.
  current = asOf !== undefined ? advanceRun(current, asOf) : runOut(current);
  return { final: current, applied, pending };
}

function survivesPastCalendar(effectiveOn: CalendarDate, clause: { readonly period: Period }): boolean {
  return addPeriodWithinCalendar(effectiveOn, clause.period) === null;
}

/** The survival clauses of the profile, dated from the day of effect. */
function survivingFrom(treaty: TreatyProfile, effectiveOn: CalendarDate | null): SurvivingObligation[] {
  if (effectiveOn === null) return [];
  return (treaty.withdrawal.survival ?? []).map((clause) => ({
    from: effectiveOn,
    // Total near the calendar's end: an obligation that outlives 9999-12-31 binds through it.
    until: survivesPastCalendar(effectiveOn, clause) ? LAST_CALENDAR_DATE : survivalUntil(effectiveOn, clause),
    scope: clause.scope,
    article: clause.article,
    source: clause.source,
  }));
}

/**
 * The explanation with a step per surviving obligation at its last day, after
 * the run's own steps: a run's steps are dated no later than the day of effect
 * (an effective withdrawal takes no further event), and a survival ends on or
 * after it. Survival steps are in date order, same-day ones in the profile's.
 */
function withSurvival(
  explanation: readonly ExplanationStep[],
  surviving: readonly SurvivingObligation[],
  party: string | null,
): readonly ExplanationStep[] {
  if (surviving.length === 0) return explanation;
  const steps = surviving.map((s) =>
    explanationStep(
      'survival',
      s.until,
      message('rule.survival'),
      message('survival', { from: s.from, party, scope: s.scope, until: s.until }),
      s,
    ),
  );
  return [...explanation, ...steps.sort((a, b) => compareDates(a.date, b.date))];
}

function toResult(scenario: ParsedScenario, outcome: ReturnType<typeof runScenario>, data: MembershipLookup): SimulationResult {
  const { final, applied, pending } = outcome;
  const { context } = final;
  let effectiveOn = context.effectiveOn;
  let projected = false;
  if (effectiveOn === null && final.state.clock) {
    // As of `asOf` a period is still running: run it out, with the same rules,
    // to say when the withdrawal will take effect if nothing changes.
    effectiveOn = runOut({ ...final, explanation: undefined }).context.effectiveOn;
    projected = effectiveOn !== null;
  }
  const { treaty, procedure } = context;
  const surviving = survivingFrom(treaty, effectiveOn);
  const explanation = explanationSteps(final.explanation);
  return {
    treaty: {
      id: treaty.id,
      name: treaty.name,
      shortName: treaty.shortName,
      version: treaty.version,
      status: treaty.status,
      terminatedOn: treaty.terminatedOn ?? null,
      entryIntoForce: treaty.entryIntoForce ?? null,
    },
    procedure: { id: procedure.id, name: procedure.name },
    party: context.party,
    entryIntoForce: context.entryIntoForce,
    membership: data.membership,
    asOf: scenario.asOf ?? null,
    outcome: final.state.outcome,
    state: final.state.name,
    effectiveOn,
    effectiveOnProjected: projected,
    noticeExpiresOn: context.noticeExpiresOn,
    receivedOn: context.receivedOn,
    timeline: context.timeline,
    conflicts: itemsOf(context.conflicts),
    domestic: context.domestic,
    suspension: context.suspension && { ...context.suspension, objections: itemsOf(context.suspension.objections) },
    suspensions: context.suspensions,
    surviving,
    explanation: projected ? explanation : withSurvival(explanation, surviving, context.party),
    warnings: data.warning ? [data.warning, ...context.warnings] : context.warnings,
    events: applied,
    pendingEvents: pending,
  };
}

/**
 * Runs a scenario through the withdrawal machine: validates it, applies its
 * events in date order (events on the same date in the order given), and says
 * where the withdrawal stands, when it takes effect, and why.
 *
 * Without `asOf` the scenario runs to its end as if nothing else happened: a
 * running notice period expires; an armed conflict with no end stays ongoing.
 *
 * @throws {WithdrawalError} on bad input (`INVALID_INPUT`, `INVALID_EVENT`,
 * `UNKNOWN_TREATY`, …) or a refused event (`PROCEDURE_INCOMPLETE`,
 * `NOTICE_TOO_EARLY`, `ALREADY_EFFECTIVE`, …), naming the event's path.
 * @example
 * const result = simulate({
 *   treaty: 'ottawa',
 *   party: 'POL',
 *   events: [{ type: 'instrument.deposited', date: '2025-08-20' }],
 * });
 * result.outcome;
 * //=> 'effective'
 * result.effectiveOn;
 * //=> '2026-02-20'
 */
export function simulate(scenario: Scenario): SimulationResult {
  const parsed = parseScenario(scenario);
  // A party the shipped data knows: its entry into force, unless the scenario gives one.
  const data = membershipFromData(parsed.treaty.id, parsed.party);
  // Passed beside the scenario, not in a copy of it: simulate is the hot path.
  return toResult(parsed, runScenario(parsed, { entryIntoForce: data.membership?.entryIntoForce }), data);
}

function asWithdrawalError(error: unknown): WithdrawalError {
  if (isWithdrawalError(error)) return error;
  // Not expected: every failure path above throws a WithdrawalError. Keep the
  // promise that safeSimulate never throws, and say plainly what happened.
  const why = error instanceof Error ? error.message : describeValue(error);
  return wordedError('INVALID_INPUT', message('scenarioFailed', { why }));
}

/**
 * `simulate` without throwing, whatever it is given: `{ success: true, data }`
 * or `{ success: false, error }`, as zod's `safeParse`.
 *
 * @example
 * const r = safeSimulate({ treaty: 'ottawa', events: [{ type: 'notification.revoked', date: '2025-01-01' }] });
 * r.success;
 * //=> false
 * !r.success && r.error.code;
 * //=> 'EVENT_NOT_ALLOWED'
 */
export function safeSimulate(scenario: unknown): SafeSimulationResult {
  try {
    return { success: true, data: simulate(scenario as Scenario) };
  } catch (error) {
    return { success: false, error: asWithdrawalError(error) };
  }
}

/**
 * Simulates many scenarios; one bad scenario does not stop the batch.
 *
 * @throws {WithdrawalError} `INVALID_INPUT` (path `scenarios`) when `scenarios`
 * cannot be iterated.
 * @example
 * simulateMany([{ treaty: 'ottawa', events: [] }, { treaty: 'nope', events: [] }]).map((r) => r.success);
 * //=> [true, false]
 */
export function simulateMany(scenarios: Iterable<unknown>): SafeSimulationResult[] {
  // Each scenario's own problems are its result; a batch that cannot be iterated
  // (not iterable, a revoked proxy, an iterator that throws) is INVALID_INPUT.
  return readingInput('scenarios', () => {
    if (typeof (scenarios as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
      throw wordedError('INVALID_INPUT', message('scenariosNotIterable', { got: describeValue(scenarios) }), {
        path: 'scenarios',
      });
    }
    const results: SafeSimulationResult[] = [];
    for (const scenario of scenarios) results.push(safeSimulate(scenario));
    return results;
  });
}
