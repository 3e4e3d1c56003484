import { addPeriodWithinCalendar } from '../dates/arithmetic.js';
import { formatMessage } from '../errors/format.js';
import { type Message, type MessageOverrides, message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import type { ExplanationFact, ExplanationStep } from '../explanation/types.js';
import type { Outcome } from '../machine/context.js';
import type { SimulationResult } from '../simulate/simulate.js';
import { visible } from './visible.js';

/** Options of the text renderers. */
export interface TextOptions {
  /** Use ANSI colours; off by default (the CLI turns it on for a TTY without `NO_COLOR`). */
  readonly color?: boolean;
  /**
   * Another language's table for the words the renderer gives itself (the
   * headline, the titles, the table's heads); the steps and warnings show the
   * words the result holds (see `localize`).
   */
  readonly messages?: MessageOverrides;
}

const ANSI = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  red: '\u001b[31m',
  reset: '\u001b[0m',
};

// Every line passes through `visible` (control characters in user strings shown
// as \uXXXX) before any colour code of the renderer's own is added.
function paint(on: boolean | undefined, code: keyof typeof ANSI, text: string): string {
  return on ? `${ANSI[code]}${visible(text)}${ANSI.reset}` : visible(text);
}

const STAGE_FACTS: Record<Outcome, readonly ExplanationFact[]> = {
  'in-procedure': ['domestic-step'],
  'notice-period': ['later-date', 'period-end'],
  deferred: ['deferral'],
  effective: ['effect'],
  revoked: ['revocation'],
  abandoned: ['abandonment'],
  'suspension-pending': ['suspension-notice'],
  'suspension-contested': ['finding', 'suspension-contested', 'objection'],
  suspended: ['suspension'],
};

/** Whether a step is a required domestic step, read from its rule's message (or, without one, the rule's English words). */
function isRequiredStep(step: ExplanationStep): boolean {
  const rule = step.wording?.rule;
  // Stryker disable next-line BooleanLiteral: a required step is worded the same whether or not it is a rejection
  if (rule === undefined) return step.rule === formatMessage(message('rule.domesticStep', { required: true, rejection: false }));
  return rule.key === 'rule.domesticStep' && rule.params.required;
}

function stepFor(result: SimulationResult, stage: Outcome): ExplanationStep | undefined {
  for (const fact of STAGE_FACTS[stage]) {
    const step = result.explanation.find((s) => s.fact === fact && (stage !== 'in-procedure' || isRequiredStep(s)));
    if (step) return step;
  }
  return stage === 'in-procedure' ? result.explanation.find((s) => s.fact === 'domestic-step') : undefined;
}

/**
 * The outcome in one line, e.g. `effective on 2026-02-20` or `deferred: …`,
 * worded from `table` where it gives the `headline` key, else in English.
 *
 * @example
 * headline(simulate({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] }));
 * //=> 'effective on 2026-02-20'
 */
export function headline(result: SimulationResult, table?: MessageOverrides): string {
  return readingInput('result', () => formatMessage(headlineOf(result), table));
}

function headlineOf(result: SimulationResult): Message {
  return message('headline', {
    outcome: result.outcome,
    asOf: result.asOf,
    since: result.timeline[result.timeline.length - 1]?.from,
    effectiveOn: result.effectiveOn,
    noticeExpiresOn: result.noticeExpiresOn,
    notifiedOn: result.suspension?.notifiedOn,
    windowEndsOn: result.suspension?.objectionWindowEndsOn,
  });
}

function tabulate(cellsByRow: readonly (readonly string[])[], color: boolean | undefined): string {
  const rows = cellsByRow.map((row) => row.map(visible));
  // Stryker disable next-line OptionalChaining,StringLiteral,ArrayDeclaration: the table always has its header row, and every row as many cells as the header
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? [];
  return rows
    .map((row, index) => {
      const line = row.map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col] ?? 0))).join('  ');
      return `  ${index === 0 ? paint(color, 'dim', line) : visible(line)}`;
    })
    .join('\n');
}

