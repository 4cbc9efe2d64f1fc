/**
 * The zod schemas of what every decision result shares (`DecisionResult`:
 * the explanation trace, the questions left, what would change the
 * outcome, warnings, interpretations, deadlines, actions, the ruleset and
 * the fingerprint), written once here and put together by each decision's
 * own result schema (need-level-result-schema.ts, ...).
 *
 * Every object is closed (`additionalProperties: false` in the JSON
 * Schema), so a field a result gains without its schema fails the result
 * schema test (test/results/result-schemas.test.ts) until it is described
 * here. Ids the library knows (rule ids, outcomes) are enumerated in the
 * JSON Schema while the TypeScript type keeps the library's own (`string`
 * where the library's type says string).
 */
import * as z from 'zod/mini';
import type { JudgedDeadline } from '../rules/deadlines/judged-deadline.js';
import type { ConditionTrace } from '../rules/engine/condition-trace.js';
import type { RuleTrace } from '../rules/engine/rule-set.js';
import type { DecisionArea } from '../rules/engine/rule-module.js';
import { rules } from '../rules/catalogue.js';
import { CitationSchema } from '../schemas/citation-schema.js';
import { IsoDateSchema } from '../schemas/iso-date-schema.js';
import { described, withMetadata } from '../schemas/schema-metadata.js';
import { judgedDeadlineVariants } from './judged-deadline-schema.js';
import { InterpretationSchema, RulesetSchema, WarningSchema } from './result-parts.js';

/** A string the TypeScript type leaves open, with the values the library gives listed in the JSON Schema. */
export const knownString = (values: readonly string[], description: string) => withMetadata(z.string(), { description, enum: [...values] });

/** The ids of a decision's rules, as the rules catalogue lists them. */
export const ruleIdsOf = (decision: DecisionArea): string[] => rules.filter((r) => r.decision === decision).map((r) => r.id);

const conditionStatus = described(z.enum(['passed', 'failed', 'unknown']), '`passed`, `failed`, or `unknown` when a fact it needs was not given (three-valued logic).');

const FactConditionTraceSchema = described(
  z.object({
    kind: described(z.literal('fact'), '`fact`: one comparison of a fact.'),
    fact: described(z.string(), 'The fact compared (the input field, or a fact the decision derives from it).'),
    operator: described(z.string(), "json-rules-engine's operator name, e.g. `equal`, `contains`, `greaterThanInclusive`."),
    expected: described(z.unknown(), 'The value the rule compares against (resolved when it compares with another fact; `null` when that fact is unknown).'),
    actual: described(
      z.optional(z.unknown()),
      "The fact's value in this decision (`null` when not supplied); left out when a given list is asked whether it holds a value (the list is in the result's `input`).",
    ),
    status: conditionStatus,
    says: described(z.string(), 'What the condition means, in plain English.'),
    expectedFact: described(z.optional(z.string()), 'For a comparison with another fact, that fact’s name.'),
  }),
  'One comparison of a rule, as it was evaluated.',
);

/** A condition trace: a comparison, or a group of further traces (recursive). */
export const ConditionTraceSchema: z.ZodMiniType<ConditionTrace> = described(
  z.union([
    FactConditionTraceSchema,
    described(
      z.object({
        kind: described(z.enum(['all', 'any', 'not']), 'How the group combines: every condition (`all`), at least one (`any`), or the opposite of its one condition (`not`).'),
        status: conditionStatus,
        says: described(z.optional(z.string()), "The group's own sentence, when the rule gives one."),
        get conditions() {
          return described(z.array(ConditionTraceSchema), 'The conditions that decided the group’s status, in the rule’s order (the rest are in the rule’s catalogue entry).');
        },
      }),
      'A group of conditions (`all`, `any` or `not`), as it was evaluated.',
    ),
  ]),
  'One node of a rule’s explanation trace: a comparison of a fact (`kind: fact`) or a group of further nodes. Check `kind` before reading the fields of either shape.',
);

/** `reasons`: each rule of the decision, fired or not, with the conditions that decided it. */
export const ruleTraceSchema = (decision: DecisionArea): z.ZodMiniType<RuleTrace> => {
  const ruleId = knownString(ruleIdsOf(decision), 'The rule’s id (see the rules catalogue for its title, summary, citations and every condition).');
  return described(
    z.discriminatedUnion('status', [
      described(
        z.object({
          ruleId,
          title: described(z.string(), 'The rule’s title, in plain English.'),
          status: described(z.literal('fired'), '`fired`: every condition the rule needs holds.'),
          citation: described(z.array(CitationSchema), 'The passages of the sources the rule rests on.'),
          conclusion: described(
            z.record(z.string(), z.unknown()),
            "What the rule concludes: its event's type and params (an action by its id, a warning by its code; the action itself is in `actions`, the warning in `warnings`).",
          ),
          conditions: ConditionTraceSchema,
        }),
        'A rule that fired: what it is, where it comes from, what it concludes, and the conditions that hold.',
      ),
      described(
        z.object({
          ruleId,
          status: described(z.enum(['not-fired', 'unknown']), '`not-fired`: a condition it needs fails; `unknown`: it cannot be decided until a missing fact is given.'),
          conditions: ConditionTraceSchema,
        }),
        'A rule that did not fire, or that cannot be decided yet: the conditions that stopped it, or those still unanswered.',
      ),
    ]),
    'One rule’s part in the decision: the rule (by id), its status, and the conditions that decided it, each with its value.',
  );
};

