import { addDays, addPeriodWithDetails, daysBetween, type Overflow, type Period } from '../dates/arithmetic.js';
import { type CalendarDate, formatValidParts, parseDate } from '../dates/calendar-date.js';
import { type Message, message, wordMessage } from '../errors/messages.js';
import { WithdrawalError, type WithdrawalErrorCode } from '../errors/withdrawal-error.js';
import type { ExplanationStep, Warning } from '../explanation/types.js';
import { explanationStep, warning } from '../explanation/worded.js';
import { vclt } from '../law/vclt.js';
import {
  dateArgument,
  effectRuleArgument,
  endOfTermArgument,
  factsArgument,
  profileArgument,
  roundingArgument,
  survivalArgument,
} from './arguments.js';
import type {
  AfterReceiptRule,
  CalendarRule,
  EffectRule,
  EndOfTermRule,
  Rounding,
  SurvivalClause,
  TreatyProfile,
} from './schema.js';

/**
 * The profile's rule of effect; a profile whose `withdrawal.basis` is `none` has
 * none, and asking for it is refused: the message cites VCLT Art. 56(1) and
 * names the route that remains (Art. 54(b), the `withdrawal.agreed` event).
 *
 * @throws {WithdrawalError} `NO_RIGHT_OF_WITHDRAWAL`.
 * @example
 * effectRuleOf(getTreaty('ottawa')).article;
 * //=> 'Art. 20(3)'
 */
export function effectRuleOf(profile: TreatyProfile): EffectRule {
  profile = profileArgument(profile);
  const { effect } = profile.withdrawal;
  if (effect) return effect;
  throw refusal('NO_RIGHT_OF_WITHDRAWAL', message('noRightOfWithdrawal', { treaty: profile.shortName }));
}

/** A refusal of the notice rules: the error, worded in English, that keeps its message (`wording`). */
function refusal(code: WithdrawalErrorCode, said: Message, path?: string): WithdrawalError {
  return new WithdrawalError({ code, message: wordMessage(said), ...(path !== undefined && { path }) }, said);
}

/**
 * Whether a withdrawal instrument received on `receivedOn` has a treaty in force
 * to withdraw from: refused when the profile's status is `not-in-force`, when
 * `receivedOn` precedes the treaty's own `entryIntoForce.date`, or falls on or
 * after `terminatedOn`. Returns the refusal, or `undefined` when the treaty was
 * in force that day.
 *
 * @example
 * checkTreatyInForce(getTreaty('ctbt'), '2025-01-10')?.code;
 * //=> 'TREATY_NOT_IN_FORCE'
 * checkTreatyInForce(getTreaty('ottawa'), '2025-06-27');
 * //=> undefined
 */
