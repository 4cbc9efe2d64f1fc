/**
 * The zod schema of each result the library returns, by the name of its
 * JSON Schema (json-schema/<name>.schema.json, written by `npm run
 * schemas`), which the OpenAPI description gives as the answer of the
 * decision's endpoint.
 */
import type * as z from 'zod/mini';
import { JudgedDeadlineSchema } from './judged-deadline-schema.js';
import { CaseTimelineSchema } from './timeline-result-schema.js';

export const resultSchemas: Record<string, z.ZodMiniType> = {
  'statutory-timeline-result': CaseTimelineSchema,
  'judged-deadline': JudgedDeadlineSchema,
};
