import * as z from 'zod';
import { CalendarDateSchema, OverflowSchema } from '../dates/schema.js';
import { WarningSchema } from '../explanation/types.js';
import { DomesticStepTypeSchema, ProcedureProfileSchema } from '../procedures/schema.js';
import { TreatyProfileSchema } from '../treaties/schema.js';
import { SuspensionGroundSchema, WithdrawalEventSchema } from './events.js';
import { segmentsOf } from './segments.js';

/*
 * Every type of the context is defined here once, as a zod schema, and its
 * TypeScript type inferred from it: `WithdrawalContextSchema` is both what the
 * machine holds and what `fromPersisted` validates a stored context against.
 * Lists are `.readonly()` (typed `readonly T[]`; a parsed list is frozen, which
 * the machine's updates allow: they copy a list they did not make).
 */

const nullableDate = CalendarDateSchema.nullable();
const name = z.string().max(200);
const text = z.string().max(20_000);

/**
 * Where a withdrawal stands (the contract's `outcome`):
 * - `in-procedure`: domestic steps under way, nothing deposited;
 * - `notice-period`: deposited, the period is running;
 * - `deferred`: the period is over, effect deferred (an armed conflict, or obligations outstanding);
 * - `effective`: the withdrawal has taken effect;
 * - `revoked`: the notice was revoked before effect;
 * - `abandoned`: the domestic procedure failed;
 * - `suspension-pending`: a suspension was notified; the window for objections is open;
 * - `suspension-contested`: objected to, or invoked under a treaty provision the treaty does not have;
 * - `suspended`: carried out (no objection in time: VCLT Arts. 65(2), 67), or upheld.
 *
 * @example
 * OutcomeSchema.options.length;
 * //=> 9
 */
export const OutcomeSchema = z.enum([
  'in-procedure',
  'notice-period',
  'deferred',
  'effective',
  'revoked',
  'abandoned',
  'suspension-pending',
  'suspension-contested',
  'suspended',
]);
/** Where a withdrawal stands (its zod schema is `OutcomeSchema`). */
export type Outcome = z.output<typeof OutcomeSchema>;

/** One stage of the timeline, from the day it began to the day the next began. */
export const TimelineStageSchema = z
  .strictObject({
    /** Which stage. */
    stage: OutcomeSchema,
    /** First day of the stage. */
    from: CalendarDateSchema,
    /** First day of the next stage; `null` while the stage lasts. */
    to: nullableDate,
  })
  .readonly();
/** One stage of the timeline, from the day it began to the day the next began. */
export type TimelineStage = z.output<typeof TimelineStageSchema>;

/** A domestic event that happened, as recorded. */
export const DomesticRecordSchema = z
  .strictObject({
    /** Which step (or a rejection). */
    type: z.union([DomesticStepTypeSchema, z.literal('parliament.rejected')]),
    /** When. */
    date: CalendarDateSchema,
    /** True when the procedure profile requires this step before deposit. */
    required: z.boolean(),
  })
  .readonly();
/** A domestic event that happened, as recorded. */
export type DomesticRecord = z.output<typeof DomesticRecordSchema>;

/** An armed conflict the party was engaged in. */
export const ConflictPeriodSchema = z
  .strictObject({
    /** First day. */
    from: CalendarDateSchema,
    /** The day it ended; `null` while it continues. */
    to: nullableDate,
  })
  .readonly();
/** An armed conflict the party was engaged in. */
export type ConflictPeriod = z.output<typeof ConflictPeriodSchema>;

/** An objection to a suspension. */
export const ObjectionSchema = z
  .strictObject({
    /** The objecting party. */
    by: name,
    /** When it objected. */
    raisedOn: CalendarDateSchema,
    /** When it withdrew the objection; `null` while it stands. */
    withdrawnOn: nullableDate,
  })
  .readonly();
/** An objection to a suspension. */
export type Objection = z.output<typeof ObjectionSchema>;

/** Where a notified suspension stands; `superseded` when a withdrawal was deposited while it was pending or contested. */
export const SuspensionStatusSchema = z.enum(['pending', 'contested', 'suspended', 'ended', 'superseded']);

/** A suspension notified under VCLT Art. 65, and what became of it. */
export const SuspensionRecordSchema = z
  .strictObject({
    /** When the other parties were notified. */
    notifiedOn: CalendarDateSchema,
    /** The ground invoked. */
    ground: SuspensionGroundSchema,
    /** The reasons given. */
    reasons: text.nullable(),
    /** Whether special urgency was claimed (VCLT Art. 65(2)). */
    urgent: z.boolean(),
    /** The first day on which the measure may be carried out if nobody has objected. */
    objectionWindowEndsOn: CalendarDateSchema,
    /** Objections raised. */
    objections: z.array(ObjectionSchema).readonly(),
    /** Collective findings of the parties, e.g. a Meeting of States Parties. */
    findings: z.array(z.strictObject({ by: name, date: CalendarDateSchema }).readonly()).readonly(),
    /** Where it stands; `superseded` when a withdrawal was deposited while it was pending or contested. */
    status: SuspensionStatusSchema,
  })
  .readonly();
/** A suspension notified under VCLT Art. 65, and what became of it. */
export type SuspensionRecord = z.output<typeof SuspensionRecordSchema>;

/**
 * A suspension as the machine holds it: the record with its objections kept in
 * segments (segments.ts), so that an objection costs the same at the thousandth
 * as at the first. `objections.flat()` gives them in order.
 */
export const SuspensionStateSchema = SuspensionRecordSchema.unwrap()
  .extend({ objections: segmentsOf(ObjectionSchema) })
  .readonly();
/** A suspension as the machine holds it (objections in segments). */
export type SuspensionState = z.output<typeof SuspensionStateSchema>;

