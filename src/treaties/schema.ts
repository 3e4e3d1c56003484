import * as z from 'zod';
import { CalendarDateSchema } from '../dates/schema.js';
import { schemaMessages } from '../errors/schema-messages.js';
import { SourceUrlSchema } from './source-url.js';

export { SourceUrlSchema };

/** The article and source every rule carries, so a lawyer can check it. */
const cited = {
  /** The provision, e.g. `Art. 20(3)` or `VCLT Art. 56(2)`. */
  article: z
    .string()
    .min(1, { error: () => schemaMessages['schema.articleMissing']() })
    .max(300),
  /** The URL of the text of that provision. */
  source: SourceUrlSchema,
};

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the year written `MM-DD` that exists in every year (so never `02-29`). */
export const MonthDaySchema = z
  .string()
  .regex(MONTH_DAY, { error: () => schemaMessages['schema.monthDayFormat']() })
  .refine(
    (value) => {
      const month = Number(value.slice(0, 2));
      const day = Number(value.slice(3));
      return day <= (MONTH_LENGTHS[month - 1] ?? 0) && value !== '02-29';
    },
    { error: (issue) => schemaMessages['schema.monthDayNotEveryYear']({ got: String(issue.input) }) },
  );

const wholeUnit = z.int().min(0).max(10_000).optional();

/** A period in whole years, months and days, each 0 or more; `{}` or all zeros is no time at all. */
export const PeriodSchema = z.strictObject({ years: wholeUnit, months: wholeUnit, days: wholeUnit });

/** A period in whole years, months and days, at least one of them positive. */
export const NoticePeriodSchema = PeriodSchema.refine((p) => (p.years ?? 0) + (p.months ?? 0) + (p.days ?? 0) > 0, {
  error: () => schemaMessages['schema.periodZero'](),
});

/**
 * Where a rounded period's end moves (see `rounding` of an after-receipt rule).
 *
 * @example
 * RoundingSchema.options;
 * //=> ['first-of-next-month', 'first-of-next-year']
 */
export const RoundingSchema = z.enum(['first-of-next-month', 'first-of-next-year']);

/** Where a rounded period's end moves (see {@link RoundingSchema}). */
export type Rounding = z.output<typeof RoundingSchema>;

/**
 * Effect a fixed period after the depositary's receipt of the instrument.
 * `counting` belongs to this rule: the same depositary may count one clause's
 * period to the same day of the month (27 Jun → 27 Dec) and another's with one
 * day more (ICSID Art. 71 as the World Bank applies it: 2 May 2007 → 3 Nov 2007).
 */
