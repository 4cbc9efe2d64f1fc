/**
 * The zod schemas of the catalogues the library publishes as data
 * (catalogues/<name>.json, `luton-safeguarding-rules catalogue <name>`,
 * `GET /catalogues/<name>`), from which their JSON Schemas are generated
 * (json-schema/catalogue-<name>.schema.json). A type test
 * (test/catalogues/catalogue-schemas.test.ts) holds each schema's output
 * type equal to the library's TypeScript type, so the two cannot drift.
 * Enumerations of known ids are taken from the library's own lists.
 */
import * as z from 'zod/mini';
import type { CatalogueName } from './catalogues.js';
import { CitationSchema } from '../schemas/citation-schema.js';
import { described } from '../schemas/schema-metadata.js';
import { inputIssueCodes } from '../schemas/input-error.js';
import { needDomains, needLevels, type NeedDomain } from '../rules/need-level/need-indicator.js';
import { NeedIndicatorIdSchema } from '../rules/need-level/input-schema.js';
import { specialCircumstances, type SpecialCircumstance } from '../rules/need-level/special-circumstances.js';
import { indicatorEvidenceKinds, topicLabels, type EvidenceTopic } from '../rules/need-level/indicators/evidence.js';
import { timescaleBases } from '../rules/timescales/timescale.js';

const decisionAreas = ['need-level', 'need-to-know', 'national-alert', 'serious-incident'] as const;
const periodUnits = ['working-days', 'calendar-days', 'weeks', 'months'] as const;
const contacts = ['mash', 'police', 'allocated-social-worker', 'prevent-lead'] as const;

const LevelSchema = described(z.enum(needLevels), 'A level of need of the threshold document, from least to most: universal, additional, intensive, specialist.');
const DomainSchema = described(
  z.enum(needDomains.map((d) => d.id) as [NeedDomain, ...NeedDomain[]]),
  'The domain heading of the threshold document the indicator is printed under (see needDomains).',
);
const EvidenceSchema = described(
  z.enum(indicatorEvidenceKinds as readonly string[] as [(typeof indicatorEvidenceKinds)[number], ...(typeof indicatorEvidenceKinds)[number][]]),
  'What the indicator is evidence of, for the decision: significant-harm (the document calls it significant harm: section 47), risk-of-significant-harm or exploitation (the harm answer decides; a "no" is warned about and routed through a MASH social worker before consent), need (without harm) or strength (Universal).',
);
const SpecialCircumstanceIdSchema = described(
  z.enum(specialCircumstances.map((s) => s.id) as [SpecialCircumstance, ...SpecialCircumstance[]]),
  "The id of one of the threshold document's children in special circumstances.",
);

export const NeedIndicatorSchema = described(
  z.object({
    id: described(NeedIndicatorIdSchema, 'Stable id, `need-level.<level>.<domain>.<slug>`: what classifyNeed takes in `indicators`.'),
    level: LevelSchema,
    domain: DomainSchema,
    label: described(z.string(), "A short description of the indicator in the library's own words."),
    citation: CitationSchema,
    specialCircumstances: described(
      z.optional(z.array(SpecialCircumstanceIdSchema)),
      'The special circumstances this indicator clearly relates to; they bring their own duties.',
    ),
    sameAs: described(z.optional(NeedIndicatorIdSchema), 'The id of the indicator printed with the same words at another level: recorded together, the two count once, at the higher level.'),
    significantHarm: described(z.optional(z.literal(true)), 'Present (true) when the document itself describes this concern as significant harm: recording it gives section 47.'),
    evidence: EvidenceSchema,
    concernGroup: described(
      z.optional(z.string()),
      'The id of the group of bullets that describe this concern in nearly the same words: recorded together, the group counts once, at the highest level recorded.',
    ),
  }),
  "One indicator of possible need from Luton's threshold document ('Effective Support at a Glance').",
);

