/**
 * The rules of the machine as plain pure functions of (context, event): guards
 * that decide, checks that say why an event is refused, and updates that return
 * the changed part of the context. The XState machine registers them by name;
 * the fast executor behind `simulate` calls the very same functions.
 */

import type { CalendarDate } from '../dates/calendar-date.js';
import { message } from '../errors/messages.js';
import { isWithdrawalError } from '../errors/withdrawal-error.js';
import type { ExplanationStep } from '../explanation/types.js';
import { explanationStep } from '../explanation/worded.js';
import { vclt } from '../law/vclt.js';
import { effectRuleOf, type NoticeExpiry, noticeExpiryOf } from '../treaties/notice.js';
import type { WithdrawalContext } from './context.js';
import type { DomesticEvent, WithdrawalEvent, WithdrawalEventOf } from './events.js';
import {
  append,
  both,
  type Check,
  checkOrder,
  type Explainer,
  type Guard,
  isScenarioFact,
  ongoingConflict,
  openStage,
  type Refusal,
  type StepScratch,
  type Update,
} from './helpers.js';
import { appendTo, replaceIn, sizeOf } from './segments.js';
import {
  closeOnEffect,
  reopenSuspension,
  supersedeOnDeposit,
  suspensionChecks,
  suspensionExplainers,
  suspensionGuards,
  suspensionUpdates,
} from './suspension.js';
import {
  conflictDefers,
  deferralReasons,
  effectDeferred,
  explainEffect,
  membershipEndsAt,
  obligationsDefer,
  pendingMembershipEnd,
  termsChecks,
  termsExplainers,
  termsUpdates,
} from './terms.js';

export type { Refusal } from './helpers.js';

/** The id the context factory gives a machine started without input. */
export const UNCONFIGURED = 'unconfigured';

// ---------------------------------------------------------------------------
// Readers of the context
// ---------------------------------------------------------------------------

/** Whether a domestic event of this type has been recorded. */
function done(context: WithdrawalContext, type: string): boolean {
  const { domestic } = context;
  for (let i = 0; i < domestic.length; i++) if ((domestic[i] as { type: string }).type === type) return true;
  return false;
}

/** The required domestic steps not yet done, in the profile's order. */
export function missingSteps(context: WithdrawalContext): string[] {
  const missing: string[] = [];
  for (const step of context.procedure.steps) if (!done(context, step.event)) missing.push(step.event);
  return missing;
}

/** Whether every required domestic step is done (as `missingSteps(...).length === 0`, without building the list). */
function procedureComplete(context: WithdrawalContext): boolean {
  const { steps } = context.procedure;
  for (let i = 0; i < steps.length; i++) if (!done(context, (steps[i] as { event: string }).event)) return false;
  return true;
}

function hasParliamentStep(context: WithdrawalContext): boolean {
  return context.procedure.steps.some((step) => step.event === 'parliament.approved');
}

/**
 * The notice dates of a deposit (with their explanation when the scratch says
 * the run explains), or why it is refused. A pure function of the context and
 * the event: the guard, the explainer and the update of a deposit each call it,
 * and share one computation through the step's scratch where the executor gives
 * one (a module-level memo once did this, and was fragile once the executor
 * began to change its own context in place).
 */
function noticeFor(
  context: WithdrawalContext,
  event: WithdrawalEventOf<'instrument.deposited'>,
  scratch: StepScratch | undefined,
): NoticeExpiry | Refusal {
  const shared = scratch?.notice;
  if (shared !== undefined) return shared;
  let result: NoticeExpiry | Refusal;
  try {
    result = noticeExpiryOf(
      context.treaty,
      {
        receivedOn: event.date,
        laterDate: event.laterDate,
        entryIntoForce: context.entryIntoForce,
        reasons: event.reasons,
        overflow: context.overflow,
      },
      scratch?.explain === true,
    );
  } catch (error) {
    if (!isWithdrawalError(error)) throw error;
    result = {
      code: error.code,
      // The notice rules and the date functions keep their message; any other error is kept in its own words.
      message: error.wording?.message ?? message('calendarProblem', { text: error.message }),
      ...(error.path !== undefined && { path: factPath(error.path) }),
    };
  }
  if (scratch !== undefined) scratch.notice = result;
  return result;
}

