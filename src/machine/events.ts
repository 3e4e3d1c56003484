import * as z from 'zod';
import { CalendarDateSchema } from '../dates/schema.js';
import { SourceUrlSchema } from '../treaties/source-url.js';

/** Who acts, or by what means (a party, a body, `agreement`): trimmed, not blank, at most 200 characters. */
const actor = z.string().trim().min(1).max(200);

/** Fields every event has: its date, and an optional note and source for the record. */
const dated = {
  /** The day it happened (`YYYY-MM-DD`); for a deposit, the depositary's date of receipt. */
  date: CalendarDateSchema,
  /** Free text kept with the event, e.g. `Seimas vote 107-0-3`. */
  note: z.string().max(2000).optional(),
  /** Where the event is documented. */
  source: SourceUrlSchema.optional(),
};

/**
 * The executive decides to withdraw (presidential decree, cabinet decision, executive order).
 *
 * @example
 * DecreeSignedSchema.parse({ type: 'decree.signed', date: '2025-06-29' }).date;
 * //=> '2025-06-29'
 */
export const DecreeSignedSchema = z.strictObject({ type: z.literal('decree.signed'), ...dated });
/**
 * The legislature approves the withdrawal.
 *
 * @example
 * ParliamentApprovedSchema.safeParse({ type: 'parliament.approved', date: '2025-07-15', note: 'Verkhovna Rada, 299 votes' }).success;
 * //=> true
 */
export const ParliamentApprovedSchema = z.strictObject({ type: z.literal('parliament.approved'), ...dated });
/**
 * The legislature rejects the withdrawal.
 *
 * @example
 * ParliamentRejectedSchema.safeParse({ type: 'parliament.rejected', date: '2025-07-15' }).success;
 * //=> true
 */
export const ParliamentRejectedSchema = z.strictObject({ type: z.literal('parliament.rejected'), ...dated });
/**
 * The head of state signs or promulgates the law.
 *
 * @example
 * LawSignedSchema.safeParse({ type: 'law.signed', date: '2025-02-30' }).success;
 * //=> false
 */
export const LawSignedSchema = z.strictObject({ type: z.literal('law.signed'), ...dated });
/**
 * The depositary receives the instrument of withdrawal. `date` is the date of
 * receipt the depositary records; `laterDate` a later date of effect the
 * instrument names; `reasons` the explanation some treaties require.
 *
 * @example
 * InstrumentDepositedSchema.parse({ type: 'instrument.deposited', date: '2018-03-17', laterDate: '2019-06-01' }).laterDate;
 * //=> '2019-06-01'
 */
export const InstrumentDepositedSchema = z.strictObject({
  type: z.literal('instrument.deposited'),
  ...dated,
  laterDate: CalendarDateSchema.optional(),
  reasons: z.string().max(20_000).optional(),
});
/**
 * The state revokes its notice before it takes effect (VCLT Art. 68).
 *
 * @example
 * NotificationRevokedSchema.safeParse({ type: 'notification.revoked', date: '2017-02-10' }).success;
 * //=> true
 */
export const NotificationRevokedSchema = z.strictObject({ type: z.literal('notification.revoked'), ...dated });
/**
 * The party becomes engaged in an armed conflict.
 *
 * @example
 * ArmedConflictStartedSchema.safeParse({ type: 'armedConflict.started', date: '2022-02-24' }).success;
 * //=> true
 */
export const ArmedConflictStartedSchema = z.strictObject({ type: z.literal('armedConflict.started'), ...dated });
/**
 * The armed conflict the party was engaged in ends.
 *
 * @example
 * ArmedConflictEndedSchema.safeParse({ type: 'armedConflict.ended' }).success;
 * //=> false
 */
export const ArmedConflictEndedSchema = z.strictObject({ type: z.literal('armedConflict.ended'), ...dated });
/**
 * The grounds on which a suspension can be invoked: a fundamental change of
 * circumstances (VCLT Art. 62), a material breach (Art. 60), a supervening
 * impossibility of performance (Art. 61), or the treaty's own provision (Art. 57(a)).
 *
 * @example
 * SuspensionGroundSchema.options;
 * //=> ['fundamental-change', 'material-breach', 'supervening-impossibility', 'treaty-provision']
 */
export const SuspensionGroundSchema = z.enum([
  'fundamental-change',
  'material-breach',
  'supervening-impossibility',
  'treaty-provision',
]);
/** A ground on which a suspension is invoked (see {@link SuspensionGroundSchema}). */
export type SuspensionGround = z.output<typeof SuspensionGroundSchema>;