export const IndicatorEvidenceEntrySchema = described(
  z.object({
    indicatorId: described(z.string(), 'The indicator (an id from the indicators catalogue).'),
    evidence: EvidenceSchema,
    topic: described(
      z.enum(Object.keys(topicLabels) as [EvidenceTopic, ...EvidenceTopic[]]),
      'What the indicator is about within its kind: the kind of harm or risk (abuse-or-neglect, disclosure, risk-in-household, neglect…) or of need (health, disability, education…).',
    ),
    citation: CitationSchema,
    interpretation: described(z.optional(z.string()), 'The id of the interpretation relied on, where the document does not say it outright (see the interpretations catalogue).'),
    parentalFactor: described(
      z.optional(z.literal(true)),
      'Present (true) for the three parental factors the document says "will always be significant" in judging harm: the practitioner is prompted to weigh harm at every level.',
    ),
    ages: described(
      z.optional(
        z.object({
          under: described(z.optional(z.number()), 'The indicator is for children younger than this (whole years).'),
          from: described(z.optional(z.number()), 'The indicator is for young people of this age or older.'),
          underIfDisabled: described(z.optional(z.number()), 'For a disabled child, the upper limit instead of `under`.'),
          stillCounts: described(z.optional(z.literal(true)), "An age the library sets, not the indicator's words (offending from 10): an age outside it is warned about, and the indicator still counts toward the level."),
        }),
      ),
      "The ages the indicator's own words limit it to (or, with `stillCounts`, the library sets to warn); an age outside them is warned about.",
    ),
  }),
  'What one indicator is evidence of, for the decision, with the passage that supports the reading.',
);

export const InterpretationDefinitionSchema = described(
  z.object({
    id: described(z.string(), 'Stable, dotted kebab-case id of the interpretation.'),
    says: described(z.string(), 'What the library does: the reading of the source it takes, in plain English.'),
    why: described(z.string(), 'What the source says literally, and why the library reads it this way.'),
    citation: CitationSchema,
  }),
  'A reading of a source that is not its literal words, for policy owners to confirm.',
);

export const InterpretationSchema = described(
  z.object({
    ...InterpretationDefinitionSchema.def.shape,
    ruleIds: described(z.array(z.string()), 'The ids of the rules, actions or timescales that rely on this reading.'),
  }),
  'A reading of a source that is not its literal words, with the ids of everything that relies on it.',
);

interface ConditionDescriptionShape {
  text: string;
  logic?: 'all' | 'any' | 'not';
  children?: ConditionDescriptionShape[];
}

export const ConditionDescriptionSchema: z.ZodMiniType<ConditionDescriptionShape> = z.object({
  text: described(z.string(), "The condition, or a group's heading, as a sentence."),
  logic: described(z.optional(z.enum(['all', 'any', 'not'])), 'For a group: how its conditions combine.'),
  // A getter, so the schema can refer to itself; it returns one schema object, made once below.
  get children(): z.ZodMiniType<ConditionDescriptionShape[] | undefined> {
    return conditionChildren;
  },
});
const conditionChildren = z.optional(z.array(ConditionDescriptionSchema));
// Named, as the self-reference puts it among the JSON Schema's definitions.
z.globalRegistry.add(conditionChildren, { id: 'ConditionDescriptionList', description: 'For a group: the conditions it combines.' });
z.globalRegistry.add(ConditionDescriptionSchema, { id: 'ConditionDescription', description: "A rule's conditions as nested plain-English sentences." });

const RuleStatusSchema = described(z.enum(['fired', 'not-fired', 'unknown']), 'What a rule makes of a case: fired (all conditions hold), not-fired (one fails) or unknown (it depends on facts not given).');
const PlainObjectSchema = z.record(z.string(), z.unknown());