export const AfterReceiptRuleSchema = z.strictObject({
  kind: z.literal('after-receipt'),
  /**
   * The period; zero (`{}` or all units 0) for a clause that takes effect upon
   * receipt (e.g. IAEA Statute Art. XVIII.D, Cartagena Agreement Art. 135).
   */
  period: PeriodSchema,
  /**
   * How this clause's period is counted: `same-day` takes the same day of the
   * month (27 Jun → 27 Dec); `next-day` one day more, as for a period that must
   * have fully expired (ICSID Art. 71 as the World Bank counts it: 2 May 2007 →
   * 3 Nov 2007). Counting belongs to the rule, not to the depositary.
   */
  counting: z.enum(['same-day', 'next-day']),
  /** How the counting practice is known. */
  countingSource: SourceUrlSchema.optional(),
  /**
   * Rounding of the end of the period: `first-of-next-month` for "the first day
   * of the month following the expiration of a period of N months after the date
   * of receipt" (the Council of Europe's standard final clause);
   * `first-of-next-year` for the first day of the next year. Absent: no rounding.
   * The period expires at the end of its last day (ETS 76, Arts. 3–4), so an end
   * on the 1st rounds to the next month's 1st, and an end on a month's last day
   * to the next day (see `roundPeriodEnd`).
   */
  rounding: RoundingSchema.optional(),
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
 * Effect at the end of a fixed term that renews: the treaty is in force for a
 * first term from its own entry into force, then for successive renewal terms
 * for every party that has not denounced it at least `noticeBefore` before the
 * current term ends (Genocide Convention Art. XIV: ten years, then five-year
 * terms, six months' notice). Notice in time takes effect at the end of the
 * current term; notice too late, at the end of the next one. Needs the
 * profile's `entryIntoForce`.
 */
export const EndOfTermRuleSchema = z.strictObject({
  kind: z.literal('end-of-term'),
  firstTerm: NoticePeriodSchema,
  renewalTerm: NoticePeriodSchema,
  noticeBefore: PeriodSchema,
  ...cited,
});

/**
 * When a withdrawal takes effect, absent deferral and later dates.
 *
 * @example
 * EffectRuleSchema.parse({ kind: 'after-receipt', period: { days: 90 }, counting: 'same-day', article: 'Art. 24(2)', source: 'https://example.org/att' }).kind;
 * //=> 'after-receipt'
 */
export const EffectRuleSchema = z.discriminatedUnion('kind', [AfterReceiptRuleSchema, CalendarRuleSchema, EndOfTermRuleSchema]);

/** A consequence the text attaches to withdrawal (what survives it). */
export const ConsequenceSchema = z.strictObject({
  /** What the provision says, paraphrased. */
  text: z.string().min(1).max(2000),
  ...cited,
});

/**
 * The basis of a right of withdrawal:
 * - `treaty-clause`: the treaty provides for withdrawal or denunciation (VCLT Art. 54(a));
 * - `vclt-art-56`: no clause, but a right is implied (VCLT Art. 56(1)(a) or (b)),
 *   on at least twelve months' notice (Art. 56(2)); results carry a warning that
 *   the right is contested;
 * - `none`: no clause and no implied right: a withdrawal instrument is refused
 *   (`NO_RIGHT_OF_WITHDRAWAL`); what remains is withdrawal with the consent of
 *   all parties (VCLT Art. 54(b), the `withdrawal.agreed` event).
 */
export const WithdrawalBasisSchema = z.enum(['treaty-clause', 'vclt-art-56', 'none']);

/** Who holds what on an unsettled point of law (e.g. whether the ICESCR admits withdrawal). */
export const LegalPositionSchema = z.strictObject({
  /** Who holds it, e.g. `UN Human Rights Committee, General Comment No. 26 (1997)`. */
  by: z.string().min(1).max(300),
  /** What they hold. */
  view: z.string().min(1).max(1000),
  ...cited,
});

/** The treaty's own (first) entry into force. */
export const TreatyEntryIntoForceSchema = z.strictObject({
  date: CalendarDateSchema,
  ...cited,
});

/**
 * Notice only within recurring windows: a window of `length` opens at the end of
 * each period of `every` years counted from the treaty's own first entry into
 * force (ILO conventions: "within the year following the expiration of" each
 * ten-year period); outside a window, notice is refused (`NOTICE_TOO_EARLY`)
 * and the party stays bound for another period. Needs `entryIntoForce`.
 */
export const NoticeWindowsSchema = z
  .strictObject({
    every: z.strictObject({ years: z.int().min(1).max(100) }),
    length: NoticePeriodSchema,
    ...cited,
  })
  .refine(windowFitsPeriod, {
    path: ['length'],
    error: (issue) =>
      schemaMessages['schema.windowLongerThanPeriod']({ every: (issue.input as { every: { years: number } }).every.years }),
  });

/**
 * Whether every window closes before the next opens: `length` is at most
 * `every` years, with its days counted as a month for each 28 or part (no month
 * is shorter, so `length` then never reaches the next opening, whatever day a
 * window opens on). A longer window would overlap the next and leave the
 * period without its closed part.
 */
function windowFitsPeriod(windows: { every: { years: number }; length: z.output<typeof PeriodSchema> }): boolean {
  const { years = 0, months = 0, days = 0 } = windows.length;
  return years * 12 + months + Math.ceil(days / 28) <= windows.every.years * 12;
}

/**
 * An obligation that outlives the withdrawal for a period counted from its
 * effect (ECT Art. 47(3): twenty years for existing investments). It binds from
 * the day of effect through `until` = effect + `period` − 1 day, its last day
 * (see `survivalUntil`); `statusOn` lists it in `surviving` on those days.
 */
export const SurvivalClauseSchema = z.strictObject({
  period: NoticePeriodSchema,
  /** What continues to bind, e.g. `investments made before the withdrawal took effect`. */
  scope: z.string().min(1).max(500),
  ...cited,
});

/**
 * A condition the withdrawal's effect waits for (ILO Constitution Art. 1(5):
 * "subject to the Member having at that time fulfilled all financial obligations").
 * Presumed met unless the scenario records `obligations.outstanding`.
 */
export const EffectConditionSchema = z.strictObject({
  kind: z.literal('obligations-fulfilled'),
  /** The condition, paraphrased. */
  text: z.string().min(1).max(500),
  ...cited,
});

/**
 * How membership of an organisation bears on the treaty:
 * - `constituent`: the treaty constitutes the organisation, which may end a
 *   party's membership (`membership.terminated`); the treaty ceases to bind on
 *   that date (Statute of the Council of Europe Art. 8);
 * - `linked`: party status follows membership of another organisation; when that
 *   membership ends, the party ceases to be a party `ceasesAfter` that period from the date
 *   (ECHR Art. 58(3), with the six months of Art. 58(1)).
 */
export const MembershipRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('constituent'), ...cited }),
  z.strictObject({
    kind: z.literal('linked'),
    /** The organisation as readers name it (e.g. `the Council of Europe`): the explanation words it as given. */
    organisation: z.string().min(1).max(200),
    ceasesAfter: PeriodSchema,
    ...cited,
  }),
]);

