import * as z from 'zod';
import { type CalendarDate, parseDate } from '../dates/calendar-date.js';
import { type Message, message, type Nested, wordMessage } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import type { ExplanationFact, ExplanationStep } from '../explanation/types.js';
import { vclt } from '../law/vclt.js';
import type { Outcome } from '../machine/context.js';
import type { Scenario } from '../simulate/scenario.js';
import { type SimulationResult, simulate } from '../simulate/simulate.js';

/**
 * The stages a date can fall in besides the withdrawal's outcomes, defined once:
 * - `not-started`: no step of the withdrawal had been taken yet;
 * - `not-in-force`: the treaty was not (or no longer) in force;
 * - `treaty-not-yet-in-force`: the date precedes the treaty's own first entry
 *   into force (the profile's `entryIntoForce.date`);
 * - `not-a-party`: the state was not (yet) a party: the treaty had not entered
 *   into force for it, or the party data says it never became one.
 *
 * @example
 * StatusOnlyStageSchema.options;
 * //=> ['not-started', 'not-in-force', 'treaty-not-yet-in-force', 'not-a-party']
 */
export const StatusOnlyStageSchema = z.enum(['not-started', 'not-in-force', 'treaty-not-yet-in-force', 'not-a-party']);

/** The stage a date falls in: one of the outcomes, or one of {@link StatusOnlyStageSchema}. */
export type StatusStage = Outcome | z.output<typeof StatusOnlyStageSchema>;

/** An obligation that outlives the withdrawal on the date asked about. */
export interface SurvivingOnDate {
  /** The last day it binds; free from the day after. */
  readonly until: CalendarDate;
  /** What continues to bind. */
  readonly scope: string;
  /** The provision. */
  readonly article: string;
  /** URL of its text. */
  readonly source: string;
}

/** Whether the party was bound on a date, and why. */
export interface ComplianceStatus {
  /** The date asked about. */
  readonly date: CalendarDate;
  /** True when the treaty bound the party on that date. */
  readonly bound: boolean;
  /** Where the withdrawal stood on that date. */
  readonly stage: StatusStage;
  /** The answer in words. */
  readonly reason: string;
  /** The provision behind the answer. */
  readonly article: string;
  /** URL of its text. */
  readonly source: string;
  /**
   * Obligations that outlive the withdrawal and still bind on that date (a
   * survival clause running: `bound` is false, the treaty as a whole no longer
   * binds); empty otherwise.
   */
  readonly surviving: readonly SurvivingOnDate[];
  /**
   * What `reason` was worded from: a message (key and parameters), so that
   * `localize` or `wordMessage` can word it from another language's table.
   * Every answer `statusOn` gives has it.
   */
  readonly wording?: { readonly reason: Message };
}

/**
 * The latest explanation step of one of these facts (in order of preference),
 * dated on or before `date` unless `date` is null (a rule that will apply).
 */
function find(result: SimulationResult, date: CalendarDate | null, ...facts: ExplanationFact[]): ExplanationStep | undefined {
  for (const fact of facts) {
    for (let i = result.explanation.length - 1; i >= 0; i--) {
      const step = result.explanation[i];
      // Stryker disable next-line OptionalChaining: `i` is within the array; the check only narrows the type
      if (step?.fact === fact && (date === null || step.date <= date)) return step;
    }
  }
  return undefined;
}

function stageOn(result: SimulationResult, date: CalendarDate): Outcome | undefined {
  let stage: Outcome | undefined;
  for (const entry of result.timeline) {
    if (entry.from <= date) stage = entry.stage;
    else break;
  }
  return stage;
}

const PACTA = { ...vclt('26') };

/** The message a step's rule or statement was worded from; its words as given when it has none (a step of 0.3). */
function wordingOf(step: ExplanationStep, part: 'rule' | 'statement'): Nested {
  return step.wording?.[part] ?? message('asGiven', { text: step[part] });
}

/**
 * Whether a deferral step is the plain armed-conflict deferral (effect at the
 * end of the conflict), read from the code of its rule, not from its words.
 */
function defersForConflictOnly(step: ExplanationStep): boolean {
  const rule = step.wording?.rule;
  return rule?.key === 'rule.deferral' && rule.params.conflict && !rule.params.peace;
}

