/** The zod schema of `SeriousIncidentDecision`, what `assessSeriousIncident` returns. */
import * as z from 'zod/mini';
import type { NotifyingAuthority, SeriousIncidentNotificationKind, SeriousIncidentNotificationType, SeriousIncidentOutcome } from '../rules/serious-incident/decision-types.js';
import { seriousIncidentInputSchema } from '../rules/serious-incident/input-schema.js';
import type { LcsprCriteriaInput } from '../rules/serious-incident/input-types.js';
import { lcsprCriteria } from '../rules/serious-incident/lcspr-criteria.js';
import type { SeriousIncidentDoneOnField, SeriousIncidentTriggerField } from '../rules/serious-incident/process-deadlines.js';
import { CitationSchema } from '../schemas/citation-schema.js';
import { IsoDateSchema } from '../schemas/iso-date-schema.js';
import { described } from '../schemas/schema-metadata.js';
import { actionFields, deadlineSchema, decisionResultFields, knownString, ruleIdsOf } from './decision-result-schema.js';

const outcomes = ['notify-panel', 'consult-panel', 'notify-secretary-of-state-and-ofsted', 'not-required', 'insufficient-information'] as const satisfies readonly SeriousIncidentOutcome[];
const kinds = ['serious-incident', 'looked-after-child-death', 'care-leaver-death'] as const satisfies readonly SeriousIncidentNotificationKind[];
const types = ['death', 'serious-harm', 'other'] as const satisfies readonly SeriousIncidentNotificationType[];
const authorities = ['where-incident-occurred', 'where-child-normally-resident', 'unknown'] as const satisfies readonly NotifyingAuthority[];
const triggerFields = ['awareOn', 'notifiedOn', 'lcsprDecisionOn', 'publicationOn'] as const satisfies readonly SeriousIncidentTriggerField[];
const doneOnFields = ['notifiedOn', 'rapidReviewSubmittedOn', 'publicationOn', 'reportSentOn', 'stillPublishedOn'] as const satisfies readonly SeriousIncidentDoneOnField[];
const criterionFields = lcsprCriteria.map((c) => c.field) as [keyof LcsprCriteriaInput, ...(keyof LcsprCriteriaInput)[]];

const kind = described(z.enum(kinds), 'Which notification: the serious incident notification to the Panel, or the death of a looked after child or of a care leaver to the Secretary of State and Ofsted.');
const recipients = described(z.array(z.string()), 'Who receives it, as the guidance names them.');
const ruleIds = (words: string) => described(z.array(knownString(ruleIdsOf('serious-incident'), 'A rule id.')), words);

