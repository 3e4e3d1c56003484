import { addPeriodWithDetails, type Overflow } from '../dates/arithmetic.js';
import { type CalendarDate, formatValidParts, parseDate } from '../dates/calendar-date.js';
import { WithdrawalError } from '../errors/withdrawal-error.js';
import type { ExplanationStep, Warning } from '../explanation/types.js';
import type { CalendarRule, EffectRule, TreatyProfile } from './schema.js';

/**
 * The profile's rule of effect; a profile whose `withdrawal.basis` is `none` has
 * none, and asking for it is refused.
 *
 * @throws {WithdrawalError} `NO_RIGHT_OF_WITHDRAWAL`.
 * @example
 * effectRuleOf(getTreaty('ottawa')).article;
 * //=> 'Art. 20(3)'
 */
export function effectRuleOf(profile: TreatyProfile): EffectRule {
  const { effect } = profile.withdrawal;
  if (effect) return effect;
  throw new WithdrawalError({
    code: 'NO_RIGHT_OF_WITHDRAWAL',
    message:
      `${profile.shortName} provides for no withdrawal and none is implied (VCLT Art. 56(1)); ` +
      'it can be left only with the consent of all the parties (VCLT Art. 54(b)): record that as a withdrawal.agreed event',
  });
}

/** The facts a notice period is computed from. */
export interface NoticeFacts {
  /** The date the depositary records as the date of receipt of the instrument. */
  readonly receivedOn: CalendarDate;
  /** A later date of effect named in the instrument, where the treaty allows one. */
  readonly laterDate?: CalendarDate | null | undefined;
  /** When the treaty entered into force for the party (needed by years-after-entry rules). */
  readonly entryIntoForce?: CalendarDate | null | undefined;
  /** The reasons the instrument gives, where the treaty requires them. */
  readonly reasons?: string | null | undefined;
  /** Month-end policy for month and year periods; `constrain` by default. */
  readonly overflow?: Overflow | undefined;
}