/** What an example requires a result to list (`include`) or not to list (`exclude`). */
function IncludeExcludeSchema(what: string) {
  return z.object({
    include: described(z.optional(z.array(z.string())), `${what} the result must list.`),
    exclude: described(z.optional(z.array(z.string())), `${what} the result must not list.`),
  });
}

export const RuleExampleSchema = described(
  z.object({
    name: described(z.string(), 'A sentence naming the case.'),
    input: described(PlainObjectSchema, "The input to the decision function of the rule's area."),
    options: described(z.optional(PlainObjectSchema), 'Options given to the decision with the input, when the example needs them.'),
    expect: described(
      z.object({
        rule: RuleStatusSchema,
        outcome: described(z.optional(z.string()), "The decision's outcome, when the example pins it down."),
        result: described(z.optional(PlainObjectSchema), 'Other parts of the result the example pins down, by dotted path (e.g. `workingTogetherCategory.id` or `deadlines.0.status`).'),
        actions: described(z.optional(IncludeExcludeSchema('Action ids')), 'Action ids the result must list (include) or must not list (exclude).'),
        warnings: described(z.optional(IncludeExcludeSchema('Warning codes')), 'Warning codes the result must give (include) or must not give (exclude).'),
      }),
      'What the rule, and the decision, make of the case. The test suite runs every example.',
    ),
  }),
  'A worked example of a rule.',
);

export const EngineRuleSchema = described(
  z.object({
    name: described(z.string(), "The rule's id."),
    priority: described(z.number(), "json-rules-engine's priority (higher runs first)."),
    conditions: described(PlainObjectSchema, 'json-rules-engine conditions: `all`, `any` and `not` groups of `{ fact, operator, value }`.'),
    event: described(
      z.object({
        type: described(z.string(), 'The event type the rule emits when it fires.'),
        params: described(z.optional(PlainObjectSchema), "The event's parameters."),
      }),
      'What the rule concludes when it fires.',
    ),
  }),
  'The rule as plain json-rules-engine JSON: `new Engine([rule])` loads it unchanged.',
);

export const RuleDocumentationSchema = described(
  z.object({
    id: described(z.string(), 'Stable id of the rule, dotted by decision area.'),
    decision: described(z.enum(decisionAreas), 'The decision the rule belongs to.'),
    title: described(z.string(), "The rule's name, in plain English."),
    citation: described(z.array(CitationSchema), 'The documents and sections the rule comes from; the first is the primary source.'),
    summary: described(z.string(), "What the rule says, in a sentence or two of the library's own words."),
    // Described here too: the recursive schema itself is a $ref, and a reference carries no words of its own.
    conditions: described(ConditionDescriptionSchema, "The rule's conditions as nested plain-English sentences."),
    examples: described(z.array(RuleExampleSchema), 'Worked examples; the test suite runs each one.'),
    interpretations: described(z.array(InterpretationDefinitionSchema), 'Where the rule reads its source other than literally.'),
    engineRule: EngineRuleSchema,
  }),
  'One rule: what it decides, where it comes from, its conditions in plain English, its examples, and the rule as json-rules-engine JSON.',
);

export const TimescaleSchema = described(
  z.object({
    id: described(z.string(), 'Stable id; also the id of the deadlines built from it.'),
    title: described(z.string(), 'What must be done, in plain English.'),
    trigger: described(z.string(), 'The event that starts the clock, in plain English.'),
    amount: described(z.number(), 'How many units the period runs.'),
    unit: described(z.enum(periodUnits), 'The unit of the period.'),
    direction: described(z.enum(['after', 'before']), '`after` counts forward from the trigger; `before` counts back from it (e.g. "7 working days before publication").'),
    basis: described(z.enum(timescaleBases), 'How binding the timescale is, from the wording of its source: statutory-must, statutory-should, non-statutory or local.'),
    basisWording: described(z.string(), 'The words of the source that set the basis, quoted briefly.'),
    kind: described(
      z.optional(z.literal('earliest-date')),
      'earliest-date when the period ends on the first day something may be done (the national alert\'s three weeks missing), not the last day it is on time; absent for a deadline.',
    ),
    recurring: described(z.optional(z.boolean()), 'True when the timescale repeats from each occurrence (weekly updates, six-monthly reviews).'),
    responsible: described(z.optional(z.string()), 'Who must act, as the source names the role.'),
    citation: CitationSchema,
    note: described(z.optional(z.string()), 'Where sources differ or the wording needs care: which source the entry follows and why.'),
    seeAlso: described(z.optional(z.array(CitationSchema)), 'Other sources stating the same timescale or a local variant.'),
    interpretations: described(z.optional(z.array(InterpretationDefinitionSchema)), 'Readings of the source that are not its literal words.'),
  }),
  'One statutory or local timescale: what starts the clock and how long it runs.',
);

