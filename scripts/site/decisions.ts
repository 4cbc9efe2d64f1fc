/**
 * The four decisions as the site builds them: which library function makes
 * the decision, the input JSON Schema its form is generated from, and the
 * questions its facts ask (the same ones a decision returns in `missingFacts`).
 */
import { classifyNeed, assessNeedToKnow, assessNationalAlert, assessSeriousIncident } from '../../src/index.js';
import type { DecisionArea, FactCatalogue } from '../../src/rules/engine/rule-module.js';
import { needLevelFacts } from '../../src/rules/need-level/facts.js';
import { needToKnowFacts } from '../../src/rules/need-to-know/facts.js';
import { nationalAlertFacts } from '../../src/rules/national-alert/facts.js';
import { seriousIncidentFacts } from '../../src/rules/serious-incident/facts.js';
import { publicSchemas } from '../../src/schemas/public-schemas.js';
import { toJsonSchema } from '../generate-json-schemas.js';

export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  anyOf?: JsonSchemaNode[];
  default?: unknown;
}

export interface SiteDecision {
  area: DecisionArea;
  /** The public function, as a case system calls it. */
  entry: string;
  schemaName: string;
  schema: JsonSchemaNode;
  facts: FactCatalogue;
  /** The library call, awaited: works whether the decision returns a result or a Promise. */
  run: (input: unknown) => Promise<unknown>;
}

const call = (f: (input: never) => unknown) => async (input: unknown) => await f(input as never);

function schema(name: string): JsonSchemaNode {
  const s = publicSchemas[name];
  if (!s) throw new Error(`No public schema named ${name}`);
  return toJsonSchema(name, s) as JsonSchemaNode;
}

export const siteDecisions: Record<DecisionArea, SiteDecision> = {
  'need-level': { area: 'need-level', entry: 'classifyNeed', schemaName: 'classify-need-input', schema: schema('classify-need-input'), facts: needLevelFacts, run: call(classifyNeed) },
  'need-to-know': { area: 'need-to-know', entry: 'assessNeedToKnow', schemaName: 'need-to-know-input', schema: schema('need-to-know-input'), facts: needToKnowFacts, run: call(assessNeedToKnow) },
  'national-alert': { area: 'national-alert', entry: 'assessNationalAlert', schemaName: 'national-alert-input', schema: schema('national-alert-input'), facts: nationalAlertFacts, run: call(assessNationalAlert) },
  'serious-incident': {
    area: 'serious-incident',
    entry: 'assessSeriousIncident',
    schemaName: 'serious-incident-input',
    schema: schema('serious-incident-input'),
    facts: seriousIncidentFacts,
    run: call(assessSeriousIncident),
  },
};

/** Fact id → question, for every fact of a decision (derived facts included, for reading conditions). */
export function questionsOf(area: DecisionArea): Record<string, string> {
  return Object.fromEntries(Object.entries(siteDecisions[area].facts).map(([fact, def]) => [fact, def.question]));
}
