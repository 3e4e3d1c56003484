/**
 * The one place explanation steps and warnings get their words: each is built
 * from messages (key and parameters), worded in English by `wordMessage`, and
 * keeps those messages in `wording` so that a caller can word it again in
 * another language (`localize`).
 */
import type { CalendarDate } from '../dates/calendar-date.js';
import { type Message, wordMessage } from '../errors/messages.js';
import type { ExplanationFact, ExplanationStep, Warning, WarningCode } from './types.js';

/** An article and the URL of its text. */
interface Citation {
  readonly article: string;
  readonly source: string;
}

/**
 * An explanation step from its rule and statement as messages.
 *
 * @example
 * explanationStep('revocation', '2025-09-01', message('rule.revocation'), message('revocation', { party: 'Ruritania', date: '2025-09-01' }), vclt('68')).rule;
 * //=> 'revocation before effect'
 */
export function explanationStep(
  fact: ExplanationFact,
  date: CalendarDate,
  rule: Message,
  statement: Message,
  cite: Citation,
  clamped = false,
): ExplanationStep {
  return {
    fact,
    date,
    rule: wordMessage(rule),
    statement: wordMessage(statement),
    article: cite.article,
    source: cite.source,
    clamped,
    wording: { rule, statement },
  };
}

/**
 * A warning from its message.
 *
 * @example
 * warning('LATER_DATE_NOT_LATER', message('laterDateNotLater', { laterDate: '2025-07-01', periodEnd: '2026-06-02' }), { article: 'Art. 24(2)', source: 'https://example.org/att' }).message;
 * //=> 'the instrument names 2025-07-01, which is not later than the end of the period (2026-06-02); the period governs'
 */
export function warning(code: WarningCode, said: Message, cite: Citation): Warning {
  return { code, message: wordMessage(said), article: cite.article, source: cite.source, wording: { message: said } };
}
