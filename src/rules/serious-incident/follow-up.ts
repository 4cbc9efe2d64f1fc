/**
 * What follows from the notifications: the statutory deadlines whose trigger
 * dates are known, the actions (with due dates where a deadline applies, or
 * the date still needed), and notes on discretion and local practice.
 *
 * A deadline is computed only from a date the caller gave. In particular the
 * rapid review runs from the date the notification was actually submitted:
 * computing it from the latest permissible notification date would give a
 * later due date than the real one whenever the notification goes in early,
 * so without `notifiedOn` the action says what it is waiting for instead.
 */
import type { Deadline } from '../../calendar/deadline-types.js';
import type * as z from 'zod/mini';
import type { seriousIncidentInputSchema } from './input-schema.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import { computeDeadline } from '../deadlines/compute-deadline.js';
import { judgeProcessDeadlines, type SeriousIncidentDeadline } from './process-deadlines.js';
import { luton, workingTogether } from './citations.js';
import type {
  SeriousIncidentAction,
  SeriousIncidentNote,
  SeriousIncidentNotification,
  SeriousIncidentNotificationType,
} from './decision-types.js';
import type { NotificationAnalysis } from './notifications.js';

type ParsedInput = z.output<ReturnType<typeof seriousIncidentInputSchema>>;

const PARTNERS = 'the safeguarding partners';

export interface FollowUp {
  /** When the Panel notification is required, every deadline of its process, judged. */
  deadlines: SeriousIncidentDeadline[];
  actions: SeriousIncidentAction[];
  notes: SeriousIncidentNote[];
  notifications: SeriousIncidentNotification[];
  /** The ids of the timescale readings the judged deadlines rely on. */
  readings: Set<string>;
  /** Due date of the Panel notification, if it turns out to be required. */
  panelDueIfRequired?: string;
}

const TYPE_WORDS: Record<SeriousIncidentNotificationType, string> = {
  death: '"death"',
  'serious-harm': '"serious harm"',
  other: '"other"',
};

