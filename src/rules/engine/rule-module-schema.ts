/**
 * The full schema of a rule module, checked by the test suite for every rule
 * of the library (and by the docs generator), so a rule without a citation,
 * a summary, a sentence for each condition or at least one example cannot
 * ship. Kept out of the decisions' import path: zod's cost is paid in tests.
 */
import * as z from 'zod/mini';
import type { FactCatalogue, RuleModule } from './rule-module.js';

const englishMessages = z.locales.en().localeError;

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

export const CitationSchema = z.strictObject({
  document: z.enum([
    'luton-need-to-know',
    'luton-effective-support-2021',
    'luton-procedures-updates-2017',
    'luton-lac-placement-notification',
    'working-together-2026',
    'govuk-bank-holidays',
  ]),
  section: z.string().check(z.minLength(1)),
  page: z.optional(z.number().check(z.int(), z.positive())),
});

const FactConditionSchema = z.strictObject({
  fact: z.string().check(z.minLength(1)),
  operator: z.string().check(z.minLength(1)),
  value: z.unknown(),
  says: z.string().check(z.minLength(3)),
});

type AnyCondition = z.infer<typeof FactConditionSchema> | { all: AnyCondition[] } | { any: AnyCondition[] } | { not: AnyCondition };

const ConditionSchema: z.ZodMiniType<AnyCondition> = z.lazy(() =>
  z.union([
    FactConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1)), says: z.optional(z.string()) }),
    z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1)), says: z.optional(z.string()) }),
    z.strictObject({ not: ConditionSchema, says: z.optional(z.string()) }),
  ]),
);

export const RuleModuleSchema = z.strictObject({
  id: z.string().check(z.regex(RULE_ID, 'rule ids are kebab-case words joined by dots, e.g. need-to-know.looked-after.death')),
  decision: z.enum(['need-level', 'need-to-know', 'national-alert', 'serious-incident']),
  title: z.string().check(z.minLength(3)),
  citation: z.array(CitationSchema).check(z.minLength(1, 'every rule cites at least one source')),
  summary: z.string().check(z.minLength(10)),
  conditions: z.union([
    z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
  event: z.strictObject({ type: z.string().check(z.minLength(1)), params: z.optional(z.record(z.string(), z.unknown())) }),
  priority: z.optional(z.number().check(z.int(), z.positive())),
  interpretations: z.optional(
    z.array(
      z.strictObject({
        id: z.string().check(z.regex(RULE_ID)),
        says: z.string().check(z.minLength(10)),
        why: z.string().check(z.minLength(10)),
        citation: CitationSchema,
      }),
    ),
  ),
  examples: z
    .array(
      z.strictObject({
        name: z.string().check(z.minLength(5)),
        input: z.record(z.string(), z.unknown()),
        options: z.optional(z.record(z.string(), z.unknown())),
        expect: z.strictObject({
          rule: z.enum(['fired', 'not-fired', 'unknown']),
          outcome: z.optional(z.string()),
          result: z.optional(z.record(z.string().check(z.minLength(1)), z.unknown())),
          actions: z.optional(z.strictObject({ include: z.optional(z.array(z.string())), exclude: z.optional(z.array(z.string())) })),
          warnings: z.optional(z.strictObject({ include: z.optional(z.array(z.string())), exclude: z.optional(z.array(z.string())) })),
        }),
      }),
    )
    .check(z.minLength(1, 'every rule has at least one example')),
});

import { checkRuleModules } from './check-rule-modules.js';
import type { DecisionArea } from './rule-module.js';

/**
 * Checks a rule set in full: the cheap checks every rule set makes on first
 * use (checkRuleModules), then each module against the schema. Throws an
 * Error naming the rule: a bad rule module is a defect in the library, not
 * bad user input.
 */
export function assertValidRuleModules(area: DecisionArea, modules: readonly RuleModule[], facts: FactCatalogue): void {
  checkRuleModules(area, modules, facts);
  for (const module of modules) {
    // zod/mini sets no locale of its own: ask for zod's English messages, as zod classic gives by default.
    const parsed = RuleModuleSchema.safeParse(module, { error: englishMessages });
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Rule module ${String((module as { id?: unknown }).id)} is invalid: ${detail}`);
    }
  }
}
