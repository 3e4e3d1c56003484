/**
 * The rules of the events that fix or hold back the date of effect besides the
 * treaty's own period: an extension by agreement (`period.extended`), the
 * parties' agreement on the date (`withdrawal.agreed`, VCLT Art. 54(b)), the end
 * of membership of an organisation (`membership.terminated`), and obligations
 * the effect is subject to (`obligations.outstanding` / `obligations.fulfilled`).
 * Every article comes from the treaty profile, or from the VCLT where the
 * profile has none.
 */
import { addDays, addPeriod } from '../dates/arithmetic.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { type Message, message } from '../errors/messages.js';
import type { ExplanationStep } from '../explanation/types.js';
import { explanationStep } from '../explanation/worded.js';
import { vclt } from '../law/vclt.js';
import type { EffectCondition, MembershipRule, TreatyProfile } from '../treaties/schema.js';
import type { EffectTerms, WithdrawalContext } from './context.js';
import type { WithdrawalEvent, WithdrawalEventOf, WithdrawalEventType } from './events.js';
import { type Check, type Explainer, ongoingConflict, openStage, type Update } from './helpers.js';
import type { GuardName } from './logic.js';
import { closeOnEffect, supersedeOnDeposit } from './suspension.js';

/** The general law a profile without a rule of its own falls back on. */
const CONSENT = { ...vclt('54(b)') };

const step = explanationStep;

function terms(context: WithdrawalContext, changes: Partial<EffectTerms>): EffectTerms {
  return { ...context.effectTerms, ...changes };
}

// ---------------------------------------------------------------------------
// Readers
// ---------------------------------------------------------------------------

/** Whether the date of effect is the treaty's period (possibly extended), which a treaty rule can defer. */
function deferrable(context: WithdrawalContext): boolean {
  const { basis } = context.effectTerms;
  return basis === 'notice' || basis === 'extension';
}

/** An armed conflict defers the effect: the treaty says so, one is ongoing, and the date is the treaty's period. */
export function conflictDefers(context: WithdrawalContext): boolean {
  return (
    deferrable(context) && context.treaty.withdrawal.armedConflictDeferral !== undefined && ongoingConflict(context) !== undefined
  );
}

/**
 * Obligations the effect is subject to are recorded as outstanding, and the date
 * is the treaty's period (they are recorded only under a profile with conditions).
 */
export function obligationsDefer(context: WithdrawalContext): boolean {
  return deferrable(context) && context.effectTerms.obligationsOutstandingSince !== null;
}

/** Whether anything defers the effect at the end of the period. */
export function effectDeferred(context: WithdrawalContext): boolean {
  return conflictDefers(context) || obligationsDefer(context);
}

/** The day a termination of membership on `date` ends the party's status under this rule. */
function membershipEnd(rule: MembershipRule, date: CalendarDate): CalendarDate {
  return rule.kind === 'constituent' ? date : addPeriod(date, rule.ceasesAfter);
}

/**
 * The conditions of the profile in words, with their articles and the first one's
 * source. The profile has conditions: `obligations.*` events are refused without.
 */
function conditionWords(treaty: TreatyProfile): { text: string; article: string; source: string } {
  const conditions = treaty.withdrawal.conditions as [EffectCondition, ...EffectCondition[]];
  return {
    text: conditions.map((c) => c.text).join('; '),
    article: conditions.map((c) => c.article).join('; '),
    source: conditions[0].source,
  };
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

const checkExtension: Check = (context, event) => {
  const { until } = event as WithdrawalEventOf<'period.extended'>;
  const expiry = context.noticeExpiresOn;
  if (context.effectTerms.basis === 'membership' || context.effectTerms.basis === 'agreement') {
    return {
      code: 'EVENT_NOT_ALLOWED',
      message:
        context.effectTerms.basis === 'membership'
          ? message('noPeriodAfterMembership', { expiry, membershipEndedOn: context.effectTerms.fixedOn })
          : message('noPeriodAfterAgreement', { expiry, agreedOn: context.effectTerms.fixedOn }),
    };
  }
  if (expiry !== null && until >= expiry) {
    if (until === '9999-12-31') {
      return { code: 'DATE_OUT_OF_RANGE', message: message('extensionPastCalendar'), path: 'event.until' };
    }
    return undefined;
  }
  // Stryker disable next-line ConditionalExpression: in the notice period the period's end is always set; the check only narrows the type
  const lastDay = expiry === null ? null : addDays(expiry, -1);
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('extensionNotLater', { lastDay, until }),
    path: 'event.until',
  };
};