export function followUp(input: ParsedInput, facts: Readonly<Record<string, unknown>>, analysis: NotificationAnalysis, calendar: Calendar | undefined): FollowUp {
  const deadlines: SeriousIncidentDeadline[] = [];
  const actions: SeriousIncidentAction[] = [];
  const notes: SeriousIncidentNote[] = [];
  const readings = new Set<string>();
  const notifications: SeriousIncidentNotification[] = analysis.notifications.map((n) => ({ ...n }));
  const panel = notifications.find((n) => n.kind === 'serious-incident');
  const panelPossible = analysis.possibleNotifications.some((n) => n.kind === 'serious-incident');

  let panelDueIfRequired: string | undefined;
  const notifyDeadline = input.awareOn === undefined ? undefined : computeDeadline('serious-incident.notify-panel', 'awareOn', input.awareOn, calendar);
  if (panel) {
    if (notifyDeadline) {
      panel.due = notifyDeadline.due;
      panel.deadlineId = notifyDeadline.id;
    }
    panelActions(input, panel, notifyDeadline, deadlines, actions, readings, calendar, facts.childNotYetIdentified === true);
  } else if (panelPossible && notifyDeadline) {
    panelDueIfRequired = notifyDeadline.due;
  }

  for (const n of notifications) {
    if (n.kind === 'serious-incident') continue;
    actions.push({
      id: `serious-incident.action.notify-${n.kind}`,
      description:
        n.kind === 'looked-after-child-death'
          ? "Notify the Secretary of State for Education and Ofsted of the looked after child's death through the Child Safeguarding Incident Notification System, whether or not abuse or neglect was involved. Working Together sets no timescale for this notification."
          : "Notify the Secretary of State for Education and Ofsted of the care leaver's death through the Child Safeguarding Incident Notification System. Working Together sets no timescale for this notification." +
            (n.fullLearningProcess || panel ? '' : ' No rapid review or local child safeguarding practice review is required for this notification.'),
      role: n.notifiedBy,
      citation: n.citation[0]!,
    });
  }

  if (analysis.outcome === 'consult-panel') {
    actions.push({
      id: 'serious-incident.action.consult-panel',
      description:
        "Consult the Child Safeguarding Practice Review Panel for advice before submitting a notification, weighing how long ago the harm happened, the opportunities for learning, and whether the learning is mainly for adult or children's services.",
      role: PARTNERS,
      citation: workingTogether.adultsHarmedInChildhood,
    });
  }

  // Luton local practice: any child death goes to the safeguarding partnership for consideration of a review.
  if (facts.childDied === true && !(typeof facts.ageInYears === 'number' && facts.ageInYears >= 18)) {
    actions.push({
      id: 'serious-incident.action.luton-child-death-cspr-consideration',
      description:
        'Inform the local safeguarding partnership of the child\'s death so that it can consider a child safeguarding practice review (Luton practice; the Luton guidance names the Local Safeguarding Children Board, whose role the safeguarding partners now hold). Whether to review stays the safeguarding partners\' decision under Working Together 2026.',
      role: 'Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement',
      citation: luton.childDeathCsprConsideration,
    });
  }

  if (!panel && (input.lcsprDecisionOn !== undefined || input.publicationOn !== undefined) && analysis.outcome !== 'insufficient-information') {
    notes.push({
      id: 'serious-incident.note.lcspr-dates-not-used',
      text: 'The LCSPR dates given were not used: no serious incident notification to the Panel is required here, so there is no rapid review or LCSPR. A local learning review the partners choose to hold is not an LCSPR and is not submitted to the Panel.',
      citation: workingTogether.careLeaver18AndOver,
    });
  }
  if (analysis.outcome === 'not-required' || analysis.outcome === 'notify-secretary-of-state-and-ofsted') {
    notes.push({
      id: 'serious-incident.note.local-learning-review',
      text: 'The safeguarding partners may still choose to hold their own local learning review (for example to learn from good or poor practice, or from a near miss). It is outside the formal process, is not called an LCSPR and is not submitted to the Panel.',
      citation: analysis.outcome === 'not-required' ? workingTogether.criteriaNotMet : workingTogether.careLeaver18AndOver,
    });
  }
  if (panel || panelPossible || analysis.consultPanel) {
    notes.push({
      id: 'serious-incident.note.partners-decide',
      text: "All three safeguarding partners share the decision whether an incident meets the criteria for notification, the Director of Children's Services has final oversight of the notification's quality and accuracy, and disagreements go to the locally agreed dispute resolution process. This result is advice for that decision.",
      citation: workingTogether.partnersDecideNotification,
    });
  }
  if (panel) {
    notes.push({
      id: 'serious-incident.note.lead-area',
      text: 'Where the children are known to more than one area, the safeguarding partners of those areas agree who leads the reviews; if they cannot agree, the area that notified leads, working with the others.',
      citation: workingTogether.leadArea,
    });
  }
  if (panel && analysis.notificationType !== 'other') {
    notes.push({
      id: 'serious-incident.note.notification-type',
      text: 'Incidents are notified as "death" or "serious harm"; the partners may use "other" only with a clear rationale.',
      citation: workingTogether.notificationType,
    });
  }

  if (notifications.some((n) => n.kind !== 'serious-incident')) {
    notes.push({
      id: 'serious-incident.note.death-notification-no-timescale',
      text: 'Working Together sets no timescale for notifying the Secretary of State and Ofsted of the death of a looked after child or a care leaver, so no deadline is given for it; make it promptly. (The five working days apply to the serious incident notification to the Panel only.)',
      citation: notifications.find((n) => n.kind !== 'serious-incident')!.citation[0]!,
    });
  }
  if (panel) {
    notes.push({
      id: 'serious-incident.note.rapid-review-non-statutory',
      text: "The rapid review's 15 working days are a non-statutory requirement, set out with the Panel's practice guidance; the notification's five working days and the LCSPR's six months come from the statutory guidance.",
      citation: workingTogether.summaryNotification,
    });
  }

  if (panel && input.asOf === undefined) {
    notes.push({
      id: 'serious-incident.note.judged-without-as-of',
      text: 'No date to judge on (asOf) was given, so the deadlines are judged on the dates recorded alone: work recorded as done is met or late, and every other deadline whose clock has started is shown as due, without saying whether its due date has passed. Give asOf to know which are overdue.',
      citation: workingTogether.whoNotifies,
    });
  }

  return { deadlines, actions, notes, notifications, readings, ...(panelDueIfRequired === undefined ? {} : { panelDueIfRequired }) };
}

