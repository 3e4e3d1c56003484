/**
 * The checks the exported notice helpers (notice.ts) run on their arguments
 * (issue #19, item 7): one call at the entry of each, so that a caller's value
 * of the wrong shape, a throwing getter or a revoked proxy is a coded
 * `WithdrawalError`, never a raw `TypeError`. Profiles the library resolved
 * itself pass without a second parse (errors/arguments.ts).
 */
import { type CalendarDate, isCalendarDate, parseDate } from '../dates/calendar-date.js';
import { OverflowSchema } from '../dates/schema.js';
import { checkedArgument } from '../errors/arguments.js';
import { describeValue } from '../errors/describe-value.js';
import { message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import { wordedError } from '../errors/worded-error.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import type { NoticeFacts } from './notice.js';
import {
  type EffectRule,
  EffectRuleSchema,
  type EndOfTermRule,
  EndOfTermRuleSchema,
  type Rounding,
  RoundingSchema,
  type SurvivalClause,
  SurvivalClauseSchema,
  type TreatyProfile,
  TreatyProfileSchema,
} from './schema.js';

/** A treaty profile argument, validated (`INVALID_PROFILE`, path `profile`). */
export function profileArgument(profile: unknown): TreatyProfile {
  return checkedArgument(TreatyProfileSchema, profile, 'profile', 'INVALID_PROFILE');
}

/** A rule of effect argument, validated (`INVALID_INPUT`, path `rule`); `undefined` stays `undefined`. */
export function effectRuleArgument(rule: unknown): EffectRule | undefined {
  return rule === undefined ? undefined : checkedArgument(EffectRuleSchema, rule, 'rule');
}

/** An end-of-term rule argument, validated (`INVALID_INPUT`, path `rule`). */
export function endOfTermArgument(rule: unknown): EndOfTermRule {
  return checkedArgument(EndOfTermRuleSchema, rule, 'rule');
}

/** A survival clause argument, validated (`INVALID_INPUT`, path `clause`). */
export function survivalArgument(clause: unknown): SurvivalClause {
  return checkedArgument(SurvivalClauseSchema, clause, 'clause');
}

/** A rounding argument, one of the rule schema's values (`INVALID_INPUT`, path `rounding`). */
export function roundingArgument(rounding: unknown): Rounding {
  return checkedArgument(RoundingSchema, rounding, 'rounding');
}

/** A date argument (`INVALID_DATE` naming `path`); `null` and `undefined` pass where `optional`. */
export function dateArgument(date: unknown, path: string): CalendarDate;
export function dateArgument(date: unknown, path: string, optional: true): CalendarDate | null | undefined;
export function dateArgument(date: unknown, path: string, optional = false): CalendarDate | null | undefined {
  if (optional && (date === null || date === undefined)) return date;
  // A valid date passes without being read into parts (the notice rules check each of theirs).
  if (isCalendarDate(date)) return date;
  parseDate(date, path);
  return date as CalendarDate;
}

/**
 * The facts of a notice, read once into plain data: an object whose dates are
 * calendar dates (`INVALID_DATE`), whose `reasons` is a string and whose
 * `overflow` a policy (`INVALID_INPUT`, path `facts…`).
 */
export function factsArgument(facts: unknown): NoticeFacts {
  return readingInput('facts', () => {
    if (!isPlainObject(facts)) {
      throw wordedError('INVALID_INPUT', message('factsNotObject', { got: describeValue(facts) }), { path: 'facts' });
    }
    const { receivedOn, laterDate, entryIntoForce, reasons, overflow } = facts;
    if (reasons !== undefined && reasons !== null && typeof reasons !== 'string') {
      throw wordedError('INVALID_INPUT', message('factsReasonsNotString', { got: describeValue(reasons) }), {
        path: 'facts.reasons',
      });
    }
    return {
      receivedOn: dateArgument(receivedOn, 'receivedOn'),
      laterDate: dateArgument(laterDate, 'laterDate', true),
      entryIntoForce: dateArgument(entryIntoForce, 'entryIntoForce', true),
      reasons,
      overflow: overflow === undefined ? undefined : checkedArgument(OverflowSchema, overflow, 'facts.overflow'),
    };
  });
}