/**
 * The party notifies the other parties that it suspends the operation of the
 * treaty (VCLT Art. 65(1)), invoking a ground: a fundamental change of
 * circumstances (Art. 62), a material breach (Art. 60), supervening
 * impossibility (Art. 61) or the treaty's own clause (Art. 57(a)). The other
 * parties have at least three months to object (Art. 65(2)); a shorter window is
 * possible only in cases of special urgency, which the notice must claim.
 *
 * @example
 * SuspensionNotifiedSchema.parse({ type: 'suspension.notified', date: '2025-07-18', ground: 'fundamental-change' }).ground;
 * //=> 'fundamental-change'
 */
export const SuspensionNotifiedSchema = z.strictObject({
  type: z.literal('suspension.notified'),
  ...dated,
  ground: SuspensionGroundSchema,
  reasons: z.string().max(20_000).optional(),
  /** Claims special urgency (VCLT Art. 65(2)), allowing a window shorter than three months. */
  urgent: z.boolean().optional(),
  /** When the window for objections ends; three months after the notice by default. */
  objectionPeriodEndsOn: CalendarDateSchema.optional(),
});
/**
 * Another party objects to the suspension (VCLT Art. 65(2)–(3)).
 *
 * @example
 * ObjectionRaisedSchema.parse({ type: 'objection.raised', date: '2025-10-17', by: 'Switzerland' }).by;
 * //=> 'Switzerland'
 */
export const ObjectionRaisedSchema = z.strictObject({
  type: z.literal('objection.raised'),
  ...dated,
  /** The objecting party. */
  by: actor,
});
/**
 * A party withdraws its objection.
 *
 * @example
 * ObjectionWithdrawnSchema.safeParse({ type: 'objection.withdrawn', date: '2026-01-01' }).success;
 * //=> false
 */
export const ObjectionWithdrawnSchema = z.strictObject({
  type: z.literal('objection.withdrawn'),
  ...dated,
  by: actor,
});
/**
 * The parties, collectively (a meeting of the States Parties), find that the
 * treaty does not allow the suspension. The suspending state has not accepted it,
 * so the suspension remains contested; the finding is recorded and explained.
 *
 * @example
 * SuspensionRejectedSchema.safeParse({ type: 'suspension.rejected', date: '2025-12-05', by: '22nd Meeting of States Parties' }).success;
 * //=> true
 */
export const SuspensionRejectedSchema = z.strictObject({
  type: z.literal('suspension.rejected'),
  ...dated,
  /** Who found it, e.g. `22nd Meeting of States Parties`. */
  by: actor,
});
/**
 * The dispute over a contested suspension is settled (UN Charter Art. 33, VCLT
 * Arts. 65(3), 66): the suspension is upheld, or the suspending state abandons it.
 *
 * @example
 * DisputeSettledSchema.parse({ type: 'dispute.settled', date: '2027-01-01', outcome: 'suspension-upheld' }).outcome;
 * //=> 'suspension-upheld'
 */
export const DisputeSettledSchema = z.strictObject({
  type: z.literal('dispute.settled'),
  ...dated,
  outcome: z.enum(['suspension-upheld', 'suspension-abandoned']),
  /** How, e.g. `agreement`, `ICJ judgment`, `conciliation`. */
  by: actor.optional(),
});
/**
 * The suspension ends: the state withdraws its notice or resumes performing the treaty (VCLT Arts. 68, 72(2)).
 *
 * @example
 * SuspensionEndedSchema.safeParse({ type: 'suspension.ended', date: '2027-01-01' }).success;
 * //=> true
 */
export const SuspensionEndedSchema = z.strictObject({ type: z.literal('suspension.ended'), ...dated });
/**
 * The notice period is extended by agreement (TEU Art. 50(3); otherwise VCLT
 * Art. 54(b)): the treaty binds the party through `until`, and the withdrawal
 * takes effect the day after. `by` names who agreed, e.g. `European Council
 * Decision (EU) 2019/584`.
 *
 * @example
 * PeriodExtendedSchema.parse({ type: 'period.extended', date: '2019-04-11', until: '2019-10-31' }).until;
 * //=> '2019-10-31'
 */
export const PeriodExtendedSchema = z.strictObject({
  type: z.literal('period.extended'),
  ...dated,
  /** The last day the treaty binds the party. */
  until: CalendarDateSchema,
  by: actor.optional(),
});
/**
 * The parties agree on the date the withdrawal takes effect (VCLT Art. 54(b),
 * consent of all the parties; a withdrawal agreement). `effectiveOn` may not
 * precede `date`.
 *
 * @example
 * WithdrawalAgreedSchema.parse({ type: 'withdrawal.agreed', date: '2026-03-01', effectiveOn: '2026-06-01' }).effectiveOn;
 * //=> '2026-06-01'
 */
