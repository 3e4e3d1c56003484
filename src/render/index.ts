export { renderTimeline, renderExplanation, headline } from './text.js';
export type { TextOptions } from './text.js';