/**
 * The path of a problem the notice rules found while judging a deposit: a field
 * of the event (`laterDate` → `event.laterDate`); a fact of the scenario itself
 * (`entryIntoForce`) or a rule of the profile (`treaty.entryIntoForce`), each
 * keeping its own path, as the refusals of terms.ts do.
 */
export function factPath(path: string): string {
  return isScenarioFact(path) || path.startsWith('treaty.') ? path : `event.${path}`;
}

function isRefusal(value: NoticeExpiry | Refusal): value is Refusal {
  return 'code' in value;
}

// ---------------------------------------------------------------------------
// Checks: undefined when the event may be applied, else why not
// ---------------------------------------------------------------------------

function checkStepInSequence(context: WithdrawalContext, event: WithdrawalEvent): Refusal | undefined {
  const { procedure } = context;
  if (!procedure.ordered) return undefined;
  const { steps } = procedure;
  // The passing path, taken for every step, allocates nothing: find the step,
  // and look for an earlier one not yet done.
  let index = -1;
  let allEarlierDone = true;
  for (let i = 0; i < steps.length; i++) {
    const stepEvent = (steps[i] as { event: string }).event;
    if (stepEvent === event.type) {
      index = i;
      break;
    }
    if (allEarlierDone && !done(context, stepEvent)) allEarlierDone = false;
  }
  if (index < 0 || allEarlierDone) return undefined;
  const earlier = steps.slice(0, index).filter((step) => !done(context, step.event));
  return {
    code: 'EVENT_NOT_ALLOWED',
    // Stryker disable next-line OptionalChaining: index is that of a step the loop above found
    message: message('stepOutOfSequence', { procedure: procedure.id, type: event.type, label: steps[index]?.label, earlier }),
    missingSteps: earlier.map((step) => step.event),
  };
}

function checkParliamentStep(context: WithdrawalContext): Refusal | undefined {
  if (hasParliamentStep(context)) return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('noParliamentStep', { procedure: context.procedure.id }),
  };
}

function checkConfigured(context: WithdrawalContext): Refusal | undefined {
  if (context.treaty.id !== UNCONFIGURED) return undefined;
  return {
    code: 'INVALID_INPUT',
    message: message('notConfigured'),
  };
}

function checkDeposit(context: WithdrawalContext, event: WithdrawalEvent, scratch?: StepScratch): Refusal | undefined {
  const unconfigured = checkConfigured(context);
  if (unconfigured) return unconfigured;
  if (!procedureComplete(context)) {
    const missing = missingSteps(context);
    const steps = context.procedure.steps.filter((s) => missing.includes(s.event));
    return {
      code: 'PROCEDURE_INCOMPLETE',
      message: message('procedureIncompleteForDeposit', {
        procedure: context.procedure.id,
        missing: steps,
        article: context.procedure.article,
      }),
      missingSteps: missing,
    };
  }
  const notice = noticeFor(context, event as WithdrawalEventOf<'instrument.deposited'>, scratch);
  return isRefusal(notice) ? notice : undefined;
}

function checkNoConflict(context: WithdrawalContext): Refusal | undefined {
  const ongoing = ongoingConflict(context);
  if (!ongoing) return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('conflictOngoing', { party: context.party, since: ongoing.from }),
  };
}

function checkConflict(context: WithdrawalContext): Refusal | undefined {
  if (ongoingConflict(context)) return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('noConflict', { party: context.party }),
  };
}

function checkBeforeExpiry(context: WithdrawalContext, event: WithdrawalEvent): Refusal | undefined {
  const expiry = context.noticeExpiresOn;
  if (expiry === null || event.date < expiry) return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('noticeEnded', { expiry, date: event.date }),
    path: 'event.date',
  };
}

/** A notice of withdrawal is what runs: a deposit, not an agreement or the end of membership. */
function checkRevocable(context: WithdrawalContext): Refusal | undefined {
  if (context.receivedOn !== null && context.effectTerms.basis !== 'membership') return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message:
      context.effectTerms.basis === 'membership'
        ? message('effectFromMembership', {
            effectiveOn: context.noticeExpiresOn,
            membershipEndedOn: context.effectTerms.fixedOn,
          })
        : message('nothingToRevoke'),
  };
}

function checkProcedureForAgreement(context: WithdrawalContext): Refusal | undefined {
  if (procedureComplete(context)) return undefined;
  const missing = missingSteps(context);
  return {
    code: 'PROCEDURE_INCOMPLETE',
    message: message('procedureIncompleteForAgreement', {
      procedure: context.procedure.id,
      missing,
      article: context.procedure.article,
    }),
    missingSteps: missing,
  };
}

