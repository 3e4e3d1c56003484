import { addPeriodWithinCalendar, LAST_CALENDAR_DATE } from '../dates/arithmetic.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { formatMessage } from '../errors/format.js';
import { type MessageOverrides, message } from '../errors/messages.js';
import { readingInput } from '../errors/reading.js';
import type { StateDescriptionKey, WithdrawalStateValue } from '../machine/machine.js';
import { provisionOf, withdrawalMachine } from '../machine/machine.js';
import { structureOf } from '../machine/structure.js';
import type { SimulationResult } from '../simulate/simulate.js';
import type { TreatyProfile } from '../treaties/schema.js';
import { visible } from './visible.js';

/** Options of {@link machineDiagram}. */
export interface DiagramOptions {
  /** Add each state's description as a note (default true). */
  readonly notes?: boolean;
  /** Draw only these states and the transitions between them (default: all). */
  readonly states?: readonly WithdrawalStateValue[];
  /** Mark this state as the current one (class `current`). */
  readonly highlight?: WithdrawalStateValue;
  /** Show this treaty's own articles where it has the provision (its deferral clause, say), instead of the general law. */
  readonly treaty?: TreatyProfile;
  /** Another language's table: each state's note is worded from its key `state.<name>`, and `mermaid.alsoAccepts`. */
  readonly messages?: MessageOverrides;
}