/**
 * A treaty's withdrawal law as data: when notice may be given, what it must say,
 * when it takes effect, what can defer it and what survives it. Every rule
 * carries its article and the URL of its text.
 *
 * @example
 * TreatyProfileSchema.safeParse(getTreaty('ottawa')).success;
 * //=> true
 */
export const TreatyProfileSchema = z
  .strictObject({
    /** Short stable id, lower-case with dashes, e.g. `ottawa`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: () => schemaMessages['schema.treatyId']() }),
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
    /**
     * The treaty's own first entry into force, with the provision and source;
     * absent only for a treaty not in force. Every shipped profile states it.
     */
    entryIntoForce: TreatyEntryIntoForceSchema.optional(),
    /** URL of the official text. */
    text: SourceUrlSchema,
    withdrawal: z.strictObject({
      /** Whether the treaty has a withdrawal clause, an implied right under VCLT Art. 56(1), or no right at all. */
      basis: WithdrawalBasisSchema,
      /** Where the law is unsettled: who holds what (shown with the result). */
      positions: z.array(LegalPositionSchema).max(20).optional(),
      /** One-line summary of the rule, for tables. */
      summary: z.string().min(1).max(500),
      /** When it takes effect; absent only when `basis` is `none`. */
      effect: EffectRuleSchema.optional(),
      /** Present when the notice may name a later date of effect. */
      laterDate: z.strictObject(cited).optional(),
      /**
       * Present when notice may only be given some years after entry into force:
       * for the party (`from: 'party'`, the default; Paris Art. 28(1)) or of the
       * treaty itself (`from: 'treaty'`; IAEA Statute Art. XVIII.D).
       */
      earliestNotice: z
        .strictObject({
          yearsAfterEntryIntoForce: z.int().min(1).max(100),
          from: z.enum(['party', 'treaty']).optional(),
          ...cited,
        })
        .optional(),
      /** Present when notice may only be given within recurring windows (ILO conventions). */
      noticeWindows: NoticeWindowsSchema.optional(),
      /**
       * Present when effect waits while the party is engaged in an armed conflict:
       * until the conflict ends (Mine Ban Treaty Art. 20(3)), or until peace is
       * concluded and release and repatriation are completed (Geneva Conventions
       * of 1949, common Art. 63/62/142/158), recorded as `armedConflict.ended`.
       */
      armedConflictDeferral: z
        .strictObject({ until: z.enum(['conflict-ended', 'peace-and-repatriation']).optional(), ...cited })
        .optional(),
      /** Present when the period may be extended by agreement (TEU Art. 50(3)); `period.extended` cites it, else VCLT Art. 54(b). */
      extension: z.strictObject(cited).optional(),
      /** Conditions the effect waits for (form: obligations fulfilled). */
      conditions: z.array(EffectConditionSchema).max(10).optional(),
      /** Obligations that outlive the withdrawal, each for a period from its effect. */
      survival: z.array(SurvivalClauseSchema).max(20).optional(),
      /** How membership of an organisation bears on the treaty (expulsion, linked membership). */
      membership: MembershipRuleSchema.optional(),
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
  })
  .superRefine((profile, ctx) => {
    const { withdrawal } = profile;
    if (withdrawal.basis !== 'none' && withdrawal.effect === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['withdrawal', 'effect'],
        message: schemaMessages['schema.effectRequired'](),
        params: { code: 'required' },
      });
    }
    if (profile.status === 'not-in-force' && profile.entryIntoForce !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['entryIntoForce'], message: schemaMessages['schema.entryIntoForceNotInForce']() });
    }
    const needsEntryIntoForce =
      withdrawal.effect?.kind === 'end-of-term' ||
      withdrawal.noticeWindows !== undefined ||
      withdrawal.earliestNotice?.from === 'treaty';
    if (needsEntryIntoForce && profile.entryIntoForce === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForce'],
        message: schemaMessages['schema.entryIntoForceRequired'](),
        params: { code: 'required' },
      });
    }
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
/** A rule of effect at the end of a renewing term. */
export type EndOfTermRule = z.output<typeof EndOfTermRuleSchema>;
/** The basis of a right of withdrawal. */
export type WithdrawalBasis = z.output<typeof WithdrawalBasisSchema>;
/** An obligation that outlives the withdrawal. */
export type SurvivalClause = z.output<typeof SurvivalClauseSchema>;
/** A condition the effect waits for. */
export type EffectCondition = z.output<typeof EffectConditionSchema>;
/** How membership of an organisation bears on the treaty. */
export type MembershipRule = z.output<typeof MembershipRuleSchema>;
