export { CSV_COLUMNS, toCSV } from './csv.js';
export type { CalendarResult, ICalendarOptions } from './ical.js';
export { toICalendar } from './ical.js';
export type { DiagramOptions } from './mermaid.js';
export { ganttTimeline, machineDiagram } from './mermaid.js';
export type { TextOptions } from './text.js';
export { headline, renderExplanation, renderTimeline } from './text.js';
