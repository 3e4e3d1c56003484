/** What the CLI loads on demand: the machine, the schemas and the renderers. */
// The root entry's simulate and safeSimulate: shipped treaty ids resolve (with-catalog.ts).
export { simulate, safeSimulate } from '../with-catalog.js';
export { statusOn } from '../status/status-on.js';
export { renderTimeline, renderExplanation } from '../render/text.js';
export { ganttTimeline, machineDiagram } from '../render/mermaid.js';
export { toICalendar } from '../render/ical.js';
export { toCSV } from '../render/csv.js';
