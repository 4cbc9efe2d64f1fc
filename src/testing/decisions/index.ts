/**
 * `luton-safeguarding-rules/testing/decisions`: a valid-input fast-check
 * arbitrary per decision, built from the decision's zod schema, with options
 * to fix facts, leave facts unknown or draw near-miss invalid inputs
 * (re-exports only). A separate entry from `luton-safeguarding-rules/testing`
 * because it loads zod and the rule catalogues.
 */
export { classifyNeedInput, needToKnowInput, nationalAlertInput, seriousIncidentInput, type DecisionInputOptions, type WithKnown } from './inputs.js';