const checkAgreedDate: Check = (_context, event) => {
  const { effectiveOn, date } = event as WithdrawalEventOf<'withdrawal.agreed'>;
  if (effectiveOn >= date) return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('agreedBeforeAgreement', { effectiveOn, date }),
    path: 'event.effectiveOn',
  };
};

/** Whether the treaty gives no right of withdrawal, so that only an agreement (VCLT Art. 54(b)) ends it. */
const noRightOfWithdrawal = (treaty: TreatyProfile) => treaty.withdrawal.basis === 'none';

/** Before any deposit, only a treaty without a right of withdrawal is left by agreement. */
const checkAgreementWithoutRight: Check = (context) => {
  if (noRightOfWithdrawal(context.treaty)) return undefined;
  return {
    code: 'EVENT_NOT_ALLOWED',
    message: message('rightOfWithdrawalExists', {
      treaty: context.treaty.shortName,
      // Stryker disable next-line LogicalOperator,OptionalChaining: a treaty with a right of withdrawal has an effect rule (the profile schema requires one)
      article: context.treaty.withdrawal.effect?.article ?? context.treaty.withdrawal.instrument.article,
    }),
  };
};

/** True when the treaty has a membership rule, without which `membership.terminated` is always refused. */
const hasMembershipRule = (treaty: TreatyProfile) => treaty.withdrawal.membership !== undefined;
/** True when the treaty subjects the effect to conditions, without which `obligations.*` are always refused. */
const hasConditions = (treaty: TreatyProfile) => (treaty.withdrawal.conditions?.length ?? 0) > 0;

/**
 * The event types that only a profile with the matching rule takes: a treaty
 * without it refuses them in every state, so a refusal does not list them
 * among the events allowed.
 */
export const profileAdmits: { readonly [T in WithdrawalEventType]?: (treaty: TreatyProfile) => boolean } = {
  'membership.terminated': hasMembershipRule,
  'obligations.outstanding': hasConditions,
  'obligations.fulfilled': hasConditions,
};

/**
 * The guards that only a profile with the matching rule can pass, whatever the
 * event holds: in a state whose every transition for an event type has such a
 * guard that the treaty fails (`withdrawal.agreed` before any deposit, for a
 * treaty that gives a right of withdrawal), a refusal does not list the type
 * among the events allowed.
 */
export const guardAdmits: { readonly [G in GuardName]?: (treaty: TreatyProfile) => boolean } = {
  agreedNowWithoutRight: noRightOfWithdrawal,
  agreedLaterWithoutRight: noRightOfWithdrawal,
};

const checkMembershipRule: Check = (context) => {
  if (hasMembershipRule(context.treaty)) return undefined;
  return {
    code: 'NO_MEMBERSHIP_RULE',
    message: message('noMembershipRule', { treaty: context.treaty.shortName }),
    path: 'treaty.withdrawal.membership',
  };
};

const checkConditions: Check = (context) => {
  if (hasConditions(context.treaty)) return undefined;
  return {
    code: 'NO_CONDITIONS_ON_EFFECT',
    message: message('noConditionsOnEffect', { treaty: context.treaty.shortName }),
    path: 'treaty.withdrawal.conditions',
  };
};

const checkNotOutstanding: Check = (context) => {
  const since = context.effectTerms.obligationsOutstandingSince;
  if (since === null) return undefined;
  return { code: 'EVENT_NOT_ALLOWED', message: message('obligationsAlreadyOutstanding', { since }) };
};

const checkOutstanding: Check = (context) => {
  if (context.effectTerms.obligationsOutstandingSince !== null) return undefined;
  return { code: 'EVENT_NOT_ALLOWED', message: message('noObligationsOutstanding') };
};

/** Checks of the new events, each without the order and period checks logic.ts adds. */
export const termsChecks = {
  extension: checkExtension,
  agreedDate: checkAgreedDate,
  agreementWithoutRight: checkAgreementWithoutRight,
  membershipRule: checkMembershipRule,
  conditions: checkConditions,
  notOutstanding: checkNotOutstanding,
  outstanding: checkOutstanding,
} satisfies Record<string, Check>;

