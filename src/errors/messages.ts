/**
 * The words of the library's messages, in one table: each entry turns the facts
 * of one problem into a sentence. Codes and paths are data elsewhere; the rules
 * return a {@link Message} (a key and its parameters), and {@link formatMessage}
 * words it, from this English table or from a table of another language that
 * gives some of its entries (the rest fall back to English).
 */
import type { Period } from '../dates/arithmetic.js';
import { vcltArticle } from '../law/vclt.js';
import { partyLabel } from '../parties/names.js';
import type { EffectRule, Rounding } from '../treaties/schema.js';
import { fieldMessages } from './field-messages.js';
import { inputMessages } from './input-messages.js';
import type { RenderMessages } from './render-messages.js';
import { schemaMessages } from './schema-messages.js';
import type { ToolMessages } from './tool-messages.js';

/** How many issues an error lists at most; the rest are counted (`issuesOmitted`). */
export const MAX_LISTED_ISSUES = 20;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Says "did you mean …?" when there is a suggestion, else nothing. */
function suggestion(suggested: string | undefined): string {
  return suggested === undefined ? '' : `; did you mean ${JSON.stringify(suggested)}?`;
}

export const messages = {
  // The date functions' words (src/errors/input-messages.ts), the shared fields' (src/errors/field-messages.ts)
  // and the profile schemas' (src/errors/schema-messages.ts), entries of this part too.
  ...inputMessages,
  ...fieldMessages,
  ...schemaMessages,

  // Validation issues (one field each); `required` is among the shared fields' words.
  /** Unknown keys, at most five named (`more`: how many others, when positive). */
  unknownKeys: (p: { keys: readonly string[]; more?: number; suggested?: string | undefined }) =>
    `unknown field${p.keys.length > 1 ? 's' : ''} ${p.keys.join(', ')}${(p.more ?? 0) > 0 ? `, and ${p.more} more` : ''}${suggestion(p.suggested)}`,
  unknownEventType: (p: { got: string; suggested?: string | undefined; options: readonly string[] }) =>
    `${p.got} is not an event type${p.suggested === undefined ? `; known types: ${p.options.join(', ')}` : suggestion(p.suggested)}`,
  notOneOf: (p: { got: string | undefined; options: readonly string[]; suggested?: string | undefined }) =>
    `${p.got === undefined ? 'must be' : `${p.got} is not`} one of ${quoted(p.options)}${suggestion(p.suggested)}`,
  wrongType: (p: { expected: string; got: string | undefined }) =>
    `must be ${article(p.expected)}${p.got === undefined ? '' : `, got ${p.got}`}`,
  /** A size limit: `must be at most 300 characters long (got 301)`, `must have at least 1 item`, `must be at most 100`. */
  outOfSize: (p: {
    big: boolean;
    limit: number;
    inclusive: boolean;
    unit: 'character' | 'item' | undefined;
    length: number | undefined;
  }) => {
    const bound = p.big ? (p.inclusive ? 'at most' : 'less than') : p.inclusive ? 'at least' : 'more than';
    if (p.unit === undefined) return `must be ${bound} ${p.limit}`;
    if (p.unit === 'character' && !p.big && p.limit <= 1) return 'must not be empty';
    const got = p.big && p.length !== undefined ? ` (got ${p.length})` : '';
    return p.unit === 'character'
      ? `must be ${bound} ${plural(p.limit, p.unit)} long${got}`
      : `must have ${bound} ${plural(p.limit, p.unit)}${got}`;
  },
  badFormat: (p: { format: string }) => (p.format === 'url' ? 'must be a URL' : `must be written as ${article(p.format)}`),
  invalid: () => 'is invalid',
  /** A list of the persisted context that is not in its segments of `length` (src/machine/segments.ts). */
  notSegments: (p: { length: number }) => `must be segments of ${p.length} items, the last of 1 to ${p.length}`,
  /** An id nothing is registered under: "did you mean" when one is close, the ids when few, else where to find them. */
  unknownProfile: (p: { kind: string; got: string; suggested: string | undefined; known: readonly string[] }) =>
    `unknown ${p.kind} ${p.got}${
      p.suggested !== undefined
        ? suggestion(p.suggested)
        : p.known.length <= 8
          ? `; known: ${p.known.join(', ')}`
          : `; ${p.known.length} are known (${p.kind}Ids lists them), or pass a profile object`
    }`,
  moreProblems: (p: { count: number }) => ` (and ${plural(p.count, 'more problem')})`,

  // Inputs the machine and simulate refuse before any rule runs (src/machine/input.ts, src/simulate).
  inputNotObject: (p: { got: string }) => `input: expected an object such as { treaty: 'ottawa' }, got ${p.got}`,
  treatyRequired: () => 'treaty: is required',
  shippedIdTaken: (p: { kind: 'treaty' | 'procedure'; id: string }) =>
    `${p.kind}: id '${p.id}' belongs to a shipped ${p.kind} profile, and this one has other rules; ` +
    `give your profile an id of its own (e.g. '${p.id}-custom')`,
  scenarioNotObject: (p: { got: string }) =>
    `scenario: expected an object such as { "treaty": "ottawa", "events": [] }, got ${p.got}`,
  scenarioTooManyEvents: (p: { count: number; max: number }) => `events: ${p.count} events is more than the limit of ${p.max}`,
  scenarioFailed: (p: { why: string }) => `the scenario could not be simulated: ${p.why}`,
  scenariosNotIterable: (p: { got: string }) => `scenarios: expected an array (or another iterable) of scenarios, got ${p.got}`,
  profileRequired: (p: { kind: 'treaty' | 'procedure'; ids: readonly string[] }) =>
    `is required: a ${p.kind} id${p.ids.length > 0 ? ` (${p.ids.slice(0, 4).join(', ')}, …)` : ''} or a profile object`,
  profileNotIdOrObject: (p: { kind: 'treaty' | 'procedure'; got: string }) =>
    `expected a ${p.kind} id or a profile object, got ${p.got}`,
  tooManyScenarioEvents: (p: { max: number }) => `at most ${p.max} events`,

  // Look-ups and arguments refused before any rule runs (src/treaties, src/procedures, src/machine/apply.ts).
  /** A treaty id when no treaty is registered at all (`treaty-withdrawal/core` alone). */
  noTreatyRegistered: (p: { got: string }) =>
    `unknown treaty ${p.got}: none is registered; pass a profile object (from treaty-withdrawal/treaties) or registerTreaties() it`,
  /** A procedure id nothing is registered under: "did you mean" when one is close, else the ids (there are few). */
  unknownProcedure: (p: { got: string; known: readonly string[]; suggested?: string | undefined }) =>
    `unknown procedure ${p.got}${
      p.suggested === undefined ? `; known procedures: ${p.known.join(', ')} (or pass a profile object)` : suggestion(p.suggested)
    }`,
  /** Neither an id nor an object where a profile belongs; `ids`: some known ids (all of them when `complete`). */
  profileNotReference: (p: {
    path: string;
    kind: 'treaty' | 'procedure';
    ids: readonly string[];
    complete: boolean;
    got: string;
  }) =>
    `${p.path}: expected a ${p.kind} id${p.ids.length > 0 ? ` (${p.ids.join(', ')}${p.complete ? '' : ', …'})` : ''} or a profile object, got ${p.got}`,
  factsNotObject: (p: { got: string }) => `facts: expected an object such as { receivedOn: '2025-08-20' }, got ${p.got}`,
  factsReasonsNotString: (p: { got: string }) => `facts.reasons: expected a string, got ${p.got}`,
  stateNotString: (p: { got: string }) => `state: expected a state name such as 'notice', got ${p.got}`,
  // A snapshot that the machine did not make, refused by applyEvent and toPersisted (src/machine/apply.ts).
  'snapshot.notOfMachine': (p: { got: string }) => `expected a snapshot of withdrawalMachine, got ${p.got}`,
  'snapshot.stoppedWithError': () =>
    'the snapshot is of an actor that stopped with an error; its state is not a withdrawal to restore. Start a new actor',
  'snapshot.unknownState': (p: { got: string; states: readonly string[] }) =>
    `value: ${p.got} is not a state of withdrawalMachine (${p.states.join(', ')}); pass a snapshot the machine made`,
  /** The names of the profile a machine started without input holds (src/machine/input.ts). */
  'unconfigured.name': () => 'No treaty: the machine was started without input',
  'unconfigured.shortName': () => 'no treaty',

  // The machine's own description and each state's (src/machine/machine.ts: XState's `description`, shown in the diagrams' notes).
  'state.machine': () => 'How a state leaves a treaty: domestic procedure, instrument, notice period, effect.',
  'state.procedure': () =>
    'Domestic procedure: the steps the procedure profile requires (decree, approval by the legislature, signature) before the instrument may be deposited.',
  'state.suspensionPending': () =>
    `Suspension pending: the party has notified a suspension (${vcltArticle('65(1)')}); the other parties have at least three months to object, and meanwhile the treaty binds the party.`,
  'state.suspensionContested': () =>
    `Suspension contested: a party objected, or the suspension was invoked under a treaty provision the treaty does not have (${vcltArticle('57')}); the dispute goes to the means of UN Charter Art. 33 (and ${vcltArticle('66')} after twelve months). The treaty binds the party.`,
  'state.suspended': () =>
    `Suspended: the suspension was carried out or upheld; while it lasts the party need not perform the treaty, but must not obstruct its resumption (${vcltArticle('72')}).`,
  'state.noticePeriod': () =>
    'Notice period: the instrument has been received and the treaty’s period is running; the treaty still binds the party.',
  'state.deferred': () =>
    'Deferred: the period is over, but a rule of the treaty held back the effect when it expired: the party was engaged in an armed conflict (effect waits for its end or, under the Geneva Conventions’ rule, for peace and the completion of release and repatriation, recorded as armedConflict.ended), or obligations the effect is subject to were outstanding (effect waits for obligations.fulfilled). The treaty still binds the party.',
  'state.effective': () =>
    'Effective: the party is no longer bound (obligations that survive aside); to return it must join again.',
  'state.revoked': () => 'Revoked: the notice was withdrawn before it took effect; the party stays bound.',
  'state.abandoned': () => 'Abandoned: the domestic procedure failed; nothing was deposited and the party stays bound.',

  // The general words a state's or transition's `meta.article` gives where a treaty's own provision stands (src/machine/machine.ts; `provisionOf` and the diagrams show the profile's article instead when it has one).
  'law.membershipRule': () => 'the treaty’s membership rule',
  'law.withdrawalClause': () => 'the treaty’s withdrawal clause',
  'law.underWithdrawalClause': (p: { vclt: string }) => `${p.vclt}; the treaty’s withdrawal clause`,
  'law.conditionsOnEffect': () => 'the treaty’s conditions on effect',
  'law.deferralRule': (p: { vclt: string }) => `the treaty’s deferral rule (${p.vclt})`,
  'law.domesticProcedure': (p: { vclt: string | null }) =>
    p.vclt === null ? 'domestic law (procedure profile)' : `domestic law (procedure profile); ${p.vclt}`,

  // Refusals of a valid event by the machine.
  alreadyEffective: (p: { effectiveOn: string | null }) =>
    `the withdrawal took effect on ${p.effectiveOn}; a notice can be revoked only before it takes effect (${vcltArticle('68')}). ` +
    'To be bound again the state must join the treaty anew',
  finalState: (p: { type: string; date: string; outcome: string; since: string | undefined }) =>
    `${p.type} on ${p.date}: the withdrawal is already ${p.outcome}${p.since ? ` (since ${p.since})` : ''}, a final state; no further event applies`,
  eventNotAllowed: (p: { type: string; date: string; nothingDeposited: boolean; outcome: string; allowed: readonly string[] }) =>
    `${p.type} on ${p.date}: ${
      p.nothingDeposited
        ? 'nothing has been deposited yet, so there is no notice to revoke'
        : `it is not accepted while the withdrawal is ${p.outcome}`
    }; accepted now: ${p.allowed.length > 0 ? p.allowed.join(', ') : 'none'}`,
  notTaken: (p: { outcome: string }) => `the event was not taken while the withdrawal is ${p.outcome}`,

  // Refusals by the rules (src/machine): the guard's reason, as data.
  tooManyEvents: (p: { type: string; date: string; count: number; max: number }) =>
    `${p.type} on ${p.date}: the withdrawal already holds ${p.count} events, the limit (MAX_EVENTS = ${p.max}); no further event is applied`,
  outOfOrder: (p: { type: string; date: string; last: string }) =>
    `${p.type} on ${p.date} is earlier than the last event applied (${p.last}); events must be applied in date order`,
  stepOutOfSequence: (p: { procedure: string; type: string; label: string | undefined; earlier: readonly Step[] }) =>
    `under procedure '${p.procedure}', ${p.type} (${p.label}) comes after ${p.earlier.map(labelled).join(' and ')}, which has not happened`,
  noParliamentStep: (p: { procedure: string }) =>
    `procedure '${p.procedure}' requires no approval by the legislature, so a rejection cannot end it; choose a procedure with a parliament.approved step`,
  notConfigured: () => 'the machine was started without input; pass { input: { treaty } } to createActor or initialTransition',
  procedureIncompleteForDeposit: (p: { procedure: string; missing: readonly Step[]; article: string }) =>
    `the instrument cannot be deposited before the domestic procedure '${p.procedure}' is complete; missing: ${p.missing.map(labelled).join(', ')} (${p.article})`,
  procedureIncompleteForAgreement: (p: { procedure: string; missing: readonly string[]; article: string }) =>
    `the withdrawal cannot be agreed before the domestic procedure '${p.procedure}' is complete; missing: ${p.missing.join(', ')} (${p.article})`,
  conflictOngoing: (p: { party: string | null; since: string }) =>
    `${who(p.party)} is already engaged in an armed conflict (since ${p.since}); end it with armedConflict.ended first`,
  noConflict: (p: { party: string | null }) =>
    `${who(p.party)} is not engaged in an armed conflict; armedConflict.started must come first`,
  noticeEnded: (p: { expiry: string; date: string }) =>
    `the notice period ended on ${p.expiry}, before this event (${p.date}); send clock.advanced with the event's date first (applyEvent and simulate do this for you)`,
  effectFromMembership: (p: { effectiveOn: string | null; membershipEndedOn: string | null }) =>
    `the effect on ${p.effectiveOn} follows from the end of membership on ${p.membershipEndedOn}, which no revocation of a notice can undo`,
  nothingToRevoke: () => `no instrument of withdrawal was deposited, so there is no notice to revoke (${vcltArticle('68')})`,
  objectionWindowPastCalendar: (p: { date: string; last: string }) =>
    `suspension.notified on ${p.date}: the three-month window for objections (${vcltArticle('65(2)')}) would end after ${p.last}, ` +
    'the last date this library counts; give objectionPeriodEndsOn (with urgent: true) within the calendar',
  objectionWindowNotAfterNotice: (p: { date: string; endsOn: string }) =>
    `the window for objections must end after the notice (${p.date}), not on ${p.endsOn}`,
  objectionWindowTooShort: (p: { endsOn: string; minimum: string | null; last: string }) =>
    `the window for objections ends on ${p.endsOn}, less than three months after the notice (${p.minimum ?? `after ${p.last}`}); ` +
    `${vcltArticle('65(2)')} allows a shorter period only in cases of special urgency: set urgent: true, or give a later date`,
  objectionWindowClosed: (p: { endsOn: string }) =>
    `the window for objections closed on ${p.endsOn}; send clock.advanced with the event's date first (applyEvent and simulate do this for you)`,
  alreadyObjected: (p: { by: string }) => `${p.by} has already objected to the suspension`,
  noObjectionToWithdraw: (p: { by: string }) => `${p.by} has no objection to withdraw`,
  noSuspensionInForce: () => 'no suspension is in force, so none can end',
  noPeriodAfterMembership: (p: { expiry: string | null; membershipEndedOn: string | null }) =>
    `the date of effect (${p.expiry}) follows from the end of membership on ${p.membershipEndedOn}, not from a notice period; no period runs that could be extended`,
  noPeriodAfterAgreement: (p: { expiry: string | null; agreedOn: string | null }) =>
    `the parties agreed on ${p.agreedOn} that the withdrawal takes effect on ${p.expiry}; to change that date record another withdrawal.agreed`,
  extensionPastCalendar: () => 'an extension through 9999-12-31 would take effect after the last representable day',
  extensionNotLater: (p: { lastDay: string | null; until: string }) =>
    `an extension must bind the party beyond the current last day (${p.lastDay}); until: ${p.until} is not later`,
  agreedBeforeAgreement: (p: { effectiveOn: string; date: string }) =>
    `the agreed date of effect (${p.effectiveOn}) precedes the agreement (${p.date}); a withdrawal cannot take effect before it is agreed`,
  rightOfWithdrawalExists: (p: { treaty: string; article: string }) =>
    `the ${p.treaty} provides for withdrawal (${p.article}): ` +
    'deposit the instrument first (instrument.deposited); withdrawal.agreed is accepted while its notice period runs or is deferred',
  noMembershipRule: (p: { treaty: string }) =>
    `the ${p.treaty} profile has no membership rule: it neither constitutes an organisation nor ties party status to membership of one; ` +
    'add withdrawal.membership to the profile (kind constituent or linked, with its article), or remove the membership.terminated event',
  noConditionsOnEffect: (p: { treaty: string }) =>
    `the ${p.treaty} profile makes the withdrawal subject to no condition, so outstanding obligations do not hold it back; ` +
    'add withdrawal.conditions to the profile (with its article), or remove the obligations event',
  obligationsAlreadyOutstanding: (p: { since: string }) =>
    `obligations are already recorded as outstanding since ${p.since}; record obligations.fulfilled first`,
  noObligationsOutstanding: () =>
    'no obligations are recorded as outstanding (they are presumed met); record obligations.outstanding first',
  // Warnings: the rules go on, but a person should know.
  rightContested: (p: { treaty: string; positions: readonly { by: string; article: string; view: string }[] }) =>
    `${p.treaty} has no withdrawal clause: a right of withdrawal exists only if the parties intended it or it is implied ` +
    `by the nature of the treaty (${vcltArticle('56(1)')}), on twelve months’ notice (Art. 56(2)), and that right is contested` +
    (p.positions.length > 0 ? `. Positions: ${p.positions.map((q) => `${q.by} (${q.article}): ${q.view}`).join('; ')}` : ''),
  reasonsMissing: (p: { treaty: string; article: string; reasons: 'full-explanation' | 'extraordinary-events' }) =>
    `${p.treaty} ${p.article} requires the instrument to include ${
      p.reasons === 'full-explanation' ? 'a full explanation of the reasons' : 'a statement of the extraordinary events'
    }; none was given`,
  laterDateNotLater: (p: { laterDate: string; periodEnd: string }) =>
    `the instrument names ${p.laterDate}, which is not later than the end of the period (${p.periodEnd}); the period governs`,
  suspensionSuperseded: (p: { notifiedOn: string; status: string }) =>
    `the suspension notified on ${p.notifiedOn} was still ${p.status} when the instrument of withdrawal was deposited; the withdrawal governs from then on`,

  // Explanation steps (src/machine/logic.ts): each step's rule and statement.
  'rule.domesticStep': (p: { required: boolean; rejection: boolean }) =>
    p.required ? 'required domestic step' : p.rejection ? 'rejection by the legislature' : 'domestic step (not required)',
  domesticStep: (p: {
    type: string;
    date: string;
    required: boolean;
    label: string | undefined;
    procedure: string;
    rejection: boolean;
  }) =>
    p.rejection
      ? `The legislature rejected the withdrawal on ${p.date}.`
      : p.required
        ? `${p.label}: ${p.date} (required by procedure '${p.procedure}').`
        : `${p.type} on ${p.date} (recorded; procedure '${p.procedure}' does not require it).`,
  'rule.abandonment': () => 'the procedure ends with the rejection',
  abandonment: (p: { procedure: string; party: string | null }) =>
    `Procedure '${p.procedure}' ends with the rejection: no instrument may be deposited, and the treaty still binds ${who(p.party)}.`,
  'rule.conflictStarted': () => 'armed conflict begins',
  conflictStarted: (p: { party: string | null; date: string }) =>
    `${capitalize(who(p.party))} became engaged in an armed conflict on ${p.date}.`,
  'rule.conflictEnded': (p: { peace: boolean }) =>
    p.peace ? 'peace concluded, release and repatriation completed' : 'armed conflict ends',
  conflictEnded: (p: { party: string | null; date: string; peace: boolean }) =>
    p.peace
      ? `The armed conflict ${who(p.party)} was engaged in ended on ${p.date}: peace had been concluded and the release and repatriation of the persons protected completed.`
      : `The armed conflict ${who(p.party)} was engaged in ended on ${p.date}.`,
  'rule.stillDeferred': () => 'effect still waits for the outstanding obligations',
  stillDeferred: (p: { reasons: Nested }, say: Say) =>
    `The armed conflict no longer defers the withdrawal, but ${say(p.reasons)}.`,
  'rule.deferral': (p: { conflict: boolean; peace: boolean }) =>
    p.conflict
      ? p.peace
        ? 'no effect before peace, release and repatriation, for a conflict ongoing at expiry'
        : 'no effect before the end of an armed conflict ongoing at expiry'
      : 'no effect while obligations are outstanding',
  deferral: (p: { expiry: string; reasons: Nested; party: string | null }, say: Say) =>
    `When the period expired on ${p.expiry}, ${say(p.reasons)}, and the treaty still binds ${who(p.party)}.`,
  'rule.effectOnExpiry': (p: { laterDate: boolean; effectRule: Nested }, say: Say) =>
    p.laterDate ? 'effect on the later date named' : `effect ${say(p.effectRule)}`,
  effectOnExpiry: (
    p: {
      expiry: string;
      laterDate: boolean;
      receivedOn: string | null;
      effectRule: Nested;
      deferral: boolean;
      party: string | null;
    },
    say: Say,
  ) =>
    `The withdrawal took effect on ${p.expiry}` +
    (p.laterDate ? ', the later date the instrument named' : ` (received on ${p.receivedOn}; effect ${say(p.effectRule)})`) +
    (p.deferral ? `; ${who(p.party)} was not engaged in an armed conflict then.` : '.') +
    ` From that day the treaty no longer binds ${who(p.party)}.`,
  'rule.revocation': () => 'revocation before effect',
  revocation: (p: { party: string | null; date: string }) =>
    `${capitalize(who(p.party))} revoked the notice on ${p.date}, before it took effect: the withdrawal will not happen and the treaty still binds ${who(p.party)}.`,
  'rule.effectAtConflictEnd': (p: { peace: boolean }) =>
    p.peace ? 'effect once peace is concluded and release and repatriation completed' : 'effect at the end of the armed conflict',
  effectAtConflictEnd: (p: { deferredSince: string | null; date: string; peace: boolean }) =>
    `The withdrawal, deferred since ${p.deferredSince}, took effect on ${p.date}, ` +
    (p.peace ? 'when peace had been concluded and release and repatriation completed.' : 'the end of the armed conflict.'),

  // Explanation steps of a suspension (src/machine/suspension.ts).
  'rule.treatyDoesNotProvide': () => 'the treaty does not provide for suspension',
  treatyDoesNotProvide: (p: { treaty: string; note: string; party: string | null }) =>
    `${p.treaty}: ${p.note} The suspension is contested and the treaty still binds ${who(p.party)}.`,
  'rule.hostilities': () => 'hostilities are no fundamental change for a treaty made for them',
  hostilities: (p: { party: string | null; since: string }) =>
    `${capitalize(who(p.party))} invokes a change of circumstances while engaged in an armed conflict (since ${p.since}). ` +
    `${vcltArticle('73')} leaves questions arising from the outbreak of hostilities outside the Convention’s rules, and a treaty designed to apply in armed conflict does not lose its essential basis because of one.`,
  'rule.suspensionNotice': () => 'notice of suspension; objections may follow',
  suspensionNotice: (p: {
    party: string | null;
    date: string;
    treaty: string;
    ground: 'fundamental-change' | 'material-breach' | 'supervening-impossibility' | 'treaty-provision';
    groundArticle: string;
    endsOn: string | null;
    urgent: boolean;
    unprovidedArticle: string | undefined;
  }) =>
    `${capitalize(who(p.party))} notified the other parties on ${p.date} that it suspends the operation of the ${p.treaty}, ` +
    `invoking ${GROUND_WORDS[p.ground]} (${p.groundArticle}). A suspension is not a withdrawal: no withdrawal period starts. ` +
    `The other parties may object until ${p.endsOn}` +
    (p.urgent ? ', a shorter period claimed on grounds of special urgency' : ' (at least three months)') +
    (p.unprovidedArticle !== undefined
      ? `; but the ${p.treaty} has no provision for suspension (${p.unprovidedArticle}), so without the consent of all the parties (${vcltArticle('57(b)')}) it cannot be carried out.`
      : `; if none does, the suspension may be carried out by an instrument communicated to them (${vcltArticle('67')}).`) +
    ' Until then the treaty binds as before.',
  'rule.objection': () => 'objection: settlement by peaceful means',
  objection: (p: {
    by: string;
    date: string;
    first: boolean;
    settlementFrom: string | null;
    last: string;
    party: string | null;
  }) =>
    `${p.by} objected on ${p.date}.` +
    (p.first
      ? ` The suspension is contested: the parties must seek a solution through the means in UN Charter Art. 33 (${vcltArticle('65(3)')}); ` +
        `if none is reached within twelve months (by ${p.settlementFrom ?? `a date after ${p.last}`}), ${vcltArticle('66')} opens judicial settlement or conciliation. Meanwhile the treaty binds ${who(p.party)}.`
      : ''),
  'rule.objectionWithdrawn': () => 'objection withdrawn',
  objectionWithdrawn: (p: { by: string; date: string }) => `${p.by} withdrew its objection on ${p.date}.`,
  'rule.suspensionInForce': () => 'suspension in force: no obligation to perform',
  suspensionInForce: (p: {
    how: 'settled' | 'lastObjectionWithdrawn' | 'noObjection';
    date: string;
    settledBy: string | undefined;
    windowEndsOn: string;
    treaty: string;
    provided: boolean;
    article: string;
    from: string;
    party: string | null;
  }) => {
    const basis = p.provided
      ? `the ${p.treaty} provides for suspension (${p.article})`
      : `the ground invoked is one of the Convention's own (${p.article}), which needs no suspension clause in the treaty`;
    const why =
      p.how === 'settled'
        ? `The dispute was settled on ${p.date}${p.settledBy ? ` (${p.settledBy})` : ''}: the suspension is upheld.`
        : p.how === 'lastObjectionWithdrawn'
          ? `The last objection was withdrawn on ${p.date}, after the window closed on ${p.windowEndsOn}, and ${basis}: the measure may be carried out (${vcltArticle('65(2)', '67')}).`
          : `No party objected by ${p.windowEndsOn}, and ${basis}: the notifying party may carry out the measure (${vcltArticle('65(2)', '67')}).`;
    return `${why} From ${p.from} ${who(p.party)} is released from the obligation to perform the treaty while the suspension lasts, and must refrain from acts that would obstruct its resumption (${vcltArticle('72')}).`;
  },
  'rule.finding': () => 'the parties find the suspension not allowed',
  finding: (p: { date: string; by: string; treaty: string; party: string | null }) =>
    `On ${p.date} the ${p.by} concluded that the ${p.treaty} does not allow the suspension of its operation and consequently its obligations: ` +
    `the suspension stays contested and ${who(p.party)} remains bound.`,
  'rule.suspensionEnd': (p: { abandoned: boolean }) => (p.abandoned ? 'the suspension is abandoned' : 'the suspension ends'),
  suspensionEnd: (p: { abandoned: boolean; date: string; party: string | null; treaty: string }) =>
    p.abandoned
      ? `The dispute was settled on ${p.date}: ${who(p.party)} abandons the suspension and the treaty binds it as before.`
      : `The suspension ended on ${p.date}; the ${p.treaty} binds ${who(p.party)} again.`,

  // Explanation steps of the effect terms (src/machine/terms.ts).
  'rule.agreement': () => 'withdrawal by consent of all the parties',
  agreement: (p: { date: string; by: string | undefined; party: string | null; on: string; noRight: boolean; treaty: string }) =>
    `On ${p.date} the parties agreed${by(p.by)} that the withdrawal of ${who(p.party)} takes effect on ${p.on}` +
    (p.noRight
      ? `; the ${p.treaty} admits no withdrawal otherwise, but a party may always leave with the consent of all the others.`
      : '; the agreed date governs instead of the treaty’s period.'),
  'rule.membershipEnded': (p: { constituent: boolean }) =>
    p.constituent ? 'membership ended: the constituent treaty ceases to bind' : 'membership ended: party status follows',
  membershipEnded: (p: {
    constituent: boolean;
    party: string | null;
    organisation: string | undefined;
    date: string;
    by: string | undefined;
    treaty: string;
    end: string;
  }) =>
    p.constituent
      ? `The membership of ${who(p.party)} in the organisation was ended on ${p.date}${by(p.by)}: from that day the ${p.treaty} no longer binds ${who(p.party)}.`
      : `The membership of ${who(p.party)} in ${p.organisation} was ended on ${p.date}${by(p.by)}: under the ${p.treaty} ${who(p.party)} ceases to be a party on ${p.end}.`,
  'rule.earlierEffect': () => 'the earlier effect governs',
  earlierEffect: (p: { expiry: string | null; end: string; party: string | null }) =>
    `The notice period already ends on ${p.expiry}, no later than ${p.end}: the withdrawal takes effect as notified (and, should that effect be deferred, ${who(p.party)} ceases to be a party on ${p.end} all the same).`,
  'rule.extension': () => 'the period extended by agreement',
  extension: (p: {
    date: string;
    by: string | undefined;
    treaty: string;
    party: string | null;
    until: string;
    lastDayBefore: string;
    effectiveOn: string;
  }) =>
    `On ${p.date} the period was extended by agreement${by(p.by)}: the ${p.treaty} binds ${who(p.party)} through ${p.until} ` +
    `(instead of ${p.lastDayBefore}), and the withdrawal takes effect the day after, ${p.effectiveOn}.`,
  'rule.obligationsOutstanding': () => 'obligations outstanding: effect waits for them',
  obligationsOutstanding: (p: { date: string; party: string | null; conditions: string }) =>
    `On ${p.date} ${who(p.party)} had not fulfilled obligations its withdrawal is subject to (${p.conditions}): the withdrawal takes effect only once they are fulfilled.`,
  'rule.obligationsFulfilled': () => 'obligations fulfilled',
  obligationsFulfilled: (p: { party: string | null; date: string }) =>
    `${capitalize(who(p.party))} fulfilled the outstanding obligations on ${p.date}.`,
  'rule.effectOnFulfilment': () => 'effect once the obligations are fulfilled',
  effectOnFulfilment: (p: { party: string | null; date: string; deferredSince: string | null; treaty: string }) =>
    `${capitalize(who(p.party))} fulfilled the outstanding obligations on ${p.date}: the withdrawal, deferred since ${p.deferredSince}, took effect that day. ` +
    `From that day the ${p.treaty} no longer binds ${who(p.party)}.`,
  'rule.effectAfterExtension': () => 'effect the day after the extended period',
  effectAfterExtension: (p: { on: string; fixedOn: string | null; treaty: string; party: string | null }) =>
    `The withdrawal took effect on ${p.on}, the day after the period extended on ${p.fixedOn} ended. From that day the ${p.treaty} no longer binds ${who(p.party)}.`,
  'rule.effectAgreed': () => 'effect on the date agreed',
  effectAgreed: (p: { on: string; fixedOn: string | null; treaty: string; party: string | null }) =>
    `The withdrawal took effect on ${p.on}, the date the parties agreed on ${p.fixedOn}. From that day the ${p.treaty} no longer binds ${who(p.party)}.`,
  'rule.effectAtMembershipEnd': () => 'effect at the end of membership',
  effectAtMembershipEnd: (p: {
    party: string | null;
    on: string;
    constituent: boolean;
    organisation: string | undefined;
    fixedOn: string | null;
    treaty: string;
  }) =>
    `${capitalize(who(p.party))} ceased to be bound on ${p.on}, ` +
    (p.constituent ? `the day its membership ended.` : `as its membership of ${p.organisation} ended on ${p.fixedOn}.`) +
    ` From that day the ${p.treaty} no longer binds ${who(p.party)}.`,
  'rule.membershipOverridesDeferral': () => 'the end of membership governs where the withdrawal is deferred',
  membershipOverridesDeferral: (
    p: {
      expiry: string | null;
      reasons: Nested;
      party: string | null;
      terminatedOn: string;
      ceasesOn: string;
    },
    say: Say,
  ) =>
    `When the period expired on ${p.expiry}, ${say(p.reasons)}; but the membership of ${who(p.party)} ended on ${p.terminatedOn}, ` +
    `so ${who(p.party)} ceases to be a party on ${p.ceasesOn} whatever defers the withdrawal.`,
  deferredByConflict: (p: { party: string | null; since: string | undefined; peace: boolean }) =>
    `${who(p.party)} was engaged in an armed conflict (since ${p.since}): the withdrawal does not take effect ${
      p.peace
        ? 'until peace has been concluded and the release and repatriation of the persons protected have been completed'
        : 'before the end of the armed conflict'
    }`,
  deferredByObligations: (p: { party: string | null; since: string | null; conditions: string }) =>
    `obligations of ${who(p.party)} recorded as outstanding on ${p.since} were still unfulfilled, and the withdrawal is subject to a condition (${p.conditions}): it waits until they are fulfilled`,
  /** Reasons joined, e.g. the armed conflict and the outstanding obligations that defer a withdrawal together. */
  both: (p: { parts: readonly Nested[] }, say: Say) => p.parts.map(say).join('; and '),

  // Reasons of a status on a date (src/status/status-on.ts).
  'status.treatyNotInForce': (p: { treaty: string }) => `The ${p.treaty} has not entered into force, so it binds no party.`,
  'status.treatyNotYetInForce': (p: { treaty: string; since: string }) =>
    `The ${p.treaty} itself entered into force only on ${p.since}; before that it bound no party.`,
  'status.nonParty': (p: { party: string | null; treaty: string; asOf: string }) =>
    `${who(p.party)} is not a party to the ${p.treaty} (the depositary's list as of ${p.asOf}), so the ${p.treaty} does not bind it.`,
  'status.notYetParty': (p: { party: string | null; date: string; treaty: string; since: string }) =>
    `${who(p.party)} was not yet a party on ${p.date}: the ${p.treaty} entered into force for ${who(p.party)} on ${p.since}, and did not bind it before.`,
  'status.effective': (p: {
    effectiveOn: string;
    projected: boolean;
    treaty: string;
    party: string | null;
    surviving: readonly { scope: string; until: string; article: string }[];
  }) =>
    `The withdrawal took effect on ${p.effectiveOn}${p.projected ? ' (if nothing else happens)' : ''}: from that day the ${p.treaty} no longer binds ${who(p.party)}.` +
    p.surviving.map((s) => ` Obligations survive for ${s.scope} through ${s.until} (${s.article}).`).join(''),
  'status.leftPerDepositary': (p: { party: string | null; leftOn: string; treaty: string }) =>
    `The depositary records that ${who(p.party)}'s withdrawal took effect on ${p.leftOn}: from that day the ${p.treaty} no longer binds ${who(p.party)}.`,
  'status.suspendedPeriod': (p: { treaty: string; party: string | null; from: string; to: string | null }) =>
    `The operation of the ${p.treaty} was suspended for ${who(p.party)} from ${p.from}${p.to ? ` to ${p.to}` : ''}: while the suspension lasts ${who(p.party)} is released from the obligation to perform it (but must not obstruct its resumption).`,
  'status.treatyTerminated': (p: { treaty: string; on: string }) => `The ${p.treaty} ceased to be in force on ${p.on}.`,
  'status.notStarted': (p: { date: string; party: string | null }) =>
    `No step of the withdrawal had been taken by ${p.date}: ${who(p.party)} was bound as a party.`,
  'status.inProcedure': (p: { party: string | null }) =>
    `The domestic procedure was under way and no instrument had been deposited: ${who(p.party)} remained bound.`,
  'status.noticePeriod': (
    p: {
      withoutNotice: boolean;
      fixedOn: string | undefined;
      /** The rule of the step that fixed the date (an agreement, the end of membership). */
      fixedBy: Nested | undefined;
      receivedOn: string | null;
      effectiveOn: string | null;
      noticeExpiresOn: string | null;
      treaty: string;
      party: string | null;
    },
    say: Say,
  ) =>
    `${p.withoutNotice ? `The date of effect was fixed on ${p.fixedOn} without a notice (${p.fixedBy && say(p.fixedBy)})` : `Notice was received on ${p.receivedOn}`}; ` +
    `${p.effectiveOn ? `the withdrawal takes effect on ${p.effectiveOn}` : `the period ends on ${p.noticeExpiresOn}, but an armed conflict is ongoing and would defer the withdrawal`}. ` +
    `Until then the ${p.treaty} binds ${who(p.party)}.`,
  /** A deferral for a reason other than the armed conflict alone: what the deferral step said. */
  'status.deferredBy': (p: { statement: Nested }, say: Say) => say(p.statement),
  'status.deferredByConflict': (p: { noticeExpiresOn: string | null; party: string | null; treaty: string }) =>
    `The notice period ended on ${p.noticeExpiresOn} while ${who(p.party)} was engaged in an armed conflict: the withdrawal does not take effect before the conflict ends, so the ${p.treaty} still binds ${who(p.party)}.`,
  'status.revoked': (p: { party: string | null }) =>
    `The notice was revoked before it took effect: ${who(p.party)} remains bound.`,
  'status.abandoned': (p: { party: string | null }) =>
    `The domestic procedure failed and nothing was deposited: ${who(p.party)} remains bound.`,
  'status.hadTakenEffect': (p: { treaty: string; party: string | null }) =>
    `The withdrawal had taken effect: the ${p.treaty} no longer binds ${who(p.party)}.`,
  'status.suspensionPending': (p: {
    notifiedOn: string | undefined;
    windowEndsOn: string | undefined;
    treaty: string;
    party: string | null;
  }) =>
    `A suspension was notified on ${p.notifiedOn}; the other parties could object until ${p.windowEndsOn}, and until it is carried out the ${p.treaty} binds ${who(p.party)}.`,
  'status.suspensionContested': (p: {
    notifiedOn: string | undefined;
    objectors: readonly string[];
    treaty: string;
    party: string | null;
  }) =>
    `The suspension notified on ${p.notifiedOn} is contested (${p.objectors.length > 0 ? `objected to by ${p.objectors.join(', ')}` : `not provided for by the ${p.treaty}`}): the ${p.treaty} still binds ${who(p.party)}.`,
  'status.suspended': (p: { treaty: string; party: string | null }) =>
    `The ${p.treaty} was suspended for ${who(p.party)}: no obligation to perform while it lasts.`,

  // The notice rules (src/treaties/notice.ts): the rule of effect, refusals, explanation steps.
  /** The rule of effect in a few words, e.g. `6 months after receipt`, `upon receipt`. */
  effectRule: (p: { rule: EffectRule | undefined }) => describeEffectRule(p.rule),
  noRightOfWithdrawal: (p: { treaty: string }) =>
    `${p.treaty} provides for no withdrawal and none is implied (${vcltArticle('56(1)')}); ` +
    `it can be left only with the consent of all the parties (${vcltArticle('54(b)')}): record that as a withdrawal.agreed event`,
  treatyNotInForce: (p: {
    receivedOn: string;
    treaty: string;
    why: 'not-in-force' | 'not-yet' | 'terminated';
    since: string | undefined;
    article: string | undefined;
  }) =>
    `notice received on ${p.receivedOn} cannot be a withdrawal: ${
      p.why === 'not-in-force'
        ? `the ${p.treaty} has not entered into force, so its withdrawal clause does not yet apply and there is nothing to withdraw from`
        : p.why === 'not-yet'
          ? `the ${p.treaty} entered into force only on ${p.since} (${p.article}); a withdrawal can be notified from that day`
          : `the ${p.treaty} ceased to be in force on ${p.since}; there is nothing left to withdraw from`
    }`,
  missingEntryIntoForce: (p: { treaty: string; article: string; years: number }) =>
    `${p.treaty} ${p.article} allows notice only ${plural(p.years, 'year')} after entry into force for the party; ` +
    `give the scenario's entryIntoForce date`,
  noticeTooEarly: (p: {
    receivedOn: string;
    treaty: string;
    article: string;
    years: number;
    from: 'party' | 'treaty';
    anchor: string | null | undefined;
    earliest: string;
  }) =>
    `notice received on ${p.receivedOn} is too early: ${p.treaty} ${p.article} allows notice only ` +
    `${plural(p.years, 'year')} after ${p.from === 'treaty' ? `the treaty’s own entry into force (${p.anchor})` : `entry into force for the party (${p.anchor})`}, i.e. from ${p.earliest}`,
  outsideNoticeWindow: (p: {
    receivedOn: string;
    treaty: string;
    article: string;
    length: Period;
    every: number;
    entryIntoForce: string | undefined;
    opens: string;
    closes: string;
  }) =>
    `notice received on ${p.receivedOn} is outside a denunciation window: ${p.treaty} ${p.article} allows notice only ` +
    `within ${describePeriod(p.length)} after each period of ${plural(p.every, 'year')} from its entry into force ` +
    `(${p.entryIntoForce}); the next window runs from ${p.opens} to ${p.closes}`,
  roundingPastCalendar: (p: { date: string }) => `rounding ${p.date} up would pass 9999-12-31`,
  effectPastCalendar: (p: { receivedOn: string }) => `notice received on ${p.receivedOn} would take effect after 9999-12-31`,
  termsWithoutEntryIntoForce: (p: { treaty: string }) =>
    `${p.treaty}: an end-of-term rule counts its terms from the treaty's own entry into force; give entryIntoForce`,
  laterDateNotAllowed: (p: { laterDate: string; treaty: string; effectRule: Nested; article: string }, say: Say) =>
    `the instrument names a later date (${p.laterDate}), but ${p.treaty} provides for none: ` +
    `it takes effect ${say(p.effectRule)} (${p.article}); remove laterDate`,
  /** Words kept as they were given: a step read without the message it was worded from (a result of 0.3). */
  asGiven: (p: { text: string }) => p.text,
  /** A problem worded without the table, kept as given (the date functions word theirs from src/errors/input-messages.ts since session 8). */
  calendarProblem: (p: { text: string }) => p.text,
  'rule.earliestNotice': (p: { years: number; from: 'party' | 'treaty' }) =>
    `notice only ${plural(p.years, 'year')} after ${p.from === 'treaty' ? 'the treaty’s' : 'the party’s'} entry into force`,
  earliestNotice: (p: {
    earliest: string;
    years: number;
    from: 'party' | 'treaty';
    anchor: string | null | undefined;
    receivedOn: string;
    clamped: boolean;
  }) =>
    `Notice may be given from ${p.earliest}, ${plural(p.years, 'year')} after ${
      p.from === 'treaty' ? `the treaty’s own entry into force on ${p.anchor}` : `entry into force for the party on ${p.anchor}`
    }; receipt on ${p.receivedOn} is timely.${p.clamped ? ' (No such day in that month: its last day is taken.)' : ''}`,
  'rule.noticeWindow': (p: { length: Period; every: number }) =>
    `notice only within ${describePeriod(p.length)} after each ${plural(p.every, 'year')}`,
  noticeWindow: (p: {
    length: Period;
    every: number;
    entryIntoForce: string | undefined;
    receivedOn: string;
    index: number;
    opens: string;
    closes: string;
  }) =>
    `Notice may be given only within ${describePeriod(p.length)} after each period of ${plural(p.every, 'year')} ` +
    `from the treaty’s entry into force on ${p.entryIntoForce}; receipt on ${p.receivedOn} falls in window ${p.index}, ` +
    `from ${p.opens} to ${p.closes}.`,
  'rule.receipt': () => 'the period runs from the depositary’s receipt',
  receipt: (p: { receivedOn: string; depositary: string }) =>
    `The instrument of withdrawal was received on ${p.receivedOn} (depositary: ${p.depositary}); the period runs from the date of receipt.`,
  effectUponReceipt: (p: { rounding: Rounding | undefined; receivedOn: string; end: string }) =>
    p.rounding
      ? `The withdrawal takes effect on ${ROUNDING_WORDS[p.rounding]} after receipt on ${p.receivedOn}: ${p.end}.`
      : `The withdrawal takes effect upon receipt, on the day of receipt: ${p.end}.`,
  periodAfterReceipt: (p: {
    period: Period;
    receivedOn: string;
    date: string;
    nextDay: boolean;
    counted: string;
    clamped: boolean;
    rounding: Rounding | undefined;
    end: string;
  }) =>
    `${describePeriod(p.period)} after receipt on ${p.receivedOn}: ${p.date}` +
    (p.nextDay ? `; this rule is counted with one day more, so ${p.counted}` : ', on the same day of the month') +
    (p.clamped ? ` (${p.receivedOn.slice(8)} has no counterpart in that month, so its last day is taken)` : '') +
    (p.rounding
      ? `; the period expires at the end of ${p.counted}, and the withdrawal takes effect on ${ROUNDING_WORDS[p.rounding]}: ${p.end}.`
      : '.'),
  periodToTermEnd: (p: {
    treaty: string;
    firstTerm: Period;
    renewalTerm: Period;
    noticeBefore: Period;
    entryIntoForce: string;
    receivedOn: string;
    term: number;
    late: boolean;
    currentEndsOn: string;
    startsOn: string;
    endsOn: string;
  }) => {
    const which =
      p.term === 1
        ? `its first term (${describePeriod(p.firstTerm)})`
        : `renewal term ${p.term - 1} (${describePeriod(p.renewalTerm)})`;
    const before = describePeriod(p.noticeBefore) || 'no time';
    const why = p.late
      ? `notice on ${p.receivedOn} came less than ${before} before the current term ends on ${p.currentEndsOn}, so the treaty binds the party for the next term: ` +
        `${which}, from ${p.startsOn}, at whose end the denunciation takes effect: ${p.endsOn}.`
      : `notice on ${p.receivedOn} came at least ${before} before the current term, ${which} from ${p.startsOn}, ends: ` +
        `the denunciation takes effect at its end, ${p.endsOn}.`;
    return `${p.treaty} runs for a first term of ${describePeriod(p.firstTerm)} from ${p.entryIntoForce}, then for successive terms of ${describePeriod(p.renewalTerm)}; ${why}`;
  },
  periodToCalendarDay: (p: { receivedOn: string; rule: EffectRule & { kind: 'calendar' }; end: string }) =>
    `Notice received on ${p.receivedOn} takes effect ${describeCalendarRule(p.rule)}: ${p.end}.`,
  'rule.laterDate': () => 'a later date named in the notice governs',
  laterDate: (p: { laterDate: string; periodEnd: string }) =>
    `The instrument names ${p.laterDate}, later than ${p.periodEnd}: the later date governs.`,

  // Obligations that survive the withdrawal (src/simulate/simulate.ts).
  'rule.survival': () => 'obligations that survive the withdrawal',
  survival: (p: { from: string; party: string | null; scope: string; until: string }) =>
    `The withdrawal took effect on ${p.from}, but the treaty’s obligations continue to bind ${who(p.party)} ` +
    `for ${p.scope}, through ${p.until} (free from the day after).`,

  // Warnings from the shipped party data (src/parties/index.ts).
  notAParty: (p: { name: string; code: string; asOf: string }) =>
    `${p.name} (${p.code}) is not a party to this treaty: the depositary's list (as of ${p.asOf}) does not include it, so the treaty does not bind it.`,
  partyNotInData: (p: { party: string; isCode: boolean }) =>
    `${JSON.stringify(p.party)} is not in the shipped party data for this treaty (${p.isCode ? 'its table is incomplete' : 'not the ISO 3166-1 alpha-3 code of a state'}): the answer takes the scenario as given and cannot check that the state is a party or when the treaty entered into force for it.`,
} as const;