/** When a notice period ends, and how that date was derived. */
export interface NoticeExpiry {
  /** The day the withdrawal takes effect unless something defers it. */
  readonly expiresOn: CalendarDate;
  /** The end of the treaty's own period (before any later date named). */
  readonly periodEnd: CalendarDate;
  /** The derivation, one step per date, each with article and source. */
  readonly steps: readonly ExplanationStep[];
  /** Points that do not stop the withdrawal but matter. */
  readonly warnings: readonly Warning[];
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * The rule of effect in words, e.g. `6 months after receipt` or `on 31 December
 * of the year after notice`.
 *
 * @example
 * describeEffectRule(getTreaty('ottawa').withdrawal.effect);
 * //=> '6 months after receipt'
 */
export function describeEffectRule(rule: EffectRule | undefined): string {
  if (rule === undefined) return 'no right of withdrawal (only by consent of all parties)';
  if (rule.kind === 'end-of-term') return 'at the end of the current term';
  if (rule.kind === 'after-receipt') {
    const { years = 0, months = 0, days = 0 } = rule.period;
    const parts: string[] = [];
    if (years) parts.push(plural(years, 'year'));
    if (months) parts.push(plural(months, 'month'));
    if (days) parts.push(plural(days, 'day'));
    const counted = rule.counting === 'next-day' ? ' (counted by the depositary as one day more)' : '';
    return `${parts.join(' and ')} after receipt${counted}`;
  }
  return describeCalendarRule(rule);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function monthDayWords(monthDay: string): string {
  return `${Number(monthDay.slice(3))} ${MONTHS[Number(monthDay.slice(0, 2)) - 1]}`;
}

function describeCalendarRule(rule: CalendarRule): string {
  const year =
    rule.yearsAfter === 0 ? 'of the same year' : rule.yearsAfter === 1 ? 'of the next year' : `${rule.yearsAfter} years later`;
  if (rule.receivedBy === '12-31') return `on ${monthDayWords(rule.effectOn)} of the year after notice is given`;
  return `on ${monthDayWords(rule.effectOn)} ${year} for notice received by ${monthDayWords(rule.receivedBy)}, a year later if received after`;
}

/**
 * Whether notice received on `receivedOn` is timely under the treaty's
 * years-after-entry-into-force rule; returns the refusal, or `undefined` when
 * notice may be given (always, for treaties without such a rule).
 */
export function checkNoticeTiming(
  profile: TreatyProfile,
  receivedOn: CalendarDate,
  entryIntoForce: CalendarDate | null | undefined,
): WithdrawalError | undefined {
  const rule = profile.withdrawal.earliestNotice;
  if (!rule) return undefined;
  const years = plural(rule.yearsAfterEntryIntoForce, 'year');
  if (!entryIntoForce) {
    return new WithdrawalError({
      code: 'MISSING_ENTRY_INTO_FORCE',
      message:
        `${profile.shortName} ${rule.article} allows notice only ${years} after entry into force for the party; ` +
        `give the scenario's entryIntoForce date`,
      path: 'entryIntoForce',
    });
  }
  const earliest = earliestNoticeDate(profile, entryIntoForce);
  if (earliest && receivedOn < earliest.date) {
    return new WithdrawalError({
      code: 'NOTICE_TOO_EARLY',
      message:
        `notice received on ${receivedOn} is too early: ${profile.shortName} ${rule.article} allows notice only ` +
        `${years} after entry into force for the party (${entryIntoForce}), i.e. from ${earliest.date}`,
    });
  }
  return undefined;
}

function earliestNoticeDate(profile: TreatyProfile, entryIntoForce: CalendarDate) {
  const rule = profile.withdrawal.earliestNotice;
  return rule ? addPeriodWithDetails(entryIntoForce, { years: rule.yearsAfterEntryIntoForce }) : undefined;
}

function calendarEffect(rule: CalendarRule, receivedOn: CalendarDate): CalendarDate {
  const { year } = parseDate(receivedOn);
  const late = receivedOn.slice(5) > rule.receivedBy;
  const effectYear = year + rule.yearsAfter + (late ? 1 : 0);
  if (effectYear > 9999) {
    throw new WithdrawalError({
      code: 'DATE_OUT_OF_RANGE',
      message: `notice received on ${receivedOn} would take effect after 9999-12-31`,
    });
  }
  const [month, day] = rule.effectOn.split('-').map(Number) as [number, number];
  return formatValidParts(effectYear, month, day);
}

/**
 * When the notice period of a withdrawal ends, with the steps that derive it:
 * the receipt, the treaty's period (or fixed calendar day), and any later date
 * the instrument names. Deferral (armed conflict) is not applied here: it
 * depends on what happens before the period ends.
 *
 * @throws {WithdrawalError} `NOTICE_TOO_EARLY`, `MISSING_ENTRY_INTO_FORCE`,
 * `LATER_DATE_NOT_ALLOWED`, `AMBIGUOUS_DATE` (under `overflow: 'reject'`),
 * `INVALID_DATE`.
 * @example
 * computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-08-20' }).expiresOn;
 * //=> '2026-02-20'
 */
export function computeNoticeExpiry(profile: TreatyProfile, facts: NoticeFacts): NoticeExpiry {
  const steps: ExplanationStep[] = [];
  const { expiresOn, periodEnd, warnings } = noticeExpiry(profile, facts, steps);
  return { expiresOn, periodEnd, steps, warnings };
}

/**
 * {@link computeNoticeExpiry} without the explanation: the dates and warnings
 * only, for the machine, which explains on demand (`explanationOf`).
 *
 * @internal
 */
export function noticeExpiryDates(profile: TreatyProfile, facts: NoticeFacts): Omit<NoticeExpiry, 'steps'> {
  return noticeExpiry(profile, facts, null);
}

/** The computation, pushing the explanation onto `steps` when one is given. */
function noticeExpiry(profile: TreatyProfile, facts: NoticeFacts, steps: ExplanationStep[] | null): Omit<NoticeExpiry, 'steps'> {
  const { receivedOn, laterDate, entryIntoForce } = facts;
  parseDate(receivedOn, 'receivedOn');
  if (entryIntoForce) parseDate(entryIntoForce, 'entryIntoForce');
  if (laterDate) parseDate(laterDate, 'laterDate');
  const { withdrawal } = profile;
  const { instrument } = withdrawal;
  const effect = effectRuleOf(profile);
  const warnings: Warning[] = [];

  const timing = checkNoticeTiming(profile, receivedOn, entryIntoForce);
  if (timing) throw timing;

  steps?.push({
    fact: 'receipt',
    date: receivedOn,
    rule: 'the period runs from the depositary’s receipt',
    statement: `The instrument of withdrawal was received on ${receivedOn} (depositary: ${profile.depositary}); the period runs from the date of receipt.`,
    article: instrument.article,
    source: instrument.source,
    clamped: false,
  });

  const earliestRule = withdrawal.earliestNotice;
  if (steps && earliestRule && entryIntoForce) {
    const earliest = earliestNoticeDate(profile, entryIntoForce);
    if (earliest) {
      steps.push({
        fact: 'earliest-notice',
        date: earliest.date,
        rule: `notice only ${plural(earliestRule.yearsAfterEntryIntoForce, 'year')} after entry into force`,
        statement:
          `Notice may be given from ${earliest.date}, ${plural(earliestRule.yearsAfterEntryIntoForce, 'year')} after entry into force ` +
          `for the party on ${entryIntoForce}; receipt on ${receivedOn} is timely.` +
          (earliest.clamped ? ' (No such day in that month: its last day is taken.)' : ''),
        article: earliestRule.article,
        source: earliestRule.source,
        clamped: earliest.clamped,
      });
    }
  }

  if (instrument.reasons !== 'not-required' && !facts.reasons?.trim()) {
    const what = instrument.reasons === 'full-explanation' ? 'a full explanation of the reasons' : 'a statement of the extraordinary events';
    warnings.push({
      code: 'REASONS_MISSING',
      message: `${profile.shortName} ${instrument.article} requires the instrument to include ${what}; none was given`,
      article: instrument.article,
      source: instrument.source,
    });
  }
  if (profile.status === 'not-in-force') {
    warnings.push({
      code: 'TREATY_NOT_IN_FORCE',
      message: `${profile.shortName} has not entered into force; its withdrawal clause applies only once it does`,
      article: effect.article,
      source: profile.text,
    });
  } else if (profile.terminatedOn !== undefined && receivedOn >= profile.terminatedOn) {
    warnings.push({
      code: 'TREATY_NOT_IN_FORCE',
      message: `${profile.shortName} ceased to be in force on ${profile.terminatedOn}; there is nothing left to withdraw from`,
      article: effect.article,
      source: profile.text,
    });
  }

  let periodEnd: CalendarDate;
  if (effect.kind === 'after-receipt') {
    const { date, clamped } = addPeriodWithDetails(receivedOn, effect.period, { overflow: facts.overflow ?? 'constrain' });
    periodEnd = effect.counting === 'next-day' ? addPeriodWithDetails(date, { days: 1 }).date : date;
    steps?.push({
      fact: 'period-end',
      date: periodEnd,
      rule: describeEffectRule(effect),
      statement:
        `${describeEffectRule({ ...effect, counting: 'same-day' })} on ${receivedOn}: ${date}` +
        (effect.counting === 'next-day'
          ? `; the depositary (${profile.depositary}) counts one day more, so ${periodEnd}.`
          : ', on the same day of the month.') +
        (clamped ? ` ${receivedOn.slice(8)} has no counterpart in that month, so its last day is taken.` : ''),
      article: effect.article,
      source: effect.counting === 'next-day' && effect.countingSource ? effect.countingSource : effect.source,
      clamped,
    });
  } else if (effect.kind === 'calendar') {
    periodEnd = calendarEffect(effect, receivedOn);
    steps?.push({
      fact: 'period-end',
      date: periodEnd,
      rule: describeEffectRule(effect),
      statement: `Notice received on ${receivedOn} takes effect ${describeCalendarRule(effect)}: ${periodEnd}.`,
      article: effect.article,
      source: effect.source,
      clamped: false,
    });
  } else {
    // Computed by the end-of-term rule (work in progress on #16): refused until then.
    throw new WithdrawalError({
      code: 'INVALID_PROFILE',
      message: `${profile.shortName}: effect rules of kind ${effect.kind} are not computed yet`,
      path: 'treaty.withdrawal.effect',
    });
  }

  let expiresOn = periodEnd;
  if (laterDate) {
    const rule = withdrawal.laterDate;
    if (!rule) {
      throw new WithdrawalError({
        code: 'LATER_DATE_NOT_ALLOWED',
        message:
          `the instrument names a later date (${laterDate}), but ${profile.shortName} provides for none: ` +
          `it takes effect ${describeEffectRule(effect)} (${effect.article}); remove laterDate`,
        path: 'laterDate',
      });
    }
    if (laterDate > periodEnd) {
      expiresOn = laterDate;
      steps?.push({
        fact: 'later-date',
        date: laterDate,
        rule: 'a later date named in the notice governs',
        statement: `The instrument names ${laterDate}, later than ${periodEnd}: the later date governs.`,
        article: rule.article,
        source: rule.source,
        clamped: false,
      });
    } else {
      warnings.push({
        code: 'LATER_DATE_NOT_LATER',
        message: `the instrument names ${laterDate}, which is not later than the end of the period (${periodEnd}); the period governs`,
        article: rule.article,
        source: rule.source,
      });
    }
  }
  return { expiresOn, periodEnd, warnings };
}