function panelActions(
  input: ParsedInput,
  panel: SeriousIncidentNotification,
  notifyDeadline: Deadline | undefined,
  deadlines: SeriousIncidentDeadline[],
  actions: SeriousIncidentAction[],
  readings: Set<string>,
  calendar: Calendar | undefined,
  notYetIdentified: boolean,
): void {
  // Paragraph 374: a child not yet identified does not hold the notification back.
  const unidentified = notYetIdentified
    ? ' The child is not yet identified: notify without delay with the limited information known, without waiting to know who the child is, and complete the details as facts emerge.'
    : '';
  const children =
    input.childrenInvolved !== undefined && input.childrenInvolved > 1
      ? ` The incident involves ${input.childrenInvolved} children: all of them go in this one notification, fully and accurately.`
      : ' Make one notification for the incident, covering every child involved (even if a child is not yet identified).';
  const type = panel.type === undefined ? '' : ` Notify it as ${TYPE_WORDS[panel.type]}.`;
  // Several children of one incident may be assessed one at a time: the first notification then serves them all.
  const late = notifyDeadline !== undefined && input.notifiedOn !== undefined && input.notifiedOn > notifyDeadline.due;
  const already =
    input.notifiedOn === undefined
      ? ''
      : ` The notification was submitted on ${input.notifiedOn}${late ? `, after the due date ${notifyDeadline!.due}: it was late, so record the reason on the case` : ''}; check that it includes this child rather than making a second one.`;
  actions.push({
    id: 'serious-incident.action.notify-panel',
    // Once submitted, the step reads as done (and whether it was on time), not as a step still to take.
    description:
      input.notifiedOn === undefined
        ? `Notify the Child Safeguarding Practice Review Panel of the serious incident through the Child Safeguarding Incident Notification System.${type}${unidentified}${children}`
        : `Done:${already}`,
    role: panel.notifiedBy,
    ...(notifyDeadline ? { due: notifyDeadline.due, deadlineId: notifyDeadline.id } : {}),
    ...(notifyDeadline ? {} : { waitingFor: { field: 'awareOn', question: 'On what date did the safeguarding partners become aware of the incident?' } }),
    citation: workingTogether.whoNotifies,
  });
  actions.push({
    id: 'serious-incident.action.dcs-oversight',
    description: 'Check the quality and accuracy of the notification before it is submitted.',
    role: "Director of Children's Services (DCS)",
    citation: workingTogether.partnersDecideNotification,
  });
  actions.push({
    id: 'serious-incident.action.consider-wider-risk',
    description:
      'Consider whether the incident also poses a wider risk to other children, for example in an institution where several children may have been harmed, or where there may be earlier victims of long-running harm.',
    role: PARTNERS,
    citation: workingTogether.widerRisk,
  });

  const rapid = input.notifiedOn === undefined ? undefined : computeDeadline('serious-incident.rapid-review', 'notifiedOn', input.notifiedOn, calendar);
  actions.push({
    id: 'serious-incident.action.rapid-review',
    description:
      'Carry out a rapid review promptly after the notification and submit it to the Panel only: gather the facts, take any immediate action needed for children\'s safety, and decide the next steps, including whether to undertake a local child safeguarding practice review (LCSPR). Tell the Panel that decision. The 15-working-day timescale is non-statutory and comes with the Panel\'s practice guidance.',
    role: PARTNERS,
    ...(rapid ? { due: rapid.due, deadlineId: rapid.id } : { waitingFor: { field: 'notifiedOn', question: 'On what date was the serious incident notification submitted to the Panel?' } }),
    citation: workingTogether.summaryNotification,
  });
  actions.push({
    id: 'serious-incident.action.decide-lcspr',
    description:
      'Decide, together and transparently, whether to undertake an LCSPR, taking the four statutory criteria into account; record the decision and the rationale and tell the family. An LCSPR does not follow every rapid review automatically.',
    role: PARTNERS,
    citation: workingTogether.lcsprCriteria,
  });

  const decided = input.lcsprDecisionOn;
  if (decided !== undefined) {
    actions.push({
      id: 'serious-incident.action.inform-of-lcspr',
      description: 'As soon as the LCSPR is decided, tell the Panel, Ofsted and the Department for Education, giving the name of the reviewer commissioned.',
      role: PARTNERS,
      citation: workingTogether.tellPanelOfLcsprDecision,
    });
  }
  const lcsprDue = decided === undefined ? undefined : computeDeadline('serious-incident.lcspr-published', 'lcsprDecisionOn', decided, calendar);
  actions.push({
    id: 'serious-incident.action.publish-lcspr',
    description:
      'If an LCSPR is undertaken, complete and publish it as soon as possible and no later than six months after the decision to initiate it (or the information about improvements, where publishing the report would be inappropriate). Tell the Panel and the Secretary of State the reasons for any delay, for example an ongoing criminal investigation or inquest.',
    role: PARTNERS,
    ...(lcsprDue
      ? { due: lcsprDue.due, deadlineId: lcsprDue.id }
      : { waitingFor: { field: 'lcsprDecisionOn', question: 'On what date did the safeguarding partners decide to initiate an LCSPR?' } }),
    citation: workingTogether.lcsprWithinSixMonths,
  });

  const published = input.publicationOn;
  // Publication after the six months (planned or, by asOf, not yet happened) brings the duty to give the reasons (para 408).
  const publicationLate =
    lcsprDue !== undefined &&
    (published !== undefined ? published > lcsprDue.due : input.asOf !== undefined && input.asOf > lcsprDue.due);
  if (publicationLate) {
    actions.push({
      id: 'serious-incident.action.give-reasons-for-delay',
      description: `The LCSPR ${published !== undefined ? `is to be published on ${published}, after` : 'has not been published by'} the six-month limit (${lcsprDue!.due}): inform the Panel and the Secretary of State of the reasons for the delay (for example an ongoing criminal investigation, inquest or prosecution).`,
      role: PARTNERS,
      citation: workingTogether.lcsprWithinSixMonths,
    });
  }
  const report = published === undefined ? undefined : computeDeadline('serious-incident.report-to-panel-and-secretary-of-state', 'publicationOn', published, calendar);
  const kept = published === undefined ? undefined : computeDeadline('serious-incident.publication-kept-available', 'publicationOn', published, calendar);
  // A function, not one object: each action gets its own `waitingFor`.
  const waitingForPublication = () => ({ waitingFor: { field: 'publicationOn', question: 'On what date will the LCSPR report (or the information about improvements) be published?' } });
  actions.push({
    id: 'serious-incident.action.send-report-before-publication',
    description:
      'Send a copy of the full report (or of the information about improvements) to the Panel and to the Secretary of State for Education, and to Ofsted, no later than seven working days before publication.',
    role: PARTNERS,
    ...(report ? { due: report.due, deadlineId: report.id } : waitingForPublication()),
    citation: workingTogether.reportBeforePublication,
  });
  actions.push({
    id: 'serious-incident.action.keep-published',
    description: 'Keep the published report or information publicly available for at least one year.',
    role: PARTNERS,
    // Before publication (a date after asOf is a plan) the year has not started, and its deadline is not yet triggered.
    ...(kept && (input.asOf === undefined || published! <= input.asOf) ? { due: kept.due, deadlineId: kept.id } : waitingForPublication()),
    citation: workingTogether.publishedForOneYear,
  });

  for (const judged of judgeProcessDeadlines(
    {
      asOf: input.asOf,
      awareOn: input.awareOn,
      notifiedOn: input.notifiedOn,
      rapidReviewSubmittedOn: input.rapidReviewSubmittedOn,
      lcsprDecisionOn: decided,
      publicationOn: published,
      reportSentOn: input.reportSentOn,
      stillPublishedOn: input.stillPublishedOn,
    },
    { ...(notifyDeadline ? { notify: notifyDeadline } : {}), ...(rapid ? { rapid } : {}), ...(lcsprDue ? { lcspr: lcsprDue } : {}), ...(report ? { report } : {}), ...(kept ? { kept } : {}) },
    calendar,
    readings,
  )) {
    deadlines.push(judged);
  }
}