/**
 * The rules' part of the table by key: one map lookup per message, where the
 * object of some 300 keys took a check and a keyed read (every explanation step
 * words two messages).
 */
const ruleEntries: ReadonlyMap<string, (params: never, say: Say) => string> = /* @__PURE__ */ new Map(Object.entries(messages));

/**
 * A message inside another's parameters (the reasons a deferral gives, the rule
 * of effect a step names), worded with the same table as the message around it.
 */
export interface Nested {
  readonly key: string;
  readonly params?: unknown;
}

/** Words a nested message with the table in use. */
export type Say = (nested: Nested) => string;

const ROUNDING_WORDS = {
  'first-of-next-month': 'the first day of the following month',
  'first-of-next-year': 'the first day of the following year',
} as const satisfies Record<Rounding, string>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A period in words, e.g. `1 year and 6 months`; empty for no time at all. */
function describePeriod(period: Period): string {
  const { years = 0, months = 0, days = 0 } = period;
  const parts: string[] = [];
  if (years) parts.push(plural(years, 'year'));
  if (months) parts.push(plural(months, 'month'));
  if (days) parts.push(plural(days, 'day'));
  return parts.join(' and ');
}

function isZero(period: Period): boolean {
  return (period.years ?? 0) === 0 && (period.months ?? 0) === 0 && (period.days ?? 0) === 0;
}

