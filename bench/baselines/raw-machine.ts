/**
 * Baseline: a bare XState v5 machine with the states and event transitions of
 * `withdrawalMachine` but trivial guards and assign actions (the date and a
 * couple of fields). Running it through `createActor` + `send` measures what
 * XState itself costs, so the library's own overhead on top of it can be told
 * apart.
 */
import { assign, setup } from 'xstate';

export interface RawContext {
  date: string | null;
  steps: number;
  conflict: boolean;
  noticeExpiresOn: string | null;
  effectiveOn: string | null;
}

export type RawEvent =
  | { type: 'decree.signed'; date: string }
  | { type: 'parliament.approved'; date: string }
  | { type: 'parliament.rejected'; date: string }
  | { type: 'law.signed'; date: string }
  | { type: 'instrument.deposited'; date: string }
  | { type: 'notification.revoked'; date: string }
  | { type: 'armedConflict.started'; date: string }
  | { type: 'armedConflict.ended'; date: string }
  | { type: 'clock.advanced'; date: string }
  | { type: 'suspension.notified'; date: string }
  | { type: 'objection.raised'; date: string }
  | { type: 'objection.withdrawn'; date: string }
  | { type: 'suspension.rejected'; date: string }
  | { type: 'dispute.settled'; date: string }
  | { type: 'suspension.ended'; date: string };

/** A fixed six months, by string surgery good enough for this baseline's dates. */
function sixMonthsLater(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) + 6;
  const y = month > 12 ? year + 1 : year;
  const m = month > 12 ? month - 12 : month;
  return `${y}-${m < 10 ? '0' : ''}${m}-${date.slice(8, 10)}`;
}

/** The transitions accepted before a deposit, shared by the procedure and suspension states. */
const preDeposit = {
  'decree.signed': { guard: 'inOrder', actions: 'step' },
  'parliament.approved': { guard: 'inOrder', actions: 'step' },
  'law.signed': { guard: 'inOrder', actions: 'step' },
  'instrument.deposited': { guard: 'stepsDone', target: 'noticePeriod', actions: 'deposit' },
  'armedConflict.started': { guard: 'noConflict', actions: 'startConflict' },
  'armedConflict.ended': { guard: 'conflict', actions: 'endConflict' },
} as const;

/**
 * The context of the bare machine as wide as the library's (19 fields): the
 * five it uses plus fourteen it carries along untouched, like the profiles,
 * timeline and explanation of the real context. XState copies the whole
 * context on every assign, so this isolates what the width alone costs.
 */
export function wideContext(): RawContext {
  const carried = [
    'treaty',
    'procedure',
    'party',
    'entryIntoForce',
    'overflow',
    'domestic',
    'conflicts',
    'receivedOn',
    'reasons',
    'revokedOn',
    'suspension',
    'suspensions',
    'timeline',
    'effectTerms',
  ];
  const context: Record<string, unknown> = { date: null, steps: 0, conflict: false, noticeExpiresOn: null, effectiveOn: null };
  for (const key of carried) context[key] = null;
  return context as unknown as RawContext;
}

