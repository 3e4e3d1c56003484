/**
 * The part of the message table that only the renderers (src/render) word: the
 * headline of a result, the calendar's summaries, the diagrams' notes. It is a
 * part of the one English table (its keys are keys of `MessageTable`, and a
 * table of another language gives them beside the others), kept in a module of
 * its own so that a bundle of the machine or of `simulate` does not carry it.
 */
import { vcltArticle } from '../law/vclt.js';
import type { Outcome } from '../machine/context.js';
import { partyLabel } from '../parties/names.js';
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
  /** A `dtstamp` option that is neither form (`got`: the value as shown). */
  'ical.stamp': (p: { got: string }) =>
    `${p.got} is neither a date YYYY-MM-DD nor a UTC date-time YYYYMMDDTHHMMSSZ (RFC 5545 3.3.5)`,

  // The text renderers (src/render/text.ts): titles, the timeline table's words, the explanation's marks.
  'text.timelineTitle': (p: { party: string | null; treaty: string; id: string; procedure: string }) =>
    `${partyLabel(p.party) ?? 'Unnamed party'} · ${p.treaty} (${p.id}) · procedure: ${p.procedure}`,
  'text.explanationTitle': (p: { party: string | null; treaty: string }) =>
    `${partyLabel(p.party) ?? 'Unnamed party'} · ${p.treaty}`,
  /** The timeline table's column heads, separated by tabs. */
  'text.columns': () => 'STAGE\tFROM\tTO\tRULE',
  'text.noEvents': () => '(no events yet)',
  'text.conflictStage': () => 'armed conflict',
  'text.conflictRule': (p: { article: string | undefined }) =>
    p.article === undefined ? 'no effect on this treaty' : `${p.article} · defers effect if ongoing at expiry`,
  'text.survivingStage': () => 'surviving',
  'text.survivingRule': (p: { article: string; until: string; scope: string }) =>
    `${p.article} · binds through ${p.until}: ${p.scope}`,
  'text.clamped': () => ' [clamped to month end]',
  'text.warnings': () => 'Warnings:',

  // The Mermaid diagrams (src/render/mermaid.ts): a state's note, the gantt chart's title, sections and milestones.
  'mermaid.alsoAccepts': (p: { events: readonly string[] }) => `Also accepts: ${p.events.join(', ')}.`,
  'mermaid.ganttTitle': (p: { party: string | null; treaty: string; outcome: string }) =>
    `${partyLabel(p.party) ?? 'Unnamed party'} · ${p.treaty} · ${p.outcome}`,
  'mermaid.section': (p: { section: 'withdrawal' | 'conflict' | 'suspension' | 'dates' }) =>
    ({ withdrawal: 'Withdrawal', conflict: 'Armed conflict', suspension: 'Suspension in force', dates: 'Dates' })[p.section],
  'mermaid.ongoing': () => ' (ongoing)',
  'mermaid.conflictBar': () => 'armed conflict',
  'mermaid.milestone': (p: { milestone: 'receipt' | 'expiry' | 'effect' | 'projected' | 'asOf' }) =>
    ({
      receipt: 'receipt',
      expiry: 'notice expires',
      effect: 'takes effect',
      projected: 'takes effect (projected)',
      asOf: 'as of',
    })[p.milestone],
} as const;

/** The renderers' part of the English table. */
export type RenderMessages = typeof renderMessages;