/** Whether a notice period is running and ends no later than `end`, so that it governs. */
function noticeEndsFirst(c: WithdrawalContext, end: CalendarDate): boolean {
  return c.noticeExpiresOn !== null && c.noticeExpiresOn <= end && c.timeline[c.timeline.length - 1]?.stage === 'notice-period';
}

/** At the end of the period, its effect deferred: the end of party status kept from a termination of membership, if any. */
export function pendingMembershipEnd(c: WithdrawalContext): CalendarDate | undefined {
  return c.effectTerms.membershipEnd?.ceasesOn;
}

/** Whether a termination of membership on this event's date ends the party's status at once. */
export function membershipEndsAt(context: WithdrawalContext, event: WithdrawalEvent): CalendarDate | undefined {
  const rule = context.treaty.withdrawal.membership;
  return rule ? membershipEnd(rule, event.date) : undefined;
}

// ---------------------------------------------------------------------------
// Updates
// ---------------------------------------------------------------------------

/** What any event that brings the withdrawal to effect on `on` changes. */
function effectOn(
  c: WithdrawalContext,
  e: WithdrawalEvent,
  on: CalendarDate,
  basis: EffectTerms['basis'],
): Partial<WithdrawalContext> {
  const superseded = supersedeOnDeposit(c);
  const closed = closeOnEffect({ ...c, ...superseded }, on);
  return {
    ...superseded,
    ...closed,
    date: e.date,
    effectiveOn: on,
    timeline: openStage(c.timeline, 'effective', on),
    effectTerms: terms(c, { basis, fixedOn: e.date }),
  };
}

/** What an event that fixes a later date of effect changes: the period now ends then. */
function awaitEffect(
  c: WithdrawalContext,
  e: WithdrawalEvent,
  on: CalendarDate,
  basis: EffectTerms['basis'],
): Partial<WithdrawalContext> {
  const superseded = supersedeOnDeposit(c);
  const stage = c.timeline[c.timeline.length - 1]?.stage;
  return {
    ...superseded,
    date: e.date,
    noticeExpiresOn: on,
    timeline: stage === 'notice-period' ? c.timeline : openStage(c.timeline, 'notice-period', e.date),
    effectTerms: terms(c, { basis, fixedOn: e.date }),
  };
}

const agreedOn = (e: WithdrawalEvent) => (e as WithdrawalEventOf<'withdrawal.agreed'>).effectiveOn;

/** Update functions of the new events, by action name. */
export const termsUpdates = {
  extendPeriod: (c, e) => ({
    date: e.date,
    noticeExpiresOn: addDays((e as WithdrawalEventOf<'period.extended'>).until, 1),
    effectTerms: terms(c, { basis: 'extension', fixedOn: e.date }),
  }),

  agreeEffectNow: (c, e) => effectOn(c, e, agreedOn(e), 'agreement'),

  agreeEffectLater: (c, e) => awaitEffect(c, e, agreedOn(e), 'agreement'),

  endMembershipNow: (c, e) => effectOn(c, e, membershipEndsAt(c, e) as CalendarDate, 'membership'),

  endMembershipLater: (c, e) => {
    const end = membershipEndsAt(c, e) as CalendarDate;
    // Where a notice period already ends earlier, the earlier effect wins; the
    // end of party status is kept, to take over should that effect be deferred.
    if (noticeEndsFirst(c, end))
      return { date: e.date, effectTerms: terms(c, { membershipEnd: { terminatedOn: e.date, ceasesOn: end } }) };
    return awaitEffect(c, e, end, 'membership');
  },

  awaitMembershipEnd: (c, e) => {
    const { terminatedOn, ceasesOn } = c.effectTerms.membershipEnd as NonNullable<EffectTerms['membershipEnd']>;
    return {
      date: e.date,
      noticeExpiresOn: ceasesOn,
      effectTerms: terms(c, { basis: 'membership', fixedOn: terminatedOn, membershipEnd: null }),
    };
  },

  takeEffectAtMembershipEnd: (c, e) => {
    const { terminatedOn, ceasesOn } = c.effectTerms.membershipEnd as NonNullable<EffectTerms['membershipEnd']>;
    return {
      ...closeOnEffect(c, ceasesOn),
      date: e.date,
      effectiveOn: ceasesOn,
      // As when the end of party status is awaited: the withdrawal stage runs on to it, with no deferral.
      timeline: openStage(c.timeline, 'effective', ceasesOn),
      effectTerms: terms(c, { basis: 'membership', fixedOn: terminatedOn, membershipEnd: null }),
    };
  },

  recordOutstanding: (c, e) => ({ date: e.date, effectTerms: terms(c, { obligationsOutstandingSince: e.date }) }),

  recordFulfilled: (c, e) => ({ date: e.date, effectTerms: terms(c, { obligationsOutstandingSince: null }) }),

  fulfilAndTakeEffect: (c, e) => ({
    ...closeOnEffect(c, e.date),
    date: e.date,
    effectiveOn: e.date,
    timeline: openStage(c.timeline, 'effective', e.date),
    effectTerms: terms(c, { obligationsOutstandingSince: null }),
  }),
} satisfies Record<string, Update>;

