/**
 * `assessSeriousIncident`: does an incident need a serious incident
 * notification to the Child Safeguarding Practice Review Panel, a death
 * notification to the Secretary of State and Ofsted, or a consultation with
 * the Panel first; by when; and what follows (rapid review, the safeguarding
 * partners' LCSPR decision with its four criteria, publication).
 *
 * Follows Working Together to Safeguard Children 2026, Chapter 5, for the
 * national duty; Luton's Need to Know guidance adds one local step (on a
 * child's death the Head of Service informs the safeguarding partnership for
 * consideration of a review), reported as an action that changes no outcome.
 */
import { parseInput } from '../../schemas/parse-input.js';
import { SeriousIncidentInputSchema, type SeriousIncidentInput } from './input-schema.js';
import { workingTogether } from './citations.js';
import type { LcsprConsideration, PossibleNotification, SeriousIncidentDecision } from './decision-types.js';
import { followUp } from './follow-up.js';
import { checkLcsprCriteria } from './lcspr-criteria.js';
import { analyseNotifications } from './notifications.js';
import { seriousIncidentRuleSet } from './rule-set.js';
import { toFacts } from './to-facts.js';

/** Each rule's event params, so unknown rules can be read for what they would conclude. */
const events = new Map(seriousIncidentRuleSet.modules.map((m) => [m.id, { type: m.event.type, ...(m.event.params ?? {}) }]));

export async function assessSeriousIncident(input: SeriousIncidentInput): Promise<SeriousIncidentDecision> {
  const parsed = parseInput(SeriousIncidentInputSchema, input, 'input');
  const facts = toFacts(parsed);
  const run = await seriousIncidentRuleSet.run(facts);
  const analysis = analyseNotifications(run.rules, events, facts);
  const follow = followUp(parsed, facts, analysis);

  const possibleNotifications: PossibleNotification[] = analysis.possibleNotifications.map((p) =>
    p.kind === 'serious-incident' && follow.panelDueIfRequired !== undefined ? { ...p, dueIfRequired: follow.panelDueIfRequired } : p,
  );
  // Only the facts that could still change the outcome, a notification or its type are asked for.
  const missingFacts = run.missingFacts.filter((m) => analysis.decisiveFacts.has(m.fact));

  const panelCertain = follow.notifications.some((n) => n.kind === 'serious-incident');
  const panelPossible = possibleNotifications.some((n) => n.kind === 'serious-incident');
  const lcspr: LcsprConsideration = {
    applies: panelCertain ? true : panelPossible || analysis.consultPanel ? 'unknown' : false,
    decidedBy: 'the safeguarding partners',
    criteria: checkLcsprCriteria(parsed.lcsprCriteria),
    note: panelCertain
      ? 'After the rapid review the safeguarding partners decide whether to undertake an LCSPR, taking these criteria into account and considering what further local learning it would bring. The library reports the criteria; it does not make that decision.'
      : 'An LCSPR follows only a serious incident notified to the Panel; the criteria are shown for reference.',
    citation: [workingTogether.lcsprCriteria, workingTogether.rapidReview],
  };

  return {
    outcome: analysis.outcome,
    reasons: run.rules,
    missingFacts,
    deadlines: follow.deadlines,
    actions: follow.actions,
    ruleset: seriousIncidentRuleSet.version,
    notifications: follow.notifications,
    possibleNotifications,
    ...(analysis.notificationType === undefined ? {} : { notificationType: analysis.notificationType }),
    decidedBy: "the three safeguarding partners (the Director of Children's Services has final oversight of the notification)",
    lcspr,
    notes: follow.notes,
  };
}