/** The bare machine; `context` chooses the minimal (default) or the wide context. */
export function createRawMachine(
  context: () => RawContext = () => ({ date: null, steps: 0, conflict: false, noticeExpiresOn: null, effectiveOn: null }),
) {
  return setup({
    types: {
      context: {} as RawContext,
      events: {} as RawEvent,
    },
    guards: {
      inOrder: ({ context, event }) => context.date === null || event.date >= context.date,
      due: ({ context, event }) => context.noticeExpiresOn !== null && event.date >= context.noticeExpiresOn,
      dueInConflict: ({ context, event }) =>
        context.conflict && context.noticeExpiresOn !== null && event.date >= context.noticeExpiresOn,
      conflict: ({ context }) => context.conflict,
      noConflict: ({ context }) => !context.conflict,
      stepsDone: ({ context }) => context.steps >= 3,
    },
    actions: {
      tick: assign({ date: ({ event }) => event.date }),
      step: assign({ date: ({ event }) => event.date, steps: ({ context }) => context.steps + 1 }),
      deposit: assign({ date: ({ event }) => event.date, noticeExpiresOn: ({ event }) => sixMonthsLater(event.date) }),
      startConflict: assign({ date: ({ event }) => event.date, conflict: true }),
      endConflict: assign({ date: ({ event }) => event.date, conflict: false }),
      effectOnExpiry: assign({ date: ({ event }) => event.date, effectiveOn: ({ context }) => context.noticeExpiresOn }),
      effectNow: assign({ date: ({ event }) => event.date, effectiveOn: ({ event }) => event.date }),
    },
  }).createMachine({
    id: 'rawWithdrawal',
    context,
    initial: 'procedure',
    states: {
      procedure: {
        on: {
          'decree.signed': { guard: 'inOrder', actions: 'step' },
          'parliament.approved': { guard: 'inOrder', actions: 'step' },
          'law.signed': { guard: 'inOrder', actions: 'step' },
          'parliament.rejected': [{ guard: 'inOrder', target: 'abandoned', actions: 'tick' }],
          'instrument.deposited': { guard: 'stepsDone', target: 'noticePeriod', actions: 'deposit' },
          'armedConflict.started': { guard: 'noConflict', actions: 'startConflict' },
          'armedConflict.ended': { guard: 'conflict', actions: 'endConflict' },
          'clock.advanced': { guard: 'inOrder', actions: 'tick' },
          'suspension.notified': { guard: 'inOrder', target: 'suspensionPending', actions: 'tick' },
        },
      },
      // The suspension states, so the bare machine has the shape of the real one.
      suspensionPending: {
        tags: ['clock'],
        on: {
          ...preDeposit,
          'clock.advanced': [
            { guard: 'due', target: 'suspended', actions: 'tick' },
            { guard: 'inOrder', actions: 'tick' },
          ],
          'objection.raised': { guard: 'inOrder', target: 'suspensionContested', actions: 'tick' },
          'suspension.rejected': { guard: 'inOrder', target: 'suspensionContested', actions: 'tick' },
          'suspension.ended': { guard: 'inOrder', target: 'procedure', actions: 'tick' },
        },
      },
      suspensionContested: {
        on: {
          ...preDeposit,
          'objection.raised': { guard: 'inOrder', actions: 'tick' },
          'objection.withdrawn': [
            { guard: 'due', target: 'suspended', actions: 'tick' },
            { guard: 'inOrder', actions: 'tick' },
          ],
          'suspension.rejected': { guard: 'inOrder', actions: 'tick' },
          'dispute.settled': [
            { guard: 'due', target: 'suspended', actions: 'tick' },
            { guard: 'inOrder', target: 'procedure', actions: 'tick' },
          ],
          'suspension.ended': { guard: 'inOrder', target: 'procedure', actions: 'tick' },
          'clock.advanced': { guard: 'inOrder', actions: 'tick' },
        },
      },
      suspended: {
        on: {
          ...preDeposit,
          'suspension.ended': { guard: 'inOrder', target: 'procedure', actions: 'tick' },
          'clock.advanced': { guard: 'inOrder', actions: 'tick' },
        },
      },
      noticePeriod: {
        tags: ['clock'],
        on: {
          'clock.advanced': [
            { guard: 'dueInConflict', target: 'deferred', actions: 'tick' },
            { guard: 'due', target: 'effective', actions: 'effectOnExpiry' },
            { guard: 'inOrder', actions: 'tick' },
          ],
          'notification.revoked': { guard: 'inOrder', target: 'revoked', actions: 'tick' },
          'armedConflict.started': { guard: 'noConflict', actions: 'startConflict' },
          'armedConflict.ended': { guard: 'conflict', actions: 'endConflict' },
          'suspension.ended': { guard: 'inOrder', actions: 'tick' },
        },
      },
      deferred: {
        on: {
          'armedConflict.ended': { guard: 'conflict', target: 'effective', actions: ['endConflict', 'effectNow'] },
          'notification.revoked': { guard: 'inOrder', target: 'revoked', actions: 'tick' },
          'clock.advanced': { guard: 'inOrder', actions: 'tick' },
          'suspension.ended': { guard: 'inOrder', actions: 'tick' },
        },
      },
      effective: { type: 'final' },
      revoked: { type: 'final' },
      abandoned: { type: 'final' },
    },
  });
}

/** The bare machine with a minimal context (five fields). */
export const rawMachine = createRawMachine();

/** The bare machine with a context as wide as the library's. */
export const wideRawMachine = createRawMachine(wideContext);