// ---------------------------------------------------------------------------
// Explanations
// ---------------------------------------------------------------------------

function extensionCite(treaty: TreatyProfile) {
  return treaty.withdrawal.extension ?? CONSENT;
}

function by(e: WithdrawalEvent): string | undefined {
  return (e as { by?: string }).by;
}

function agreementStep(c: WithdrawalContext, e: WithdrawalEvent): ExplanationStep {
  const on = agreedOn(e);
  const noRight = c.treaty.withdrawal.basis === 'none';
  return step(
    'agreement',
    e.date,
    message('rule.agreement'),
    message('agreement', { date: e.date, by: by(e), party: c.party, on, noRight, treaty: c.treaty.shortName }),
    CONSENT,
  );
}

function membershipStep(c: WithdrawalContext, e: WithdrawalEvent): ExplanationStep[] {
  const rule = c.treaty.withdrawal.membership as MembershipRule;
  const end = membershipEnd(rule, e.date);
  const steps = [
    step(
      'membership',
      e.date,
      message('rule.membershipEnded', { constituent: rule.kind === 'constituent' }),
      message('membershipEnded', {
        constituent: rule.kind === 'constituent',
        party: c.party,
        // Stryker disable next-line ConditionalExpression: the wording of a constituent treaty's end of membership does not read the organisation
        organisation: rule.kind === 'linked' ? rule.organisation : undefined,
        date: e.date,
        by: by(e),
        treaty: c.treaty.shortName,
        end,
      }),
      rule,
    ),
  ];
  // Only a linked rule's end can come after a running notice's: a constituent treaty ends the day membership does.
  if (noticeEndsFirst(c, end)) {
    steps.push(
      step(
        'membership',
        e.date,
        message('rule.earlierEffect'),
        message('earlierEffect', { expiry: c.noticeExpiresOn, end, party: c.party }),
        rule,
      ),
    );
  }
  return steps;
}

/** The explanation of each update of the new events, by action name. */
export const termsExplainers = {
  extendPeriod: (c, e) => {
    const { until } = e as WithdrawalEventOf<'period.extended'>;
    return [
      step(
        'extension',
        e.date,
        message('rule.extension'),
        message('extension', {
          date: e.date,
          by: by(e),
          treaty: c.treaty.shortName,
          party: c.party,
          until,
          lastDayBefore: addDays(c.noticeExpiresOn as CalendarDate, -1),
          effectiveOn: addDays(until, 1),
        }),
        extensionCite(c.treaty),
      ),
    ];
  },

  agreeEffectNow: (c, e) => [
    agreementStep(c, e),
    ...explainEffect({ ...c, effectTerms: terms(c, { basis: 'agreement', fixedOn: e.date }) }, agreedOn(e)),
  ],

  agreeEffectLater: (c, e) => [agreementStep(c, e)],

  endMembershipNow: (c, e) => [
    ...membershipStep(c, e),
    ...explainEffect(
      // Stryker disable next-line StringLiteral: explainEffect words every basis but extension and agreement as the end of membership
      { ...c, effectTerms: terms(c, { basis: 'membership', fixedOn: e.date }) },
      membershipEndsAt(c, e) as CalendarDate,
    ),
  ],

  endMembershipLater: (c, e) => membershipStep(c, e),

  awaitMembershipEnd: (c) => [membershipOverridesDeferral(c)],

  takeEffectAtMembershipEnd: (c) => {
    const { terminatedOn, ceasesOn } = c.effectTerms.membershipEnd as NonNullable<EffectTerms['membershipEnd']>;
    return [
      membershipOverridesDeferral(c),
      ...explainEffect({ ...c, effectTerms: terms(c, { basis: 'membership', fixedOn: terminatedOn }) }, ceasesOn),
    ];
  },

  recordOutstanding: (c, e) => {
    const condition = conditionWords(c.treaty);
    return [
      step(
        'obligations',
        e.date,
        message('rule.obligationsOutstanding'),
        message('obligationsOutstanding', { date: e.date, party: c.party, conditions: condition.text }),
        condition,
      ),
    ];
  },

  recordFulfilled: (c, e) => [
    step(
      'obligations',
      e.date,
      message('rule.obligationsFulfilled'),
      message('obligationsFulfilled', { party: c.party, date: e.date }),
      conditionWords(c.treaty),
    ),
  ],

  fulfilAndTakeEffect: (c, e) => {
    const condition = conditionWords(c.treaty);
    return [
      step(
        'effect',
        e.date,
        message('rule.effectOnFulfilment'),
        message('effectOnFulfilment', {
          party: c.party,
          date: e.date,
          deferredSince: c.noticeExpiresOn,
          treaty: c.treaty.shortName,
        }),
        condition,
      ),
    ];
  },
} satisfies { [K in keyof typeof termsUpdates]?: Explainer };

