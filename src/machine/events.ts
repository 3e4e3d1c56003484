import * as z from 'zod';
import { CalendarDateSchema } from '../dates/schema.js';
import { SourceUrlSchema } from '../treaties/schema.js';

/** Fields every event has: its date, and an optional note and source for the record. */
const dated = {
  /** The day it happened (`YYYY-MM-DD`); for a deposit, the depositary's date of receipt. */
  date: CalendarDateSchema,
  /** Free text kept with the event, e.g. `Seimas vote 107-0-3`. */
  note: z.string().max(2000).optional(),
  /** Where the event is documented. */
  source: SourceUrlSchema.optional(),
};

/** The executive decides to withdraw (presidential decree, cabinet decision, executive order). */
export const DecreeSignedSchema = z.strictObject({ type: z.literal('decree.signed'), ...dated });
/** The legislature approves the withdrawal. */
export const ParliamentApprovedSchema = z.strictObject({ type: z.literal('parliament.approved'), ...dated });
/** The legislature rejects the withdrawal. */
export const ParliamentRejectedSchema = z.strictObject({ type: z.literal('parliament.rejected'), ...dated });
/** The head of state signs or promulgates the law. */
export const LawSignedSchema = z.strictObject({ type: z.literal('law.signed'), ...dated });
/**
 * The depositary receives the instrument of withdrawal. `date` is the date of
 * receipt the depositary records; `laterDate` a later date of effect the
 * instrument names; `reasons` the explanation some treaties require.
 */
export const InstrumentDepositedSchema = z.strictObject({
  type: z.literal('instrument.deposited'),
  ...dated,
  laterDate: CalendarDateSchema.optional(),
  reasons: z.string().max(20_000).optional(),
});
/** The state revokes its notice before it takes effect (VCLT Art. 68). */
export const NotificationRevokedSchema = z.strictObject({ type: z.literal('notification.revoked'), ...dated });
/** The party becomes engaged in an armed conflict. */
export const ArmedConflictStartedSchema = z.strictObject({ type: z.literal('armedConflict.started'), ...dated });
/** The armed conflict the party was engaged in ends. */
export const ArmedConflictEndedSchema = z.strictObject({ type: z.literal('armedConflict.ended'), ...dated });
/** Time passes to `date` with nothing else happening (periods that end by then end). */
export const ClockAdvancedSchema = z.strictObject({ type: z.literal('clock.advanced'), ...dated });

/** Every event the withdrawal machine accepts, told apart by `type`. */
export const WithdrawalEventSchema = z.discriminatedUnion('type', [
  DecreeSignedSchema,
  ParliamentApprovedSchema,
  ParliamentRejectedSchema,
  LawSignedSchema,
  InstrumentDepositedSchema,
  NotificationRevokedSchema,
  ArmedConflictStartedSchema,
  ArmedConflictEndedSchema,
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

/** Every event type, in the order of the life of a withdrawal. */
export const withdrawalEventTypes: readonly WithdrawalEventType[] = WithdrawalEventSchema.options.map(
  (option) => option.shape.type.value,
);
