import { assign, enqueueActions, type StateValueFrom, setup, stateIn } from 'xstate';
import { type Message, type MessageKey, type MessageOverrides, message, wordMessage } from '../errors/messages.js';
import { VCLT_SOURCE as VCLT, vclt, vcltArticle } from '../law/vclt.js';
import type { TreatyProfile } from '../treaties/schema.js';
import type { Outcome, WithdrawalContext } from './context.js';
import type { WithdrawalEvent } from './events.js';
import { contextFromInput, type WithdrawalInput } from './input.js';
import { type ActionName, type DeadlineName, type GuardName, guards, updates } from './logic.js';
import { type EventRefused, isWellFormedEvent, refusalOf, refusedEvent } from './refusal.js';
import { structureOf } from './structure.js';

/**
 * The provision of a treaty profile that governs a state or transition, where
 * the treaty has one: shown instead of the general law in `meta` when a profile
 * is given (see `provisionOf` in machine.ts).
 */
export type ProfileProvision =
  | 'instrument'
  | 'effect'
  | 'armedConflictDeferral'
  | 'conditions'
  | 'extension'
  | 'membership'
  | 'suspension';

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
  /** The profile's provision that governs the state, where the treaty has one. */
  readonly provision?: ProfileProvision;
  /** What `article` was worded from, where it is words rather than a citation (`machineDiagram({ messages })` rewords it). */
  readonly wording?: { readonly article: Message };
}

/** What every transition's `meta` holds. */
export interface TransitionMeta {
  /** The governing provision in general law (or a description of the treaty's). */
  readonly article: string;
  /** URL of its text. */
  readonly source: string;
  /** The profile's provision that governs the transition, where the treaty has one. */
  readonly provision?: ProfileProvision;
  /** What `article` was worded from, where it is words rather than a citation (`machineDiagram({ messages })` rewords it). */
  readonly wording?: { readonly article: Message };
}

/**
 * The article and source that govern a state or transition: the profile's own
 * provision when a profile is given and has it, else the general law of `meta`
 * (worded from `messages` where `meta` keeps the message its words came from).
 *
 * @example
 * provisionOf({ article: 'the treaty’s armed-conflict deferral clause', source: 'https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf', provision: 'armedConflictDeferral' }, getTreaty('ottawa')).article;
 * //=> 'Art. 20(3)'
 */
export function provisionOf(
  meta: {
    readonly article: string;
    readonly source: string;
    readonly provision?: ProfileProvision;
    readonly wording?: { readonly article: Message };
  },
  treaty?: TreatyProfile,
  messages?: MessageOverrides,
): { article: string; source: string } {
  const { withdrawal } = treaty ?? { withdrawal: undefined };
  let cited: { article: string; source: string } | undefined;
  switch (meta.provision) {
    case undefined:
      break;
    case 'conditions':
      cited = withdrawal?.conditions?.[0];
      break;
    case 'suspension':
      cited = treaty?.suspension;
      break;
    default:
      cited = withdrawal?.[meta.provision];
  }
  if (cited) return { article: cited.article, source: cited.source };
  const article = messages !== undefined && meta.wording ? wordMessage(meta.wording.article, messages) : meta.article;
  return { article, source: meta.source };
}

type GuardImplementations = {
  [K in GuardName]: (args: { context: WithdrawalContext; event: WithdrawalEvent }) => boolean;
};

/**
 * Which guard or action of logic.ts each implementation registered below
 * stands for, filled once as the machine is defined and never changed. The
 * executor runs the plain function only where a machine's implementation is
 * one of these (so a machine given other implementations with `provide` runs
 * through XState).
 */
const libraryGuards = new Map<unknown, GuardName>();
const libraryActions = new Map<unknown, ActionName | 'refuse'>();

/** The guard of logic.ts that a guard implementation of the machine runs, if it is one of the library's. */
export function libraryGuardName(implementation: unknown): GuardName | undefined {
  return libraryGuards.get(implementation);
}

/** The update of logic.ts (or the root's `refuse`) that an action implementation of the machine runs, if it is one of the library's. */
export function libraryActionName(implementation: unknown): ActionName | 'refuse' | undefined {
  return libraryActions.get(implementation);
}

