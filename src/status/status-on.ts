import * as z from 'zod';
import { type CalendarDate, parseDate } from '../dates/calendar-date.js';
import type { ExplanationFact, ExplanationStep } from '../explanation/types.js';
import type { Outcome } from '../machine/context.js';
import { simulate, type SimulationResult } from '../simulate/simulate.js';
import type { Scenario } from '../simulate/scenario.js';
import { vclt } from '../law/vclt.js';

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
}

/**
 * The latest explanation step of one of these facts (in order of preference),
 * dated on or before `date` unless `date` is null (a rule that will apply).
 */
function find(result: SimulationResult, date: CalendarDate | null, ...facts: ExplanationFact[]): ExplanationStep | undefined {
  for (const fact of facts) {
    for (let i = result.explanation.length - 1; i >= 0; i--) {
      const step = result.explanation[i];
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
  const member = result.membership;
  const party = member?.name ?? result.party ?? 'the party';
  const treaty = result.treaty.shortName;
  const answer = (
    bound: boolean,
    stage: StatusStage,
    reason: string,
    cite: { article: string; source: string },
    surviving: readonly SurvivingOnDate[] = [],
  ): ComplianceStatus => ({
    date,
    bound,
    stage,
    reason,
    article: cite.article,
    source: cite.source,
    surviving,
  });

  if (result.treaty.status === 'not-in-force') {
    return answer(false, 'not-in-force', `The ${treaty} has not entered into force, so it binds no party.`, { ...vclt('24') });
  }
  const treatyEntry = result.treaty.entryIntoForce;
  if (treatyEntry && date < treatyEntry.date) {
    return answer(
      false,
      'treaty-not-yet-in-force',
      `The ${treaty} itself entered into force only on ${treatyEntry.date}; before that it bound no party.`,
      treatyEntry,
    );
  }
  if (member?.status === 'non-party') {
    return answer(false, 'not-a-party', `${party} is not a party to the ${treaty} (the depositary's list as of ${member.asOf}), so the ${treaty} does not bind it.`, {
      ...vclt('2(1)(g)'),
    });
  }
  if (result.entryIntoForce !== null && date < result.entryIntoForce) {
    return answer(false, 'not-a-party', `${party} was not yet a party on ${date}: the ${treaty} entered into force for ${party} on ${result.entryIntoForce}, and did not bind it before.`, {
      ...vclt('24'),
    });
  }
  const effect = find(result, null, 'effect', 'later-date', 'period-end');
  if (result.effectiveOn !== null && date >= result.effectiveOn) {
    const projected = result.effectiveOnProjected ? ' (if nothing else happens)' : '';
    const surviving = result.surviving
      .filter((s) => s.from <= date && date <= s.until)
      .map(({ until, scope, article, source }) => ({ until, scope, article, source }));
    const still = surviving.map((s) => ` Obligations survive for ${s.scope} through ${s.until} (${s.article}).`).join('');
    return answer(
      false,
      'effective',
      `The withdrawal took effect on ${result.effectiveOn}${projected}: from that day the ${treaty} no longer binds ${party}.${still}`,
      effect ?? PACTA,
      surviving,
    );
  }
  if (member?.leftOn && date >= member.leftOn && result.receivedOn === null) {
    return answer(false, 'effective', `The depositary records that ${party}'s withdrawal took effect on ${member.leftOn}: from that day the ${treaty} no longer binds ${party}.`, {
      ...vclt('70'),
    });
  }
  const suspended = result.suspensions.find((p) => p.from <= date && (p.to === null || date < p.to));
  if (suspended) {
    return answer(
      false,
      'suspended',
      `The operation of the ${treaty} was suspended for ${party} from ${suspended.from}${suspended.to ? ` to ${suspended.to}` : ''}: while the suspension lasts ${party} is released from the obligation to perform it (but must not obstruct its resumption).`,
      find(result, date, 'suspension') ?? { ...vclt('72') },
    );
  }
  if (result.treaty.terminatedOn !== null && date >= result.treaty.terminatedOn) {
    return answer(false, 'not-in-force', `The ${treaty} ceased to be in force on ${result.treaty.terminatedOn}.`, { ...vclt('70') });
  }

  const stage = stageOn(result, date);
  switch (stage) {
    case undefined:
      return answer(true, 'not-started', `No step of the withdrawal had been taken by ${date}: ${party} was bound as a party.`, PACTA);
    case 'in-procedure': {
      const cite = find(result, date, 'domestic-step') ?? PACTA;
      return answer(true, stage, `The domestic procedure was under way and no instrument had been deposited: ${party} remained bound.`, cite);
    }
    case 'notice-period': {
      const due = result.effectiveOn
        ? `the withdrawal takes effect on ${result.effectiveOn}`
        : `the period ends on ${result.noticeExpiresOn}, but an armed conflict is ongoing and would defer the withdrawal`;
      // A date fixed without a notice (an agreement, the end of membership) cites that event's rule.
      const fixed = result.receivedOn === null ? find(result, date, 'agreement', 'membership') : undefined;
      const cite = result.effectiveOn ? fixed ?? effect ?? PACTA : find(result, date, 'armed-conflict') ?? effect ?? PACTA;
      const since = result.receivedOn === null ? `The date of effect was fixed on ${fixed?.date} without a notice (${fixed?.rule})` : `Notice was received on ${result.receivedOn}`;
      return answer(true, stage, `${since}; ${due}. Until then the ${treaty} binds ${party}.`, cite);
    }
    case 'deferred': {
      const step = find(result, date, 'deferral');
      const cite = step ?? PACTA;
      // The deferral step says what the effect waits for; the armed-conflict case keeps its own words.
      const conflictOnly = step === undefined || step.rule === 'no effect before the end of an armed conflict ongoing at expiry';
      return answer(
        true,
        stage,
        conflictOnly
          ? `The notice period ended on ${result.noticeExpiresOn} while ${party} was engaged in an armed conflict: the withdrawal does not take effect before the conflict ends, so the ${treaty} still binds ${party}.`
          : step.statement,
        cite,
      );
    }
    case 'revoked': {
      const cite = find(result, date, 'revocation') ?? PACTA;
      return answer(true, stage, `The notice was revoked before it took effect: ${party} remains bound.`, cite);
    }
    case 'abandoned': {
      const cite = find(result, date, 'abandonment') ?? PACTA;
      return answer(true, stage, `The domestic procedure failed and nothing was deposited: ${party} remains bound.`, cite);
    }
    case 'effective':
      // Unreachable while timeline and effectiveOn agree; answer from the timeline.
      return answer(false, stage, `The withdrawal had taken effect: the ${treaty} no longer binds ${party}.`, effect ?? PACTA);
    case 'suspension-pending': {
      const cite = find(result, date, 'suspension-notice') ?? PACTA;
      return answer(
        true,
        stage,
        `A suspension was notified on ${result.suspension?.notifiedOn}; the other parties could object until ${result.suspension?.objectionWindowEndsOn}, and until it is carried out the ${treaty} binds ${party}.`,
        cite,
      );
    }
    case 'suspension-contested': {
      const cite = find(result, date, 'finding', 'objection', 'suspension-contested') ?? PACTA;
      const objectors = result.suspension?.objections.filter((o) => o.raisedOn <= date && (o.withdrawnOn === null || o.withdrawnOn > date)).map((o) => o.by) ?? [];
      const why = objectors.length > 0 ? `objected to by ${objectors.join(', ')}` : `not provided for by the ${treaty}`;
      return answer(true, stage, `The suspension notified on ${result.suspension?.notifiedOn} is contested (${why}): the ${treaty} still binds ${party}.`, cite);
    }
    case 'suspended':
      // Handled with the periods of suspension above; kept for a timeline without them.
      return answer(false, stage, `The ${treaty} was suspended for ${party}: no obligation to perform while it lasts.`, find(result, date, 'suspension') ?? PACTA);
  }
}

/**
 * Shortcut: simulates the scenario and says whether the party was bound on `date`.
 *
 * @throws {WithdrawalError} as {@link simulate} and {@link statusOn} do.
 * @example
 * isBoundOn({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }, '2026-02-01');
 * //=> true
 */
export function isBoundOn(scenario: Scenario, date: CalendarDate): boolean {
  return statusOn(simulate(scenario), date).bound;
}
