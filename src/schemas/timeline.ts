/** The timeline's input schema now lives beside the timeline; re-exported here so `luton-safeguarding-rules/schemas` keeps it. */
export * from '../rules/timeline/input-schema.js';
export type * from '../rules/timeline/input-types.js';