// Mermaid treats a few characters as syntax inside labels: keep the meaning, drop
// the syntax; control characters are shown as \uXXXX (see visible.ts).
export function label(text: string): string {
  return visible(
    text.replace(/:/g, ' –').replace(/;/g, ',').replace(/#/g, 'No. ').replace(/"/g, "'").replace(/\s+/g, ' ').trim(),
  );
}

/**
 * The withdrawal machine as a Mermaid state diagram, generated from the machine
 * definition itself: every state with its outcome and governing article, every
 * transition that changes state with its event and article, and (by default) the
 * description of each state as a note. Transitions that stay in their state are
 * listed in the state's note. With `treaty`, every article shown is that
 * treaty's own where it has the provision (e.g. its armed-conflict deferral clause).
 *
 * @example
 * machineDiagram().split('\n')[0];
 * //=> 'stateDiagram-v2'
 * machineDiagram({ notes: false, highlight: 'deferred' }).split('\n').at(-1);
 * //=> '  class deferred current'
 * machineDiagram({ notes: false, treaty: getTreaty('ottawa') }).includes('deferred · deferred · Art. 20(3)');
 * //=> true
 */
export function machineDiagram(options: DiagramOptions = {}): string {
  return readingInput('options', () => diagramOf(options));
}

function diagramOf(options: DiagramOptions = {}): string {
  const notes = options.notes ?? true;
  const table = options.messages;
  const config = structureOf(withdrawalMachine);
  const wanted = options.states ? new Set<string>(options.states) : undefined;
  const states = Object.entries(config.states).filter(([name]) => !wanted || wanted.has(name));
  const included = new Set(states.map(([name]) => name));
  const lines = ['stateDiagram-v2', '  direction TB'];
  for (const [name, state] of states) {
    const meta = state.meta;
    const article = meta ? provisionOf(meta, options.treaty, table).article : '';
    lines.push(`  state "${label(`${name} · ${meta?.outcome ?? ''} · ${article}`)}" as ${name}`);
  }
  if (config.initial !== undefined && included.has(config.initial)) lines.push(`  [*] --> ${config.initial}`);
  for (const [name, state] of states) {
    for (const [event, candidates] of Object.entries(state.on)) {
      for (const transition of candidates) {
        if (!transition.target || transition.target === name || !included.has(transition.target)) continue;
        const article = transition.meta?.article ? ` (${provisionOf(transition.meta, options.treaty, table).article})` : '';
        lines.push(`  ${name} --> ${transition.target} : ${label(`${event}${article}`)}`);
      }
    }
    if (state.type === 'final') lines.push(`  ${name} --> [*]`);
  }
  if (options.highlight && included.has(options.highlight)) {
    lines.push('  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px', `  class ${options.highlight} current`);
  }
  if (notes) {
    for (const [name, state] of states) {
      const staying = Object.entries(state.on)
        .filter(([, candidates]) => candidates.some((t) => t.targets.count === 0))
        .map(([event]) => event);
      const key = `state.${name}` as StateDescriptionKey;
      const described = table !== undefined && Object.hasOwn(table, key) ? formatMessage(message(key), table) : state.description;
      const text = [
        // Stryker disable next-line StringLiteral: every state of the machine has a description (machine.test.ts), and an empty text is filtered out
        described ?? '',
        staying.length > 0 ? formatMessage(message('mermaid.alsoAccepts', { events: staying }), table) : '',
      ]
        .filter(Boolean)
        .map(label)
        .join(' ');
      lines.push(`  note right of ${name}`, `    ${text}`, '  end note');
    }
  }
  return lines.join('\n');
}

function latestDate(result: SimulationResult): CalendarDate {
  const dates: CalendarDate[] = [
    ...result.timeline.flatMap((s) => [s.from, s.to ?? s.from]),
    ...result.conflicts.flatMap((c) => [c.from, c.to ?? c.from]),
    ...result.explanation.map((s) => s.date),
  ];
  if (result.asOf) dates.push(result.asOf);
  return dates.reduce((a, b) => (a > b ? a : b), '0001-01-01');
}

/**
 * A scenario's timeline as a Mermaid gantt chart: the stages of the withdrawal,
 * armed conflicts and suspensions as bars, and the key dates as milestones.
 * Open-ended bars (a deferral with no end) are drawn to `asOf`, or six months
 * past the last date the result mentions, and marked "(ongoing)".
 *
 * @example
 * ganttTimeline(simulate({ treaty: 'ottawa', events: [{ type: 'instrument.deposited', date: '2025-08-20' }] })).split('\n')[0];
 * //=> 'gantt'
 */
export function ganttTimeline(result: SimulationResult): string {
  return readingInput('result', () => ganttOf(result));
}

function ganttOf(result: SimulationResult): string {
  // Total near the calendar's end: a horizon past 9999-12-31 stops there.
  const horizon = result.asOf ?? addPeriodWithinCalendar(latestDate(result), { months: 6 }) ?? LAST_CALENDAR_DATE;
  const end = (to: CalendarDate | null, from: CalendarDate) =>
    to ?? (horizon > from ? horizon : (addPeriodWithinCalendar(from, { days: 1 }) ?? LAST_CALENDAR_DATE));
  const open = (to: CalendarDate | null) => (to === null ? formatMessage(message('mermaid.ongoing')) : '');
  const section = (name: 'withdrawal' | 'conflict' | 'suspension' | 'dates') =>
    `  section ${formatMessage(message('mermaid.section', { section: name }))}`;
  // The final stages are milestones (below), so none of them needs a status.
  const status: Record<string, string> = {
    deferred: 'crit, ',
    'notice-period': 'active, ',
    'suspension-contested': 'crit, ',
    suspended: 'done, ',
  };
  const lines = [
    'gantt',
    `  title ${label(formatMessage(message('mermaid.ganttTitle', { party: result.party, treaty: result.treaty.shortName, outcome: result.outcome })))}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m',
    section('withdrawal'),
  ];
  result.timeline.forEach((stage, i) => {
    // A final stage has no end: draw it as a milestone on its first day.
    if (stage.to === null && (stage.stage === 'effective' || stage.stage === 'revoked' || stage.stage === 'abandoned')) {
      lines.push(`  ${stage.stage} :milestone, s${i}, ${stage.from}, 0d`);
    } else {
      lines.push(
        `  ${stage.stage}${open(stage.to)} :${status[stage.stage] ?? ''}s${i}, ${stage.from}, ${end(stage.to, stage.from)}`,
      );
    }
  });
  if (result.conflicts.length > 0) {
    lines.push(section('conflict'));
    const bar = formatMessage(message('mermaid.conflictBar'));
    result.conflicts.forEach((c, i) => {
      lines.push(`  ${bar}${open(c.to)} :crit, c${i}, ${c.from}, ${end(c.to, c.from)}`);
    });
  }
  if (result.suspensions.length > 0) {
    lines.push(section('suspension'));
    result.suspensions.forEach((p, i) => {
      lines.push(`  suspended${open(p.to)} :p${i}, ${p.from}, ${end(p.to, p.from)}`);
    });
  }
  type Milestone = 'receipt' | 'expiry' | 'effect' | 'projected' | 'asOf';
  const milestones: [Milestone, CalendarDate | null][] = [
    ['receipt', result.receivedOn],
    ['expiry', result.noticeExpiresOn],
    [result.effectiveOnProjected ? 'projected' : 'effect', result.effectiveOn],
    ['asOf', result.asOf ?? null],
  ];
  const present = milestones.filter((m): m is [Milestone, CalendarDate] => m[1] !== null);
  if (present.length > 0) {
    lines.push(section('dates'));
    present.forEach(([milestone, date], i) => {
      lines.push(`  ${formatMessage(message('mermaid.milestone', { milestone }))} ${date} :milestone, m${i}, ${date}, 0d`);
    });
  }
  return lines.join('\n');
}
