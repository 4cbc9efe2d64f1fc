/** The zod schema of `NationalAlertDecision`, what `assessNationalAlert` returns. */
import * as z from 'zod/mini';
import type { NationalAlertOutcome } from '../rules/national-alert/assess-national-alert.js';
import { nationalAlertInputSchema } from '../rules/national-alert/input-schema.js';
import { CitationSchema } from '../schemas/citation-schema.js';
import { IsoDateSchema } from '../schemas/iso-date-schema.js';
import { described } from '../schemas/schema-metadata.js';
import { ActionSchema, deadlineSchema, decisionResultFields, knownString, ruleIdsOf } from './decision-result-schema.js';

const outcomes = ['issue-alert', 'not-yet', 'not-eligible', 'keep-alert', 'end-alert', 'insufficient-information'] as const satisfies readonly NationalAlertOutcome[];
const ruleId = (words: string) => knownString(ruleIdsOf('national-alert'), words);

export const NationalAlertDecisionSchema = described(
  z.object({
    ...decisionResultFields({
      decision: 'national-alert',
      title: 'a national child protection alert, assessNationalAlert',
      outcomes,
      outcomeWords:
        'The advice: `issue-alert`, `not-yet` (a threshold is not met yet), `not-eligible`, `keep-alert` or `end-alert` for an alert already issued, or `insufficient-information` while an answer that could change it is missing.',
      input: nationalAlertInputSchema(),
      deadline: deadlineSchema(
        {
          countedFrom: described(
            z.enum(['lastFollowUpOn', 'alertIssuedOn', 'asOf']),
            'What it was counted from: the latest re-issue (`lastFollowUpOn`), the alert (`alertIssuedOn`), or `asOf` for an alert advised but not yet issued (taken to be issued that day).',
          ),
        },
        'The next six-monthly re-issue, or the date other authorities delete the alert without a follow-up, judged on asOf, with the input field it was counted from.',
      ),
      action: ActionSchema,
    }),
    eligibility: described(
      z.object({
        status: described(
          z.enum(['eligible', 'not-eligible', 'unknown', 'not-reassessed']),
          'Whether the child is eligible; `not-reassessed` for an alert already issued (eligibility was settled when it was issued).',
        ),
        routes: described(z.array(ruleId('The id of an eligibility rule that fired.')), 'The eligibility rules that fired (the child protection plan route and/or an exceptional alert).'),
        exceptional: described(z.boolean(), 'True when the child is eligible only through one of the procedure’s exceptional alerts.'),
      }),
      'Whether the child is eligible for a national alert, and by which route.',
    ),
    thresholds: described(
      z.array(
        described(
          z.object({
            ruleId: ruleId('The threshold rule’s id.'),
            title: described(z.string(), 'The threshold, in plain English.'),
            status: described(z.enum(['met', 'not-met', 'unknown']), 'Whether this case meets it, or `unknown` while an answer it needs is missing.'),
            citation: described(z.array(CitationSchema), 'Where the procedure sets the threshold.'),
          }),
          'One of the procedure’s four notification thresholds, and whether this case meets it.',
        ),
      ),
      'All four thresholds, in the procedure’s order.',
    ),
    unmetThresholds: described(z.array(ruleId('A threshold rule’s id.')), 'The rule ids of the thresholds known not to be met (each listed in full in `thresholds`).'),
    earliestAlertOn: described(
      z.optional(IsoDateSchema),
      'The first day on which three weeks have passed since the family went missing (YYYY-MM-DD): the earliest day an alert may be issued, given only when that is the one thing left. Not a deadline.',
    ),
    alertPossible: described(
      z.union([z.boolean(), z.literal('unknown')]),
      'Whether an alert can be issued (or kept) on these answers: true for `issue-alert` and `keep-alert`, false as soon as a threshold is known unmet or the child known not eligible, `unknown` otherwise.',
    ),
    decidedBy: described(
      z.literal('Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement'),
      'Who signs off every national alert; the library only advises.',
    ),
    discretion: described(z.string(), 'Who signs off and who judges what, in plain English.'),
  }),
  'Whether to issue, keep or end a national child protection alert for a missing child: eligibility, the four thresholds, the sign-off chain and the re-issue and deletion dates (assessNationalAlert).',
);