/**
 * Whether the party was (or, as far as the scenario says, will be) bound by the
 * treaty on `date`, with the stage, the reason and the article behind it.
 *
 * `bound` is true on every date before `effectiveOn` (a withdrawal takes effect
 * at the start of that day) and while the withdrawal is deferred; false from
 * `effectiveOn` on, while the treaty is validly suspended for the party (VCLT
 * Art. 72; a suspension pending or contested binds as before), and before the
 * treaty entered into force (for the party, when that date is known, or at all:
 * stage `treaty-not-yet-in-force`). After effect, `surviving` lists the
 * obligations a survival clause keeps alive on that date (through each one's
 * `until`, the last day it binds).
 *
 * @throws {WithdrawalError} `INVALID_DATE` when `date` is not a calendar date.
 * @example
 * const poland = simulate({
 *   treaty: 'ottawa',
 *   party: 'Poland',
 *   events: [{ type: 'instrument.deposited', date: '2025-08-20' }],
 * });
 * statusOn(poland, '2026-02-19').bound;
 * //=> true
 * statusOn(poland, '2026-02-20').bound;
 * //=> false
 */
export function statusOn(result: SimulationResult, date: CalendarDate): ComplianceStatus {
  parseDate(date, 'date');
  // A result with a throwing getter or a revoked proxy is INVALID_INPUT (issue #19, item 7).
  return readingInput('result', () => statusOfReadable(result, date));
}

