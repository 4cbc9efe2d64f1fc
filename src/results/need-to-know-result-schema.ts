/** The zod schema of `NeedToKnowDecision`, what `assessNeedToKnow` returns. */
import * as z from 'zod/mini';
import type { NeedToKnowOutcome } from '../rules/need-to-know/assess-need-to-know.js';
import { needToKnowInputSchema } from '../rules/need-to-know/input-schema.js';
import { described } from '../schemas/schema-metadata.js';
import { ActionSchema, deadlineSchema, decisionResultFields, knownString, ruleIdsOf } from './decision-result-schema.js';

const outcomes = ['notification-required', 'not-required', 'insufficient-information'] as const satisfies readonly NeedToKnowOutcome[];

export const NeedToKnowDecisionSchema = described(
  z.object({
    ...decisionResultFields({
      decision: 'need-to-know',
      title: "a Luton 'Need to Know' notification, assessNeedToKnow",
      outcomes,
      outcomeWords:
        'The advice: `notification-required`, `not-required`, or `insufficient-information` while an answer that could change it is missing (then `missingFacts` says which). The Service Manager decides.',
      input: needToKnowInputSchema(),
      deadline: deadlineSchema(
        {
          countedFrom: described(
            z.enum(['lastUpdateSentOn', 'notifiedOn', 'asOf']),
            'What the week was counted from: the latest update (`lastUpdateSentOn`), the notification (`notifiedOn`), or `asOf` (no notification sent yet: taken to be made that day).',
          ),
        },
        "A missing child's next weekly update, judged on asOf, with the input field its week was counted from.",
      ),
      action: ActionSchema,
    }),
    circumstances: described(
      z.array(
        described(
          z.object({
            ruleId: knownString(ruleIdsOf('need-to-know'), 'The id of the rule that matched (its title and citations are in its entry in `reasons`).'),
            category: described(z.string(), 'The guidance’s list the circumstance comes from, e.g. `looked-after-and-care-leavers`, `media`.'),
            interpretationIds: described(z.array(z.string()), 'The interpretations (see `interpretations`) this circumstance rests on.'),
          }),
          'A circumstance of the guidance that the case matches.',
        ),
      ),
      'Every circumstance of the guidance the case matches (empty unless a notification is advised).',
    ),
    decidedBy: described(z.literal('Service Manager'), 'Who decides: the guidance leaves the decision to the Service Manager; the library only advises.'),
    discretion: described(z.string(), 'Who decides, and the room the guidance leaves them, in plain English.'),
  }),
  "Whether a Luton 'Need to Know' notification is advised, the circumstances matched, who completes and receives it, and a missing child's weekly updates (assessNeedToKnow).",
);
