/**
 * From the rule trace to the outcome and the notifications: which are
 * certainly required, which may be, and the primary outcome.
 *
 * Outcomes rank notify-panel > consult-panel > notify-secretary-of-state-and-ofsted.
 * The outcome is the highest-ranked one a rule fired for, unless a rule for a
 * higher-ranked outcome is still unknown: then the answer could change and
 * the outcome is `insufficient-information`. Notifications that are certain
 * are listed either way, so an undecided case never hides a notification
 * that is already due.
 */
import type { RuleTrace } from '../engine/rule-set.js';
import type { RuleStatuses } from '../engine/rule-statuses.js';
import { seriousIncidentRuleSet } from './rule-set.js';
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { unknownFacts } from '../engine/condition-trace.js';
import { workingTogether } from './citations.js';
import type {
  NotifyingAuthority,
  PossibleNotification,
  SeriousIncidentNotification,
  SeriousIncidentNotificationKind,
  SeriousIncidentNotificationType,
  SeriousIncidentOutcome,
} from './decision-types.js';

const RANK: readonly SeriousIncidentOutcome[] = ['notify-panel', 'consult-panel', 'notify-secretary-of-state-and-ofsted'];

interface NotificationShape {
  recipients: string[];
  fullLearningProcess: boolean;
  citation: Citation[];
  basis: 'must' | 'should';
  basisWording: string;
}

const SHAPES: Record<SeriousIncidentNotificationKind, NotificationShape> = {
  'serious-incident': {
    recipients: ['Child Safeguarding Practice Review Panel'],
    fullLearningProcess: true,
    citation: [workingTogether.whoNotifies, workingTogether.allChildrenInNotification, workingTogether.notificationType],
    basis: 'must',
    basisWording: 'the local authority must notify the Child Safeguarding Practice Review Panel (section 16C; para 372; for a care leaver under 18, "must be made", para 383)',
  },
  'looked-after-child-death': {
    recipients: ['Secretary of State for Education', 'Ofsted'],
    fullLearningProcess: false,
    citation: [workingTogether.lookedAfterChildDeath],
    basis: 'must',
    basisWording: 'the local authority must also notify the Secretary of State for Education, and Ofsted of the death of a looked after child (para 381)',
  },
  'care-leaver-death': {
    recipients: ['Secretary of State for Education', 'Ofsted'],
    fullLearningProcess: false,
    citation: [workingTogether.careLeaverDeath, workingTogether.careLeaverUnder18, workingTogether.careLeaver18AndOver],
    basis: 'should',
    basisWording: 'the local authority should also notify the Secretary of State for Education and Ofsted of the death of a care leaver (para 382; "should be made", paras 383 and 384)',
  },
};

const ORDER: readonly SeriousIncidentNotificationKind[] = ['serious-incident', 'looked-after-child-death', 'care-leaver-death'];

function conclusion(rule: RuleTrace, key: string): unknown {
  if (rule.status === 'fired') return rule.conclusion?.[key];
  return undefined;
}

/** The outcome and notification kind a rule is about, whatever its status (read from the rule's event params). */
function ruleEvent(rule: RuleTrace, events: ReadonlyMap<string, Record<string, unknown>>): { outcome?: string; notification?: string } {
  return (events.get(rule.ruleId) ?? {}) as { outcome?: string; notification?: string };
}

export interface NotificationAnalysis {
  outcome: SeriousIncidentOutcome;
  notifications: Omit<SeriousIncidentNotification, 'due' | 'deadlineId'>[];
  possibleNotifications: Omit<PossibleNotification, 'dueIfRequired'>[];
  notificationType?: SeriousIncidentNotificationType;
  /** Facts that could still change the outcome, a notification or the notification type. */
  decisiveFacts: Set<string>;
  /** The consult-panel rule fired. */
  consultPanel: boolean;
}