/**
 * The timeline as an aligned table a person takes in at a glance: stage, from,
 * to, and the rule with its article; armed conflicts and obligations that
 * survive the withdrawal (`surviving`, to the first day free) as rows of their own.
 *
 * @example
 * const text = renderTimeline(simulate({ treaty: 'rome-statute', party: 'Burundi', events: [{ type: 'instrument.deposited', date: '2016-10-27' }] }));
 * text.split('\n').slice(0, 2);
 * //=> ['Burundi · Rome Statute (rome-statute) · procedure: none', 'effective on 2017-10-27']
 */
export function renderTimeline(result: SimulationResult, options: TextOptions = {}): string {
  const read = readingInput('options', () => ({ ...options }));
  return readingInput('result', () => timelineOf(result, read));
}

function timelineOf(result: SimulationResult, options: TextOptions = {}): string {
  const { color, messages: table } = options;
  const say = (said: Message) => formatMessage(said, table);
  const title = say(
    message('text.timelineTitle', {
      party: result.party,
      treaty: result.treaty.shortName,
      id: result.treaty.id,
      procedure: result.procedure.id,
    }),
  );
  const outcomeColor =
    result.outcome === 'effective'
      ? 'green'
      : result.outcome === 'deferred' || result.outcome === 'notice-period'
        ? 'yellow'
        : 'red';
  type Row = { from: string; cells: string[] };
  const rows: Row[] = result.timeline.map((stage) => {
    const step = stepFor(result, stage.stage);
    return {
      from: stage.from,
      cells: [stage.stage, stage.from, stage.to ?? '…', step ? `${step.article} · ${step.rule}` : ''],
    };
  });
  for (const conflict of result.conflicts) {
    const step = result.explanation.find((s) => s.fact === 'armed-conflict' && s.date === conflict.from);
    rows.push({
      from: conflict.from,
      cells: [
        say(message('text.conflictStage')),
        conflict.from,
        conflict.to ?? '…',
        say(message('text.conflictRule', { article: step?.article })),
      ],
    });
  }
  for (const obligation of result.surviving) {
    // TO is the first day of what follows, as for the stages: the day after `until`.
    rows.push({
      from: obligation.from,
      cells: [
        say(message('text.survivingStage')),
        obligation.from,
        addPeriodWithinCalendar(obligation.until, { days: 1 }) ?? '…',
        say(message('text.survivingRule', obligation)),
      ],
    });
  }
  rows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const lines = [
    paint(color, 'bold', title),
    paint(color, outcomeColor, headline(result, table)),
    '',
    rows.length > 0
      ? tabulate([say(message('text.columns')).split('\t'), ...rows.map((r) => r.cells)], color)
      : `  ${say(message('text.noEvents'))}`,
  ];
  for (const warning of result.warnings) lines.push(paint(color, 'yellow', `  ! ${warning.message} (${warning.article})`));
  return lines.join('\n');
}

/**
 * The derivation of every date, one numbered step each, with its article and
 * source; month-end clamping is marked.
 *
 * @example
 * const result = simulate({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] });
 * renderExplanation(result).split('\n')[1];
 * //=> 'effective on 2026-02-20'
 */
export function renderExplanation(result: SimulationResult, options: TextOptions = {}): string {
  const read = readingInput('options', () => ({ ...options }));
  return readingInput('result', () => explanationTextOf(result, read));
}

function explanationTextOf(result: SimulationResult, options: TextOptions = {}): string {
  const { color, messages: table } = options;
  const say = (said: Message) => formatMessage(said, table);
  const lines = [
    paint(color, 'bold', say(message('text.explanationTitle', { party: result.party, treaty: result.treaty.name }))),
    visible(headline(result, table)),
    '',
  ];
  result.explanation.forEach((step, index) => {
    lines.push(
      visible(
        `${String(index + 1).padStart(2)}. ${step.date}  ${step.statement}${step.clamped ? say(message('text.clamped')) : ''}`,
      ),
    );
    lines.push(paint(color, 'dim', `    ${step.article} · ${step.source}`));
  });
  if (result.warnings.length > 0) {
    lines.push('', say(message('text.warnings')));
    for (const warning of result.warnings)
      lines.push(visible(`  ! ${warning.message}`), paint(color, 'dim', `    ${warning.article} · ${warning.source}`));
  }
  return lines.join('\n');
}
