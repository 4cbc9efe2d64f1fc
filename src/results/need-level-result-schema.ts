/** The zod schema of `NeedClassification`, what `classifyNeed` returns. */
import * as z from 'zod/mini';
import type { NeedClassification } from '../rules/need-level/classify-need.js';
import { classifyNeedInputSchema } from '../rules/need-level/input-schema.js';
import { needIndicators } from '../rules/need-level/indicators/index.js';
import { needDomains, needLevels, type NeedDomain, type NeedLevel } from '../rules/need-level/need-indicator.js';
import type { ConsentSituation } from '../rules/need-level/routes.js';
import type { WorkingTogetherCategoryId } from '../rules/need-level/working-together-category.js';
import { CitationSchema } from '../schemas/citation-schema.js';
import { described } from '../schemas/schema-metadata.js';
import { ActionSchema, deadlineSchema, decisionResultFields, knownString } from './decision-result-schema.js';

const levels = needLevels as readonly NeedLevel[] as [NeedLevel, ...NeedLevel[]];
const level = (words: string) => described(z.enum(levels), words);
const domainIds = needDomains.map((d) => d.id) as [NeedDomain, ...NeedDomain[]];
const outcomes = [...levels, 'insufficient-information'] as const satisfies readonly NeedClassification['outcome'][];

const consentSituations = [
  'open-access',
  'family-agreement',
  'child-protection',
  'child-in-need',
  'private-fostering',
  'unaccompanied-child',
  'no-one-to-care',
  'undecided',
] as const satisfies readonly ConsentSituation[];

const categoryIds = ['universal-services', 'family-help', 'child-in-need-section-17', 'child-protection-section-47'] as const satisfies readonly WorkingTogetherCategoryId[];

const positions = (words: string) => described(z.array(described(z.number(), 'A position in `all` (from 0).')), words);

const MatchedIndicatorsSchema = described(
  z.object({
    all: described(
      z.array(
        described(
          z.object({
            id: knownString(
              needIndicators.map((i) => i.id),
              'The indicator id, as in the indicators catalogue.',
            ),
            level: level('The level of need the threshold document lists the indicator under.'),
            domain: described(z.enum(domainIds), 'The domain heading the indicator is printed under.'),
            label: described(z.string(), 'A short description in the library’s own words.'),
            citation: CitationSchema,
          }),
          'An indicator recorded for the child: a copy of its catalogue entry’s id, level, domain, label and citation.',
        ),
      ),
      'Every indicator recorded, once each, in catalogue order.',
    ),
    byLevel: described(
      z.object({
        universal: positions('The positions in `all` of the Universal indicators.'),
        additional: positions('The positions in `all` of the Additional indicators.'),
        intensive: positions('The positions in `all` of the Intensive indicators.'),
        specialist: positions('The positions in `all` of the Specialist indicators.'),
      }),
      'By level: the positions in `all` of the indicators at each level (every level present, empty when none).',
    ),
    byDomain: described(
      z.object(
        Object.fromEntries(needDomains.map((d) => [d.id, z.optional(positions(`The positions in \`all\` of the indicators under "${d.label}".`))])) as {
          [K in NeedDomain]: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
        },
      ),
      'By the domain heading they are printed under: positions in `all` (only domains with an indicator, in the order of the domains catalogue).',
    ),
  }),
  'The indicators given in the input, each once (`all`), with groupings by level and domain that refer to them by position in `all`.',
);

const RouteSchema = described(
  z.object({
    level: level('The level of need the route is for.'),
    contact: described(z.string(), 'Who the practitioner contacts or works with.'),
    form: described(z.string(), 'The form used to ask for help at this level, if any.'),
    consent: described(
      z.object({
        situation: described(z.enum(consentSituations), 'The child’s situation the consent rule is for (open access, the family’s agreement, child protection, child in need, a statutory situation, or undecided).'),
        required: described(z.boolean(), 'Whether the family’s consent is needed to receive help at this level.'),
        explanation: described(z.string(), 'When consent is needed, and when it is not.'),
      }),
      'The consent rule for the child’s situation.',
    ),
    help: described(z.string(), 'What the help looks like at this level.'),
    nextStep: described(z.optional(z.string()), 'What to do if the help at this level does not resolve the need.'),
    citation: described(z.array(CitationSchema), 'Where the threshold document sets out the route.'),
  }),
  'How help at `level` is reached in Luton: who to contact, which form, and whether the family’s consent is needed.',
);

export const NeedClassificationSchema = described(
  z.object({
    ...decisionResultFields({
      decision: 'need-level',
      title: "a child's level of need, classifyNeed",
      outcomes,
      outcomeWords: 'The level of need, or `insufficient-information` when a fact that could change it is missing (then `missingFacts` says which and `level` is a floor).',
      input: classifyNeedInputSchema(),
      deadline: deadlineSchema({}, 'A deadline that follows from the classification, judged.'),
      action: ActionSchema,
    }),
    level: level('The level the known facts support; a floor when `outcome` is `insufficient-information` (a missing fact could raise it).'),
    matchedIndicators: MatchedIndicatorsSchema,
    route: RouteSchema,
    mashScreening: described(
      z.optional(
        z.object({
          outcomes: described(z.array(described(z.string(), 'One outcome, in the document’s words.')), 'What a screening in the MASH can lead to.'),
          note: described(z.string(), 'Who decides the course of action, and the feedback to the referrer.'),
          citation: CitationSchema,
        }),
      ),
      'What a screening in the MASH can lead to (for Intensive and Specialist requests).',
    ),
    workingTogetherCategory: described(
      z.object({
        id: described(z.enum(categoryIds), 'The category’s stable id.'),
        label: described(z.string(), 'The category’s name, in the library’s words.'),
        note: described(z.optional(z.string()), 'For section 17: when section 47 enquiries would apply instead.'),
        citation: CitationSchema,
      }),
      'The Working Together 2026 category this level corresponds to (universal services, Family Help, section 17 or section 47).',
    ),
    professionalJudgement: described(
      z.object({
        statement: described(z.string(), 'That the indicators guide professional judgement, neither exhaustive nor weighted.'),
        citation: CitationSchema,
      }),
      'The indicators are a guide to professional judgement, neither exhaustive nor weighted.',
    ),
    options: described(
      z.object({ intensiveIndicatorThreshold: described(z.number(), 'How many Intensive indicators made Intensive need.') }),
      'The options the classification used, defaults filled in.',
    ),
  }),
  "A child's level of need under Luton's threshold document, with the route, the Working Together 2026 category and the explanation (classifyNeed).",
);
