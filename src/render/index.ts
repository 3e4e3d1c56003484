export { renderTimeline, renderExplanation, headline } from './text.js';
export type { TextOptions } from './text.js';
export { machineDiagram, ganttTimeline } from './mermaid.js';
export type { DiagramOptions } from './mermaid.js';
export { toICalendar } from './ical.js';
export type { ICalendarOptions, CalendarResult } from './ical.js';
export { toCSV, CSV_COLUMNS } from './csv.js';
