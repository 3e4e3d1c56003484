/** What the CLI loads on demand: the machine, the schemas and the renderers. */
// The root entry's simulate and safeSimulate: shipped treaty ids resolve (with-catalog.ts).

export { toCSV } from '../render/csv.js';
export { toICalendar } from '../render/ical.js';
export { ganttTimeline, machineDiagram } from '../render/mermaid.js';
export { renderExplanation, renderTimeline } from '../render/text.js';
export { statusOn } from '../status/status-on.js';
export { safeSimulate, simulate } from '../with-catalog.js';