const beforeExpiry = both(checkOrder, checkBeforeExpiry);
const agreementWithoutRight = both(
  both(
    both(checkOrder, (c) => checkConfigured(c)),
    termsChecks.agreementWithoutRight,
  ),
  both((c) => checkProcedureForAgreement(c), termsChecks.agreedDate),
);

const withdrawalChecks = {
  inOrder: checkOrder,
  stepInSequence: both(checkOrder, checkStepInSequence),
  depositAllowed: both(checkOrder, checkDeposit),
  rejectionEndsProcedure: both(checkOrder, (c) => checkParliamentStep(c)),
  rejectionAllowsResubmission: both(checkOrder, (c) => checkParliamentStep(c)),
  noConflictOngoing: both(checkOrder, (c) => checkNoConflict(c)),
  conflictOngoing: both(checkOrder, (c) => checkConflict(c)),
  beforeExpiry: both(checkOrder, checkBeforeExpiry),
  noConflictBeforeExpiry: both(both(checkOrder, checkBeforeExpiry), (c) => checkNoConflict(c)),
  conflictOngoingBeforeExpiry: both(both(checkOrder, checkBeforeExpiry), (c) => checkConflict(c)),
  revocable: both(beforeExpiry, (c) => checkRevocable(c)),
  extensionAllowed: both(beforeExpiry, termsChecks.extension),
  agreedDuringPeriod: both(beforeExpiry, termsChecks.agreedDate),
  agreedWhenDeferred: both(checkOrder, termsChecks.agreedDate),
  agreedWithoutRight: agreementWithoutRight,
  membershipEndsDuringPeriod: both(beforeExpiry, termsChecks.membershipRule),
  membershipEnds: both(checkOrder, termsChecks.membershipRule),
  obligationsOutstanding: both(both(checkOrder, termsChecks.conditions), termsChecks.notOutstanding),
  obligationsOutstandingBeforeExpiry: both(both(beforeExpiry, termsChecks.conditions), termsChecks.notOutstanding),
  obligationsFulfilled: both(both(checkOrder, termsChecks.conditions), termsChecks.outstanding),
  obligationsFulfilledBeforeExpiry: both(both(beforeExpiry, termsChecks.conditions), termsChecks.outstanding),
} satisfies Record<string, Check>;

/**
 * Validation checks, by guard name. A guard passes when its check returns
 * `undefined`; a refused event is explained by the first check that fails.
 */
export const checks = {
  ...withdrawalChecks,
  ...suspensionChecks,
  // Guards that share a check, by their own names (see explainRefusal in apply.ts).
  agreedNowDuringPeriod: withdrawalChecks.agreedDuringPeriod,
  agreedLaterDuringPeriod: withdrawalChecks.agreedDuringPeriod,
  agreedNowWhenDeferred: withdrawalChecks.agreedWhenDeferred,
  agreedLaterWhenDeferred: withdrawalChecks.agreedWhenDeferred,
  agreedNowWithoutRight: withdrawalChecks.agreedWithoutRight,
  agreedLaterWithoutRight: withdrawalChecks.agreedWithoutRight,
  membershipEndsNowDuringPeriod: withdrawalChecks.membershipEndsDuringPeriod,
  membershipEndsLaterDuringPeriod: withdrawalChecks.membershipEndsDuringPeriod,
  membershipEndsNow: withdrawalChecks.membershipEnds,
  membershipEndsLater: withdrawalChecks.membershipEnds,
  conflictEndsDeferral: withdrawalChecks.conflictOngoing,
  fulfilledEndsDeferral: withdrawalChecks.obligationsFulfilled,
};

function isDue(context: WithdrawalContext, event: WithdrawalEvent): boolean {
  return context.noticeExpiresOn !== null && event.date >= context.noticeExpiresOn && checkOrder(context, event) === undefined;
}

const pass =
  (check: Check): Guard =>
  (context, event, scratch) =>
    check(context, event, scratch) === undefined;

/**
 * Two guards for one check: the date of effect `at` gives is the event's own
 * date (effect now) or later (effect awaited).
 */