export const MissingFactSchema = described(
  z.object({
    fact: described(z.string(), 'The input field to answer (a dotted path for nested fields).'),
    question: described(z.string(), 'The question that supplies it, in plain English.'),
    neededBy: described(z.array(z.string()), 'The ids of the rules that cannot be decided without it.'),
  }),
  'A fact the decision still needs, with the question that supplies it.',
);

export const counterfactualSchema = (outcomes: readonly string[]) =>
  described(
    z.object({
      fact: described(z.string(), 'The input field (a dotted path for nested fields).'),
      actual: described(z.unknown(), 'Its value in this decision.'),
      alternative: described(z.unknown(), 'The value that alone would change the outcome.'),
      outcome: knownString(outcomes, 'The outcome the decision would then have.'),
    }),
    'A known fact whose change alone would change the outcome, with the outcome it would give.',
  );

/** The fields of `Action`, for decisions that add their own (the serious incident's `waitingFor`). */
export const actionFields = {
  id: described(z.string(), 'Stable, dotted kebab-case id of the action, e.g. `need-to-know.action.service-manager-decides`.'),
  description: described(z.string(), 'What to do, in plain English.'),
  role: described(z.string(), 'Who does it, as the source names the role (e.g. "Service Manager").'),
  due: described(z.optional(IsoDateSchema), 'The date it is due by, when the source gives a timescale (YYYY-MM-DD); the judged deadline is in `deadlines`.'),
  deadlineId: described(z.optional(z.string()), 'The id of the deadline in `deadlines` that sets `due`.'),
  earliestOn: described(z.optional(IsoDateSchema), 'The first day it may be done, where the source sets one (YYYY-MM-DD); not a deadline: nothing is late before it.'),
  citation: CitationSchema,
};

export const ActionSchema = described(z.object(actionFields), 'Something that must happen next, and which role does it.');

/** A judged deadline with a decision's own fields (none: the judged deadline itself). */
type WithFields<Extra extends z.core.$ZodLooseShape> = keyof Extra extends never ? JudgedDeadline : JudgedDeadline & z.output<z.ZodMiniObject<Extra>>;

/**
 * A decision's deadlines: each variant of `JudgedDeadline` closed, with the
 * decision's own fields (`countedFrom`, `triggerField`, ...) added to every
 * variant.
 */
export function deadlineSchema<Extra extends z.core.$ZodLooseShape>(extra: Extra, description: string): z.ZodMiniType<WithFields<Extra>> {
  const v = judgedDeadlineVariants;
  // The type said outright: zod's inference of a union of shapes spread with a generic one merges the variants.
  return described(
    z.discriminatedUnion('status', [
      z.object({ ...v.met, ...extra }),
      z.object({ ...v.late, ...extra }),
      z.object({ ...v.overdue, ...extra }),
      z.object({ ...v.due, ...extra }),
      z.object({ ...v.stopped, ...extra }),
      z.object({ ...v['not-required'], ...extra }),
      z.object({ ...v['met-inferred'], ...extra }),
      z.object({ ...v['not-yet-triggered'], ...extra }),
    ]),
    description,
  ) as unknown as z.ZodMiniType<WithFields<Extra>>;
}

export const FingerprintSchema = described(
  z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  'A 64-bit hash (16 hex digits) of the canonical JSON of the decision, its input, the options that change the answer and its outcome: verifyDecision reports a stored result whose input or outcome was edited after the decision. A check, not a signature.',
);

/**
 * The fields of `DecisionResult<Outcome>` for one decision: its name, its
 * outcomes, its input schema (the result carries the validated input), and
 * the shape of its deadlines and actions.
 */
export function decisionResultFields<
  D extends DecisionArea,
  O extends string,
  I extends z.ZodMiniType,
  Deadline extends z.ZodMiniType,
  Action extends z.ZodMiniType,
>(spec: { decision: D; title: string; outcomes: readonly [O, ...O[]]; outcomeWords: string; input: I; deadline: Deadline; action: Action }) {
  return {
    decision: described(z.literal(spec.decision), `Which decision this is (${spec.title}), so a stored result can be re-run (verifyDecision).`),
    outcome: described(z.enum(spec.outcomes), spec.outcomeWords),
    input: described(spec.input, 'The validated input the decision was made on, so a stored result is self-contained.'),
    reasons: described(z.array(ruleTraceSchema(spec.decision)), 'Every rule evaluated, with each condition’s actual value and status.'),
    missingFacts: described(
      z.array(MissingFactSchema),
      'Facts whose answer could change `outcome`, most decisive first: empty whenever the outcome is decided, non-empty when it is `insufficient-information`.',
    ),
    furtherQuestions: described(z.array(MissingFactSchema), 'Unanswered facts that could still add an action, a deadline or a matching circumstance, but not change the outcome.'),
    counterfactuals: described(z.array(counterfactualSchema(spec.outcomes)), 'Each known fact whose change alone would change the outcome, with the outcome it would give.'),
    interpretations: described(z.array(InterpretationSchema), 'The readings of the sources (not their literal words) that this result relied on.'),
    warnings: described(z.array(WarningSchema), 'Answers that contradict each other or the recorded indicators, or look implausible.'),
    deadlines: described(z.array(spec.deadline), 'The statutory and local deadlines that follow, each counted on the decision’s calendar and judged (status, explanation).'),
    actions: described(z.array(spec.action), 'What must happen next and which role does it, in the order the source gives.'),
    ruleset: RulesetSchema,
    fingerprint: FingerprintSchema,
  };
}
