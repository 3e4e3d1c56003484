import { addDays, type CalendarDate, daysBetween, type SimulationResult, type WithdrawalEvent } from 'treaty-withdrawal';

const WIDTH = 1000;
const LEFT = 150;
const RIGHT = 20;
const ROW = 34;
const NS = 'http://www.w3.org/2000/svg';

const STAGE_LABELS: Record<string, string> = {
  'in-procedure': 'domestic procedure',
  'notice-period': 'notice period',
  deferred: 'deferred',
  effective: 'effective',
  revoked: 'revoked',
  abandoned: 'abandoned',
  'suspension-pending': 'suspension pending',
  'suspension-contested': 'suspension contested',
  suspended: 'suspended',
};

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function earliest(dates: CalendarDate[]): CalendarDate {
  return dates.reduce((a, b) => (a < b ? a : b));
}

function latest(dates: CalendarDate[]): CalendarDate {
  return dates.reduce((a, b) => (a > b ? a : b));
}

/**
 * Draws the timeline as SVG: a row of stages, rows for armed conflicts and
 * suspensions, a row of event marks, year ticks, and lines for today and the
 * chosen date. Open-ended bars run to the right edge.
 */
export function drawTimeline(
  result: SimulationResult,
  events: readonly WithdrawalEvent[],
  today: CalendarDate,
  chosen: CalendarDate,
): SVGSVGElement {
  const known = [
    ...result.timeline.flatMap((s) => [s.from, s.to ?? s.from]),
    ...result.conflicts.flatMap((c) => [c.from, c.to ?? c.from]),
    ...result.suspensions.flatMap((p) => [p.from, p.to ?? p.from]),
    ...events.map((e) => e.date),
    ...(result.effectiveOn ? [result.effectiveOn] : []),
    ...(result.noticeExpiresOn ? [result.noticeExpiresOn] : []),
    chosen,
    today,
  ];
  const start = addDays(earliest(known), -60);
  const end = addDays(latest(known), 90);
  const span = Math.max(1, daysBetween(start, end));
  const x = (date: CalendarDate) => LEFT + ((WIDTH - LEFT - RIGHT) * daysBetween(start, date)) / span;

  const rows = ['Withdrawal', 'Armed conflict', 'Suspension in force', 'Events'];
  const height = 30 + rows.length * ROW + 30;
  const svg = el('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-labelledby': 'timeline-title timeline-desc',
    class: 'timeline',
  });
  svg.append(el('title', { id: 'timeline-title' }, `Timeline: ${result.party ?? 'party'} and the ${result.treaty.shortName}`));
  const description = result.timeline
    .map((s) => `${STAGE_LABELS[s.stage]} from ${s.from}${s.to ? ` to ${s.to}` : ''}`)
    .join('; ');
  svg.append(el('desc', { id: 'timeline-desc' }, description || 'No stage yet.'));

  const defs = el('defs', {});
  const hatch = el('pattern', {
    id: 'hatch',
    width: 8,
    height: 8,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  hatch.append(
    el('rect', { width: 8, height: 8, fill: '#fee2e2' }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#dc2626', 'stroke-width': 3 }),
  );
  const dots = el('pattern', { id: 'dots', width: 6, height: 6, patternUnits: 'userSpaceOnUse' });
  dots.append(el('rect', { width: 6, height: 6, fill: '#dbeafe' }), el('circle', { cx: 3, cy: 3, r: 1.2, fill: '#2563eb' }));
  defs.append(hatch, dots);
  svg.append(defs);

  rows.forEach((label, i) => {
    const y = 30 + i * ROW;
    svg.append(el('text', { x: 8, y: y + ROW / 2 + 4, class: 'row-label' }, label));
    svg.append(el('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y + ROW, y2: y + ROW, class: 'row-rule' }));
  });

  // Year ticks.
  const firstYear = Number(start.slice(0, 4)) + 1;
  const lastYear = Number(end.slice(0, 4));
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  for (let year = firstYear; year <= lastYear; year += step) {
    const tick = `${year}-01-01` as const;
    const tx = x(tick);
    svg.append(el('line', { x1: tx, x2: tx, y1: 24, y2: height - 30, class: 'tick' }));
    svg.append(el('text', { x: tx, y: 18, class: 'tick-label', 'text-anchor': 'middle' }, String(year)));
  }

  const bar = (row: number, from: CalendarDate, to: CalendarDate | null, cls: string, title: string) => {
    const x1 = x(from);
    const x2 = to ? x(to) : WIDTH - RIGHT;
    const group = el('g', { class: `bar ${cls}` });
    group.append(el('rect', { x: x1, y: 30 + row * ROW + 6, width: Math.max(3, x2 - x1), height: ROW - 12, rx: 3 }));
    group.append(el('title', {}, title));
    svg.append(group);
  };
  for (const stage of result.timeline) {
    bar(
      0,
      stage.from,
      stage.to,
      `stage-${stage.stage}`,
      `${STAGE_LABELS[stage.stage]}: ${stage.from} – ${stage.to ?? 'ongoing'}`,
    );
  }
  for (const conflict of result.conflicts)
    bar(1, conflict.from, conflict.to, 'conflict', `armed conflict: ${conflict.from} – ${conflict.to ?? 'ongoing'}`);
  for (const period of result.suspensions)
    bar(2, period.from, period.to, 'suspension', `suspension in force: ${period.from} – ${period.to ?? 'ongoing'}`);

  for (const event of events) {
    const ex = x(event.date);
    const mark = el('g', { class: 'event-mark' });
    mark.append(el('circle', { cx: ex, cy: 30 + 3 * ROW + ROW / 2, r: 5 }));
    mark.append(el('title', {}, `${event.date}: ${event.type}`));
    svg.append(mark);
  }

  const line = (date: CalendarDate, cls: string, label: string, dy: number) => {
    const lx = x(date);
    svg.append(el('line', { x1: lx, x2: lx, y1: 24, y2: height - 24, class: cls }));
    // Near the right edge, write the label to the left of its line.
    const nearEdge = lx > WIDTH - 170;
    svg.append(
      el(
        'text',
        { x: nearEdge ? lx - 4 : lx + 4, y: height - 24 + dy, class: `${cls}-label`, 'text-anchor': nearEdge ? 'end' : 'start' },
        `${label} ${date}`,
      ),
    );
  };
  line(today, 'today', 'today', 0);
  line(chosen, 'chosen', 'asked', 14);
  return svg;
}
