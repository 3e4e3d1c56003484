/**
 * The part of the message table that only the renderers (src/render) word: the
 * headline of a result, the calendar's summaries, the diagrams' notes. It is a
 * part of the one English table (its keys are keys of `MessageTable`, and a
 * table of another language gives them beside the others), kept in a module of
 * its own so that a bundle of the machine or of `simulate` does not carry it.
 */
import { vcltArticle } from '../law/vclt.js';
import type { Outcome } from '../machine/context.js';
import { who } from './messages.js';

export const renderMessages = {
  /** The outcome of a result in one line (`headline`). */
  headline: (p: {
    outcome: Outcome;
    asOf: string | null;
    since: string | undefined;
    effectiveOn: string | null;
    noticeExpiresOn: string | null;
    notifiedOn: string | undefined;
    windowEndsOn: string | undefined;
  }) => {
    const asOf = p.asOf ? ` (as of ${p.asOf})` : '';
    switch (p.outcome) {
      case 'effective':
        return `effective on ${p.effectiveOn}`;
      case 'deferred':
        return `deferred: the notice period ended on ${p.noticeExpiresOn}; no effect before the armed conflict ends${asOf}`;
      case 'notice-period':
        return p.effectiveOn
          ? `notice period running${asOf}; takes effect on ${p.effectiveOn} if nothing changes`
          : `notice period running${asOf}, ends ${p.noticeExpiresOn}; an armed conflict would defer the effect`;
      case 'revoked':
        return `revoked on ${p.since}: the withdrawal will not take effect`;
      case 'abandoned':
        return `abandoned on ${p.since}: the domestic procedure failed`;
      case 'in-procedure':
        return `domestic procedure under way${asOf}; nothing deposited`;
      case 'suspension-pending':
        return `suspension notified on ${p.notifiedOn}; objections possible until ${p.windowEndsOn}${asOf}; still bound`;
      case 'suspension-contested':
        return `suspension contested${asOf}: still bound`;
      case 'suspended':
        return `suspended since ${p.since}: the obligation to perform is suspended (${vcltArticle('72')})`;
    }
  },
  // The calendar's events (`toICalendar`): the summary of each key date, and the detail of the objection deadline.
  'ical.receipt': (p: { treaty: string; party: string | null }) =>
    `${p.treaty}: instrument of withdrawal of ${who(p.party)} received`,
  'ical.noticeExpiry': (p: { treaty: string; party: string | null }) => `${p.treaty}: notice period of ${who(p.party)} ends`,
  'ical.effect': (p: { treaty: string; party: string | null; projected: boolean }) =>
    `${p.treaty}: withdrawal of ${who(p.party)} takes effect${p.projected ? ' (projected)' : ''}`,
  'ical.objectionDeadline': (p: { treaty: string; party: string | null }) =>
    `${p.treaty}: window for objections to the suspension by ${who(p.party)} closes`,
  'ical.objectionDeadlineDetail': (p: { notifiedOn: string; endsOn: string }) =>
    `Other parties may object to the suspension notified on ${p.notifiedOn} until ${p.endsOn}.`,
  'ical.survivalEnd': (p: { treaty: string; party: string | null }) =>
    `${p.treaty}: surviving obligations of ${who(p.party)} end`,
  'ical.calendarName': () => 'Treaty withdrawal dates',
} as const;

/** The renderers' part of the English table. */
export type RenderMessages = typeof renderMessages;
