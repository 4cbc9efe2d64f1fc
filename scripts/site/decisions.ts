/**
 * The six things a policy officer can try on the site: the four rule-based
 * decisions, the case timeline and the placement notification check. For
 * each, the library function that answers it, the input JSON Schema its
 * form is generated from (the same one case systems validate against), and
 * the library's words for its fields beyond the schema's descriptions: the
 * questions its facts ask, the LCSPR criteria, the timeline's event words.
 */
import { assessNationalAlert, assessNeedToKnow, assessSeriousIncident, classifyNeed, lcsprCriteria, statutoryTimeline, validatePlacementNotification } from '../../src/index.js';
import type { DecisionArea, FactCatalogue } from '../../src/rules/engine/rule-module.js';
import { needLevelFacts } from '../../src/rules/need-level/facts.js';
import { needToKnowFacts } from '../../src/rules/need-to-know/facts.js';
import { nationalAlertFacts } from '../../src/rules/national-alert/facts.js';
import { seriousIncidentFacts } from '../../src/rules/serious-incident/facts.js';
import { publicSchemas } from '../../src/schemas/public-schemas.js';
import { PlacementNotificationInputSchema } from '../../src/schemas/index.js';
import { toJsonSchema } from '../generate-json-schemas.js';
import { decisionAreas } from './site-data.js';
import { timelineChoice, timelineUnanswered } from './timeline-words.js';
import type { FormWords } from './form/form-model.js';

export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  maxLength?: number;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: { if?: JsonSchemaNode & { not?: JsonSchemaNode }; then?: { properties?: Record<string, unknown> } }[];
  default?: unknown;
}

/** What can be tried: a rule-based decision area, the timeline or the placement check. */
export type TryId = DecisionArea | 'timeline' | 'placement-notification';

export interface TryDecision {
  id: TryId;
  title: string;
  description: string;
  /** The public function, as a case system calls it. */
  entry: string;
  /** The JSON Schema the form is generated from. */
  form: JsonSchemaNode;
  /** The JSON Schema of what the function accepts (which fields it cannot do without). */
  accepts: JsonSchemaNode;
  words: FormWords;
  /** The library call, awaited: works whether it returns a result or a Promise. */
  run: (input: unknown) => Promise<unknown>;
  /** The library call as it returns. */
  runSync: (input: unknown) => unknown;
}

export interface SiteDecision extends TryDecision {
  area: DecisionArea;
  facts: FactCatalogue;
}

const call = (f: (input: never) => unknown) => async (input: unknown) => await f(input as never);

function schema(...names: string[]): JsonSchemaNode {
  for (const name of names) {
    const s = publicSchemas[name];
    if (s) return toJsonSchema(name, s) as JsonSchemaNode;
  }
  throw new Error(`No public schema named ${names.join(' or ')}`);
}

/**
 * The question of the fact an input field supplies. A fact derived from a
 * field of another name (a count of days from a date) asks something else
 * than the field does, so only its own field's question is taken.
 */
function factWords(facts: FactCatalogue): FormWords['question'] {
  return (path) => {
    const dotted = path.join('.');
    for (const [id, def] of Object.entries(facts)) {
      if (def.derived && def.input !== undefined && def.input !== id) continue;
      if ((def.input ?? id) === dotted) return def.question;
    }
    return undefined;
  };
}

function ruleDecision(area: DecisionArea, schemaName: string, facts: FactCatalogue, run: (input: never) => unknown, extra: Partial<FormWords> = {}): SiteDecision {
  const form = schema(schemaName);
  return {
    id: area,
    area,
    title: decisionAreas[area].title,
    description: decisionAreas[area].description,
    entry: decisionAreas[area].entry,
    form,
    accepts: form,
    facts,
    words: { question: factWords(facts), ...extra },
    run: call(run),
    runSync: (input) => run(input as never),
  };
}

export const siteDecisions: Record<DecisionArea, SiteDecision> = {
  'need-level': ruleDecision('need-level', 'classify-need-input', needLevelFacts, classifyNeed, {
    special: (path) => (path.join('.') === 'indicators' ? 'indicators' : undefined),
  }),
  'need-to-know': ruleDecision('need-to-know', 'need-to-know-input', needToKnowFacts, assessNeedToKnow),
  'national-alert': ruleDecision('national-alert', 'national-alert-input', nationalAlertFacts, assessNationalAlert),
  'serious-incident': ruleDecision('serious-incident', 'serious-incident-input', seriousIncidentFacts, assessSeriousIncident, {
    question: (path) => {
      const criterion = path[0] === 'lcsprCriteria' ? lcsprCriteria.find((c) => c.field === path[1]) : undefined;
      return criterion ? `${criterion.label.charAt(0).toUpperCase()}${criterion.label.slice(1)}` : factWords(seriousIncidentFacts)!(path);
    },
  }),
};

const timeline: TryDecision = {
  id: 'timeline',
  title: 'Case timelines',
  description: "A child's case history, event by event, judged against every statutory timescale on a given day: each deadline met, late, due, overdue, stopped or not required.",
  entry: 'statutoryTimeline',
  form: schema('statutory-timeline-input'),
  accepts: schema('statutory-timeline-input'),
  words: { choice: timelineChoice, unanswered: timelineUnanswered },
  run: call(statutoryTimeline),
  runSync: (input) => statutoryTimeline(input as never),
};

const placement: TryDecision = {
  id: 'placement-notification',
  title: 'Placement notifications',
  description: 'Whether a notification from another authority that it has placed a looked after child in Luton (or that the child has moved or left) holds what Luton’s procedure asks for, and the reply to send when it does not.',
  entry: 'validatePlacementNotification',
  form: schema('placement-notification'),
  // What the function accepts: a notification of a known kind; every item the procedure asks for is checked and
  // reported in the result, so the form requires none of them.
  accepts: publicSchemas['placement-notification-input'] ? schema('placement-notification-input') : (toJsonSchema('placement-notification-input', PlacementNotificationInputSchema) as JsonSchemaNode),
  words: {},
  run: call(validatePlacementNotification),
  runSync: (input) => validatePlacementNotification(input as never),
};

/** Every try page, in the order the site lists them. */
export const tryDecisions: TryDecision[] = [...Object.values(siteDecisions), timeline, placement];

export const tryDecision = (id: TryId): TryDecision => tryDecisions.find((d) => d.id === id)!;

/** Fact id → question, for every fact of a decision (derived facts included, for reading conditions). */
export function questionsOf(area: DecisionArea): Record<string, string> {
  return Object.fromEntries(Object.entries(siteDecisions[area].facts).map(([fact, def]) => [fact, def.question]));
}
