/**
 * Another language for a result: the explanation steps and warnings keep the
 * messages they were worded from (`wording`), so they can be worded again from
 * another table without running the rules again.
 */
import { formatMessage, isMessage, type MessageOverrides } from '../errors/messages.js';
import type { ExplanationStep, Warning } from '../explanation/types.js';
import type { SimulationResult } from './simulate.js';

/**
 * The result with its explanation steps (`rule`, `statement`) and warnings
 * (`message`) worded from `table`, a table of another language: any subset of
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
 */
export function localize(result: SimulationResult, table: MessageOverrides): SimulationResult {
  return {
    ...result,
    explanation: result.explanation.map((step) => localizeStep(step, table)),
    warnings: result.warnings.map((warning) => localizeWarning(warning, table)),
  };
}

function localizeStep(step: ExplanationStep, table: MessageOverrides): ExplanationStep {
  const { wording } = step;
  if (!isMessage(wording?.rule) || !isMessage(wording.statement)) return step;
  return { ...step, rule: formatMessage(wording.rule, table), statement: formatMessage(wording.statement, table) };
}

function localizeWarning(warning: Warning, table: MessageOverrides): Warning {
  const said = warning.wording?.message;
  return isMessage(said) ? { ...warning, message: formatMessage(said, table) } : warning;
}
