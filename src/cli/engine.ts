/** What the CLI loads on demand: the machine, the schemas and the renderers. */
export { simulate, safeSimulate } from '../simulate/simulate.js';
export { statusOn } from '../status/status-on.js';
export { renderTimeline, renderExplanation } from '../render/text.js';
export { ganttTimeline, machineDiagram } from '../render/mermaid.js';
export { toICalendar } from '../render/ical.js';
export { toCSV } from '../render/csv.js';
