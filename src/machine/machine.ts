import { assign, setup } from 'xstate';
import { VCLT } from '../treaties/profiles/sources.js';
import type { Outcome, WithdrawalContext } from './context.js';
import type { WithdrawalEvent } from './events.js';
import { contextFromInput, type WithdrawalInput } from './input.js';
import { type ActionName, type GuardName, guards, updates } from './logic.js';

/** What every state's `meta` holds: the outcome it stands for and the law that governs it. */
export interface StateMeta {
  /** The contract's outcome while the machine is in this state. */
  readonly outcome: Outcome;
  /** The governing provisions. */
  readonly article: string;
  /** URL of their text. */
  readonly source: string;
}

/** What every transition's `meta` holds. */
export interface TransitionMeta {
  /** The governing provision. */
  readonly article: string;
  /** URL of its text. */
  readonly source: string;
}

type GuardImplementations = {
  [K in GuardName]: (args: { context: WithdrawalContext; event: WithdrawalEvent }) => boolean;
};

function guardImplementations(): GuardImplementations {
  const result = {} as Record<string, GuardImplementations[GuardName]>;
  for (const name of Object.keys(guards) as GuardName[]) {
    const guard = guards[name];
    result[name] = ({ context, event }) => guard(context, event);
  }
  return result as GuardImplementations;
}

function updateAction<K extends ActionName>(name: K) {
  const update = updates[name];
  return assign<WithdrawalContext, WithdrawalEvent, undefined, WithdrawalEvent, never>(({ context, event }) =>
    update(context, event),
  );
}

const ART_20_3 = 'https://treaties.un.org/doc/Treaties/1997/09/19970918%2007-53%20AM/Ch_XXVI_05p.pdf';

/**
 * The life of a withdrawal, from the first domestic step to effect, as one
 * XState v5 machine parameterised by its input (treaty profile, procedure,
 * party, entry into force). Time is an input: it moves only with dated events,
 * never with timers, so a period of months cannot overflow `setTimeout` and a
 * persisted snapshot resumes exactly.
 *
 * Every guard and action is a plain function of (context, event) in `logic.ts`;
 * `simulate` runs the same functions over this same definition.
 *
 * @example
 * const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa', party: 'FIN' } }).start();
 * actor.send({ type: 'instrument.deposited', date: '2025-07-10' });
 * actor.send({ type: 'clock.advanced', date: '2026-01-10' });
 * actor.getSnapshot().value;
 * //=> 'effective'
 * actor.getSnapshot().context.effectiveOn;
 * //=> '2026-01-10'
 */