function nowOrLater(
  check: Check,
  at: (context: WithdrawalContext, event: WithdrawalEvent) => CalendarDate | undefined,
): [Guard, Guard] {
  return [
    (c, e) => check(c, e) === undefined && at(c, e) === e.date,
    (c, e) => {
      if (check(c, e) !== undefined) return false;
      const on = at(c, e);
      return on !== undefined && on > e.date;
    },
  ];
}

const agreedOn = (_c: WithdrawalContext, e: WithdrawalEvent) => (e as WithdrawalEventOf<'withdrawal.agreed'>).effectiveOn;
const [agreedNowDuringPeriod, agreedLaterDuringPeriod] = nowOrLater(checks.agreedDuringPeriod, agreedOn);
const [agreedNowWhenDeferred, agreedLaterWhenDeferred] = nowOrLater(checks.agreedWhenDeferred, agreedOn);
const [agreedNowWithoutRight, agreedLaterWithoutRight] = nowOrLater(checks.agreedWithoutRight, agreedOn);
const [membershipEndsNowDuringPeriod, membershipEndsLaterDuringPeriod] = nowOrLater(
  checks.membershipEndsDuringPeriod,
  membershipEndsAt,
);
const [membershipEndsNow, membershipEndsLater] = nowOrLater(checks.membershipEnds, membershipEndsAt);

const withdrawalGuards = {
  inOrder: pass(checks.inOrder),
  stepInSequence: pass(checks.stepInSequence),
  depositAllowed: pass(checks.depositAllowed),
  rejectionEndsProcedure: (c, e) => checks.rejectionEndsProcedure(c, e) === undefined && !c.procedure.resubmission,
  rejectionAllowsResubmission: (c, e) => checks.rejectionAllowsResubmission(c, e) === undefined && c.procedure.resubmission,
  noConflictOngoing: pass(checks.noConflictOngoing),
  conflictOngoing: pass(checks.conflictOngoing),
  beforeExpiry: pass(checks.beforeExpiry),
  noConflictBeforeExpiry: pass(checks.noConflictBeforeExpiry),
  conflictOngoingBeforeExpiry: pass(checks.conflictOngoingBeforeExpiry),
  /** The period is over, its effect deferred, and party status ended by a termination of membership comes by this event's date. */
  deferralMeetsMembershipEnd: (c, e) => {
    const ceasesOn = pendingMembershipEnd(c);
    return ceasesOn !== undefined && isDue(c, e) && effectDeferred(c) && e.date >= ceasesOn;
  },
  /** The period is over, its effect deferred, and party status ends later in consequence of a termination of membership. */
  deferralAwaitsMembershipEnd: (c, e) => {
    const ceasesOn = pendingMembershipEnd(c);
    return ceasesOn !== undefined && isDue(c, e) && effectDeferred(c) && e.date < ceasesOn;
  },
  /** The period is over and an armed conflict or outstanding obligations defer the effect. */
  expiresDeferred: (c, e) => isDue(c, e) && effectDeferred(c),
  /** The period is over and nothing defers the effect. */
  expiresUndeferred: (c, e) => isDue(c, e) && !effectDeferred(c),
  revocable: pass(checks.revocable),
  extensionAllowed: pass(checks.extensionAllowed),
  agreedNowDuringPeriod,
  agreedLaterDuringPeriod,
  agreedNowWhenDeferred,
  agreedLaterWhenDeferred,
  agreedNowWithoutRight,
  agreedLaterWithoutRight,
  membershipEndsNowDuringPeriod,
  membershipEndsLaterDuringPeriod,
  membershipEndsNow,
  membershipEndsLater,
  obligationsOutstanding: pass(checks.obligationsOutstanding),
  obligationsOutstandingBeforeExpiry: pass(checks.obligationsOutstandingBeforeExpiry),
  obligationsFulfilled: pass(checks.obligationsFulfilled),
  obligationsFulfilledBeforeExpiry: pass(checks.obligationsFulfilledBeforeExpiry),
  /** In deferral: the conflict ends and no obligation is outstanding, so the withdrawal takes effect. */
  conflictEndsDeferral: (c, e) => checks.conflictOngoing(c, e) === undefined && !obligationsDefer(c),
  /** In deferral: the conflict ends, but obligations are still outstanding. */
  conflictEndsObligationsOutstanding: (c, e) => checks.conflictOngoing(c, e) === undefined && obligationsDefer(c),
  /** In deferral: the obligations are fulfilled and no armed conflict defers the effect. */
  fulfilledEndsDeferral: (c, e) => checks.obligationsFulfilled(c, e) === undefined && !conflictDefers(c),
  /** In deferral: the obligations are fulfilled, but an armed conflict still defers the effect. */
  fulfilledDuringConflict: (c, e) => checks.obligationsFulfilled(c, e) === undefined && conflictDefers(c),
} satisfies Record<string, Guard>;

