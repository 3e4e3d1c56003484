/**
 * The rules of a suspension notified under the Vienna Convention (Arts. 57, 60–62,
 * 65–67, 72–73), as plain functions of (context, event). A suspension is not a
 * withdrawal: it starts no withdrawal clock and never moves `effectiveOn`.
 */

import { addPeriodWithinCalendar, LAST_CALENDAR_DATE } from '../dates/arithmetic.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { type Message, message } from '../errors/messages.js';
import type { ExplanationStep } from '../explanation/types.js';
import { explanationStep, warning } from '../explanation/worded.js';
import { VCLT_SOURCE as VCLT, vclt, vcltArticle } from '../law/vclt.js';
import type { SuspensionState, WithdrawalContext } from './context.js';
import type { WithdrawalEvent, WithdrawalEventOf } from './events.js';
import { both, type Check, checkOrder, type Explainer, type Guard, ongoingConflict, openStage, type Update } from './helpers.js';
import { appendTo, replaceIn, sizeOf } from './segments.js';

/** The provision each ground of suspension rests on. */
const GROUNDS: Record<SuspensionState['ground'], { article: string }> = {
  'fundamental-change': { article: vcltArticle('62') },
  'material-breach': { article: vcltArticle('60') },
  'supervening-impossibility': { article: vcltArticle('61') },
  'treaty-provision': { article: vcltArticle('57(a)') },
};

function record(context: WithdrawalContext): SuspensionState | null {
  return context.suspension;
}

// Which objections stand, by objector, kept per objections list: the checks of
// every objection event read it without scanning the list, so a suspension with
// thousands of objections stays cheap per event (issue #19, item 3). An update
// that changes the list moves the map to the new list and changes it where it
// stands: copying it at every event made 10 000 objections by different parties
// quadratic. The list before then has no map; if it is read again (a snapshot
// applied twice, a restored one) it is scanned once, as any list from elsewhere.
type Objections = SuspensionState['objections'];
const standingCache = new WeakMap<Objections, Map<string, number>>();

function standingIn(objections: Objections): Map<string, number> {
  let cached = standingCache.get(objections);
  if (cached === undefined) {
    cached = new Map<string, number>();
    let i = 0;
    for (const segment of objections) {
      for (const o of segment) {
        if (o.withdrawnOn === null) cached.set(o.by, i);
        i++;
      }
    }
    standingCache.set(objections, cached);
  }
  return cached;
}

const NONE: ReadonlyMap<string, number> = new Map();

function standing(suspension: SuspensionState | null): ReadonlyMap<string, number> {
  return suspension ? standingIn(suspension.objections) : NONE;
}

/** The index of `by`'s objection still standing, or -1. */
function standingIndex(suspension: SuspensionState | null, by: string): number {
  return standing(suspension).get(by) ?? -1;
}

/** How many objections stand. */
function standingCount(suspension: SuspensionState | null): number {
  return standing(suspension).size;
}

/** Moves the map of who stands from `before` to `next`, changed for one objector (see above). */
function moveStanding(before: Objections, next: Objections, by: string, index: number | undefined): Objections {
  const map = standingIn(before);
  standingCache.delete(before);
  if (index === undefined) map.delete(by);
  else map.set(by, index);
  standingCache.set(next, map);
  return next;
}

function step(
  fact: ExplanationStep['fact'],
  date: CalendarDate,
  rule: Message,
  statement: Message,
  article: string,
  source = VCLT,
): ExplanationStep {
  return explanationStep(fact, date, rule, statement, { article, source });
}

/**
 * When the objection window ends for this notice (three months by default; VCLT
 * Art. 65(2)); `null` for a date past the calendar's end, which the check refuses.
 */
