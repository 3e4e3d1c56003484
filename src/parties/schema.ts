import * as z from 'zod';
import { CalendarDateSchema } from '../dates/schema.js';
import { schemaMessages } from '../errors/schema-messages.js';
import { SourceUrlSchema } from '../treaties/schema.js';

/**
 * An ISO 3166-1 alpha-3 code, upper case (`POL`).
 *
 * @example
 * Alpha3Schema.safeParse('POL').success;
 * //=> true
 * Alpha3Schema.safeParse('pl').success;
 * //=> false
 */
export const Alpha3Schema = z.string().regex(/^[A-Z]{3}$/, { error: () => schemaMessages['schema.alpha3']() });

/**
 * How a state expressed its consent to be bound, as the depositary records it.
 *
 * @example
 * InstrumentSchema.options.length;
 * //=> 5
 */
export const InstrumentSchema = z.enum(['ratification', 'accession', 'succession', 'acceptance', 'approval']);

/** A withdrawal the depositary has received, with the day it took (or takes) effect. */
export const PartyWithdrawalSchema = z.strictObject({
  /** The day the depositary received the instrument or notification of withdrawal. */
  received: CalendarDateSchema,
  /** The day the withdrawal took (or will take) effect. */
  effective: CalendarDateSchema,
  /** Where these dates come from, when not from the table's own source. */
  source: SourceUrlSchema.optional(),
});

/** One state's participation in a treaty. */
export const PartyRecordSchema = z.strictObject({
  /** ISO 3166-1 alpha-3 code. */
  code: Alpha3Schema,
  /** The kind of instrument deposited. */
  instrument: InstrumentSchema,
  /** The day the instrument was deposited with the depositary. */
  deposited: CalendarDateSchema,
  /** The day the treaty entered into force for this state. */
  entryIntoForce: CalendarDateSchema,
  /**
   * For a succession that the depositary counts from the date of State
   * succession (independence): that date, from which the treaty binds the
   * successor; `entryIntoForce` is then this date, not the rule's.
   */
  successionDate: CalendarDateSchema.optional(),
  /** For a state that has left or is leaving. */
  withdrawal: PartyWithdrawalSchema.optional(),
  /** Where this record comes from, when not from the table's own source. */
  source: SourceUrlSchema.optional(),
  /** Anything a reader should know: disagreeing sources, territorial notes. */
  note: z.string().optional(),
});

const cited = {
  /** The provision, e.g. `Art. 17(2)`. */
  article: z.string().min(1),
  /** The rule as the text states it. */
  text: z.string().min(1),
  /** URL of the text. */
  source: SourceUrlSchema,
};

/**
 * When a treaty enters into force for a state that deposits after the treaty's
 * own entry into force condition was met, as data:
 * - `first-day-of-month-after-months`: the first day of the `months`-th month
 *   after the month of deposit (Mine Ban Treaty Art. 17(2): deposit on
 *   27 December 2012, in force on 1 June 2013);
 * - `first-day-of-month-after-days`: the first day of the month after the
 *   `days`-th day following deposit (Rome Statute Art. 126(2)).
 *
 * @example
 * EntryIntoForceRuleSchema.options.map((o) => o.shape.kind.value);
 * //=> ['first-day-of-month-after-months', 'first-day-of-month-after-days']
 */
export const EntryIntoForceRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('first-day-of-month-after-months'), months: z.int().min(1).max(120), ...cited }),
  z.strictObject({ kind: z.literal('first-day-of-month-after-days'), days: z.int().min(1).max(3650), ...cited }),
]);

/** The depositary's (or the organisation's) own count of parties on a date. */
export const PublishedTotalSchema = z.strictObject({
  /** How many states were parties on `asOf`. */
  count: z.int().nonnegative(),
  /**
   * What the count counts: `deposited`, every state that had deposited its
   * instrument (the UN status pages' "Parties"), or `in-force`, every state for
   * which the treaty had entered into force; withdrawals that had taken effect
   * are out of both.
   */
  basis: z.enum(['deposited', 'in-force']),
  /** The day the count was current. */
  asOf: CalendarDateSchema,
  /** Where the count is published. */
  source: SourceUrlSchema,
});