/**
 * Every guard of the machine, by name: the checks above (pass = no refusal) and
 * the routing guards that choose between outcomes when the clock moves.
 */
export const guards = { ...withdrawalGuards, ...suspensionGuards };

/** The names of the guards. */
export type GuardName = keyof typeof guards;

// ---------------------------------------------------------------------------
// Updates: the part of the context an event changes
// ---------------------------------------------------------------------------

function requiredStep(context: WithdrawalContext, event: DomesticEvent) {
  const { steps } = context.procedure;
  for (let i = 0; i < steps.length; i++) if ((steps[i] as { event: string }).event === event.type) return steps[i];
  return undefined;
}

function recordDomestic(context: WithdrawalContext, event: DomesticEvent): Partial<WithdrawalContext> {
  return {
    date: event.date,
    domestic: append(context.domestic, {
      type: event.type,
      date: event.date,
      required: requiredStep(context, event) !== undefined,
    }),
    timeline: context.timeline.length === 0 ? openStage(context.timeline, 'in-procedure', event.date) : context.timeline,
  };
}

function explainDomestic(context: WithdrawalContext, event: DomesticEvent): ExplanationStep {
  const step = requiredStep(context, event);
  const required = step !== undefined;
  const rejection = event.type === 'parliament.rejected';
  return explanationStep(
    'domestic-step',
    event.date,
    message('rule.domesticStep', { required, rejection }),
    message('domesticStep', {
      type: event.type,
      date: event.date,
      required,
      label: step?.label,
      procedure: context.procedure.id,
      rejection,
    }),
    step ?? context.procedure,
  );
}

/** What a deposit changes: the notice dates the guard computed (shared through the step's scratch on the fast path). */
function startNotice(c: WithdrawalContext, e: WithdrawalEvent, scratch?: StepScratch): Partial<WithdrawalContext> {
  const event = e as WithdrawalEventOf<'instrument.deposited'>;
  const notice = noticeFor(c, event, scratch);
  // The guard has already refused a deposit whose notice cannot be computed.
  if (isRefusal(notice)) return { date: e.date };
  const superseded = supersedeOnDeposit(c);
  return {
    ...superseded,
    date: e.date,
    receivedOn: e.date,
    effectTerms: { ...c.effectTerms, laterDate: event.laterDate ?? null },
    reasons: event.reasons ?? null,
    noticeExpiresOn: notice.expiresOn,
    timeline: openStage(c.timeline, 'notice-period', e.date),
    warnings: [...(superseded.warnings ?? c.warnings), ...notice.warnings],
  };
}

const withdrawalUpdates = {
  tick: (_c, e) => ({ date: e.date }),

  recordStep: (c, e) => recordDomestic(c, e as DomesticEvent),

  abandon: (c, e) => {
    const recorded = recordDomestic(c, e as DomesticEvent);
    return { ...recorded, timeline: openStage(recorded.timeline ?? c.timeline, 'abandoned', e.date) };
  },

  startNotice,

  startConflict: (c, e) => ({ date: e.date, conflicts: appendTo(c.conflicts, { from: e.date, to: null }) }),

  // Only the last conflict can be ongoing (armedConflict.started is refused during
  // one), and armedConflict.ended is taken only while one is.
  endConflict: (c, e) => ({
    date: e.date,
    conflicts: replaceIn(c.conflicts, sizeOf(c.conflicts) - 1, (period) => ({ ...period, to: e.date })),
  }),

  defer: (c, e) => ({ date: e.date, timeline: openStage(c.timeline, 'deferred', c.noticeExpiresOn as CalendarDate) }),

  takeEffectOnExpiry: (c, e) => {
    const expiry = c.noticeExpiresOn as CalendarDate;
    return {
      ...closeOnEffect(c, expiry),
      date: e.date,
      effectiveOn: expiry,
      timeline: openStage(c.timeline, 'effective', expiry),
    };
  },

  revoke: (c, e) => ({ date: e.date, revokedOn: e.date, timeline: openStage(c.timeline, 'revoked', e.date) }),
} satisfies Record<string, Update>;

