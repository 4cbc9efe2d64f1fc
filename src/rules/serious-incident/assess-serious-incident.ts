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
import { fitted } from '../engine/fitted.js';
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { copyCitations, withOwnCitations } from '../../schemas/citation.js';
import { parseDecisionOptions, resultRuleset, type DecisionOptions } from '../decision-options.js';
import { parseInput } from '../../schemas/parse-input.js';
import { seriousIncidentInputSchema } from './input-schema.js';
import type { SeriousIncidentInput } from './input-types.js';
import { workingTogether } from './citations.js';
import type { LcsprConsideration, PossibleNotification, SeriousIncidentDecision } from './decision-types.js';
import { followUp } from './follow-up.js';
import { checkLcsprCriteria } from './lcspr-criteria.js';
import { analyseNotifications, outcomeFromStatuses } from './notifications.js';
import { explainRun } from '../engine/explain-run.js';
import { seriousIncidentRuleSet } from './rule-set.js';
import { toFacts } from './to-facts.js';
import { writeFactValues } from '../engine/fact-values.js';
import { copyInterpretation } from '../engine/interpretation.js';
import { seriousIncidentDecisionReadings, seriousIncidentInterpretations } from './interpretations.js';
import { timescaleReadings } from '../deadlines/judge-deadline.js';

/** Each rule's event params, so unknown rules can be read for what they would conclude. */
const events = new Map(seriousIncidentRuleSet.modules.map((m) => [m.id, { type: m.event.type, ...(m.event.params ?? {}) }]));

/**
 * Decides whether a serious incident must be notified to the Child
 * Safeguarding Practice Review Panel (or a death to the Secretary of State
 * and Ofsted), by when, and what follows.
 *
 * @param input - The facts about the child and the incident, and the dates that start the statutory clocks; a fact left out is unknown.
 * @param options - `calendar`: the working-day calendar every deadline is counted on (England and Wales when left out).
 * @returns Whether to notify the Child Safeguarding Practice Review Panel (and the Secretary of State and Ofsted), the notification type, the deadlines, the LCSPR criteria checklist, actions by role and the explanation trace.
 * @throws {SafeguardingInputError} when the input is malformed or contradictory; each issue has a `path`, a `code` and a message that does not repeat free text.
 * @example
 * const result = assessSeriousIncident({
 *   childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true,
 *   normallyResidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18',
 * });
 * result.outcome; // 'notify-panel'
 * result.deadlines[0].due; // '2026-12-29'
 */
export function assessSeriousIncident(input: ReadonlyInput<SeriousIncidentInput>, options?: DecisionOptions): SeriousIncidentDecision {
  const { calendar } = parseDecisionOptions(options);
  const parsed = parseInput(seriousIncidentInputSchema(), input, 'input');
  const facts = toFacts(parsed);
  const run = seriousIncidentRuleSet.run(facts);
  const analysis = analyseNotifications(run.rules, events, facts);
  const follow = followUp(parsed, facts, analysis, calendar);

  const possibleNotifications: PossibleNotification[] = analysis.possibleNotifications.map((p) =>
    p.kind === 'serious-incident' && follow.panelDueIfRequired !== undefined ? { ...p, dueIfRequired: follow.panelDueIfRequired } : p,
  );
  const explanation = explainRun({
    ruleSet: seriousIncidentRuleSet,
    run,
    outcome: analysis.outcome,
    // Any undecided rule for an outcome could change it (a higher one by
    // firing, a lower one once the higher ones are known not to).
    couldChangeOutcome: (rule) => (events.get(rule.ruleId) as { outcome?: string } | undefined)?.outcome !== undefined,
    outcomeOf: (statuses) => outcomeFromStatuses(statuses, events),
    // Answers are tried as the practitioner gave them (a fact only implied by
    // another answer, as a suicide is a death, is changed through that
    // answer), and only where the changed input is still a possible case.
    candidate: (fact, alternative) =>
      (parsed as Record<string, unknown>)[fact] !== undefined && seriousIncidentInputSchema().safeParse({ ...parsed, [fact]: alternative }).success,
    rederive: (values, fact, alternative) => writeFactValues(seriousIncidentRuleSet.factLayout, toFacts({ ...parsed, [fact]: alternative } as typeof parsed), values),
  });
  // The readings the decision applied itself, beside those of the rules that fired.
  const careLeaverRuledOutByAge = parsed.careLeaver === undefined && parsed.lookedAfter !== true && parsed.ageInYears !== undefined && parsed.ageInYears < 16 && facts.childDied !== false;
  for (const reading of seriousIncidentDecisionReadings) {
    const relied =
      reading.definition.id === seriousIncidentInterpretations.careLeaverFrom16.id ? careLeaverRuledOutByAge : parsed.childNotYetIdentified === true;
    if (relied && !explanation.interpretations.some((i) => i.id === reading.definition.id)) {
      explanation.interpretations.push(copyInterpretation({ ...reading.definition, ruleIds: [...reading.usedBy] }));
    }
  }
  // Of the other unanswered facts, only those that could add a notification or set its type are worth asking.
  const furtherQuestions = explanation.furtherQuestions.filter((m) => analysis.decisiveFacts.has(m.fact));

  const panelCertain = follow.notifications.some((n) => n.kind === 'serious-incident');
  const panelPossible = possibleNotifications.some((n) => n.kind === 'serious-incident');
  const lcspr: LcsprConsideration = {
    applies: panelCertain ? true : panelPossible || analysis.consultPanel ? 'unknown' : false,
    decidedBy: 'the safeguarding partners',
    criteria: checkLcsprCriteria(parsed.lcsprCriteria),
    note: panelCertain
      ? 'After the rapid review the safeguarding partners decide whether to undertake an LCSPR, taking these criteria into account and considering what further local learning it would bring. The library reports the criteria; it does not make that decision.'
      : 'An LCSPR follows only a serious incident notified to the Panel; the criteria are shown for reference.',
    citation: copyCitations([workingTogether.lcsprCriteria, workingTogether.rapidReview]),
  };

  // The readings of the timescales its deadlines were counted and judged by, after the rules' own.
  for (const reading of timescaleReadings(follow.readings)) if (!explanation.interpretations.some((i) => i.id === reading.id)) explanation.interpretations.push(reading);

  return {
    decision: 'serious-incident',
    outcome: analysis.outcome,
    input: parsed,
    reasons: run.rules,
    ...explanation,
    furtherQuestions,
    deadlines: follow.deadlines,
    actions: fitted(withOwnCitations(follow.actions)),
    ruleset: resultRuleset(seriousIncidentRuleSet.version, calendar),
    fingerprint: decisionFingerprint({ decision: 'serious-incident', input: parsed, outcome: analysis.outcome }),
    notifications: follow.notifications,
    possibleNotifications,
    ...(analysis.notificationType === undefined ? {} : { notificationType: analysis.notificationType }),
    decidedBy: "the three safeguarding partners (the Director of Children's Services has final oversight of the notification)",
    lcspr,
    notes: withOwnCitations(follow.notes),
  };
}
