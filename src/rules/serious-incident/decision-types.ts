/** The result of `assessSeriousIncident`. */
import type { Action, DecisionResult } from '../engine/decision-result.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { SeriousIncidentDeadline } from './process-deadlines.js';
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

/**
 * Which notification a `SeriousIncidentNotification` is: the serious
 * incident notification to the Child Safeguarding Practice Review Panel, or
 * the notification of the death of a looked after child or of a care leaver
 * to the Secretary of State and Ofsted.
 */
export type SeriousIncidentNotificationKind = 'serious-incident' | 'looked-after-child-death' | 'care-leaver-death';

/** Which local authority makes the serious incident notification. */
export type NotifyingAuthority = 'where-incident-occurred' | 'where-child-normally-resident' | 'unknown';

/**
 * One notification `assessSeriousIncident` found certainly required
 * (`SeriousIncidentDecision.notifications`): to whom, through which system,
 * by whom, and by when.
 */
export interface SeriousIncidentNotification {
  /** Which notification this is. */
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
  /**
   * How the source words the duty to make this notification: `must` (section
   * 16C and paragraph 372 for the Panel; paragraph 381 for a looked after
   * child's death; paragraph 383 for a care leaver under 18 where abuse or
   * neglect contributed) or `should` (paragraphs 382 to 384 for a care
   * leaver's death). The timescale of the Panel notification is worded apart
   * (see its deadline's `basis`).
   */
  basis: 'must' | 'should';
  /** The source's words that set `basis`, quoted briefly. */
  basisWording: string;
  /** The rules that require it. */
  ruleIds: string[];
  /** Where the guidance requires it. */
  citation: Citation[];
  /** Last day to submit it, when the guidance sets a timescale and the trigger date is known. */
  due?: IsoDate;
  /** The id of the Deadline in `deadlines` that sets `due`. */
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

/**
 * Whether a local child safeguarding practice review (LCSPR) is to be
 * considered, and the criteria the safeguarding partners weigh
 * (`SeriousIncidentDecision.lcspr`). The library reports the criteria; the
 * partners decide.
 */
export interface LcsprConsideration {
  /** Whether the full learning process (and so the LCSPR decision) applies to this case. */
  applies: boolean | 'unknown';
  /** The decision whether to undertake an LCSPR is the safeguarding partners', not the library's. */
  decidedBy: 'the safeguarding partners';
  /** The four criteria the partners must take into account, with what the input says of each. */
  criteria: LcsprCriterionCheck[];
  /** What the partners do with the criteria, in plain English. */
  note: string;
  /** Where the guidance sets out the LCSPR decision. */
  citation: Citation[];
}

/**
 * A sentence of context for the person deciding
 * (`SeriousIncidentDecision.notes`): where the guidance leaves discretion,
 * Luton practice, or how a date was handled.
 */
export interface SeriousIncidentNote {
  /** Stable id, e.g. `serious-incident.note.partners-decide`. */
  id: string;
  /** The note, in plain English. */
  text: string;
  /** The passage it rests on. */
  citation: Citation;
}

/**
 * What `assessSeriousIncident` returns: which notifications (to the Child
 * Safeguarding Practice Review Panel, or to the Secretary of State and
 * Ofsted) are required and by when, those that may be, the rapid review and
 * LCSPR steps, each deadline judged on `asOf`, notes, and the shared
 * decision fields. Store it whole on the child's record.
 */
export interface SeriousIncidentDecision extends DecisionResult<SeriousIncidentOutcome, 'serious-incident'> {
  /** Every notification that is certainly required (also when the outcome is `insufficient-information`). */
  notifications: SeriousIncidentNotification[];
  /** Notifications that may also be required once the missing facts are known. */
  possibleNotifications: PossibleNotification[];
  /** The category for the Panel notification, when one is required or may be. */
  notificationType?: SeriousIncidentNotificationType;
  /** Who decides whether the criteria are met: the library advises, the partners decide. */
  decidedBy: string;
  /** Whether an LCSPR is to be considered, and its criteria. */
  lcspr: LcsprConsideration;
  /** What must happen next and who does it; an action whose due date needs a date not given names it in `waitingFor`. */
  actions: SeriousIncidentAction[];
  /**
   * When the Panel notification is required, each deadline of its process
   * (notification, rapid review, LCSPR publication, report before
   * publication, report kept available), judged on `asOf`: `met`, `late`,
   * `due`, `overdue` or `not-yet-triggered` (no due date while the date that
   * starts it is not given), with the input fields it is read from. Without
   * `asOf` they are judged on the recorded dates alone: work recorded as done
   * is `met` or `late`, every other started deadline `due` (a note says so).
   */
  deadlines: SeriousIncidentDeadline[];
  /** Discretion, local practice and how dates were handled, in plain English. */
  notes: SeriousIncidentNote[];
}
