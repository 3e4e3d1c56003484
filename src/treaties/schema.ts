import * as z from 'zod';
import { CalendarDateSchema } from '../dates/schema.js';

/** An `http(s)` URL of an official or otherwise checkable text, at most 2048 characters. */
export const SourceUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'must be an http(s) URL of the text that states the rule',
  })
  .max(2048);

/** The article and source every rule carries, so a lawyer can check it. */
const cited = {
  /** The provision, e.g. `Art. 20(3)` or `VCLT Art. 56(2)`. */
  article: z.string().min(1, 'must name the article that states the rule').max(300),
  /** The URL of the text of that provision. */
  source: SourceUrlSchema,
};

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the year written `MM-DD` that exists in every year (so never `02-29`). */
export const MonthDaySchema = z
  .string()
  .regex(MONTH_DAY, 'must be written MM-DD')
  .refine(
    (value) => {
      const month = Number(value.slice(0, 2));
      const day = Number(value.slice(3));
      return day <= (MONTH_LENGTHS[month - 1] ?? 0) && value !== '02-29';
    },
    { error: (issue) => `${String(issue.input)} is not a day that every year has` },
  );

const wholeUnit = z.int().min(0).max(10_000).optional();

/** A notice period in whole years, months and days, at least one of them positive. */
export const NoticePeriodSchema = z
  .strictObject({ years: wholeUnit, months: wholeUnit, days: wholeUnit })
  .refine((p) => (p.years ?? 0) + (p.months ?? 0) + (p.days ?? 0) > 0, 'must be longer than zero');

/**
 * Effect a fixed period after the depositary's receipt of the instrument.
 * `counting` is the depositary's practice: the UN Secretary-General takes the
 * same day of the month (27 Jun → 27 Dec); the World Bank, for ICSID, one day
 * more (2 May 2007 → 3 Nov 2007).
 */
export const AfterReceiptRuleSchema = z.strictObject({
  kind: z.literal('after-receipt'),
  period: NoticePeriodSchema,
  counting: z.enum(['same-day', 'next-day']),
  /** How the depositary's practice is known. */
  countingSource: SourceUrlSchema.optional(),
  ...cited,
});

/**
 * Effect on a fixed day of a year that depends on when notice was received:
 * received on or before `receivedBy` (MM-DD) of year Y → effect on `effectOn`
 * (MM-DD) of year Y + `yearsAfter`; received later → one year more.
 * UNESCO Art. II(6), Single Convention Art. 46(2), ICRW Art. XI.
 */
export const CalendarRuleSchema = z.strictObject({
  kind: z.literal('calendar'),
  receivedBy: MonthDaySchema,
  effectOn: MonthDaySchema,
  yearsAfter: z.int().min(0).max(100),
  ...cited,
});

/**
 * When a withdrawal takes effect, absent deferral and later dates.
 *
 * @example
 * EffectRuleSchema.parse({ kind: 'after-receipt', period: { days: 90 }, counting: 'same-day', article: 'Art. 24(2)', source: 'https://example.org/att' }).kind;
 * //=> 'after-receipt'
 */
export const EffectRuleSchema = z.discriminatedUnion('kind', [AfterReceiptRuleSchema, CalendarRuleSchema]);

/** A consequence the text attaches to withdrawal (what survives it). */
export const ConsequenceSchema = z.strictObject({
  /** What the provision says, paraphrased. */
  text: z.string().min(1).max(2000),
  ...cited,
});

/**
 * A treaty's withdrawal law as data: when notice may be given, what it must say,
 * when it takes effect, what can defer it and what survives it. Every rule
 * carries its article and the URL of its text.
 *
 * @example
 * TreatyProfileSchema.safeParse(getTreaty('ottawa')).success;
 * //=> true
 */
export const TreatyProfileSchema = z.strictObject({
  /** Short stable id, lower-case with dashes, e.g. `ottawa`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes, e.g. my-treaty'),
  /** Bumped whenever a rule changes, so persisted snapshots can tell. */
  version: z.int().min(1),
  /** Full title. */
  name: z.string().min(1).max(300),
  /** Title a person uses, e.g. `Mine Ban Treaty`. */
  shortName: z.string().min(1).max(100),
  /** Date of adoption or signature. */
  adopted: CalendarDateSchema.optional(),
  /** Who receives notices of withdrawal (for a bilateral treaty, the other party). */
  depositary: z.string().min(1).max(200),
  /** Whether the treaty is in force, not yet in force (the CTBT), or terminated (the INF Treaty). */
  status: z.enum(['in-force', 'not-in-force', 'terminated']),
  /** When a terminated treaty ceased to be in force. */
  terminatedOn: CalendarDateSchema.optional(),
  /** URL of the official text. */
  text: SourceUrlSchema,
  withdrawal: z.strictObject({
    /** Whether the treaty has a withdrawal clause or the VCLT Art. 56 default applies. */
    basis: z.enum(['treaty-clause', 'vclt-art-56']),
    /** One-line summary of the rule, for tables. */
    summary: z.string().min(1).max(500),
    /** When it takes effect. */
    effect: EffectRuleSchema,
    /** Present when the notice may name a later date of effect. */
    laterDate: z.strictObject(cited).optional(),
    /** Present when notice may only be given some years after entry into force for the party. */
    earliestNotice: z.strictObject({ yearsAfterEntryIntoForce: z.int().min(1).max(100), ...cited }).optional(),
    /** Present when effect waits for the end of an armed conflict the party is engaged in. */
    armedConflictDeferral: z.strictObject(cited).optional(),
    /** Who must be told and what the instrument must contain. */
    instrument: z.strictObject({
      notify: z.array(z.string().min(1).max(200)).min(1).max(50),
      reasons: z.enum(['not-required', 'full-explanation', 'extraordinary-events']),
      ...cited,
    }),
    /** What the text keeps alive after withdrawal. */
    consequences: z.array(ConsequenceSchema).default([]),
  }),
  /** Whether the treaty itself provides for suspending its operation (VCLT Art. 57(a)). */
  suspension: z.strictObject({
    provided: z.boolean(),
    /** What the text says, or that it says nothing. */
    note: z.string().min(1).max(2000),
    ...cited,
  }),
  /** Anything else a reader should know (depositary practice, contested points). */
  notes: z.string().max(2000).optional(),
});

/** A treaty profile, as validated by {@link TreatyProfileSchema}. */
export type TreatyProfile = z.output<typeof TreatyProfileSchema>;
/** A treaty profile as written by hand (defaults may be omitted). */
export type TreatyProfileInput = z.input<typeof TreatyProfileSchema>;
/** When a withdrawal takes effect, absent deferral and later dates. */
export type EffectRule = z.output<typeof EffectRuleSchema>;
/** A rule of effect a fixed period after receipt. */
export type AfterReceiptRule = z.output<typeof AfterReceiptRuleSchema>;
/** A rule of effect on a fixed day of the year. */
export type CalendarRule = z.output<typeof CalendarRuleSchema>;
