export { renderTimeline, renderExplanation, headline } from './text.js';
export type { TextOptions } from './text.js';
export { machineDiagram, ganttTimeline } from './mermaid.js';
export type { DiagramOptions } from './mermaid.js';