export function checkTreatyInForce(profile: TreatyProfile, receivedOn: CalendarDate): WithdrawalError | undefined {
  [profile, receivedOn] = [profileArgument(profile), dateArgument(receivedOn, 'receivedOn')];
  const refuse = (why: 'not-in-force' | 'not-yet' | 'terminated', since?: string, article?: string) =>
    refusal('TREATY_NOT_IN_FORCE', message('treatyNotInForce', { receivedOn, treaty: profile.shortName, why, since, article }));
  if (profile.status === 'not-in-force') return refuse('not-in-force');
  const eif = profile.entryIntoForce;
  if (eif && receivedOn < eif.date) return refuse('not-yet', eif.date, eif.article);
  if (profile.terminatedOn !== undefined && receivedOn >= profile.terminatedOn) return refuse('terminated', profile.terminatedOn);
  return undefined;
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

function isZero(period: Period): boolean {
  return (period.years ?? 0) === 0 && (period.months ?? 0) === 0 && (period.days ?? 0) === 0;
}

/** A period multiplied by a whole number (`k` renewal terms). */
function times(period: Period, k: number): Period {
  return { years: (period.years ?? 0) * k, months: (period.months ?? 0) * k, days: (period.days ?? 0) * k };
}

/**
 * The rule of effect in words, e.g. `6 months after receipt`, `upon receipt`,
 * `3 months after receipt, then the first day of the following month` or
 * `on 31 December of the year after notice` (the message `effectRule`).
 *
 * @example
 * describeEffectRule(getTreaty('ottawa').withdrawal.effect);
 * //=> '6 months after receipt'
 * describeEffectRule({ kind: 'after-receipt', period: {}, counting: 'same-day', article: 'Art. XVIII.D', source: 'https://example.org/iaea' });
 * //=> 'upon receipt'
 */
export function describeEffectRule(rule: EffectRule | undefined): string {
  rule = effectRuleArgument(rule);
  return wordMessage(message('effectRule', { rule }));
}

// ---------------------------------------------------------------------------
// When notice may be given
// ---------------------------------------------------------------------------

/** The date the earliest-notice rule counts from, and what it is. */
function earliestNoticeAnchor(profile: TreatyProfile, partyEntryIntoForce: CalendarDate | null | undefined) {
  const rule = profile.withdrawal.earliestNotice;
  if (!rule) return undefined;
  if (rule.from === 'treaty') {
    const date = profile.entryIntoForce?.date;
    return { rule, date, stated: date };
  }
  return { rule, date: partyEntryIntoForce ?? undefined, stated: partyEntryIntoForce };
}

/**
 * The first day on which notice may be given under the profile's
 * earliest-notice rule: `yearsAfterEntryIntoForce` counted from the treaty's
 * own entry into force (`from: 'treaty'`) or from the party's (`from: 'party'`,
 * the default, which needs `partyEntryIntoForce`). `undefined` when the profile
 * has no such rule or the anchor date is unknown.
 *
 * @example
 * earliestNoticeDate(getTreaty('paris-agreement'), '2016-11-04')?.date;
 * //=> '2019-11-04'
 */
export function earliestNoticeDate(
  profile: TreatyProfile,
  partyEntryIntoForce: CalendarDate | null | undefined,
): { readonly date: CalendarDate; readonly clamped: boolean; readonly from: 'party' | 'treaty' } | undefined {
  [profile, partyEntryIntoForce] = [profileArgument(profile), dateArgument(partyEntryIntoForce, 'partyEntryIntoForce', true)];
  const anchor = earliestNoticeAnchor(profile, partyEntryIntoForce);
  if (!anchor?.date) return undefined;
  const { date, clamped } = addPeriodWithDetails(anchor.date, { years: anchor.rule.yearsAfterEntryIntoForce });
  return { date, clamped, from: anchor.rule.from ?? 'party' };
}

/** A denunciation window: notice may be given from `opens` through `closes` (both days included). */
export interface NoticeWindow {
  /** The first day of the window: the end of a period of `every` years from the treaty's entry into force. */
  readonly opens: CalendarDate;
  /** The last day of the window: the day before `opens` + `length`. */
  readonly closes: CalendarDate;
  /** Which window, counting from 1 (the first opens `every` years after entry into force). */
  readonly index: number;
}

/**
 * The denunciation window that contains `date` or, when none does, the next
 * one; `undefined` when the profile has no windows. The k-th window opens `k ×
 * every` years after the treaty's own entry into force (the same day of the
 * month) and closes on the day before `length` has run from its opening (ILO
 * C158 Art. 17: in force 23 November 1985; the first window ran from 23
 * November 1995 to 22 November 1996).
 *
 * @example
 * const c158 = defineTreaty({ ...getTreaty('ottawa'), id: 'c158', entryIntoForce: { date: '1985-11-23', article: 'Art. 16(2)', source: 'https://example.org/c158' },
 *   withdrawal: { ...getTreaty('ottawa').withdrawal, noticeWindows: { every: { years: 10 }, length: { years: 1 }, article: 'Art. 17', source: 'https://example.org/c158' } } });
 * noticeWindowFor(c158, '1996-11-20');
 * //=> { opens: '1995-11-23', closes: '1996-11-22', index: 1 }
 * noticeWindowFor(c158, '1997-01-01');
 * //=> { opens: '2005-11-23', closes: '2006-11-22', index: 2 }
 */
export function noticeWindowFor(profile: TreatyProfile, date: CalendarDate): NoticeWindow | undefined {
  [profile, date] = [profileArgument(profile), dateArgument(date, 'date')];
  const rule = profile.withdrawal.noticeWindows;
  const eif = profile.entryIntoForce?.date;
  if (!rule || !eif) return undefined;
  const every = rule.every.years;
  // Start a window or two before the one `date` falls in; the loop steps forward.
  let index = Math.max(1, Math.floor((parseDate(date).year - parseDate(eif).year) / every) - 1);
  for (;;) {
    const opens = addPeriodWithDetails(eif, { years: every * index }).date;
    const closes = addDays(addPeriodWithDetails(opens, rule.length).date, -1);
    if (closes >= date) return { opens, closes, index };
    index++;
  }
}

/**
 * Whether notice received on `receivedOn` may be given: under an
 * earliest-notice rule (counted from the party's entry into force or the
 * treaty's, as the profile says) and within a denunciation window where the
 * profile has them. Returns the refusal, or `undefined` when notice may be
 * given (always, for treaties without such rules).
 *
 * @example
 * checkNoticeTiming(getTreaty('paris-agreement'), '2019-11-03', '2016-11-04')?.code;
 * //=> 'NOTICE_TOO_EARLY'
 * checkNoticeTiming(getTreaty('paris-agreement'), '2019-11-04', '2016-11-04');
 * //=> undefined
 */
export function checkNoticeTiming(
  profile: TreatyProfile,
  receivedOn: CalendarDate,
  entryIntoForce: CalendarDate | null | undefined,
): WithdrawalError | undefined {
  [profile, receivedOn, entryIntoForce] = [
    profileArgument(profile),
    dateArgument(receivedOn, 'receivedOn'),
    dateArgument(entryIntoForce, 'entryIntoForce', true),
  ];
  const anchor = earliestNoticeAnchor(profile, entryIntoForce);
  if (anchor) {
    const { rule } = anchor;
    const years = rule.yearsAfterEntryIntoForce;
    const treaty = profile.shortName;
    if (!anchor.date) {
      return refusal(
        'MISSING_ENTRY_INTO_FORCE',
        message('missingEntryIntoForce', { treaty, article: rule.article, years }),
        'entryIntoForce',
      );
    }
    const earliest = earliestNoticeDate(profile, entryIntoForce);
    if (earliest && receivedOn < earliest.date) {
      return refusal(
        'NOTICE_TOO_EARLY',
        message('noticeTooEarly', {
          receivedOn,
          treaty,
          article: rule.article,
          years,
          from: rule.from ?? 'party',
          anchor: anchor.stated,
          earliest: earliest.date,
        }),
      );
    }
  }
  const windows = profile.withdrawal.noticeWindows;
  const window = noticeWindowFor(profile, receivedOn);
  if (windows && window && receivedOn < window.opens) {
    return refusal(
      'NOTICE_TOO_EARLY',
      message('outsideNoticeWindow', {
        receivedOn,
        treaty: profile.shortName,
        article: windows.article,
        length: windows.length,
        every: windows.every.years,
        entryIntoForce: profile.entryIntoForce?.date,
        opens: window.opens,
        closes: window.closes,
      }),
    );
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// When it takes effect
// ---------------------------------------------------------------------------

/** The end of the term a notice takes effect at, under an end-of-term rule. */
export interface TermEnd {
  /** The day the withdrawal takes effect: the first day after the term. */
  readonly endsOn: CalendarDate;
  /** The first day of that term. */
  readonly startsOn: CalendarDate;
  /** Which term, counting the first term as 1. */
  readonly term: number;
  /** The end of the term running on the day of receipt. */
  readonly currentEndsOn: CalendarDate;
  /** True when notice came less than `noticeBefore` before `currentEndsOn` (receipt + `noticeBefore` is later), so the next term's end governs. */
  readonly late: boolean;
}

/**
 * Under an end-of-term rule, the term a notice received on `receivedOn` ends:
 * the current term (the one running that day; a term's end is the first day
 * after it, so notice on that day falls in the next term) when `receivedOn +
 * noticeBefore` is no later than its end, else the first later term for which
 * it is. Terms are counted from `entryIntoForce` (the treaty's
 * own): the first of `firstTerm`, then terms of `renewalTerm`.
 *
 * @example
 * const rule = { kind: 'end-of-term', firstTerm: { years: 10 }, renewalTerm: { years: 5 }, noticeBefore: { months: 6 }, article: 'Art. XIV', source: 'https://example.org/genocide' } as const;
 * termEndFor(rule, '1951-01-12', '2025-07-12').endsOn;
 * //=> '2026-01-12'
 * termEndFor(rule, '1951-01-12', '2025-07-13').endsOn;
 * //=> '2031-01-12'
 */
export function termEndFor(rule: EndOfTermRule, entryIntoForce: CalendarDate, receivedOn: CalendarDate): TermEnd {
  [rule, entryIntoForce, receivedOn] = [
    endOfTermArgument(rule),
    dateArgument(entryIntoForce, 'entryIntoForce'),
    dateArgument(receivedOn, 'receivedOn'),
  ];
  const firstEnd = addPeriodWithDetails(entryIntoForce, rule.firstTerm).date;
  const boundary = (k: number) => (k < 0 ? entryIntoForce : addPeriodWithDetails(firstEnd, times(rule.renewalTerm, k)).date);
  // Skip ahead by the terms that surely ended before receipt: a term is at most
  // this many days long, so `firstEnd` plus that many terms is not after receipt.
  // (An average length overshoots: 30 days a month passes the right term after
  // some 70 monthly terms.) Then count term by term.
  const { years = 0, months = 0, days = 0 } = rule.renewalTerm;
  const longestTerm = years * 366 + months * 31 + days;
  let k = receivedOn >= firstEnd ? Math.floor(daysBetween(firstEnd, receivedOn) / longestTerm) : 0;
  while (boundary(k) <= receivedOn) k++;
  const currentEndsOn = boundary(k);
  // The first term end that notice reaches at least `noticeBefore` ahead of.
  const deadline = addPeriodWithDetails(receivedOn, rule.noticeBefore).date;
  let ending = k;
  while (boundary(ending) < deadline) ending++;
  return { endsOn: boundary(ending), startsOn: boundary(ending - 1), term: ending + 1, currentEndsOn, late: ending > k };
}

/**
 * The day a rounding rule moves a period's end to: the first day of the month
 * (or year) after the one in which the period ends. The period of N months
 * expires at the end of its last day (the day with the same date as the day
 * of receipt: European Convention on the Calculation of Time-Limits, ETS 76,
 * Arts. 3–4), so an end on the 1st still rounds to the next month's 1st, and
 * an end on the last day of a month rounds to the next day. Turkey's
 * denunciation of the Istanbul Convention (Art. 80: three months, then the
 * first of the month), notified to the Secretary General on 22 March 2021,
 * took effect on 1 July 2021.
 *
 * @example
 * roundPeriodEnd('2021-06-22', 'first-of-next-month');
 * //=> '2021-07-01'
 * roundPeriodEnd('2021-06-01', 'first-of-next-month');
 * //=> '2021-07-01'
 * roundPeriodEnd('2021-12-31', 'first-of-next-year');
 * //=> '2022-01-01'
 */
export function roundPeriodEnd(date: CalendarDate, rounding: Rounding): CalendarDate {
  const { year, month } = parseDate(date);
  const [toYear, toMonth] = ROUNDED[roundingArgument(rounding)](year, month);
  if (toYear > 9999) throw refusal('DATE_OUT_OF_RANGE', message('roundingPastCalendar', { date }));
  return formatValidParts(toYear, toMonth, 1);
}

/**
 * Where each rounding moves a period that ends in `month` of `year`: the year
 * and month whose first day is the effect. One entry per value of the schema's
 * enum, so a new rounding cannot type-check before it is implemented here.
 */
const ROUNDED: { readonly [R in Rounding]: (year: number, month: number) => readonly [number, number] } = {
  'first-of-next-month': (year, month) => (month === 12 ? [year + 1, 1] : [year, month + 1]),
  'first-of-next-year': (year) => [year + 1, 1],
};

/**
 * The last day an obligation that survives the withdrawal still binds: the day
 * before `effectiveOn` + the clause's period (counted like a notice period, the
 * same day of the month). ECT Art. 47(3): twenty years from the effect of a
 * withdrawal on 1 January 2016 → binds through 31 December 2035, free from
 * 1 January 2036.
 *
 * @example
 * survivalUntil('2016-01-01', { period: { years: 20 }, scope: 'existing investments', article: 'Art. 47(3)', source: 'https://example.org/ect' });
 * //=> '2035-12-31'
 */
export function survivalUntil(effectiveOn: CalendarDate, clause: SurvivalClause): CalendarDate {
  [effectiveOn, clause] = [dateArgument(effectiveOn, 'effectiveOn'), survivalArgument(clause)];
  return addDays(addPeriodWithDetails(effectiveOn, clause.period).date, -1);
}

function calendarEffect(rule: CalendarRule, receivedOn: CalendarDate): CalendarDate {
  const { year } = parseDate(receivedOn);
  const late = receivedOn.slice(5) > rule.receivedBy;
  const effectYear = year + rule.yearsAfter + (late ? 1 : 0);
  if (effectYear > 9999) {
    throw refusal('DATE_OUT_OF_RANGE', message('effectPastCalendar', { receivedOn }));
  }
  const [month, day] = rule.effectOn.split('-').map(Number) as [number, number];
  return formatValidParts(effectYear, month, day);
}

/**
 * When the notice period of a withdrawal ends, with the steps that derive it,
 * in date order: the first day notice could be given (earliest notice, or the
 * denunciation window), the receipt, the treaty's period (or fixed calendar
 * day, or end of term), and any later date the instrument names. Deferral (armed conflict) is not applied
 * here: it depends on what happens before the period ends.
 *
 * @throws {WithdrawalError} `TREATY_NOT_IN_FORCE`, `NO_RIGHT_OF_WITHDRAWAL`,
 * `NOTICE_TOO_EARLY`, `MISSING_ENTRY_INTO_FORCE`, `LATER_DATE_NOT_ALLOWED`,
 * `AMBIGUOUS_DATE` (under `overflow: 'reject'`), `INVALID_DATE`.
 * @example
 * computeNoticeExpiry(getTreaty('ottawa'), { receivedOn: '2025-08-20' }).expiresOn;
 * //=> '2026-02-20'
 */
export function computeNoticeExpiry(profile: TreatyProfile, facts: NoticeFacts): NoticeExpiry {
  return noticeExpiryOf(profileArgument(profile), factsArgument(facts), true);
}

/**
 * {@link computeNoticeExpiry} without its argument checks, for the machine, with its explanation only when
 * `explain` (else `steps` is empty): the machine explains only in a run that
 * explains. It takes the facts as the deposit's event schema and the context
 * give them (see `noticeExpiry`), and throws the same refusals, which the
 * machine turns into refused deposits.
 *
 * @internal
 */
export function noticeExpiryOf(profile: TreatyProfile, facts: NoticeFacts, explain: boolean): NoticeExpiry {
  const steps: ExplanationStep[] | null = explain ? [] : null;
  const { expiresOn, periodEnd, warnings } = noticeExpiry(profile, facts, steps);
  return { expiresOn, periodEnd, steps: steps ?? [], warnings };
}

function contestedRight(profile: TreatyProfile): Warning {
  return warning(
    'RIGHT_CONTESTED',
    message('rightContested', { treaty: profile.shortName, positions: profile.withdrawal.positions ?? [] }),
    vclt('56'),
  );
}

/** The period's end under an after-receipt rule, with its explanation. */
function afterReceiptEnd(effect: AfterReceiptRule, facts: NoticeFacts, steps: ExplanationStep[] | null): CalendarDate {
  const { receivedOn } = facts;
  const rule = message('effectRule', { rule: effect });
  if (isZero(effect.period)) {
    const end = effect.rounding ? roundPeriodEnd(receivedOn, effect.rounding) : receivedOn;
    steps?.push(
      explanationStep(
        'period-end',
        end,
        rule,
        message('effectUponReceipt', { rounding: effect.rounding, receivedOn, end }),
        effect,
      ),
    );
    return end;
  }
  const { date, clamped } = addPeriodWithDetails(receivedOn, effect.period, { overflow: facts.overflow ?? 'constrain' });
  const nextDay = effect.counting === 'next-day';
  const counted = nextDay ? addDays(date, 1) : date;
  const end = effect.rounding ? roundPeriodEnd(counted, effect.rounding) : counted;
  steps?.push(
    explanationStep(
      'period-end',
      end,
      rule,
      message('periodAfterReceipt', {
        period: effect.period,
        receivedOn,
        date,
        nextDay,
        counted,
        clamped,
        rounding: effect.rounding,
        end,
      }),
      { article: effect.article, source: nextDay && effect.countingSource ? effect.countingSource : effect.source },
      clamped,
    ),
  );
  return end;
}

/** The period's end under an end-of-term rule, with its explanation. */
function endOfTermEnd(
  profile: TreatyProfile,
  effect: EndOfTermRule,
  receivedOn: CalendarDate,
  steps: ExplanationStep[] | null,
): CalendarDate {
  const eif = profile.entryIntoForce?.date;
  if (!eif) {
    throw refusal(
      'INVALID_PROFILE',
      message('termsWithoutEntryIntoForce', { treaty: profile.shortName }),
      'treaty.entryIntoForce',
    );
  }
  const term = termEndFor(effect, eif, receivedOn);
  steps?.push(
    explanationStep(
      'period-end',
      term.endsOn,
      message('effectRule', { rule: effect }),
      message('periodToTermEnd', {
        treaty: profile.shortName,
        firstTerm: effect.firstTerm,
        renewalTerm: effect.renewalTerm,
        noticeBefore: effect.noticeBefore,
        entryIntoForce: eif,
        receivedOn,
        term: term.term,
        late: term.late,
        currentEndsOn: term.currentEndsOn,
        startsOn: term.startsOn,
        endsOn: term.endsOn,
      }),
      effect,
    ),
  );
  return term.endsOn;
}

/** The computation, pushing the explanation onto `steps` when one is given. */
function noticeExpiry(profile: TreatyProfile, facts: NoticeFacts, steps: ExplanationStep[] | null): Omit<NoticeExpiry, 'steps'> {
  const { receivedOn, laterDate, entryIntoForce } = facts;
  // Every caller has checked the receipt and the later date (computeNoticeExpiry's arguments, the deposit's
  // event schema); the machine's entry into force comes from its context, which applyEvent takes as it is.
  if (entryIntoForce) dateArgument(entryIntoForce, 'entryIntoForce');
  const { withdrawal } = profile;
  const { instrument } = withdrawal;
  const notInForce = checkTreatyInForce(profile, receivedOn);
  if (notInForce) throw notInForce;
  const effect = effectRuleOf(profile);
  const warnings: Warning[] = [];

  const timing = checkNoticeTiming(profile, receivedOn, entryIntoForce);
  if (timing) throw timing;

  const earliestRule = withdrawal.earliestNotice;
  const earliest = steps && earliestRule ? earliestNoticeDate(profile, entryIntoForce) : undefined;
  if (steps && earliestRule && earliest) {
    const years = earliestRule.yearsAfterEntryIntoForce;
    const { from } = earliest;
    steps.push(
      explanationStep(
        'earliest-notice',
        earliest.date,
        message('rule.earliestNotice', { years, from }),
        message('earliestNotice', {
          earliest: earliest.date,
          years,
          from,
          // Stryker disable next-line OptionalChaining: the profile schema requires the treaty's entry into force where a rule counts from it
          anchor: from === 'treaty' ? profile.entryIntoForce?.date : entryIntoForce,
          receivedOn,
          clamped: earliest.clamped,
        }),
        earliestRule,
        earliest.clamped,
      ),
    );
  }
  const windows = withdrawal.noticeWindows;
  const window = steps && windows ? noticeWindowFor(profile, receivedOn) : undefined;
  if (steps && windows && window) {
    const { length } = windows;
    const every = windows.every.years;
    steps.push(
      explanationStep(
        'notice-window',
        window.opens,
        message('rule.noticeWindow', { length, every }),
        message('noticeWindow', {
          length,
          every,
          // Stryker disable next-line OptionalChaining: the profile schema requires the treaty's entry into force where a rule counts from it
          entryIntoForce: profile.entryIntoForce?.date,
          receivedOn,
          index: window.index,
          opens: window.opens,
          closes: window.closes,
        }),
        windows,
      ),
    );
  }

  steps?.push(
    explanationStep(
      'receipt',
      receivedOn,
      message('rule.receipt'),
      message('receipt', { receivedOn, depositary: profile.depositary }),
      instrument,
    ),
  );

  if (withdrawal.basis === 'vclt-art-56') warnings.push(contestedRight(profile));
  if (instrument.reasons !== 'not-required' && !facts.reasons?.trim()) {
    warnings.push(
      warning(
        'REASONS_MISSING',
        message('reasonsMissing', { treaty: profile.shortName, article: instrument.article, reasons: instrument.reasons }),
        instrument,
      ),
    );
  }

  let periodEnd: CalendarDate;
  if (effect.kind === 'after-receipt') {
    periodEnd = afterReceiptEnd(effect, facts, steps);
  } else if (effect.kind === 'calendar') {
    periodEnd = calendarEffect(effect, receivedOn);
    steps?.push(
      explanationStep(
        'period-end',
        periodEnd,
        message('effectRule', { rule: effect }),
        message('periodToCalendarDay', { receivedOn, rule: effect, end: periodEnd }),
        effect,
      ),
    );
  } else {
    periodEnd = endOfTermEnd(profile, effect, receivedOn, steps);
  }

  let expiresOn = periodEnd;
  if (laterDate) {
    const rule = withdrawal.laterDate;
    if (!rule) {
      throw refusal(
        'LATER_DATE_NOT_ALLOWED',
        message('laterDateNotAllowed', {
          laterDate,
          treaty: profile.shortName,
          effectRule: message('effectRule', { rule: effect }),
          article: effect.article,
        }),
        'laterDate',
      );
    }
    if (laterDate > periodEnd) {
      expiresOn = laterDate;
      steps?.push(
        explanationStep('later-date', laterDate, message('rule.laterDate'), message('laterDate', { laterDate, periodEnd }), rule),
      );
    } else {
      warnings.push(warning('LATER_DATE_NOT_LATER', message('laterDateNotLater', { laterDate, periodEnd }), rule));
    }
  }
  return { expiresOn, periodEnd, warnings };
}