/**
 * The effect step for a date fixed by an extension, an agreement or the end of
 * membership (the treaty's own period is explained in logic.ts).
 */
export function explainEffect(c: WithdrawalContext, on: CalendarDate): ExplanationStep[] {
  const { basis, fixedOn } = c.effectTerms;
  const who = { on, fixedOn, treaty: c.treaty.shortName, party: c.party };
  if (basis === 'extension') {
    return [
      step('effect', on, message('rule.effectAfterExtension'), message('effectAfterExtension', who), extensionCite(c.treaty)),
    ];
  }
  if (basis === 'agreement') {
    return [step('effect', on, message('rule.effectAgreed'), message('effectAgreed', who), CONSENT)];
  }
  const rule = c.treaty.withdrawal.membership as MembershipRule;
  return [
    step(
      'effect',
      on,
      message('rule.effectAtMembershipEnd'),
      message('effectAtMembershipEnd', {
        ...who,
        constituent: rule.kind === 'constituent',
        // Stryker disable next-line ConditionalExpression: the wording of a constituent treaty's effect does not read the organisation
        organisation: rule.kind === 'linked' ? rule.organisation : undefined,
      }),
      rule,
    ),
  ];
}

/** At the end of the period: what would defer the withdrawal, and the end of party status that comes regardless. */
function membershipOverridesDeferral(c: WithdrawalContext): ExplanationStep {
  const { terminatedOn, ceasesOn } = c.effectTerms.membershipEnd as NonNullable<EffectTerms['membershipEnd']>;
  const rule = c.treaty.withdrawal.membership as MembershipRule;
  const reasons = deferralReasons(c);
  return step(
    'deferral',
    c.noticeExpiresOn as CalendarDate,
    message('rule.membershipOverridesDeferral'),
    message('membershipOverridesDeferral', {
      expiry: c.noticeExpiresOn,
      reasons: reasons.said,
      party: c.party,
      terminatedOn,
      ceasesOn,
    }),
    { article: `${rule.article}; ${reasons.article}`, source: rule.source },
  );
}

/** Why the effect is deferred at the end of the period, for the deferral step: the reasons as a message, and their articles. */
export function deferralReasons(c: WithdrawalContext): { said: Message; article: string; source: string } {
  const parts: Message[] = [];
  const articles: string[] = [];
  let source: string | undefined;
  const deferral = c.treaty.withdrawal.armedConflictDeferral;
  if (conflictDefers(c) && deferral) {
    parts.push(
      message('deferredByConflict', {
        party: c.party,
        // Stryker disable next-line OptionalChaining: conflictDefers holds only while a conflict is ongoing
        since: ongoingConflict(c)?.from,
        peace: deferral.until === 'peace-and-repatriation',
      }),
    );
    articles.push(deferral.article);
    source = deferral.source;
  }
  if (obligationsDefer(c)) {
    const condition = conditionWords(c.treaty);
    parts.push(
      message('deferredByObligations', {
        party: c.party,
        since: c.effectTerms.obligationsOutstandingSince,
        conditions: condition.text,
      }),
    );
    articles.push(condition.article);
    source ??= condition.source;
  }
  return { said: message('both', { parts }), article: articles.join('; '), source: source ?? c.treaty.text };
}