/**
 * The explanation of each update, by action name: what the event meant in law,
 * from the context before the update and the event. Run by `simulate` as it
 * goes and by `explanationOf` on demand; never by the XState machine itself.
 */
const withdrawalExplainers = {
  recordStep: (c, e) => [explainDomestic(c, e as DomesticEvent)],

  abandon: (c, e) => [
    explainDomestic(c, e as DomesticEvent),
    explanationStep(
      'abandonment',
      e.date,
      message('rule.abandonment'),
      message('abandonment', { procedure: c.procedure.id, party: c.party }),
      c.procedure,
    ),
  ],

  startNotice: (c, e, scratch) => {
    // Without a scratch (XState's call), compute the explanation here.
    const notice = noticeFor(c, e as WithdrawalEventOf<'instrument.deposited'>, scratch ?? { explain: true });
    // The guard has already refused a deposit whose notice cannot be computed.
    return isRefusal(notice) ? [] : notice.steps;
  },

  startConflict: (c, e) => {
    const deferral = c.treaty.withdrawal.armedConflictDeferral;
    if (!deferral) return [];
    return [
      explanationStep(
        'armed-conflict',
        e.date,
        message('rule.conflictStarted'),
        message('conflictStarted', { party: c.party, date: e.date }),
        deferral,
      ),
    ];
  },

  endConflict: (c, e) => {
    const deferral = c.treaty.withdrawal.armedConflictDeferral;
    if (!deferral) return [];
    const peace = deferral.until === 'peace-and-repatriation';
    const steps: ExplanationStep[] = [
      explanationStep(
        'armed-conflict',
        e.date,
        message('rule.conflictEnded', { peace }),
        message('conflictEnded', { party: c.party, date: e.date, peace }),
        deferral,
      ),
    ];
    if (c.timeline[c.timeline.length - 1]?.stage === 'deferred' && obligationsDefer(c)) {
      const reasons = deferralReasons({ ...c, conflicts: [] });
      steps.push(
        explanationStep(
          'deferral',
          e.date,
          message('rule.stillDeferred'),
          message('stillDeferred', { reasons: reasons.said }),
          reasons,
        ),
      );
    }
    return steps;
  },

  defer: (c) => {
    const expiry = c.noticeExpiresOn as CalendarDate;
    const reasons = deferralReasons(c);
    const conflict = conflictDefers(c);
    return [
      explanationStep(
        'deferral',
        expiry,
        message('rule.deferral', {
          conflict,
          peace: c.treaty.withdrawal.armedConflictDeferral?.until === 'peace-and-repatriation',
        }),
        message('deferral', { expiry, reasons: reasons.said, party: c.party }),
        reasons,
      ),
    ];
  },

  takeEffectOnExpiry: (c) => {
    const expiry = c.noticeExpiresOn as CalendarDate;
    if (c.effectTerms.basis !== 'notice') return explainEffect(c, expiry);
    const effect = effectRuleOf(c.treaty);
    const { laterDate } = c.effectTerms;
    const governedByLaterDate = laterDate !== null && laterDate === expiry;
    const rule = governedByLaterDate ? (c.treaty.withdrawal.laterDate ?? effect) : effect;
    const effectRule = message('effectRule', { rule: effect });
    return [
      explanationStep(
        'effect',
        expiry,
        message('rule.effectOnExpiry', { laterDate: governedByLaterDate, effectRule }),
        message('effectOnExpiry', {
          expiry,
          laterDate: governedByLaterDate,
          receivedOn: c.receivedOn,
          effectRule,
          deferral: Boolean(c.treaty.withdrawal.armedConflictDeferral),
          party: c.party,
        }),
        rule,
      ),
    ];
  },

  revoke: (c, e) => [
    explanationStep(
      'revocation',
      e.date,
      message('rule.revocation'),
      message('revocation', { party: c.party, date: e.date }),
      vclt('68'),
    ),
  ],
} satisfies { [K in keyof typeof withdrawalUpdates]?: Explainer };

/**
 * The second half of the transition out of deferral (`endConflictAndTakeEffect`):
 * the withdrawal takes effect on the day the armed conflict ends.
 */
const takeEffectAtConflictEnd: Update = (c, e) => ({
  ...closeOnEffect(c, e.date),
  date: e.date,
  effectiveOn: e.date,
  timeline: openStage(c.timeline, 'effective', e.date),
});

