/** `luton-safeguarding-rules/schemas`: zod schemas for every public input and the input error. */
export { SafeguardingInputError, type InputIssue } from './input-error.js';
export { IsoDateSchema } from './iso-date-schema.js';
export { parseInput } from './parse-input.js';
