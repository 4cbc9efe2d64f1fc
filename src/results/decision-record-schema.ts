/**
 * The zod schema of `DecisionRecord`, what `toRecord` gives: one variant per
 * decision, told apart by `decision`, each with its own input schema and
 * outcomes.
 */
import * as z from 'zod/mini';
import type { DeadlineStatus } from '../rules/deadlines/judged-deadline.js';
import type { DecisionArea } from '../rules/engine/rule-module.js';
import { nationalAlertInputSchema } from '../rules/national-alert/input-schema.js';
import { classifyNeedInputSchema } from '../rules/need-level/input-schema.js';
import { needLevels } from '../rules/need-level/need-indicator.js';
import { needToKnowInputSchema } from '../rules/need-to-know/input-schema.js';
import { seriousIncidentInputSchema } from '../rules/serious-incident/input-schema.js';
import { IsoDateSchema } from '../schemas/iso-date-schema.js';
import { described } from '../schemas/schema-metadata.js';
import { statutoryTimelineInputSchema } from '../schemas/timeline.js';
import { FingerprintSchema, knownString, ruleIdsOf } from './decision-result-schema.js';
import { NationalAlertDecisionSchema } from './national-alert-result-schema.js';
import { NeedClassificationSchema } from './need-level-result-schema.js';
import { NeedToKnowDecisionSchema } from './need-to-know-result-schema.js';
import { RulesetSchema } from './result-parts.js';
import { SeriousIncidentDecisionSchema } from './serious-incident-result-schema.js';

const statuses = ['met', 'late', 'overdue', 'due', 'not-yet-triggered', 'not-required', 'stopped', 'met-inferred'] as const satisfies readonly DeadlineStatus[];

const RecordedDeadlineSchema = described(
  z.object({
    id: described(z.string(), 'The deadline’s id, e.g. `serious-incident.notify-panel` (see the timescales catalogue).'),
    episode: described(z.optional(z.string()), 'For a case timeline, the episode it belongs to.'),
    due: described(z.optional(IsoDateSchema), 'The last day on which it is on time (YYYY-MM-DD); left out for a timeline deadline whose clock has not started.'),
    status: described(z.optional(z.enum(statuses)), 'Where it stood on the decision’s date (`met`, `due`, `overdue`, ...), when the result judged it.'),
  }),
  'A deadline as a record keeps it: which one, when it falls due, and where it stood.',
);

const common = {
  recordVersion: described(z.literal(1), 'The record format, `1`.'),
  deadlines: described(z.array(RecordedDeadlineSchema), 'Every deadline, with its due date (and status, where the result judged it).'),
  warnings: described(z.array(described(z.string(), 'A warning’s code.')), 'The codes of the warnings.'),
  interpretations: described(z.array(described(z.string(), 'An interpretation’s id.')), 'The ids of the interpretations (readings of the sources) the decision relied on.'),
  ruleset: RulesetSchema,
  fingerprint: FingerprintSchema,
};

/** The fields a record of a rule-based decision keeps (all but the timeline). */
const decided = <D extends DecisionArea, O extends z.ZodMiniType, I extends z.ZodMiniType>(decision: D, outcome: O, input: I) => ({
  ...common,
  decision: described(z.literal(decision), 'Which decision the record is of.'),
  input: described(input, 'The validated input the decision was made on (what verifyDecision and explainRecord re-run).'),
  outcome: described(outcome, 'The decision’s outcome.'),
  fired: described(z.array(knownString(ruleIdsOf(decision), 'A rule id.')), 'The ids of the rules that fired, in evaluation order.'),
  missingFacts: described(z.array(described(z.string(), 'An input field.')), 'The input fields still needed to decide (`missingFacts`), most decisive first.'),
  actions: described(z.array(described(z.string(), 'An action’s id.')), 'The ids of the actions, in order.'),
});

const outcomeOf = <O extends z.ZodMiniType>(schema: { shape: { outcome: O } }) => schema.shape.outcome;

export const DecisionRecordSchema = described(
  z.discriminatedUnion('decision', [
    described(
      z.object({
        ...decided('need-level', outcomeOf(NeedClassificationSchema), classifyNeedInputSchema()),
        options: described(
          z.object({ intensiveIndicatorThreshold: described(z.number(), 'How many Intensive indicators made Intensive need.') }),
          "classifyNeed's options, defaults filled in.",
        ),
        level: described(z.enum(needLevels as readonly ['universal', 'additional', 'intensive', 'specialist']), 'The level the known facts support.'),
      }),
      'The record of a classifyNeed result.',
    ),
    described(z.object(decided('need-to-know', outcomeOf(NeedToKnowDecisionSchema), needToKnowInputSchema())), 'The record of an assessNeedToKnow result.'),
    described(z.object(decided('national-alert', outcomeOf(NationalAlertDecisionSchema), nationalAlertInputSchema())), 'The record of an assessNationalAlert result.'),
    described(z.object(decided('serious-incident', outcomeOf(SeriousIncidentDecisionSchema), seriousIncidentInputSchema())), 'The record of an assessSeriousIncident result.'),
    described(
      z.object({
        ...common,
        decision: described(z.literal('timeline'), 'Which decision the record is of: a case timeline.'),
        input: described(statutoryTimelineInputSchema(), 'The case history the timeline was judged from (what verifyDecision and explainRecord re-run).'),
      }),
      'The record of a statutoryTimeline result (no outcome, rules or actions).',
    ),
  ]),
  'A decision as a case system stores it (toRecord): the input and options, the outcome, the rules that fired, the deadlines, the ids of the actions, warnings and interpretations, the questions left, the ruleset and the fingerprint. explainRecord rebuilds the full result from it; verifyDecision checks it.',
);