const explainEffectAtConflictEnd: Explainer = (c, e) => {
  const deferral = c.treaty.withdrawal.armedConflictDeferral;
  const peace = deferral?.until === 'peace-and-repatriation';
  return [
    explanationStep(
      'effect',
      e.date,
      message('rule.effectAtConflictEnd', { peace }),
      message('effectAtConflictEnd', { deferredSince: c.noticeExpiresOn, date: e.date, peace }),
      deferral ?? effectRuleOf(c.treaty),
    ),
  ];
};

/**
 * One action that runs `first`, then `second` on the context `first` left, as
 * XState runs a transition's list of actions. Every transition of the machine
 * has exactly one action, so that each applied event is logged once.
 */
function sequence(first: Update, second: Update, explainFirst: Explainer, explainSecond?: Explainer) {
  const update: Update = (c, e) => {
    const one = first(c, e);
    return { ...one, ...second({ ...c, ...one }, e) };
  };
  const explainer: Explainer = (c, e) => [...explainFirst(c, e), ...(explainSecond?.({ ...c, ...first(c, e) }, e) ?? [])];
  return { update, explainer };
}

const endConflictAndTakeEffect = sequence(
  withdrawalUpdates.endConflict,
  takeEffectAtConflictEnd,
  withdrawalExplainers.endConflict,
  explainEffectAtConflictEnd,
);
const withdrawLastObjectionAndReopen = sequence(
  suspensionUpdates.withdrawObjection,
  reopenSuspension,
  suspensionExplainers.withdrawObjection,
);
const withdrawLastObjectionAndCarryOut = sequence(
  suspensionUpdates.withdrawObjection,
  suspensionUpdates.carryOutSuspension,
  suspensionExplainers.withdrawObjection,
  suspensionExplainers.carryOutSuspension,
);

/**
 * Update functions, by action name, without the log: what a run that keeps no
 * log applies (`simulate`, which returns no context). The machine's actions
 * are `updates`.
 */
export const unloggedUpdates = {
  ...withdrawalUpdates,
  ...suspensionUpdates,
  ...termsUpdates,
  endConflictAndTakeEffect: endConflictAndTakeEffect.update,
  withdrawLastObjectionAndReopen: withdrawLastObjectionAndReopen.update,
  withdrawLastObjectionAndCarryOut: withdrawLastObjectionAndCarryOut.update,
};

/** Each update, also appending the event to the context's log (`log`). */
function logged<T extends Record<string, Update>>(updates: T): T {
  const result: Record<string, Update> = {};
  for (const name of Object.keys(updates)) {
    const update = updates[name] as Update;
    result[name] = (c, e, scratch) => {
      // Every update returns a fresh object: add the log to it rather than copy
      // it, since one spread site fed by every update's shape is slow in V8.
      const changes = update(c, e, scratch) as { -readonly [K in keyof WithdrawalContext]?: WithdrawalContext[K] };
      changes.log = appendTo(c.log, e);
      return changes;
    };
  }
  return result as T;
}

/**
 * Update functions, by action name. Each moves the clock to the event's date
 * and appends the event to the log; none builds the explanation (see
 * `explainers`).
 */
export const updates = logged(unloggedUpdates);

/** The explanation of each action, by name; actions that explain nothing (`tick`) have none. */
export const explainers: { readonly [K in ActionName]?: Explainer } = {
  ...withdrawalExplainers,
  ...suspensionExplainers,
  ...termsExplainers,
  endConflictAndTakeEffect: endConflictAndTakeEffect.explainer,
  withdrawLastObjectionAndReopen: withdrawLastObjectionAndReopen.explainer,
  withdrawLastObjectionAndCarryOut: withdrawLastObjectionAndCarryOut.explainer,
};

/** The names of the update actions. */
export type ActionName = keyof typeof updates;

/**
 * The dates that states tagged `clock` wait for: when the clock reaches one,
 * the state's `clock.advanced` transitions decide what happens.
 */
export const deadlines = {
  noticeExpiry: (c: WithdrawalContext) => c.noticeExpiresOn,
  objectionWindow: (c: WithdrawalContext) => c.suspension?.objectionWindowEndsOn ?? null,
} satisfies Record<string, (context: WithdrawalContext) => CalendarDate | null>;

/** The names of the deadlines. */
export type DeadlineName = keyof typeof deadlines;
