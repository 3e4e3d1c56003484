import type { CalendarDate } from '../dates/calendar-date.js';

/** What a date in an explanation is. */
export type ExplanationFact =
  /** A domestic step (decree, approval, signature) or a rejection. */
  | 'domestic-step'
  /** An armed conflict began or ended (where the treaty defers effect during one). */
  | 'armed-conflict'
  /** The depositary received the instrument. */
  | 'receipt'
  /** The first day on which notice could be given. */
  | 'earliest-notice'
  /** The end of the treaty's period counted from receipt. */
  | 'period-end'
  /** The later date named in the instrument. */
  | 'later-date'
  | 'deferral'
  /** The withdrawal took effect. */
  | 'effect'
  /** The notice was revoked before it took effect. */
  | 'revocation'
  /** The domestic procedure ended without a deposit. */
  | 'abandonment'
  /** A suspension was notified (VCLT Art. 65). */
  | 'suspension-notice'
  /** A party objected to the suspension, or withdrew its objection. */
  | 'objection'
  /** The suspension is contested (objection, or no suspension clause). */
  | 'suspension-contested'
  /** The suspension was carried out or upheld: the obligation to perform is suspended. */
  | 'suspension'
  /** The parties collectively found on the suspension. */
  | 'finding'
  /** The dispute over the suspension was settled. */
  | 'settlement'
  /** The suspension ended. */
  | 'suspension-end'
  /** The notice period was extended by agreement (`period.extended`). */
  | 'extension'
  /** The parties agreed on the date of effect (`withdrawal.agreed`, VCLT Art. 54(b)). */
  | 'agreement'
  /** An organisation ended the party's membership (`membership.terminated`). */
  | 'membership'
  /** Obligations the effect is subject to were recorded outstanding, or fulfilled. */
  | 'obligations';

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
}

/** A point the user should know that does not stop the withdrawal. */
export interface Warning {
  /** Stable code. */
  readonly code: 'REASONS_MISSING' | 'TREATY_NOT_IN_FORCE' | 'LATER_DATE_NOT_LATER' | 'SUSPENSION_SUPERSEDED';
  /** What is wrong and why it matters. */
  readonly message: string;
  /** The governing provision. */
  readonly article: string;
  /** URL of its text. */
  readonly source: string;
}
