import { assign, enqueueActions, setup, stateIn } from 'xstate';
import { VCLT } from '../treaties/profiles/sources.js';
import type { Outcome, WithdrawalContext } from './context.js';
import type { WithdrawalEvent } from './events.js';
import { contextFromInput, type WithdrawalInput } from './input.js';
import { type ActionName, type DeadlineName, type GuardName, guards, updates } from './logic.js';
import { type EventRefused, isWellFormedEvent, refusalOf, refusedEvent, type StateShapes } from './refusal.js';

/** What every state's `meta` holds: the outcome it stands for and the law that governs it. */
export interface StateMeta {
  /** The contract's outcome while the machine is in this state. */
  readonly outcome: Outcome;
  /** The governing provisions. */
  readonly article: string;
  /** URL of their text. */
  readonly source: string;
  /**
   * For a state that time alone can leave (tagged `clock`): the date it waits
   * for, by name (see `deadlines` in logic.ts).
   */
  readonly deadline?: DeadlineName;
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
    // An actor's `send` takes any object: a malformed event (a typo'd type, a
    // date such as 27/06/2025, a Date object) enables no transition, so the
    // root's catch-all refuses it instead of a guard reading it.
    result[name] = ({ context, event }) => isWellFormedEvent(event) && guard(context, event);
  }
  return result as GuardImplementations;
}

function updateAction(name: ActionName) {
  const update = updates[name];
  return assign<WithdrawalContext, WithdrawalEvent, undefined, WithdrawalEvent, never>(({ context, event }) =>
    update(context, event),
  );
}

/** Every update of logic.ts as an XState `assign` action of the same name. */
function actionImplementations(): Record<ActionName, ReturnType<typeof updateAction>> {
  const result = {} as Record<ActionName, ReturnType<typeof updateAction>>;
  for (const name of Object.keys(updates) as ActionName[]) result[name] = updateAction(name);
  return result;
}

/**
 * The root's catch-all: an event no state takes is explained, with the same
 * code, message and allowed events `applyEvent` gives, and emitted as
 * `event.refused`. It assigns nothing and targets nothing, so the state and
 * context stay exactly as they were.
 */
const refuse = enqueueActions<WithdrawalContext, WithdrawalEvent, undefined, WithdrawalEvent, never, never, never, never, EventRefused>(({ context, event, check, enqueue }) => {
  // Read when an event is refused, long after the machine below exists (no
  // module-level statement, so a bundle that does not use the machine drops it).
  const states = withdrawalMachine.config.states as unknown as StateShapes;
  const state = (Object.keys(states) as WithdrawalStateValue[]).find((name) => check(stateIn(name) as never)) ?? 'procedure';
  enqueue.emit(refusedEvent(refusalOf(states, state, context, event)));
});

/**
 * The steps towards a withdrawal, accepted before any deposit: in the domestic
 * procedure and in every suspension state, since a withdrawal can follow a
 * suspension. Armed conflicts can begin and end at any of those times.
 */
