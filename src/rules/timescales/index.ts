export { timescales, timescale } from './registry.js';
export { deadlineFor } from './deadline-for.js';
export type { Timescale } from './timescale.js';