/**
 * zod schema of a party table: every state party to one treaty, with the sources
 * and the rule behind the dates.
 *
 * @example
 * PartyTableSchema.safeParse(parties('ottawa')).success;
 * //=> true
 */
export const PartyTableSchema = z.strictObject({
  /** The treaty profile id (`ottawa`). */
  treaty: z.string().min(1),
  /** The depositary's status page. */
  source: SourceUrlSchema,
  /** The copy of the depositary's record the table was read from, when it is not the live page. */
  sourceCopy: SourceUrlSchema.optional(),
  /** The day the source was current. */
  asOf: CalendarDateSchema,
  /**
   * True when every state that has ever been a party is in the table, so a code
   * that is not in it is a known non-party; false when states whose dates could
   * not be sourced (or later joiners) are missing, so a code that is not in it
   * is only "not in the data".
   */
  complete: z.boolean(),
  /** The published count the table is checked against. */
  publishedTotal: PublishedTotalSchema,
  /** The treaty's own entry into force (binding the states that deposited before it). */
  treatyEntryIntoForce: z.strictObject({ date: CalendarDateSchema, ...cited }),
  /** The rule for a state that deposits later. */
  rule: EntryIntoForceRuleSchema,
  /** The parties, one record per state. */
  parties: z.array(PartyRecordSchema),
  /** Other sources used for single records (withdrawals, later joiners). */
  otherSources: z.array(SourceUrlSchema).optional(),
  /** What the table leaves out and why. */
  note: z.string().optional(),
});

/**
 * The part of a party table `entryIntoForceFor` reads: the rule and the treaty's
 * own entry into force (other fields are ignored).
 *
 * @internal
 */
export const EntryIntoForceTableSchema = z.object({
  rule: PartyTableSchema.shape.rule,
  treatyEntryIntoForce: z.object({ date: PartyTableSchema.shape.treatyEntryIntoForce.shape.date }),
});

/**
 * What the shipped data says about a scenario's party: a party (with its dates),
 * a known non-party, or a code the data does not know.
 */
export const MembershipSchema = z.strictObject({
  /** The code as given, upper-cased. */
  code: z.string(),
  /** The English name, when the code is an ISO 3166-1 alpha-3 code. */
  name: z.string(),
  /** `party`: in the table; `non-party`: a known state not in a complete table. */
  status: z.enum(['party', 'non-party']),
  /** When the treaty entered into force for the state; `null` for a non-party. */
  entryIntoForce: CalendarDateSchema.nullable(),
  /** When a recorded withdrawal took (or takes) effect; `null` when none. */
  leftOn: CalendarDateSchema.nullable(),
  /** The article of the entry-into-force rule. */
  article: z.string(),
  /** The depositary's status page. */
  source: SourceUrlSchema,
  /** The day the data was current. */
  asOf: CalendarDateSchema,
});

/** How a state expressed its consent to be bound: ratification, accession, succession, acceptance or approval. */
export type Instrument = z.infer<typeof InstrumentSchema>;
/** A withdrawal the depositary has received: when, and the day it took (or takes) effect. */
export type PartyWithdrawal = z.infer<typeof PartyWithdrawalSchema>;
/** One state's participation in a treaty: code, instrument, deposit, entry into force, withdrawal. */
export type PartyRecord = z.infer<typeof PartyRecordSchema>;
/** A treaty's rule for its entry into force for a state that deposits later, with article and source. */
export type EntryIntoForceRule = z.infer<typeof EntryIntoForceRuleSchema>;
/** A published count of parties on a date, with its source. */
export type PublishedTotal = z.infer<typeof PublishedTotalSchema>;
/** Every state party to one treaty, with sources, "as of" date, published total and rules. */
export type PartyTable = z.infer<typeof PartyTableSchema>;
/** What the shipped party data says about a scenario's party (`SimulationResult.membership`). */
export type Membership = z.infer<typeof MembershipSchema>;
