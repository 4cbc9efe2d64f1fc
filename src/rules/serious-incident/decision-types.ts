/** The result of `assessSeriousIncident`. */
import type { Action, DecisionResult } from '../engine/decision-result.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { DeadlineJudgement } from './judge-deadlines.js';
import type { LcsprCriterionCheck } from './lcspr-criteria.js';

/**
 * The primary outcome, the most far-reaching notification that is certainly
 * required. `notifications` lists every notification required (a looked
 * after child's death from suspected abuse needs both the Panel notification
 * and the one to the Secretary of State and Ofsted).
 */
export type SeriousIncidentOutcome =
  | 'notify-panel'
  | 'consult-panel'
  | 'notify-secretary-of-state-and-ofsted'
  | 'not-required'
  | 'insufficient-information';

/** How a serious incident notification is categorised (WT 2026 ch. 5 para 375). */
export type SeriousIncidentNotificationType = 'death' | 'serious-harm' | 'other';

export type SeriousIncidentNotificationKind = 'serious-incident' | 'looked-after-child-death' | 'care-leaver-death';

/** Which local authority makes the serious incident notification. */
export type NotifyingAuthority = 'where-incident-occurred' | 'where-child-normally-resident' | 'unknown';

export interface SeriousIncidentNotification {
  kind: SeriousIncidentNotificationKind;
  /** Who receives it, as the guidance names them. */
  recipients: string[];
  via: 'Child Safeguarding Incident Notification System';
  /** Who submits it, as the guidance names them. */
  notifiedBy: string;
  /** For the serious incident notification: which authority, from where the incident happened. */
  notifyingAuthority?: NotifyingAuthority;
  /** For the serious incident notification: death, serious harm or other; absent while it cannot be told. */
  type?: SeriousIncidentNotificationType;
  /** True when a rapid review and the safeguarding partners' decision on an LCSPR follow. */
  fullLearningProcess: boolean;
  /** The rules that require it. */
  ruleIds: string[];
  citation: Citation[];
  /** Last day to submit it, when the guidance sets a timescale and the trigger date is known. */
  due?: IsoDate;
  deadlineId?: string;
}

/** A notification that may also be required, depending on facts not yet given. */
export interface PossibleNotification {
  kind: SeriousIncidentNotificationKind;
  recipients: string[];
  ruleIds: string[];
  /** The facts that would settle it. */
  dependsOn: string[];
  /** When it would be due if it turns out to be required (serious incident notification only). */
  dueIfRequired?: IsoDate;
}

/** An action; `waitingFor` names the date still needed to compute its due date. */
export interface SeriousIncidentAction extends Action {
  waitingFor?: { field: string; question: string };
}

export interface LcsprConsideration {
  /** Whether the full learning process (and so the LCSPR decision) applies to this case. */
  applies: boolean | 'unknown';
  /** The decision whether to undertake an LCSPR is the safeguarding partners', not the library's. */
  decidedBy: 'the safeguarding partners';
  /** The four criteria the partners must take into account, with what the input says of each. */
  criteria: LcsprCriterionCheck[];
  note: string;
  citation: Citation[];
}

export interface SeriousIncidentNote {
  id: string;
  text: string;
  citation: Citation;
}

export interface SeriousIncidentDecision extends DecisionResult<SeriousIncidentOutcome> {
  /** Every notification that is certainly required (also when the outcome is `insufficient-information`). */
  notifications: SeriousIncidentNotification[];
  /** Notifications that may also be required once the missing facts are known. */
  possibleNotifications: PossibleNotification[];
  /** The category for the Panel notification, when one is required or may be. */
  notificationType?: SeriousIncidentNotificationType;
  /** Who decides whether the criteria are met: the library advises, the partners decide. */
  decidedBy: string;
  lcspr: LcsprConsideration;
  actions: SeriousIncidentAction[];
  /**
   * With `asOf`, each deadline of the Panel notification's process with its
   * status on that day: met, late, due, overdue or not-yet-triggered.
   */
  deadlineStatuses: DeadlineJudgement[];
  /** Discretion, local practice and how dates were handled, in plain English. */
  notes: SeriousIncidentNote[];
}
