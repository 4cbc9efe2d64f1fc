/**
 * Validates rule modules, so a rule without a citation, a summary, a
 * sentence for each condition or at least one example cannot be loaded.
 */
import { z } from 'zod';
import type { FactCatalogue, RuleModule } from './rule-module.js';

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
  section: z.string().min(1),
  page: z.number().int().positive().optional(),
});

const FactConditionSchema = z.strictObject({
  fact: z.string().min(1),
  operator: z.string().min(1),
  value: z.unknown(),
  says: z.string().min(3),
});

type AnyCondition = z.infer<typeof FactConditionSchema> | { all: AnyCondition[] } | { any: AnyCondition[] } | { not: AnyCondition };

const ConditionSchema: z.ZodType<AnyCondition> = z.lazy(() =>
  z.union([
    FactConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1), says: z.string().optional() }),
    z.strictObject({ any: z.array(ConditionSchema).min(1), says: z.string().optional() }),
    z.strictObject({ not: ConditionSchema, says: z.string().optional() }),
  ]),
);

export const RuleModuleSchema = z.strictObject({
  id: z.string().regex(RULE_ID, 'rule ids are kebab-case words joined by dots, e.g. need-to-know.looked-after.death'),
  decision: z.enum(['need-level', 'need-to-know', 'national-alert', 'serious-incident']),
  title: z.string().min(3),
  citation: z.array(CitationSchema).min(1, 'every rule cites at least one source'),
  summary: z.string().min(10),
  conditions: z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
  event: z.strictObject({ type: z.string().min(1), params: z.record(z.string(), z.unknown()).optional() }),
  priority: z.number().int().positive().optional(),
  examples: z
    .array(
      z.strictObject({
        name: z.string().min(5),
        input: z.record(z.string(), z.unknown()),
        expect: z.strictObject({
          rule: z.enum(['fired', 'not-fired', 'unknown']),
          outcome: z.string().optional(),
        }),
      }),
    )
    .min(1, 'every rule has at least one example'),
});

/** Facts a condition tree reads. */
export function factsRead(condition: unknown, into: Set<string> = new Set()): Set<string> {
  const c = condition as Record<string, unknown>;
  if (Array.isArray(c.all)) for (const child of c.all) factsRead(child, into);
  else if (Array.isArray(c.any)) for (const child of c.any) factsRead(child, into);
  else if (c.not !== undefined) factsRead(c.not, into);
  else if (typeof c.fact === 'string') {
    into.add(c.fact);
    // A value of the form { fact: 'x' } compares with another fact.
    const value = c.value as { fact?: unknown } | undefined;
    if (value !== null && typeof value === 'object' && typeof value.fact === 'string') into.add(value.fact);
  }
  return into;
}

/**
 * Checks a rule set: every module is well formed, ids are unique, and every
 * fact a condition reads is in the area's fact catalogue. Throws an Error
 * naming the rule: a bad rule module is a defect in the library, not bad
 * user input.
 */
export function assertValidRuleModules(modules: readonly RuleModule[], facts: FactCatalogue): void {
  const seen = new Set<string>();
  for (const module of modules) {
    const shapeProblem = conditionProblem((module as { conditions?: unknown }).conditions, 'conditions');
    if (shapeProblem) throw new Error(`Rule module ${String((module as { id?: unknown }).id)} is invalid: ${shapeProblem}`);
    const parsed = RuleModuleSchema.safeParse(module);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Rule module ${String((module as { id?: unknown }).id)} is invalid: ${detail}`);
    }
    if (seen.has(module.id)) throw new Error(`Rule id ${module.id} is used twice`);
    seen.add(module.id);
    for (const fact of factsRead(module.conditions)) {
      if (!(fact in facts)) throw new Error(`Rule ${module.id} reads fact "${fact}", which is not in its fact catalogue`);
    }
  }
}

/**
 * Walks a condition tree and names the first malformed node precisely; zod's
 * union errors would only say "Invalid input" for a deep mistake.
 */
function conditionProblem(node: unknown, path: string): string | undefined {
  if (node === null || typeof node !== 'object') return `${path} is not a condition`;
  const c = node as Record<string, unknown>;
  for (const group of ['all', 'any'] as const) {
    if (group in c) {
      const children = c[group];
      if (!Array.isArray(children) || children.length === 0) return `${path}.${group} must be a non-empty list`;
      for (let i = 0; i < children.length; i++) {
        const problem = conditionProblem(children[i], `${path}.${group}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
  }
  if ('not' in c) return conditionProblem(c.not, `${path}.not`);
  if (typeof c.fact !== 'string') return `${path} has neither a fact nor all/any/not`;
  if (typeof c.operator !== 'string') return `${path} (fact "${c.fact}") has no operator`;
  if (typeof c.says !== 'string' || c.says.length < 3) return `${path} (fact "${c.fact}") has no plain-English "says" sentence`;
  if ('priority' in c || 'path' in c) return `${path} (fact "${c.fact}") uses priority or path, which the trace does not support`;
  return undefined;
}
