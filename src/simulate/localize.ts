/**
 * Another language for a result: the explanation steps and warnings keep the
 * messages they were worded from (`wording`), and so does the reason of a
 * status on a date, so they can be worded again from another table without
 * running the rules again.
 */
import { isMessage, type MessageOverrides, wordMessage } from '../errors/messages.js';
import type { ExplanationStep, Warning } from '../explanation/types.js';
import type { ComplianceStatus } from '../status/status-on.js';
import type { SimulationResult } from './simulate.js';

/**
 * The result with its explanation steps (`rule`, `statement`) and warnings
 * (`message`) worded from `table` (or, given a status on a date, its `reason`), a table of another language: any subset of
 * the message keys, each a function of the message's parameters. A key the
 * table lacks stays in English; a step or warning without `wording` (made
 * elsewhere, or read from a snapshot of 0.3) keeps its words. Dates, codes,
 * articles and sources are unchanged, and so is `result`.
 *
 * @example
 * const poland = simulate({ treaty: 'ottawa', party: 'Poland', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] });
 * const fr = localize(poland, {
 *   'rule.receipt': () => 'le délai court à compter de la réception par le dépositaire',
 *   receipt: (p) => `L’instrument de retrait a été reçu le ${p.receivedOn} (dépositaire : ${p.depositary}).`,
 * });
 * fr.explanation[0]?.rule;
 * //=> 'le délai court à compter de la réception par le dépositaire'
 * fr.explanation[1]?.rule;
 * //=> '6 months after receipt'
 * fr.effectiveOn;
 * //=> '2026-02-20'
 * localize(statusOn(poland, '2026-01-01'), { 'status.noticePeriod': (p) => `Notification reçue le ${p.receivedOn}.` }).reason;
 * //=> 'Notification reçue le 2025-08-20.'
 */
export function localize(result: SimulationResult, table: MessageOverrides): SimulationResult;
/** A status on a date (`statusOn`) with its `reason` worded from `table`; the rest unchanged. */
export function localize(status: ComplianceStatus, table: MessageOverrides): ComplianceStatus;
export function localize(
  result: SimulationResult | ComplianceStatus,
  table: MessageOverrides,
): SimulationResult | ComplianceStatus {
  if (!('explanation' in result)) {
    const said = result.wording?.reason;
    return isMessage(said) ? { ...result, reason: wordMessage(said, table) } : result;
  }
  return {
    ...result,
    explanation: result.explanation.map((step) => localizeStep(step, table)),
    warnings: result.warnings.map((warning) => localizeWarning(warning, table)),
  };
}

function localizeStep(step: ExplanationStep, table: MessageOverrides): ExplanationStep {
  const { wording } = step;
  if (!isMessage(wording?.rule) || !isMessage(wording.statement)) return step;
  return { ...step, rule: wordMessage(wording.rule, table), statement: wordMessage(wording.statement, table) };
}

function localizeWarning(warning: Warning, table: MessageOverrides): Warning {
  const said = warning.wording?.message;
  return isMessage(said) ? { ...warning, message: wordMessage(said, table) } : warning;
}