/** The key of a state's description in the message table: `state.<name>` (`state.machine` for the machine itself). */
export type StateDescriptionKey = Extract<MessageKey, `state.${string}`>;

/** A state's description, in the table's English words (XState's tools show it; the diagrams word it by its key). */
function describe(key: StateDescriptionKey): string {
  return wordMessage(message(key));
}

/**
 * General words for the law of a state or transition, from the table's `law.*`
 * keys, with the source of the VCLT: the article in English, and the message it
 * was worded from so that a diagram can word it from another table.
 */
function law(said: Message): { article: string; source: string; wording: { article: Message } } {
  return { article: wordMessage(said), source: VCLT, wording: { article: said } };
}

function guardImplementations(): GuardImplementations {
  const result = {} as Record<string, GuardImplementations[GuardName]>;
  for (const name of Object.keys(guards) as GuardName[]) {
    const guard = guards[name];
    // An actor's `send` takes any object: a malformed event (a typo'd type, a
    // date such as 27/06/2025, a Date object) enables no transition, so the
    // root's catch-all refuses it instead of a guard reading it.
    const implementation: GuardImplementations[GuardName] = ({ context, event }) =>
      isWellFormedEvent(event) && guard(context, event);
    result[name] = implementation;
    libraryGuards.set(implementation, name);
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
  for (const name of Object.keys(updates) as ActionName[]) {
    result[name] = updateAction(name);
    libraryActions.set(result[name], name);
  }
  return result;
}

/**
 * The root's catch-all: an event no state takes is explained, with the same
 * code, message and allowed events `applyEvent` gives, and emitted as
 * `event.refused`. It assigns nothing and targets nothing, so the state and
 * context stay exactly as they were.
 */
const refuse = enqueueActions<
  WithdrawalContext,
  WithdrawalEvent,
  undefined,
  WithdrawalEvent,
  never,
  never,
  never,
  never,
  EventRefused
>(({ context, event, check, enqueue }) => {
  // Read when an event is refused, long after the machine below exists (no
  // module-level statement, so a bundle that does not use the machine drops it).
  const { states } = structureOf(withdrawalMachine);
  const state = (Object.keys(states) as WithdrawalStateValue[]).find((name) => check(stateIn(name) as never)) ?? 'procedure';
  enqueue.emit(refusedEvent(refusalOf(states, state, context, event)));
});

/** `refuse`, registered as the library's (called where the machine is defined, so that a bundle without the machine drops both). */
function registeredRefuse(): typeof refuse {
  libraryActions.set(refuse, 'refuse');
  return refuse;
}

/**
 * The steps towards a withdrawal, accepted before any deposit: in the domestic
 * procedure and in every suspension state, since a withdrawal can follow a
 * suspension. Armed conflicts can begin and end at any of those times.
 */

/** An organisation ends the party's membership: at once, or after the period the treaty's membership rule sets. */
const membershipEnds = [
  {
    guard: 'membershipEndsNow',
    target: 'effective',
    actions: 'endMembershipNow',
    description: 'Membership ended: the treaty ceases to bind at once',
    meta: { ...law(message('law.membershipRule')), provision: 'membership' },
  },
  {
    guard: 'membershipEndsLater',
    target: 'noticePeriod',
    actions: 'endMembershipLater',
    description: 'Membership ended: party status ends after the period the treaty sets',
    meta: { ...law(message('law.membershipRule')), provision: 'membership' },
  },
] as const;

const withdrawalSteps = {
  'decree.signed': { guard: 'stepInSequence', actions: 'recordStep', description: 'Executive decision recorded' },
  'parliament.approved': { guard: 'stepInSequence', actions: 'recordStep', description: 'Legislature approves' },
  'law.signed': { guard: 'stepInSequence', actions: 'recordStep', description: 'Law signed or promulgated' },
  'instrument.deposited': {
    guard: 'depositAllowed',
    target: 'noticePeriod',
    actions: 'startNotice',
    description: 'Depositary receives the instrument: the period runs from receipt',
    meta: { ...law(message('law.underWithdrawalClause', { vclt: vcltArticle('67') })), provision: 'instrument' },
  },
  'armedConflict.started': { guard: 'noConflictOngoing', actions: 'startConflict', description: 'Armed conflict begins' },
  'armedConflict.ended': { guard: 'conflictOngoing', actions: 'endConflict', description: 'Armed conflict ends' },
  'withdrawal.agreed': [
    {
      guard: 'agreedNowWithoutRight',
      target: 'effective',
      actions: 'agreeEffectNow',
      description: 'The parties agree that the withdrawal takes effect now (no right of withdrawal otherwise)',
      meta: { ...vclt('54(b)') },
    },
    {
      guard: 'agreedLaterWithoutRight',
      target: 'noticePeriod',
      actions: 'agreeEffectLater',
      description: 'The parties agree on a later date of effect (no right of withdrawal otherwise)',
      meta: { ...vclt('54(b)') },
    },
  ],
  'membership.terminated': membershipEnds,
  'obligations.outstanding': {
    guard: 'obligationsOutstanding',
    actions: 'recordOutstanding',
    description: 'Obligations the effect is subject to are outstanding',
  },
  'obligations.fulfilled': {
    guard: 'obligationsFulfilled',
    actions: 'recordFulfilled',
    description: 'The outstanding obligations are fulfilled',
  },
} as const;

/** The general law of a deferral, shown where no profile is given (the treaty's own clause otherwise). */
const DEFERRAL = law(message('law.deferralRule', { vclt: vcltArticle('54(a)') }));

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
 * The transitions' `description`s are written here in English: they document
 * the definition for XState's own tools (the inspector, Stately's editor), and
 * no output of the library shows them. Every word an output shows (a state's
 * note, the general law in `meta`, explanations, refusals) comes from the
 * message table, by key.
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
    // Optional, so that `createActor(withdrawalMachine, { snapshot })` (a restored
    // snapshot needs no input) type-checks; started with neither, the machine
    // refuses every deposit with INVALID_INPUT (input.ts, contextFromInput).
    input: {} as WithdrawalInput | undefined,
    meta: {} as StateMeta | TransitionMeta,
    tags: {} as 'clock',
    emitted: {} as EventRefused,
  },
  guards: guardImplementations(),
  actions: { ...actionImplementations(), refuse: registeredRefuse() },
}).createMachine({
  id: 'withdrawal',
  description: describe('state.machine'),
  context: ({ input }) => contextFromInput(input),
  initial: 'procedure',
  on: {
    '*': { actions: 'refuse', description: 'Any event no state takes is refused: emitted as event.refused, nothing changes' },
  },
  states: {
    procedure: {
      description: describe('state.procedure'),
      meta: { outcome: 'in-procedure', ...law(message('law.domesticProcedure', { vclt: vcltArticle('67(2)') })) },
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
          meta: { ...vclt('62', '65(1)') },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes' },
      },
    },
    suspensionPending: {
      description: describe('state.suspensionPending'),
      meta: { outcome: 'suspension-pending', ...vclt('65(1)–(2)'), deadline: 'objectionWindow' },
      tags: ['clock'],
      on: {
        'clock.advanced': [
          {
            guard: 'windowClosesUnopposed',
            target: 'suspended',
            actions: 'carryOutSuspension',
            description: 'No objection in time: the notifying party may carry out the suspension',
            meta: { ...vclt('65(2)', '67') },
          },
          {
            guard: 'windowClosesUnprovided',
            target: 'suspensionContested',
            actions: 'contestUnprovided',
            description:
              'The window closes, but the treaty provision invoked does not exist (and the parties have not consented)',
            meta: { ...vclt('57') },
          },
          { guard: 'inOrder', actions: 'tick', description: 'Time passes within the window' },
        ],
        'objection.raised': {
          guard: 'objectionInWindow',
          target: 'suspensionContested',
          actions: 'raiseObjection',
          description: 'A party objects within the window',
          meta: { ...vclt('65(2)–(3)') },
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
          meta: { ...vclt('68') },
        },
        ...withdrawalSteps,
      },
    },
    suspensionContested: {
      description: describe('state.suspensionContested'),
      meta: { outcome: 'suspension-contested', ...vclt('65(3)', '66') },
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
            description: 'The last objection is withdrawn after the window: the suspension may be carried out',
            meta: { ...vclt('65(2)', '67') },
          },
          { guard: 'objectionOnRecord', actions: 'withdrawObjection', description: 'An objection is withdrawn; others stand' },
        ],
        'suspension.rejected': {
          guard: 'inOrder',
          actions: 'recordFinding',
          description: 'The parties find the suspension not allowed',
        },
        'dispute.settled': [
          {
            guard: 'settlementUpholds',
            target: 'suspended',
            actions: 'carryOutSuspension',
            description: 'Settlement upholds the suspension',
            meta: { ...vclt('65(3)', '66', '72') },
          },
          {
            guard: 'settlementAbandons',
            target: 'procedure',
            actions: 'endSuspension',
            description: 'Settlement: the suspension is abandoned',
            meta: { ...vclt('65(3)') },
          },
        ],
        'suspension.ended': {
          guard: 'inOrder',
          target: 'procedure',
          actions: 'endSuspension',
          description: 'The suspension is withdrawn',
          meta: { ...vclt('68') },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes; the dispute goes on' },
        ...withdrawalSteps,
      },
    },
    suspended: {
      description: describe('state.suspended'),
      meta: { outcome: 'suspended', ...vclt('72') },
      on: {
        'suspension.ended': {
          guard: 'inOrder',
          target: 'procedure',
          actions: 'endSuspension',
          description: 'The suspension ends: the treaty operates again',
          meta: { ...vclt('72(2)') },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes' },
        ...withdrawalSteps,
      },
    },
    noticePeriod: {
      description: describe('state.noticePeriod'),
      meta: {
        outcome: 'notice-period',
        ...law(message('law.underWithdrawalClause', { vclt: vcltArticle('54(a)', '67') })),
        deadline: 'noticeExpiry',
        provision: 'effect',
      },
      tags: ['clock'],
      on: {
        'clock.advanced': [
          {
            guard: 'deferralMeetsMembershipEnd',
            target: 'effective',
            actions: 'takeEffectAtMembershipEnd',
            description:
              'Period expires, its effect deferred; party status has ended meanwhile with membership of the organisation',
            meta: { ...law(message('law.membershipRule')), provision: 'membership' },
          },
          {
            guard: 'deferralAwaitsMembershipEnd',
            actions: 'awaitMembershipEnd',
            description: 'Period expires, its effect deferred: party status ends later with membership of the organisation',
          },
          {
            guard: 'expiresDeferred',
            target: 'deferred',
            actions: 'defer',
            description:
              'Period expires while a rule of the treaty defers the effect (an armed conflict, obligations outstanding)',
            meta: { ...DEFERRAL, provision: 'armedConflictDeferral' },
          },
          {
            guard: 'expiresUndeferred',
            target: 'effective',
            actions: 'takeEffectOnExpiry',
            description: 'Period expires: the withdrawal takes effect',
            meta: { ...law(message('law.withdrawalClause')), provision: 'effect' },
          },
          { guard: 'inOrder', actions: 'tick', description: 'Time passes within the period' },
        ],
        'period.extended': {
          guard: 'extensionAllowed',
          actions: 'extendPeriod',
          description: 'The period is extended by agreement: effect the day after the new last day',
          meta: { ...vclt('54(b)'), provision: 'extension' },
        },
        'withdrawal.agreed': [
          {
            guard: 'agreedNowDuringPeriod',
            target: 'effective',
            actions: 'agreeEffectNow',
            description: 'The parties agree that the withdrawal takes effect now',
            meta: { ...vclt('54(b)') },
          },
          {
            guard: 'agreedLaterDuringPeriod',
            actions: 'agreeEffectLater',
            description: 'The parties agree on the date of effect',
          },
        ],
        'membership.terminated': [
          {
            guard: 'membershipEndsNowDuringPeriod',
            target: 'effective',
            actions: 'endMembershipNow',
            description: 'Membership ended: the treaty ceases to bind at once',
            meta: { ...law(message('law.membershipRule')), provision: 'membership' },
          },
          {
            guard: 'membershipEndsLaterDuringPeriod',
            actions: 'endMembershipLater',
            description: 'Membership ended: the earlier of its consequence and the period’s end governs',
          },
        ],
        'obligations.outstanding': {
          guard: 'obligationsOutstandingBeforeExpiry',
          actions: 'recordOutstanding',
          description: 'Obligations the effect is subject to are outstanding',
        },
        'obligations.fulfilled': {
          guard: 'obligationsFulfilledBeforeExpiry',
          actions: 'recordFulfilled',
          description: 'The outstanding obligations are fulfilled',
        },
        'notification.revoked': {
          guard: 'revocable',
          target: 'revoked',
          actions: 'revoke',
          description: 'Notice revoked before it takes effect',
          meta: { ...vclt('68') },
        },
        'armedConflict.started': {
          guard: 'noConflictBeforeExpiry',
          actions: 'startConflict',
          description: 'Armed conflict begins',
        },
        'armedConflict.ended': {
          guard: 'conflictOngoingBeforeExpiry',
          actions: 'endConflict',
          description: 'Armed conflict ends',
        },
        'suspension.ended': {
          guard: 'suspensionInForce',
          actions: 'endSuspension',
          description: 'A suspension in force since before the deposit ends',
          meta: { ...vclt('72(2)') },
        },
      },
    },
    deferred: {
      description: describe('state.deferred'),
      meta: { outcome: 'deferred', ...DEFERRAL, provision: 'armedConflictDeferral' },
      on: {
        'armedConflict.ended': [
          {
            guard: 'conflictEndsDeferral',
            target: 'effective',
            actions: 'endConflictAndTakeEffect',
            description:
              'Armed conflict ends (or peace, release and repatriation, as the treaty says): the withdrawal takes effect',
            meta: { ...DEFERRAL, provision: 'armedConflictDeferral' },
          },
          {
            guard: 'conflictEndsObligationsOutstanding',
            actions: 'endConflict',
            description: 'Armed conflict ends; effect still waits for the outstanding obligations',
          },
        ],
        'obligations.outstanding': {
          guard: 'obligationsOutstanding',
          actions: 'recordOutstanding',
          description: 'Obligations the effect is subject to are outstanding',
        },
        'obligations.fulfilled': [
          {
            guard: 'fulfilledEndsDeferral',
            target: 'effective',
            actions: 'fulfilAndTakeEffect',
            description: 'The obligations are fulfilled: the withdrawal takes effect',
            meta: { ...law(message('law.conditionsOnEffect')), provision: 'conditions' },
          },
          {
            guard: 'fulfilledDuringConflict',
            actions: 'recordFulfilled',
            description: 'The obligations are fulfilled; the armed conflict still defers the effect',
          },
        ],
        'withdrawal.agreed': [
          {
            guard: 'agreedNowWhenDeferred',
            target: 'effective',
            actions: 'agreeEffectNow',
            description: 'The parties agree that the withdrawal takes effect now',
            meta: { ...vclt('54(b)') },
          },
          {
            guard: 'agreedLaterWhenDeferred',
            target: 'noticePeriod',
            actions: 'agreeEffectLater',
            description: 'The parties agree on a later date of effect',
            meta: { ...vclt('54(b)') },
          },
        ],
        'membership.terminated': membershipEnds,
        'notification.revoked': {
          guard: 'inOrder',
          target: 'revoked',
          actions: 'revoke',
          description: 'Notice revoked before it takes effect',
          meta: { ...vclt('68') },
        },
        'clock.advanced': { guard: 'inOrder', actions: 'tick', description: 'Time passes; the conflict goes on' },
        'suspension.ended': {
          guard: 'suspensionInForce',
          actions: 'endSuspension',
          description: 'A suspension in force since before the deposit ends',
          meta: { ...vclt('72(2)') },
        },
      },
    },
    effective: {
      type: 'final',
      description: describe('state.effective'),
      meta: { outcome: 'effective', ...vclt('70') },
    },
    revoked: {
      type: 'final',
      description: describe('state.revoked'),
      meta: { outcome: 'revoked', ...vclt('68') },
    },
    abandoned: {
      type: 'final',
      description: describe('state.abandoned'),
      meta: { outcome: 'abandoned', ...law(message('law.domesticProcedure', { vclt: null })) },
    },
  },
});

/** The machine's state names, read from its definition (`procedure`, `noticePeriod`, …). */
export type WithdrawalStateValue = StateValueFrom<typeof withdrawalMachine>;