function describeEffectRule(rule: EffectRule | undefined): string {
  if (rule === undefined) return 'no right of withdrawal (only by consent of all parties)';
  if (rule.kind === 'end-of-term') {
    const before = isZero(rule.noticeBefore) ? '' : `, for notice at least ${describePeriod(rule.noticeBefore)} before it ends`;
    return `at the end of a term (a first term of ${describePeriod(rule.firstTerm)}, then terms of ${describePeriod(rule.renewalTerm)}${before})`;
  }
  if (rule.kind === 'after-receipt') {
    const rounded = rule.rounding ? `, then ${ROUNDING_WORDS[rule.rounding]}` : '';
    if (isZero(rule.period))
      return rule.rounding ? `on ${ROUNDING_WORDS[rule.rounding].replace('following', 'next')} after receipt` : 'upon receipt';
    const counted = rule.counting === 'next-day' ? ' (counted as one day more)' : '';
    return `${describePeriod(rule.period)} after receipt${counted}${rounded}`;
  }
  return describeCalendarRule(rule);
}

function monthDayWords(monthDay: string): string {
  return `${Number(monthDay.slice(3))} ${MONTHS[Number(monthDay.slice(0, 2)) - 1]}`;
}

function describeCalendarRule(rule: EffectRule & { kind: 'calendar' }): string {
  const year =
    rule.yearsAfter === 0 ? 'of the same year' : rule.yearsAfter === 1 ? 'of the next year' : `${rule.yearsAfter} years later`;
  if (rule.receivedBy === '12-31') return `on ${monthDayWords(rule.effectOn)} of the year after notice is given`;
  return `on ${monthDayWords(rule.effectOn)} ${year} for notice received by ${monthDayWords(rule.receivedBy)}, a year later if received after`;
}