function windowFor(event: WithdrawalEventOf<'suspension.notified'>): {
  endsOn: CalendarDate | null;
  minimum: CalendarDate | null;
} {
  const minimum = addPeriodWithinCalendar(event.date, { months: 3 });
  return { endsOn: event.objectionPeriodEndsOn ?? minimum, minimum };
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

const checkNotice: Check = (_context, event) => {
  const notice = event as WithdrawalEventOf<'suspension.notified'>;
  const { endsOn, minimum } = windowFor(notice);
  if (endsOn === null) {
    return {
      code: 'DATE_OUT_OF_RANGE',
      message: message('objectionWindowPastCalendar', { date: notice.date, last: LAST_CALENDAR_DATE }),
      path: 'event.date',
    };
  }
  if (endsOn <= notice.date) {
    return {
      code: 'OBJECTION_PERIOD_TOO_SHORT',
      message: message('objectionWindowNotAfterNotice', { date: notice.date, endsOn }),
      path: 'event.objectionPeriodEndsOn',
    };
  }
  if ((minimum === null || endsOn < minimum) && !notice.urgent) {
    return {
      code: 'OBJECTION_PERIOD_TOO_SHORT',
      message: message('objectionWindowTooShort', { endsOn, minimum, last: LAST_CALENDAR_DATE }),
      path: 'event.objectionPeriodEndsOn',
    };
  }
  return undefined;
};

const checkObjectionInWindow: Check = (context, event) => {
  const suspension = record(context);
  if (suspension && event.date >= suspension.objectionWindowEndsOn) {
    return {
      code: 'EVENT_NOT_ALLOWED',
      message: message('objectionWindowClosed', { endsOn: suspension.objectionWindowEndsOn }),
      path: 'event.date',
    };
  }
  return undefined;
};

const checkNewObjector: Check = (context, event) => {
  const by = (event as WithdrawalEventOf<'objection.raised'>).by;
  if (standingIndex(record(context), by) < 0) return undefined;
  return { code: 'EVENT_NOT_ALLOWED', message: message('alreadyObjected', { by }), path: 'event.by' };
};

const checkObjectionOnRecord: Check = (context, event) => {
  const by = (event as WithdrawalEventOf<'objection.withdrawn'>).by;
  if (standingIndex(record(context), by) >= 0) return undefined;
  return { code: 'EVENT_NOT_ALLOWED', message: message('noObjectionToWithdraw', { by }), path: 'event.by' };
};

const checkSuspensionInForce: Check = (context) => {
  if (record(context)?.status === 'suspended') return undefined;
  return { code: 'EVENT_NOT_ALLOWED', message: message('noSuspensionInForce') };
};

const onlyLastObjection = (context: WithdrawalContext) => standingCount(record(context)) === 1;
/**
 * Whether, absent objections, the notifying party may carry out the suspension
 * (VCLT Arts. 65(2), 67): always on a ground of the Convention (Arts. 60–62);
 * on the treaty's own provision (Art. 57(a)) only where the treaty has one.
 */
const mayBeCarriedOut = (context: WithdrawalContext) =>
  record(context)?.ground !== 'treaty-provision' || context.treaty.suspension.provided;
const windowOver = (context: WithdrawalContext, event: WithdrawalEvent) => {
  const suspension = record(context);
  return suspension !== null && event.date >= suspension.objectionWindowEndsOn;
};
const pass =
  (check: Check): Guard =>
  (context, event) =>
    check(context, event) === undefined;

/** Validation checks of the suspension transitions, by guard name. */
export const suspensionChecks = {
  suspensionNotifiable: both(checkOrder, checkNotice),
  objectionInWindow: both(both(checkOrder, checkObjectionInWindow), checkNewObjector),
  newObjection: both(checkOrder, checkNewObjector),
  objectionOnRecord: both(checkOrder, checkObjectionOnRecord),
  suspensionInForce: both(checkOrder, checkSuspensionInForce),
} satisfies Record<string, Check>;

/** Guards of the suspension transitions: the checks above, and routing guards. */
export const suspensionGuards = {
  suspensionNotifiable: pass(suspensionChecks.suspensionNotifiable),
  objectionInWindow: pass(suspensionChecks.objectionInWindow),
  newObjection: pass(suspensionChecks.newObjection),
  objectionOnRecord: pass(suspensionChecks.objectionOnRecord),
  suspensionInForce: pass(suspensionChecks.suspensionInForce),
  /** The window closed with no objection: on a Convention ground, or on a suspension clause the treaty has, the measure may be carried out. */
  windowClosesUnopposed: (c, e) => checkOrder(c, e) === undefined && windowOver(c, e) && mayBeCarriedOut(c),
  /** The window closed, but the suspension was invoked under a treaty provision the treaty does not have (VCLT Art. 57). */
  windowClosesUnprovided: (c, e) => checkOrder(c, e) === undefined && windowOver(c, e) && !mayBeCarriedOut(c),
  /** The last objection is withdrawn while the window is still open. */
  lastObjectionWithdrawnInWindow: (c, e) =>
    pass(suspensionChecks.objectionOnRecord)(c, e) && onlyLastObjection(c) && !windowOver(c, e),
  /** The last objection is withdrawn after the window, and the suspension may be carried out. */
  lastObjectionWithdrawnAfterWindow: (c, e) =>
    pass(suspensionChecks.objectionOnRecord)(c, e) && onlyLastObjection(c) && windowOver(c, e) && mayBeCarriedOut(c),
  settlementUpholds: (c, e) =>
    checkOrder(c, e) === undefined && (e as WithdrawalEventOf<'dispute.settled'>).outcome === 'suspension-upheld',
  settlementAbandons: (c, e) =>
    checkOrder(c, e) === undefined && (e as WithdrawalEventOf<'dispute.settled'>).outcome === 'suspension-abandoned',
} satisfies Record<string, Guard>;

// ---------------------------------------------------------------------------
// Updates
// ---------------------------------------------------------------------------

function withStatus(
  context: WithdrawalContext,
  status: SuspensionState['status'],
  changes: Partial<SuspensionState> = {},
): SuspensionState {
  return { ...(record(context) as SuspensionState), ...changes, status };
}

function treatyDoesNotProvide(context: WithdrawalContext, date: CalendarDate): ExplanationStep[] {
  const { suspension, shortName } = context.treaty;
  const steps: ExplanationStep[] = [];
  // Art. 57: a suspension under the treaty's provisions needs such a provision (or the consent of all the parties).
  if (!mayBeCarriedOut(context)) {
    steps.push(
      step(
        'suspension-contested',
        date,
        message('rule.treatyDoesNotProvide'),
        message('treatyDoesNotProvide', { treaty: shortName, note: suspension.note, party: context.party }),
        suspension.article.includes('Art. 57') ? suspension.article : `${suspension.article}; ${vcltArticle('57')}`,
        suspension.source,
      ),
    );
  }
  const conflict = ongoingConflict(context);
  if (record(context)?.ground === 'fundamental-change' && conflict) {
    steps.push(
      step(
        'suspension-contested',
        date,
        message('rule.hostilities'),
        message('hostilities', { party: context.party, since: conflict.from }),
        vcltArticle('62', '73'),
      ),
    );
  }
  return steps;
}

/**
 * When a suspension first becomes contested, what else stands against it: a
 * treaty provision invoked that the treaty does not have (Art. 57), or a change
 * of circumstances invoked in the armed conflict the treaty was made for (Art. 73).
 */
function firstContest(context: WithdrawalContext, date: CalendarDate): ExplanationStep[] {
  return record(context)?.status === 'pending' ? treatyDoesNotProvide(context, date) : [];
}

function contestStage(context: WithdrawalContext, date: CalendarDate) {
  // Stryker disable next-line OptionalChaining: a contest follows a notified suspension, so the timeline has a stage; the check only narrows the type
  return context.timeline[context.timeline.length - 1]?.stage === 'suspension-contested'
    ? context.timeline
    : openStage(context.timeline, 'suspension-contested', date);
}

/**
 * The second half of `withdrawLastObjectionAndReopen` (logic.ts): with the last
 * objection withdrawn inside the window, the suspension is pending again.
 */
export const reopenSuspension: Update = (c, e) => ({
  date: e.date,
  suspension: withStatus(c, 'pending'),
  timeline: openStage(c.timeline, 'suspension-pending', e.date),
});

function raised(suspension: SuspensionState, by: string, date: CalendarDate): Objections {
  const before = suspension.objections;
  standingIn(before); // before the list may change in place
  const next = appendTo(before, { by, raisedOn: date, withdrawnOn: null });
  return moveStanding(before, next, by, sizeOf(next) - 1);
}

function withdrawn(suspension: SuspensionState, by: string, date: CalendarDate): Objections {
  const before = suspension.objections;
  const next = replaceIn(before, standingIn(before).get(by) ?? -1, (o) => ({ ...o, withdrawnOn: date }));
  return moveStanding(before, next, by, undefined);
}

/** Update functions of the suspension transitions, by action name. */
export const suspensionUpdates = {
  notifySuspension: (c, e) => {
    const notice = e as WithdrawalEventOf<'suspension.notified'>;
    return {
      date: e.date,
      suspension: {
        notifiedOn: e.date,
        ground: notice.ground,
        reasons: notice.reasons ?? null,
        urgent: notice.urgent === true,
        objectionWindowEndsOn: windowFor(notice).endsOn as CalendarDate, // the guard refused a null
        objections: [],
        findings: [],
        status: 'pending',
      },
      timeline: openStage(c.timeline, 'suspension-pending', e.date),
    };
  },

  raiseObjection: (c, e) => {
    const { by } = e as WithdrawalEventOf<'objection.raised'>;
    const suspension = record(c) as SuspensionState;
    return {
      date: e.date,
      suspension: withStatus(c, 'contested', { objections: raised(suspension, by, e.date) }),
      timeline: contestStage(c, e.date),
    };
  },

  withdrawObjection: (c, e) => {
    const { by } = e as WithdrawalEventOf<'objection.withdrawn'>;
    const suspension = record(c) as SuspensionState;
    return {
      date: e.date,
      suspension: {
        ...suspension,
        objections: withdrawn(suspension, by, e.date),
      },
    };
  },

  carryOutSuspension: (c, e) => {
    const from = suspendedFrom(c, e);
    return {
      date: e.date,
      suspension: withStatus(c, 'suspended'),
      suspensions: [...c.suspensions, { from, to: null }],
      timeline: openStage(c.timeline, 'suspended', from),
    };
  },

  contestUnprovided: (c, e) => ({
    date: e.date,
    suspension: withStatus(c, 'contested'),
    timeline: contestStage(c, (record(c) as SuspensionState).objectionWindowEndsOn),
  }),

  recordFinding: (c, e) => {
    const { by } = e as WithdrawalEventOf<'suspension.rejected'>;
    const suspension = record(c) as SuspensionState;
    return {
      date: e.date,
      suspension: withStatus(c, 'contested', { findings: [...suspension.findings, { by, date: e.date }] }),
      timeline: contestStage(c, e.date),
    };
  },

  endSuspension: (c, e) => ({
    date: e.date,
    suspension: withStatus(c, 'ended'),
    suspensions: c.suspensions.map((p) => (p.to === null ? { ...p, to: e.date } : p)),
    // In the withdrawal stages the stage does not change: only the suspension ends.
    timeline: c.receivedOn !== null ? c.timeline : openStage(c.timeline, 'in-procedure', e.date),
  }),
} satisfies Record<string, Update>;

/** The first day of a suspension carried out by this event: the end of the window when time runs out, else the event's date. */
function suspendedFrom(c: WithdrawalContext, e: WithdrawalEvent): CalendarDate {
  return e.type === 'clock.advanced' ? (record(c) as SuspensionState).objectionWindowEndsOn : e.date;
}

/** The explanation of each suspension update, by action name (see `explainers` in logic.ts). */
export const suspensionExplainers = {
  notifySuspension: (c, e) => {
    const notice = e as WithdrawalEventOf<'suspension.notified'>;
    const { endsOn } = windowFor(notice);
    const ground = GROUNDS[notice.ground];
    const unprovided = notice.ground === 'treaty-provision' && !c.treaty.suspension.provided;
    return [
      step(
        'suspension-notice',
        e.date,
        message('rule.suspensionNotice'),
        message('suspensionNotice', {
          party: c.party,
          date: e.date,
          treaty: c.treaty.shortName,
          ground: notice.ground,
          groundArticle: ground.article,
          endsOn,
          urgent: notice.urgent === true,
          unprovidedArticle: unprovided ? c.treaty.suspension.article : undefined,
        }),
        `${ground.article}; ${vcltArticle('65(1)–(2)', '67')}`,
      ),
    ];
  },

  raiseObjection: (c, e) => {
    const { by } = e as WithdrawalEventOf<'objection.raised'>;
    const suspension = record(c) as SuspensionState;
    const first = standingCount(suspension) === 0 && suspension.status !== 'contested';
    // Words only: the machine keeps no state on this date, so an objection late in 9999 is taken, without it.
    const settlementFrom = addPeriodWithinCalendar(e.date, { months: 12 });
    return [
      step(
        'objection',
        e.date,
        message('rule.objection'),
        message('objection', { by, date: e.date, first, settlementFrom, last: LAST_CALENDAR_DATE, party: c.party }),
        first ? vcltArticle('65(3)', '66') : vcltArticle('65(3)'),
      ),
      ...firstContest(c, e.date),
    ];
  },

  withdrawObjection: (_c, e) => [
    step(
      'objection',
      e.date,
      message('rule.objectionWithdrawn'),
      message('objectionWithdrawn', { by: (e as WithdrawalEventOf<'objection.withdrawn'>).by, date: e.date }),
      vcltArticle('65'),
    ),
  ],

  carryOutSuspension: (c, e) => {
    const suspension = record(c) as SuspensionState;
    const from = suspendedFrom(c, e);
    const ground = GROUNDS[suspension.ground];
    const provided = suspension.ground === 'treaty-provision';
    return [
      step(
        'suspension',
        from,
        message('rule.suspensionInForce'),
        message('suspensionInForce', {
          how:
            e.type === 'dispute.settled'
              ? 'settled'
              : e.type === 'objection.withdrawn'
                ? 'lastObjectionWithdrawn'
                : 'noObjection',
          date: e.date,
          settledBy: e.type === 'dispute.settled' ? (e as WithdrawalEventOf<'dispute.settled'>).by : undefined,
          windowEndsOn: suspension.objectionWindowEndsOn,
          treaty: c.treaty.shortName,
          provided,
          article: provided ? c.treaty.suspension.article : ground.article,
          from,
          party: c.party,
        }),
        e.type === 'dispute.settled'
          ? vcltArticle('65(3)', '66', '72')
          : `${ground.article}; ${vcltArticle('65(2)', '67', '72')}`,
      ),
    ];
  },

  contestUnprovided: (c) => treatyDoesNotProvide(c, (record(c) as SuspensionState).objectionWindowEndsOn),

  recordFinding: (c, e) => {
    const { by } = e as WithdrawalEventOf<'suspension.rejected'>;
    return [
      step(
        'finding',
        e.date,
        message('rule.finding'),
        message('finding', { date: e.date, by, treaty: c.treaty.shortName, party: c.party }),
        by,
        e.source ?? c.treaty.suspension.source,
      ),
      ...firstContest(c, e.date),
    ];
  },

  endSuspension: (c, e) => {
    const abandoned = e.type === 'dispute.settled';
    return [
      step(
        'suspension-end',
        e.date,
        message('rule.suspensionEnd', { abandoned }),
        message('suspensionEnd', { abandoned, date: e.date, party: c.party, treaty: c.treaty.shortName }),
        abandoned ? vcltArticle('65(3)') : vcltArticle('68', '72(2)'),
      ),
    ];
  },
} satisfies { [K in keyof typeof suspensionUpdates]?: Explainer };

/**
 * What happens to a suspension when the state deposits an instrument of
 * withdrawal: one pending or contested is superseded by the withdrawal; one in
 * force goes on until it ends or the withdrawal takes effect.
 */
export function supersedeOnDeposit(context: WithdrawalContext): Partial<WithdrawalContext> {
  const suspension = record(context);
  if (!suspension || (suspension.status !== 'pending' && suspension.status !== 'contested')) return {};
  return {
    suspension: { ...suspension, status: 'superseded' },
    warnings: [
      ...context.warnings,
      warning(
        'SUSPENSION_SUPERSEDED',
        message('suspensionSuperseded', { notifiedOn: suspension.notifiedOn, status: suspension.status }),
        vclt('65'),
      ),
    ],
  };
}

/** Closes a suspension in force when the withdrawal takes effect. */
export function closeOnEffect(context: WithdrawalContext, effectiveOn: CalendarDate): Partial<WithdrawalContext> {
  if (record(context)?.status !== 'suspended') return {};
  return {
    suspension: withStatus(context, 'ended'),
    suspensions: context.suspensions.map((p) => (p.to === null ? { ...p, to: effectiveOn } : p)),
  };
}