const withdrawalSteps = {
  'decree.signed': { guard: 'stepInSequence', actions: 'recordStep', description: 'Executive decision recorded' },
  'parliament.approved': { guard: 'stepInSequence', actions: 'recordStep', description: 'Legislature approves' },
  'law.signed': { guard: 'stepInSequence', actions: 'recordStep', description: 'Law signed or promulgated' },
  'instrument.deposited': {
    guard: 'depositAllowed',
    target: 'noticePeriod',
    actions: 'startNotice',
    description: 'Depositary receives the instrument: the period runs from receipt',
    meta: { article: 'VCLT Art. 67; the treaty’s withdrawal clause', source: VCLT },
  },
  'armedConflict.started': { guard: 'noConflictOngoing', actions: 'startConflict', description: 'Armed conflict begins' },
  'armedConflict.ended': { guard: 'conflictOngoing', actions: 'endConflict', description: 'Armed conflict ends' },
} as const;

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
    emitted: {} as EventRefused,
  },
  guards: guardImplementations(),
  actions: { ...actionImplementations(), refuse },
}).createMachine({
  id: 'withdrawal',
  description: 'How a state leaves a treaty: domestic procedure, instrument, notice period, effect.',
  context: ({ input }) => contextFromInput(input),
  initial: 'procedure',
  on: {
    '*': { actions: 'refuse', description: 'Any event no state takes is refused: emitted as event.refused, nothing changes' },
  },
  states: {
    procedure: {
      description:
        'Domestic procedure: the steps the procedure profile requires (decree, approval by the legislature, signature) before the instrument may be deposited.',
      meta: { outcome: 'in-procedure', article: 'domestic law (procedure profile); VCLT Art. 67(2)', source: VCLT },
      on: {
        ...withdrawalSteps,
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
        'suspension.notified': {
          guard: 'suspensionNotifiable',
          target: 'suspensionPending',
          actions: 'notifySuspension',
          description: 'Suspension notified: no withdrawal clock starts; the other parties may object',
          meta: { article: 'VCLT Arts. 62, 65(1)', source: VCLT },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes' },
      },
    },
    suspensionPending: {
      description:
        'Suspension pending: the party has notified a suspension (VCLT Art. 65(1)); the other parties have at least three months to object, and meanwhile the treaty binds the party.',
      meta: { outcome: 'suspension-pending', article: 'VCLT Art. 65(1)–(2)', source: VCLT, deadline: 'objectionWindow' },
      tags: ['clock'],
      on: {
        'clock.advanced': [
          {
            guard: 'windowClosesUnopposed',
            target: 'suspended',
            actions: 'carryOutSuspension',
            description: 'No objection in time and the treaty provides for suspension: carried out',
            meta: { article: 'VCLT Arts. 65(2), 67', source: VCLT },
          },
          {
            guard: 'windowClosesUnprovided',
            target: 'suspensionContested',
            actions: 'contestUnprovided',
            description: 'The window closes, but the treaty does not provide for suspension',
            meta: { article: 'VCLT Art. 57', source: VCLT },
          },
          { guard: 'inOrder', actions: 'tick', description: 'Time passes within the window' },
        ],
        'objection.raised': {
          guard: 'objectionInWindow',
          target: 'suspensionContested',
          actions: 'raiseObjection',
          description: 'A party objects within the window',
          meta: { article: 'VCLT Art. 65(2)–(3)', source: VCLT },
        },
        'suspension.rejected': {
          guard: 'inOrder',
          target: 'suspensionContested',
          actions: 'recordFinding',
          description: 'The parties find the suspension not allowed',
        },
        'suspension.ended': {
          guard: 'inOrder',
          target: 'procedure',
          actions: 'endSuspension',
          description: 'The notice is withdrawn',
          meta: { article: 'VCLT Art. 68', source: VCLT },
        },
        ...withdrawalSteps,
      },
    },
    suspensionContested: {
      description:
        'Suspension contested: a party objected, or the treaty does not provide for suspension; the dispute goes to the means of UN Charter Art. 33 (and VCLT Art. 66 after twelve months). The treaty binds the party.',
      meta: { outcome: 'suspension-contested', article: 'VCLT Arts. 65(3), 66', source: VCLT },
      on: {
        'objection.raised': { guard: 'newObjection', actions: 'raiseObjection', description: 'Another party objects' },
        'objection.withdrawn': [
          {
            guard: 'lastObjectionWithdrawnInWindow',
            target: 'suspensionPending',
            actions: 'withdrawLastObjectionAndReopen',
            description: 'The last objection is withdrawn within the window',
          },
          {
            guard: 'lastObjectionWithdrawnAfterWindow',
            target: 'suspended',
            actions: 'withdrawLastObjectionAndCarryOut',
            description: 'The last objection is withdrawn after the window; the treaty provides for suspension',
            meta: { article: 'VCLT Arts. 65(2), 67', source: VCLT },
          },
          { guard: 'objectionOnRecord', actions: 'withdrawObjection', description: 'An objection is withdrawn; others stand' },
        ],
        'suspension.rejected': { guard: 'inOrder', actions: 'recordFinding', description: 'The parties find the suspension not allowed' },
        'dispute.settled': [
          {
            guard: 'settlementUpholds',
            target: 'suspended',
            actions: 'carryOutSuspension',
            description: 'Settlement upholds the suspension',
            meta: { article: 'VCLT Arts. 65(3), 66, 72', source: VCLT },
          },
          {
            guard: 'settlementAbandons',
            target: 'procedure',
            actions: 'endSuspension',
            description: 'Settlement: the suspension is abandoned',
            meta: { article: 'VCLT Art. 65(3)', source: VCLT },
          },
        ],
        'suspension.ended': {
          guard: 'inOrder',
          target: 'procedure',
          actions: 'endSuspension',
          description: 'The suspension is withdrawn',
          meta: { article: 'VCLT Art. 68', source: VCLT },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes; the dispute goes on' },
        ...withdrawalSteps,
      },
    },
    suspended: {
      description:
        'Suspended: the suspension was carried out or upheld; while it lasts the party need not perform the treaty, but must not obstruct its resumption (VCLT Art. 72).',
      meta: { outcome: 'suspended', article: 'VCLT Art. 72', source: VCLT },
      on: {
        'suspension.ended': {
          guard: 'inOrder',
          target: 'procedure',
          actions: 'endSuspension',
          description: 'The suspension ends: the treaty operates again',
          meta: { article: 'VCLT Art. 72(2)', source: VCLT },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes' },
        ...withdrawalSteps,
      },
    },
    noticePeriod: {
      description:
        'Notice period: the instrument has been received and the treaty’s period is running; the treaty still binds the party.',
      meta: {
        outcome: 'notice-period',
        article: 'VCLT Arts. 54(a), 67; the treaty’s withdrawal clause',
        source: VCLT,
        deadline: 'noticeExpiry',
      },
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
        'suspension.ended': {
          guard: 'suspensionInForce',
          actions: 'endSuspension',
          description: 'A suspension in force since before the deposit ends',
          meta: { article: 'VCLT Art. 72(2)', source: VCLT },
        },
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
          actions: 'endConflictAndTakeEffect',
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
        'suspension.ended': {
          guard: 'suspensionInForce',
          actions: 'endSuspension',
          description: 'A suspension in force since before the deposit ends',
          meta: { article: 'VCLT Art. 72(2)', source: VCLT },
        },
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
export type WithdrawalStateValue =
  | 'procedure'
  | 'suspensionPending'
  | 'suspensionContested'
  | 'suspended'
  | 'noticePeriod'
  | 'deferred'
  | 'effective'
  | 'revoked'
  | 'abandoned';