/** A step of a domestic procedure, as a message names it. */
interface Step {
  readonly event: string;
  readonly label: string | undefined;
}

/** How a statement names each ground of suspension. */
const GROUND_WORDS = {
  'fundamental-change': 'a fundamental change of circumstances',
  'material-breach': 'a material breach by another party',
  'supervening-impossibility': 'a supervening impossibility of performance',
  'treaty-provision': 'the treaty’s own provision for suspension',
} as const;

/** ` (by whom)`, when the event says who. */
function by(who: string | undefined): string {
  return who ? ` (${who})` : '';
}

/**
 * How a message names the party: a state's code with its English name
 * (`Lithuania (LTU)`, as the renderers' titles do), any other name as given,
 * and `the party` when the scenario names none.
 * @internal
 */
export function who(party: string | null | undefined): string {
  return partyLabel(party) ?? 'the party';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function labelled(step: Step): string {
  return `${step.event} (${step.label})`;
}

/**
 * The English table: every message the library words. It has two parts: the
 * words of the rules (`messages`, above) and the words only the renderers use
 * (`renderMessages`, src/errors/render-messages.ts), kept apart so that a bundle
 * of the machine or of `simulate` does not carry the renderers' words. A table
 * of another language is one object over all of them. A third part holds the
 * words of the tools around the machine (src/errors/tool-messages.ts:
 * snapshots, `explanationOf`, `monteCarlo`).
 */
export type MessageTable = typeof messages & RenderMessages & ToolMessages;
/** The stable key of a message, e.g. `outOfOrder`. */
export type MessageKey = keyof MessageTable;
/** The parameters of the message `K` (`undefined` for a message without any). */
export type MessageParams<K extends MessageKey> = Parameters<MessageTable[K]>[0];
/** A message as data: its key and parameters, worded only by {@link formatMessage}. */
export type Message = { readonly [K in MessageKey]: { readonly key: K; readonly params: MessageParams<K> } }[MessageKey];
/**
 * The entries of another language: any subset of the keys; the rest are worded
 * in English. An entry gets the message's parameters and `say`, which words a
 * message nested in them (e.g. a deferral's reasons) from the same table.
 */
export type MessageOverrides = { readonly [K in MessageKey]?: (params: MessageParams<K>, say: Say) => string };

/** A message of key `key` with `params`: what a rule returns instead of a sentence. */
export function message<K extends MessageKey>(
  key: K,
  ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]
): Message;
// One plain parameter, not a rest array: every explanation step makes two messages.
export function message(key: MessageKey, params?: unknown): Message {
  return { key, params } as Message;
}