export const SpecialCircumstanceInfoSchema = described(
  z.object({
    id: SpecialCircumstanceIdSchema,
    label: described(z.string(), "The group's name, in the library's words."),
    summary: described(z.string(), "What the document says about this group, in the library's own words."),
    contacts: described(z.array(described(z.enum(contacts), 'Who to contact: mash, police, allocated-social-worker or prevent-lead.')), 'Who to contact when there is a concern; empty when the document names none.'),
    duties: described(
      z.array(
        described(
          z.object({
            id: described(z.string(), 'Stable id, `need-level.special-circumstance.<circumstance>.<duty>`.'),
            description: described(z.string(), 'What to do, in plain English.'),
            role: described(z.string(), 'Who does it, as the document names the role.'),
            statutory: described(z.boolean(), 'True when statute sets the duty, not only local guidance.'),
            citation: CitationSchema,
            fromLevel: described(z.optional(LevelSchema), 'The lowest level at which a classification gives the duty (e.g. only where a referral to children’s social care is made); every level when absent.'),
            everyChild: described(z.optional(z.literal(true)), 'Present (true) when the duty is given for every child whose need reaches `fromLevel`, whatever indicators were recorded.'),
            ruleId: described(z.optional(z.string()), 'The rule that decides when the duty applies (e.g. only for a looked after child): given when that rule applies, not otherwise.'),
          }),
          'One thing the document says must or should happen, and who does it.',
        ),
      ),
      'What must or should happen, and who does it.',
    ),
    citation: CitationSchema,
  }),
  "One of the threshold document's children in special circumstances: whom to contact and the duties on top of the level of need.",
);

export const ErrorCodeSchema = described(
  z.object({
    code: described(z.enum(inputIssueCodes as readonly string[] as [string, ...string[]]), "The issue code, as an error's issues carry it."),
    description: described(z.string(), 'What the code means.'),
  }),
  'One code an input issue (or a service error) can carry, and what it means.',
);

/** Each catalogue's schema: a list of its entries. */
export const catalogueSchemas = {
  indicators: described(z.array(NeedIndicatorSchema), 'Every indicator of possible need in the threshold document (needIndicators).'),
  'indicator-evidence': described(z.array(IndicatorEvidenceEntrySchema), 'What each indicator is evidence of, for the decision, with its citation and reading (needIndicatorEvidence).'),
  rules: described(z.array(RuleDocumentationSchema), 'Every rule of every decision (rules).'),
  timescales: described(z.array(TimescaleSchema), 'Every statutory and local timescale (timescales).'),
  interpretations: described(z.array(InterpretationSchema), 'Every reading of the sources a policy owner should confirm (interpretations).'),
  'special-circumstances': described(z.array(SpecialCircumstanceInfoSchema), "The threshold document's children in special circumstances (specialCircumstances)."),
  'error-codes': described(z.array(ErrorCodeSchema), 'Every issue code an error can carry, with its meaning (inputIssueCodes, inputIssueCodeDescriptions).'),
} satisfies Record<CatalogueName, z.ZodMiniType>;
