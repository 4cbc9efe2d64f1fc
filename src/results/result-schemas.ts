/**
 * The zod schema of each result the library returns, by the name of its
 * JSON Schema (json-schema/<name>.schema.json, written by `npm run
 * schemas`), which the OpenAPI description gives as the answer of the
 * decision's endpoint. Each decision's schema is in a module of its own;
 * the parts they share are in decision-result-schema.ts and result-parts.ts.
 */
import type * as z from 'zod/mini';
import { DecisionRecordSchema } from './decision-record-schema.js';
import { DecisionVerificationSchema } from './decision-verification-schema.js';
import { JudgedDeadlineSchema } from './judged-deadline-schema.js';
import { NationalAlertDecisionSchema } from './national-alert-result-schema.js';
import { NeedClassificationSchema } from './need-level-result-schema.js';
import { NeedToKnowDecisionSchema } from './need-to-know-result-schema.js';
import { PlacementNotificationResultSchema } from './placement-notification-result-schema.js';
import { SeriousIncidentDecisionSchema } from './serious-incident-result-schema.js';
import { CaseTimelineSchema } from './timeline-result-schema.js';

export const resultSchemas: Record<string, z.ZodMiniType> = {
  'classify-need-result': NeedClassificationSchema,
  'need-to-know-result': NeedToKnowDecisionSchema,
  'national-alert-result': NationalAlertDecisionSchema,
  'serious-incident-result': SeriousIncidentDecisionSchema,
  'statutory-timeline-result': CaseTimelineSchema,
  'placement-notification-result': PlacementNotificationResultSchema,
  'verify-decision-result': DecisionVerificationSchema,
  'decision-record': DecisionRecordSchema,
  'judged-deadline': JudgedDeadlineSchema,
};