/** A period during which the treaty's operation was validly suspended for the party. */
export const SuspensionPeriodSchema = z
  .strictObject({
    /** First day. */
    from: CalendarDateSchema,
    /** The day it ended; `null` while it lasts. */
    to: nullableDate,
  })
  .readonly();
/** A period during which the treaty's operation was validly suspended for the party. */
export type SuspensionPeriod = z.output<typeof SuspensionPeriodSchema>;

/**
 * What fixes the date of effect besides the treaty's own period, and what it
 * waits for: a later date the instrument named, an extension, an agreement,
 * the end of membership, outstanding obligations. (Kept in one field, which
 * keeps XState's own copies of the context fast: see `WithdrawalContext`.)
 */
export const EffectTermsSchema = z
  .strictObject({
    /**
     * What fixed `noticeExpiresOn`: the treaty's period (`notice`), an extension
     * by agreement (`extension`), the parties' agreement on the date of effect
     * (`agreement`, VCLT Art. 54(b)), or the end of membership of the
     * organisation (`membership`). Only a period under the treaty (`notice`,
     * `extension`) can be deferred by an armed conflict or an unmet condition.
     */
    basis: z.enum(['notice', 'extension', 'agreement', 'membership']),
    /** A later date of effect the instrument named (where the treaty allows one). */
    laterDate: nullableDate,
    /** The date of the event that fixed it; `null` for `notice`. */
    fixedOn: nullableDate,
    /**
     * Since when obligations the effect is subject to (the profile's
     * `conditions`) are recorded as outstanding; `null` while they are presumed met.
     */
    obligationsOutstandingSince: nullableDate,
    /**
     * Where membership of the organisation ended while a notice period running
     * to an earlier date governs: when membership ended, and the day party status
     * ends in consequence, which takes over if the notice's effect is deferred.
     */
    membershipEnd: z.strictObject({ terminatedOn: CalendarDateSchema, ceasesOn: CalendarDateSchema }).readonly().nullable(),
  })
  .readonly();
/** What fixes the date of effect besides the treaty's own period (its zod schema is `EffectTermsSchema`). */
export type EffectTerms = z.output<typeof EffectTermsSchema>;

/**
 * Everything the machine knows. Plain JSON data, so a snapshot can be persisted
 * as it is; every field is derived from the input and the events applied. The
 * persisted context is validated against this very schema.
 *
 * It has 19 fields. `simulate` does not depend on that number: its executor
 * changes a context it made in place, so an event costs what it changes
 * (measured with callgrind: 133.7k instructions per Ukraine run with 19
 * fields, 138.2k with 39; copying the context per event, 165.2k and 212.5k).
 * XState's own runs (an actor, `applyEvent`) do: XState copies the context
 * with `Object.assign({}, context, update)` on every assign, and V8 11.3
 * (Node 20) leaves its fast path for such a copy from 20 fields on (a copy of
 * 20 fields came out a dictionary object; a Ukraine actor run took 828k
 * instructions with 19 fields, 1 293k with 20). A new field costs actor users
 * that; nesting new data in an existing field does not. A test in
 * tests/machine/context.test.ts holds the count for that reason.
 */
export const WithdrawalContextSchema = z
  .strictObject({
    /** The treaty's withdrawal law. */
    treaty: TreatyProfileSchema,
    /** The domestic procedure. */
    procedure: ProcedureProfileSchema,
    /** Who withdraws, if given. */
    party: name.nullable(),
    /** When the treaty entered into force for the party, if given. */
    entryIntoForce: nullableDate,
    /** Month-end policy for period arithmetic. */
    overflow: OverflowSchema,
    /** The date of the last event applied: the machine's today. */
    date: nullableDate,
    /** Domestic events, in the order applied. */
    domestic: z.array(DomesticRecordSchema).readonly(),
    /** Armed conflicts the party was engaged in, in segments (segments.ts): `conflicts.flat()` lists them. */
    conflicts: segmentsOf(ConflictPeriodSchema),
    /** When the depositary received the instrument. */
    receivedOn: nullableDate,
    /** The reasons the instrument gave. */
    reasons: text.nullable(),
    /** When the notice period ends: the withdrawal takes effect then unless deferred. */
    noticeExpiresOn: nullableDate,
    /** When the withdrawal took effect. */
    effectiveOn: nullableDate,
    /** When the notice was revoked. */
    revokedOn: nullableDate,
    /** The latest suspension notified, if any. */
    suspension: SuspensionStateSchema.nullable(),
    /** Periods of valid suspension. */
    suspensions: z.array(SuspensionPeriodSchema).readonly(),
    /** The stages passed through. */
    timeline: z.array(TimelineStageSchema).readonly(),
    /**
     * The log: every event applied, in order, including the `clock.advanced`
     * moves `applyEvent` makes before an event (so it can hold more than the
     * events sent). It is the record `explanationOf` derives the explanation
     * from (how every date was derived, with articles and sources). The
     * explanation is built on demand, not as each event is applied, so that
     * running the machine costs little more than XState itself. Kept in
     * segments of at most 128 events (segments.ts), so that applying an event
     * costs the same however long the log: `log.flat()` lists the events.
     */
    log: segmentsOf(WithdrawalEventSchema),
    /** Points that do not stop the withdrawal but matter. */
    warnings: z.array(WarningSchema).readonly(),
    /** What fixes the date of effect besides the treaty's period (a later date named, an extension, an agreement, the end of membership), and whether unmet obligations hold it back. */
    effectTerms: EffectTermsSchema,
  })
  .readonly();
/** Everything the machine knows (its zod schema is `WithdrawalContextSchema`). */
export type WithdrawalContext = z.output<typeof WithdrawalContextSchema>;
