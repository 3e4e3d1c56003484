import * as z from 'zod';
import type { CalendarDate } from '../dates/calendar-date.js';
import { isMessage, type Message } from '../errors/messages.js';
import { schemaMessages } from '../errors/schema-messages.js';
import { SourceUrlSchema } from '../treaties/schema.js';

/**
 * What a date in an explanation is, defined once.
 *
 * @example
 * ExplanationFactSchema.options.includes('period-end');
 * //=> true
 */
export const ExplanationFactSchema = /* @__PURE__ */ z.enum([
  // A domestic step (decree, approval, signature) or a rejection.
  'domestic-step',
  // An armed conflict began or ended (where the treaty defers effect during one).
  'armed-conflict',
  // The depositary received the instrument.
  'receipt',
  // The first day on which notice could be given.
  'earliest-notice',
  // The end of the treaty's period counted from receipt.
  'period-end',
  // The later date named in the instrument.
  'later-date',
  // The denunciation window the notice fell in (a treaty that admits notice only within recurring windows).
  'notice-window',
  // An obligation that outlives the withdrawal, until the date stated.
  'survival',
  // The effect is deferred (an armed conflict, outstanding obligations).
  'deferral',
  // The withdrawal took effect.
  'effect',
  // The notice was revoked before it took effect.
  'revocation',
  // The domestic procedure ended without a deposit.
  'abandonment',
  // A suspension was notified (VCLT Art. 65).
  'suspension-notice',
  // A party objected to the suspension, or withdrew its objection.
  'objection',
  // The suspension is contested (objection, or no suspension clause).
  'suspension-contested',
  // The suspension was carried out or upheld: the obligation to perform is suspended.
  'suspension',
  // The parties collectively found on the suspension.
  'finding',
  // The dispute over the suspension was settled.
  'settlement',
  // The suspension ended.
  'suspension-end',
  // The notice period was extended by agreement (`period.extended`).
  'extension',
  // The parties agreed on the date of effect (`withdrawal.agreed`, VCLT Art. 54(b)).
  'agreement',
  // An organisation ended the party's membership (`membership.terminated`).
  'membership',
  // Obligations the effect is subject to were recorded outstanding, or fulfilled.
  'obligations',
]);

/** What a date in an explanation is (see {@link ExplanationFactSchema}). */
export type ExplanationFact = z.output<typeof ExplanationFactSchema>;

/**
 * One step in the derivation of a date: the date, the rule that produced it, and
 * the article and source a lawyer can check.
 */
export interface ExplanationStep {
  /** What this date is. */
  readonly fact: ExplanationFact;
  /** The date this step states. */
  readonly date: CalendarDate;
  /** The rule in a few words, e.g. `6 months after receipt`. */
  readonly rule: string;
  /** The step in words, e.g. `6 months after receipt on 2025-07-18: 2026-01-18`. */
  readonly statement: string;
  /** The governing provision, e.g. `Art. 20(3)`. */
  readonly article: string;
  /** URL of the provision's text. */
  readonly source: string;
  /** True when month-end arithmetic moved the date back to the last day of a shorter month. */
  readonly clamped: boolean;
  /**
   * What `rule` and `statement` were worded from: each a message (key and
   * parameters), so that `localize` or `formatMessage` can word them from
   * another language's table. Every step the library makes has it.
   */
  readonly wording?: { readonly rule: Message; readonly statement: Message };
}

/**
 * Every stable warning code, defined once (the persisted context validates
 * against it too):
 * - `REASONS_MISSING`: the instrument lacks the reasons the treaty requires;
 * - `LATER_DATE_NOT_LATER`: the later date named is not later than the period's end;
 * - `SUSPENSION_SUPERSEDED`: a pending suspension gave way to a withdrawal;
 * - `RIGHT_CONTESTED`: the right of withdrawal is only implied (VCLT Art. 56(1)) and contested;
 * - `TREATY_NOT_IN_FORCE`: no longer emitted (a deposit under a treaty not in
 *   force is refused with that code since 0.3); kept so that snapshots written
 *   by 0.2 still load.
 *
 * @example
 * WarningCodeSchema.options.includes('RIGHT_CONTESTED');
 * //=> true
 */
export const WarningCodeSchema = z.enum([
  'REASONS_MISSING',
  'TREATY_NOT_IN_FORCE',
  'LATER_DATE_NOT_LATER',
  'SUSPENSION_SUPERSEDED',
  'RIGHT_CONTESTED',
  'PARTY_NOT_IN_DATA',
  'NOT_A_PARTY',
]);

/** A stable warning code (see {@link WarningCodeSchema}). */
export type WarningCode = z.output<typeof WarningCodeSchema>;

/** A point the user should know that does not stop the withdrawal (the persisted context validates against it too). */
export const WarningSchema = z
  .strictObject({
    /** Stable code. */
    code: WarningCodeSchema,
    /** What is wrong and why it matters. */
    message: z.string().max(20_000),
    /** The governing provision. */
    article: z.string().max(300),
    /** URL of its text. */
    source: SourceUrlSchema,
    /**
     * What `message` was worded from (key and parameters), for `localize`; absent
     * from warnings persisted before 0.4.
     */
    wording: z
      .strictObject({ message: z.custom<Message>(isMessage, { error: () => schemaMessages['schema.notMessage']() }) })
      .readonly()
      .optional(),
  })
  .readonly();
/** A point the user should know that does not stop the withdrawal. */
export type Warning = z.output<typeof WarningSchema>;