export const SeriousIncidentDecisionSchema = described(
  z.object({
    ...decisionResultFields({
      decision: 'serious-incident',
      title: 'a serious incident notification, assessSeriousIncident',
      outcomes,
      outcomeWords:
        'The most far-reaching notification certainly required (`notify-panel`, `consult-panel`, `notify-secretary-of-state-and-ofsted`), `not-required`, or `insufficient-information` while a fact that could change it is missing; `notifications` lists every one required.',
      input: seriousIncidentInputSchema(),
      deadline: deadlineSchema(
        {
          triggerField: described(z.enum(triggerFields), 'The input field whose date starts the clock (`trigger.date` once given).'),
          doneOnField: described(z.optional(z.enum(doneOnFields)), 'The input field that records the work done (`doneOn`): for keeping the report available, the day it was last seen still published (`stillPublishedOn`).'),
        },
        "One deadline of the Panel notification's process, judged on asOf, with the input fields it is read from.",
      ),
      action: described(
        z.object({
          ...actionFields,
          waitingFor: described(
            z.optional(
              z.object({
                field: described(z.string(), 'The input field whose date is still needed.'),
                question: described(z.string(), 'The question that supplies it.'),
              }),
            ),
            'The date still needed to compute the due date, when it is not given.',
          ),
        }),
        'Something that must happen next, who does it, and by when (or the date still needed to say).',
      ),
    }),
    notifications: described(
      z.array(
        described(
          z.object({
            kind,
            recipients,
            via: described(z.literal('Child Safeguarding Incident Notification System'), 'The system it is submitted through.'),
            notifiedBy: described(z.string(), 'Who submits it, as the guidance names them.'),
            notifyingAuthority: described(z.optional(z.enum(authorities)), 'For the serious incident notification: which local authority makes it, from where the incident happened.'),
            type: described(z.optional(z.enum(types)), 'For the serious incident notification: death, serious harm or other; absent while it cannot be told.'),
            fullLearningProcess: described(z.boolean(), 'True when a rapid review and the safeguarding partners’ decision on an LCSPR follow.'),
            ruleIds: ruleIds('The rules that require it.'),
            citation: described(z.array(CitationSchema), 'Where the guidance requires it.'),
            due: described(z.optional(IsoDateSchema), 'The last day to submit it (YYYY-MM-DD), when the guidance sets a timescale and the trigger date is known.'),
            deadlineId: described(z.optional(z.string()), 'The id of the deadline in `deadlines` that sets `due`.'),
          }),
          'A notification certainly required: to whom, through which system, by whom, and by when.',
        ),
      ),
      'Every notification that is certainly required (also when the outcome is `insufficient-information`).',
    ),
    possibleNotifications: described(
      z.array(
        described(
          z.object({
            kind,
            recipients,
            ruleIds: ruleIds('The rules that would require it.'),
            dependsOn: described(z.array(z.string()), 'The facts that would settle it.'),
            dueIfRequired: described(z.optional(IsoDateSchema), 'The date it would be due by if it turns out to be required (YYYY-MM-DD; serious incident notification only).'),
          }),
          'A notification that may also be required, depending on facts not yet given.',
        ),
      ),
      'Notifications that may also be required once the missing facts are known.',
    ),
    notificationType: described(z.optional(z.enum(types)), 'The category for the Panel notification (death, serious harm or other), when one is required or may be.'),
    decidedBy: described(z.string(), 'Who decides whether the criteria are met: the library advises, the safeguarding partners decide.'),
    lcspr: described(
      z.object({
        applies: described(z.union([z.boolean(), z.literal('unknown')]), 'Whether the full learning process (and so the LCSPR decision) applies to this case, or `unknown`.'),
        decidedBy: described(z.literal('the safeguarding partners'), 'Who decides whether to undertake an LCSPR.'),
        criteria: described(
          z.array(
            described(
              z.object({
                id: knownString(
                  lcsprCriteria.map((c) => c.id),
                  'The criterion’s stable id.',
                ),
                field: described(z.enum(criterionFields), 'The input field (under `lcsprCriteria`) that answers it.'),
                label: described(z.string(), 'What the criterion asks, in plain English.'),
                citation: CitationSchema,
                status: described(z.enum(['met', 'not-met', 'unknown']), 'Whether the input answers the criterion yes (`met`), no (`not-met`), or not at all (`unknown`).'),
              }),
              'One LCSPR criterion with what this case’s input says of it.',
            ),
          ),
          'The four criteria the partners must take into account, with what the input says of each.',
        ),
        note: described(z.string(), 'What the partners do with the criteria, in plain English.'),
        citation: described(z.array(CitationSchema), 'Where the guidance sets out the LCSPR decision.'),
      }),
      'Whether a local child safeguarding practice review (LCSPR) is to be considered, and the criteria the partners weigh.',
    ),
    notes: described(
      z.array(
        described(
          z.object({
            id: described(z.string(), 'Stable id of the note, e.g. `serious-incident.note.partners-decide`.'),
            text: described(z.string(), 'The note, in plain English.'),
            citation: CitationSchema,
          }),
          'A sentence of context for the person deciding.',
        ),
      ),
      'Discretion, local practice and how dates were handled, in plain English.',
    ),
  }),
  'Which notifications (to the Child Safeguarding Practice Review Panel, or to the Secretary of State and Ofsted) are required and by when, those that may be, the rapid review and LCSPR steps, each deadline judged on asOf (assessSeriousIncident).',
);
