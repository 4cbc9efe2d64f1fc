export { timescales, timescale } from './registry.js';
export { deadlineFor } from './deadline-for.js';
export { timescaleInterpretations } from './timescale-interpretations.js';
export { timescaleBases, type Timescale, type TimescaleBasis } from './timescale.js';