function statusOfReadable(result: SimulationResult, date: CalendarDate): ComplianceStatus {
  const member = result.membership;
  // The party as the scenario names it (or null): the table words it as every other message does, "Lithuania (LTU)" for a code.
  const party = result.party;
  const treaty = result.treaty.shortName;
  const answer = (
    bound: boolean,
    stage: StatusStage,
    reason: Message,
    cite: { article: string; source: string },
    surviving: readonly SurvivingOnDate[] = [],
  ): ComplianceStatus => ({
    date,
    bound,
    stage,
    reason: wordMessage(reason),
    article: cite.article,
    source: cite.source,
    surviving,
    wording: { reason },
  });

  if (result.treaty.status === 'not-in-force') {
    return answer(false, 'not-in-force', message('status.treatyNotInForce', { treaty }), { ...vclt('24') });
  }
  const treatyEntry = result.treaty.entryIntoForce;
  if (treatyEntry && date < treatyEntry.date) {
    return answer(
      false,
      'treaty-not-yet-in-force',
      message('status.treatyNotYetInForce', { treaty, since: treatyEntry.date }),
      treatyEntry,
    );
  }
  if (member?.status === 'non-party') {
    return answer(false, 'not-a-party', message('status.nonParty', { party, treaty, asOf: member.asOf }), {
      ...vclt('2(1)(g)'),
    });
  }
  if (result.entryIntoForce !== null && date < result.entryIntoForce) {
    return answer(false, 'not-a-party', message('status.notYetParty', { party, date, treaty, since: result.entryIntoForce }), {
      ...vclt('24'),
    });
  }
  const effect = find(result, null, 'effect', 'later-date', 'period-end');
  if (result.effectiveOn !== null && date >= result.effectiveOn) {
    const surviving = result.surviving
      // Each clause binds from the day of effect (its `from`), which `date` has reached.
      .filter((s) => date <= s.until)
      .map(({ until, scope, article, source }) => ({ until, scope, article, source }));
    return answer(
      false,
      'effective',
      message('status.effective', {
        effectiveOn: result.effectiveOn,
        projected: result.effectiveOnProjected,
        treaty,
        party,
        surviving,
      }),
      effect ?? PACTA,
      surviving,
    );
  }
  if (member?.leftOn && date >= member.leftOn && result.receivedOn === null) {
    return answer(false, 'effective', message('status.leftPerDepositary', { party, leftOn: member.leftOn, treaty }), {
      ...vclt('70'),
    });
  }
  const suspended = result.suspensions.find((p) => p.from <= date && (p.to === null || date < p.to));
  if (suspended) {
    return answer(
      false,
      'suspended',
      message('status.suspendedPeriod', { treaty, party, from: suspended.from, to: suspended.to }),
      find(result, date, 'suspension') ?? { ...vclt('72') },
    );
  }
  if (result.treaty.terminatedOn !== null && date >= result.treaty.terminatedOn) {
    return answer(false, 'not-in-force', message('status.treatyTerminated', { treaty, on: result.treaty.terminatedOn }), {
      ...vclt('70'),
    });
  }

  const stage = stageOn(result, date);
  switch (stage) {
    case undefined:
      return answer(true, 'not-started', message('status.notStarted', { date, party }), PACTA);
    case 'in-procedure': {
      const cite = find(result, date, 'domestic-step') ?? PACTA;
      return answer(true, stage, message('status.inProcedure', { party }), cite);
    }
    case 'notice-period': {
      // A date fixed without a notice (an agreement, the end of membership) cites that event's rule.
      const fixed = result.receivedOn === null ? find(result, date, 'agreement', 'membership') : undefined;
      const cite = result.effectiveOn ? (fixed ?? effect ?? PACTA) : (find(result, date, 'armed-conflict') ?? effect ?? PACTA);
      const reason = message('status.noticePeriod', {
        withoutNotice: result.receivedOn === null,
        fixedOn: fixed?.date,
        fixedBy: fixed && wordingOf(fixed, 'rule'),
        receivedOn: result.receivedOn,
        effectiveOn: result.effectiveOn,
        noticeExpiresOn: result.noticeExpiresOn,
        treaty,
        party,
      });
      return answer(true, stage, reason, cite);
    }
    case 'deferred': {
      const step = find(result, date, 'deferral');
      const cite = step ?? PACTA;
      // The deferral step says what the effect waits for; the armed-conflict case keeps its own words.
      const conflictOnly = step === undefined || defersForConflictOnly(step);
      return answer(
        true,
        stage,
        conflictOnly
          ? message('status.deferredByConflict', { noticeExpiresOn: result.noticeExpiresOn, party, treaty })
          : message('status.deferredBy', { statement: wordingOf(step, 'statement') }),
        cite,
      );
    }
    case 'revoked': {
      const cite = find(result, date, 'revocation') ?? PACTA;
      return answer(true, stage, message('status.revoked', { party }), cite);
    }
    case 'abandoned': {
      const cite = find(result, date, 'abandonment') ?? PACTA;
      return answer(true, stage, message('status.abandoned', { party }), cite);
    }
    case 'effective':
      // Unreachable while timeline and effectiveOn agree; answer from the timeline.
      return answer(false, stage, message('status.hadTakenEffect', { treaty, party }), effect ?? PACTA);
    case 'suspension-pending': {
      const cite = find(result, date, 'suspension-notice') ?? PACTA;
      return answer(
        true,
        stage,
        message('status.suspensionPending', {
          notifiedOn: result.suspension?.notifiedOn,
          windowEndsOn: result.suspension?.objectionWindowEndsOn,
          treaty,
          party,
        }),
        cite,
      );
    }
    case 'suspension-contested': {
      const cite = find(result, date, 'finding', 'objection', 'suspension-contested') ?? PACTA;
      const objectors =
        result.suspension?.objections
          .filter((o) => o.raisedOn <= date && (o.withdrawnOn === null || o.withdrawnOn > date))
          .map((o) => o.by) ?? [];
      return answer(
        true,
        stage,
        message('status.suspensionContested', { notifiedOn: result.suspension?.notifiedOn, objectors, treaty, party }),
        cite,
      );
    }
    case 'suspended':
      // Handled with the periods of suspension above; kept for a timeline without them.
      return answer(false, stage, message('status.suspended', { treaty, party }), find(result, date, 'suspension') ?? PACTA);
  }
}

/**
 * Shortcut: simulates the scenario and says whether the party was bound on `date`.
 *
 * @throws {WithdrawalError} as `simulate` and {@link statusOn} do.
 * @example
 * isBoundOn({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }, '2026-02-01');
 * //=> true
 */
export function isBoundOn(scenario: Scenario, date: CalendarDate): boolean {
  return statusOn(simulate(scenario), date).bound;
}