export const withdrawalMachine = setup({
  types: {
    context: {} as WithdrawalContext,
    events: {} as WithdrawalEvent,
    input: {} as WithdrawalInput,
    meta: {} as StateMeta | TransitionMeta,
    tags: {} as 'clock',
  },
  guards: guardImplementations(),
  actions: {
    tick: updateAction('tick'),
    recordStep: updateAction('recordStep'),
    abandon: updateAction('abandon'),
    startNotice: updateAction('startNotice'),
    startConflict: updateAction('startConflict'),
    endConflict: updateAction('endConflict'),
    defer: updateAction('defer'),
    takeEffectOnExpiry: updateAction('takeEffectOnExpiry'),
    takeEffectAtConflictEnd: updateAction('takeEffectAtConflictEnd'),
    revoke: updateAction('revoke'),
  },
}).createMachine({
  id: 'withdrawal',
  description: 'How a state leaves a treaty: domestic procedure, instrument, notice period, effect.',
  context: ({ input }) => contextFromInput(input),
  initial: 'procedure',
  states: {
    procedure: {
      description:
        'Domestic procedure: the steps the procedure profile requires (decree, approval by the legislature, signature) before the instrument may be deposited.',
      meta: { outcome: 'in-procedure', article: 'domestic law (procedure profile); VCLT Art. 67(2)', source: VCLT },
      on: {
        'decree.signed': { guard: 'stepInSequence', actions: 'recordStep', description: 'Executive decision recorded' },
        'parliament.approved': { guard: 'stepInSequence', actions: 'recordStep', description: 'Legislature approves' },
        'law.signed': { guard: 'stepInSequence', actions: 'recordStep', description: 'Law signed or promulgated' },
        'parliament.rejected': [
          {
            guard: 'rejectionEndsProcedure',
            target: 'abandoned',
            actions: 'abandon',
            description: 'Legislature rejects: the procedure ends',
          },
          {
            guard: 'rejectionAllowsResubmission',
            actions: 'recordStep',
            description: 'Legislature rejects; the profile allows another vote',
          },
        ],
        'instrument.deposited': {
          guard: 'depositAllowed',
          target: 'noticePeriod',
          actions: 'startNotice',
          description: 'Depositary receives the instrument: the period runs from receipt',
          meta: { article: 'VCLT Art. 67; the treaty’s withdrawal clause', source: VCLT },
        },
        'armedConflict.started': { guard: 'noConflictOngoing', actions: 'startConflict', description: 'Armed conflict begins' },
        'armedConflict.ended': { guard: 'conflictOngoing', actions: 'endConflict', description: 'Armed conflict ends' },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes' },
      },
    },
    noticePeriod: {
      description:
        'Notice period: the instrument has been received and the treaty’s period is running; the treaty still binds the party.',
      meta: { outcome: 'notice-period', article: 'VCLT Arts. 54(a), 67; the treaty’s withdrawal clause', source: VCLT },
      tags: ['clock'],
      on: {
        'clock.advanced': [
          {
            guard: 'expiresDuringConflict',
            target: 'deferred',
            actions: 'defer',
            description: 'Period expires while the party is engaged in an armed conflict: effect deferred',
            meta: { article: 'Ottawa Art. 20(3); CCM Art. 20(3)', source: ART_20_3 },
          },
          {
            guard: 'expiresWithoutConflict',
            target: 'effective',
            actions: 'takeEffectOnExpiry',
            description: 'Period expires: the withdrawal takes effect',
            meta: { article: 'the treaty’s withdrawal clause', source: VCLT },
          },
          { guard: 'inOrder', actions: 'tick', description: 'Time passes within the period' },
        ],
        'notification.revoked': {
          guard: 'beforeExpiry',
          target: 'revoked',
          actions: 'revoke',
          description: 'Notice revoked before it takes effect',
          meta: { article: 'VCLT Art. 68', source: VCLT },
        },
        'armedConflict.started': { guard: 'noConflictBeforeExpiry', actions: 'startConflict', description: 'Armed conflict begins' },
        'armedConflict.ended': { guard: 'conflictOngoingBeforeExpiry', actions: 'endConflict', description: 'Armed conflict ends' },
      },
    },
    deferred: {
      description:
        'Deferred: the period is over, but the party was engaged in an armed conflict when it expired; the withdrawal waits for the conflict to end and the treaty still binds the party.',
      meta: { outcome: 'deferred', article: 'Ottawa Art. 20(3); CCM Art. 20(3)', source: ART_20_3 },
      on: {
        'armedConflict.ended': {
          guard: 'conflictOngoing',
          target: 'effective',
          actions: ['endConflict', 'takeEffectAtConflictEnd'],
          description: 'Armed conflict ends: the withdrawal takes effect',
          meta: { article: 'Ottawa Art. 20(3); CCM Art. 20(3)', source: ART_20_3 },
        },
        'notification.revoked': {
          guard: 'inOrder',
          target: 'revoked',
          actions: 'revoke',
          description: 'Notice revoked before it takes effect',
          meta: { article: 'VCLT Art. 68', source: VCLT },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes; the conflict goes on' },
      },
    },
    effective: {
      type: 'final',
      description: 'Effective: the party is no longer bound (obligations that survive aside); to return it must join again.',
      meta: { outcome: 'effective', article: 'VCLT Art. 70', source: VCLT },
    },
    revoked: {
      type: 'final',
      description: 'Revoked: the notice was withdrawn before it took effect; the party stays bound.',
      meta: { outcome: 'revoked', article: 'VCLT Art. 68', source: VCLT },
    },
    abandoned: {
      type: 'final',
      description: 'Abandoned: the domestic procedure failed; nothing was deposited and the party stays bound.',
      meta: { outcome: 'abandoned', article: 'domestic law (procedure profile)', source: VCLT },
    },
  },
});

/** The machine's state names. */
export type WithdrawalStateValue = 'procedure' | 'noticePeriod' | 'deferred' | 'effective' | 'revoked' | 'abandoned';