/**
 * Whether `value` is a message of the English table: an object with a key the
 * table has (a message read back from JSON may not be).
 *
 * @example
 * isMessage({ key: 'alreadyObjected', params: { by: 'France' } });
 * //=> true
 * isMessage({ key: 'toString' });
 * //=> false
 */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    Object.hasOwn(messages, (value as { key: string }).key)
  );
}

/**
 * Words a message of the rules' part of the table (what the machine, `simulate`
 * and `statusOn` say), from `locale` where it gives the key; the public
 * `formatMessage` (src/errors/format.ts) words every key.
 * @internal
 */
export function wordMessage(msg: Message, locale?: MessageOverrides): string {
  return wordFrom(undefined, msg, locale);
}

/**
 * Words a message from `locale`, else from `part` (a part of the English table
 * besides the rules' own, e.g. the renderers'), else from the rules' part; a
 * message nested in the parameters is worded the same way.
 * @internal
 */
export function wordFrom(part: object | undefined, msg: Nested, locale: MessageOverrides | undefined): string {
  const { key } = msg;
  const own = locale !== undefined && Object.hasOwn(locale, key) ? locale[key as MessageKey] : undefined;
  const entry = own ?? (part !== undefined && Object.hasOwn(part, key) ? part[key as keyof typeof part] : ruleEntries.get(key));
  if (entry === undefined) throw new TypeError(`no message has the key ${JSON.stringify(key)}`);
  // The rules' English words (the common case: every explanation step) need no closure of their own.
  const say: Say = part === undefined && locale === undefined ? sayInEnglish : (nested) => wordFrom(part, nested, locale);
  return (entry as (params: unknown, say: Say) => string)(msg.params, say);
}

/** Words a nested message from the rules' English part, as `wordFrom(undefined, nested, undefined)`. */
const sayInEnglish: Say = (nested) => wordFrom(undefined, nested, undefined);

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