export const WithdrawalAgreedSchema = z.strictObject({
  type: z.literal('withdrawal.agreed'),
  ...dated,
  /** The day the withdrawal takes effect. */
  effectiveOn: CalendarDateSchema,
  by: actor.optional(),
});
/**
 * An organisation ends the party's membership (expulsion). Under the
 * organisation's constituent treaty the treaty ceases to bind on `date`; under a
 * treaty whose profile ties party status to that membership, the profile's
 * rule counts from `date` (ECHR Art. 58(3)).
 *
 * @example
 * MembershipTerminatedSchema.parse({ type: 'membership.terminated', date: '2022-03-16', by: 'Committee of Ministers' }).by;
 * //=> 'Committee of Ministers'
 */
export const MembershipTerminatedSchema = z.strictObject({
  type: z.literal('membership.terminated'),
  ...dated,
  /** Who ended it, e.g. `Committee of Ministers, CM/Res(2022)2`. */
  by: actor.optional(),
});
/**
 * The party has not fulfilled obligations the withdrawal's effect is subject to
 * (a profile's `conditions`, e.g. ILO Constitution Art. 1(5)): effect waits for
 * `obligations.fulfilled`.
 *
 * @example
 * ObligationsOutstandingSchema.safeParse({ type: 'obligations.outstanding', date: '2026-01-01' }).success;
 * //=> true
 */
export const ObligationsOutstandingSchema = z.strictObject({ type: z.literal('obligations.outstanding'), ...dated });
/**
 * The obligations recorded as outstanding are fulfilled.
 *
 * @example
 * ObligationsFulfilledSchema.safeParse({ type: 'obligations.fulfilled', date: '2026-05-04' }).success;
 * //=> true
 */
export const ObligationsFulfilledSchema = z.strictObject({ type: z.literal('obligations.fulfilled'), ...dated });
/**
 * Time passes to `date` with nothing else happening (periods that end by then end).
 *
 * @example
 * ClockAdvancedSchema.safeParse({ type: 'clock.advanced', date: '2026-01-18' }).success;
 * //=> true
 */
export const ClockAdvancedSchema = z.strictObject({ type: z.literal('clock.advanced'), ...dated });

/**
 * Every event the withdrawal machine accepts, told apart by `type`.
 *
 * @example
 * WithdrawalEventSchema.safeParse({ type: 'decree.signed', date: '2025-06-29' }).success;
 * //=> true
 * WithdrawalEventSchema.safeParse({ type: 'treaty.burned', date: '2025-06-29' }).success;
 * //=> false
 */
export const WithdrawalEventSchema = z.discriminatedUnion('type', [
  DecreeSignedSchema,
  ParliamentApprovedSchema,
  ParliamentRejectedSchema,
  LawSignedSchema,
  InstrumentDepositedSchema,
  NotificationRevokedSchema,
  ArmedConflictStartedSchema,
  ArmedConflictEndedSchema,
  SuspensionNotifiedSchema,
  ObjectionRaisedSchema,
  ObjectionWithdrawnSchema,
  SuspensionRejectedSchema,
  DisputeSettledSchema,
  SuspensionEndedSchema,
  PeriodExtendedSchema,
  WithdrawalAgreedSchema,
  MembershipTerminatedSchema,
  ObligationsOutstandingSchema,
  ObligationsFulfilledSchema,
  ClockAdvancedSchema,
]);

/** An event of the withdrawal machine. */
export type WithdrawalEvent = z.output<typeof WithdrawalEventSchema>;
/** The `type` of an event of the withdrawal machine. */
export type WithdrawalEventType = WithdrawalEvent['type'];
/** The event with this `type`. */
export type WithdrawalEventOf<T extends WithdrawalEventType> = Extract<WithdrawalEvent, { type: T }>;
/** A domestic event: a step of the procedure or its rejection. */
export type DomesticEvent = WithdrawalEventOf<'decree.signed' | 'parliament.approved' | 'law.signed' | 'parliament.rejected'>;

/**
 * Every event type, in the order of the life of a withdrawal.
 *
 * @example
 * withdrawalEventTypes.length;
 * //=> 20
 * withdrawalEventTypes[0];
 * //=> 'decree.signed'
 */
export const withdrawalEventTypes: readonly WithdrawalEventType[] = WithdrawalEventSchema.options.map(
  (option) => option.shape.type.value,
);