export function analyseNotifications(
  rules: readonly RuleTrace[],
  events: ReadonlyMap<string, Record<string, unknown>>,
  facts: Readonly<Record<string, unknown>>,
): NotificationAnalysis {
  const outcomeRules = rules.filter((r) => ruleEvent(r, events).outcome !== undefined);
  const decisiveFacts = new Set<string>();
  const outcome = outcomeFromStatuses(seriousIncidentRuleSet.statusesOf(rules), events);

  const certain = new Map<SeriousIncidentNotificationKind, string[]>();
  const possible = new Map<SeriousIncidentNotificationKind, { ruleIds: string[]; facts: Set<string> }>();
  for (const rule of outcomeRules) {
    const kind = ruleEvent(rule, events).notification as SeriousIncidentNotificationKind | undefined;
    if (kind === undefined) continue;
    if (rule.status === 'fired') certain.set(kind, [...(certain.get(kind) ?? []), rule.ruleId]);
  }
  for (const rule of outcomeRules) {
    const event = ruleEvent(rule, events);
    if (rule.status !== 'unknown') continue;
    const missing = unknownFacts(rule.conditions);
    const kind = event.notification as SeriousIncidentNotificationKind | undefined;
    // An unknown rule matters only if it could add something not already certain.
    if (kind !== undefined && certain.has(kind)) continue;
    if (kind === undefined && outcome !== 'insufficient-information' && RANK.indexOf(outcome) < RANK.indexOf(event.outcome as SeriousIncidentOutcome)) {
      continue;
    }
    for (const f of missing) decisiveFacts.add(f);
    if (kind !== undefined) {
      const entry = possible.get(kind) ?? { ruleIds: [], facts: new Set<string>() };
      entry.ruleIds.push(rule.ruleId);
      for (const f of missing) entry.facts.add(f);
      possible.set(kind, entry);
    }
  }

  const consultPanel = rules.some((r) => ruleEvent(r, events).outcome === 'consult-panel' && r.status === 'fired');
  const panelInPlay = certain.has('serious-incident') || possible.has('serious-incident') || consultPanel;
  const notificationType = panelInPlay ? chooseType(rules, decisiveFacts) : undefined;

  const notifications = ORDER.filter((k) => certain.has(k)).map((kind) => {
    const shape = SHAPES[kind];
    const base = {
      kind,
      recipients: [...shape.recipients],
      via: 'Child Safeguarding Incident Notification System' as const,
      notifiedBy: notifiedBy(kind, facts),
      fullLearningProcess: shape.fullLearningProcess,
      basis: shape.basis,
      basisWording: shape.basisWording,
      ruleIds: certain.get(kind)!,
      citation: shape.citation.map(copyCitation),
    };
    if (kind !== 'serious-incident') return base;
    return {
      ...base,
      notifyingAuthority: notifyingAuthority(facts),
      ...(notificationType === undefined ? {} : { type: notificationType }),
    };
  });
  const possibleNotifications = ORDER.filter((k) => possible.has(k)).map((kind) => ({
    kind,
    recipients: [...SHAPES[kind].recipients],
    ruleIds: possible.get(kind)!.ruleIds,
    dependsOn: [...possible.get(kind)!.facts],
  }));

  return { outcome, notifications, possibleNotifications, notificationType, decisiveFacts, consultPanel };
}

/**
 * The highest-ranked outcome a rule fired for, unless a rule for a
 * higher-ranked outcome is still unknown; `not-required` when every outcome
 * rule is known not to fire.
 */
export function outcomeFromStatuses(
  statuses: RuleStatuses,
  events: ReadonlyMap<string, Record<string, unknown>>,
): SeriousIncidentOutcome {
  const { ids } = statuses.layout;
  for (const candidate of RANK) {
    let unknown = false;
    for (let i = 0; i < ids.length; i++) {
      const ruleId = ids[i]!;
      const status = statuses.list[i];
      if ((events.get(ruleId) as { outcome?: string } | undefined)?.outcome !== candidate) continue;
      if (status === 'fired') return candidate;
      if (status === 'unknown') unknown = true;
    }
    if (unknown) return 'insufficient-information';
  }
  return 'not-required';
}

/**
 * Death or serious harm from the facts, or "other" where the partners have a
 * clear rationale. The guidance makes death / serious harm the rule and
 * "other" the exception, so an unanswered rationale question leaves the usual
 * category rather than making the type unknown.
 */
function chooseType(rules: readonly RuleTrace[], decisiveFacts: Set<string>): SeriousIncidentNotificationType | undefined {
  const byType = (type: SeriousIncidentNotificationType) =>
    rules.find((r) => r.ruleId === `serious-incident.notification-type.${type}`);
  if (byType('other')?.status === 'fired') return 'other';
  for (const type of ['death', 'serious-harm'] as const) {
    const rule = byType(type);
    if (rule !== undefined && conclusion(rule, 'notificationType') === type) return type;
  }
  for (const type of ['death', 'serious-harm'] as const) {
    const rule = byType(type);
    if (rule?.status === 'unknown') for (const f of unknownFacts(rule.conditions)) decisiveFacts.add(f);
  }
  return undefined;
}

export function notifyingAuthority(facts: Readonly<Record<string, unknown>>): NotifyingAuthority {
  if (facts.incidentInEngland === true) return 'where-incident-occurred';
  if (facts.incidentInEngland === false && facts.normallyResidentInEngland === true) return 'where-child-normally-resident';
  return 'unknown';
}

function notifiedBy(kind: SeriousIncidentNotificationKind, facts: Readonly<Record<string, unknown>>): string {
  if (kind === 'looked-after-child-death') return 'the local authority that looked after the child';
  if (kind === 'care-leaver-death') return 'the local authority responsible for the care leaver';
  switch (notifyingAuthority(facts)) {
    case 'where-incident-occurred':
      return 'the local authority where the incident occurred, on behalf of the three safeguarding partners';
    case 'where-child-normally-resident':
      return 'the local authority where the child was normally resident (the incident happened outside England), on behalf of the three safeguarding partners';
    default:
      return 'the local authority where the incident occurred (for an incident outside England: where the child was normally resident), on behalf of the three safeguarding partners';
  }
}
