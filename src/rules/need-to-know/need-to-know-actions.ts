/**
 * What follows a Need to Know decision. Before a notification is sent: who
 * consults, decides, completes, sends, records and reviews it, and the extra
 * steps the guidance sets for allegations against adults in a position of
 * trust, missing children and child deaths. For a notification already sent:
 * the updates while it is open (weekly for a missing child), the Service
 * Manager's closure (page 2) once the situation is resolved, and what remains
 * once it is closed. Where the sources link another decision (the national
 * alert for a missing child, the serious incident notification for a death or
 * serious injury), the action hands the case to it with the answers to pass.
 * Each action cites its section.
 */
import { copyCitation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import type { Action, ActionHandOff } from '../engine/decision-result.js';
import { alerts } from '../national-alert/citations.js';
import { ntk, workingTogether } from './citations.js';
import { needToKnowInbox, roles } from './roles.js';

/** Where a notification stands: not yet sent (`first`), open and kept updated, to close, closed, or sent but its fate still open. */
export type NotificationStage = 'first' | 'keep' | 'close' | 'closed' | 'open';

export interface NeedToKnowActionContext {
  outcome: 'notification-required' | 'not-required' | 'keep-notification' | 'close-notification' | 'notification-closed' | 'insufficient-information';
  stage: NotificationStage;
  asOf: IsoDate;
  /** A matched circumstance concerns an allegation about an adult in a position of trust. */
  adultInPositionOfTrust: boolean;
  /** A matched circumstance other than such an allegation (so the Team Manager's completion step stays too). */
  otherCircumstance: boolean;
  /** A child is involved (a matched circumstance is about a child, or the child's status is given). */
  childInvolved: boolean;
  /** A residential home closure or incident: recorded on each placed child's record. */
  residentialHome: boolean;
  /** A matched circumstance is a staff or carer accident, which also needs the standard Health and Safety procedures. */
  healthAndSafety: boolean;
  /** The child is on a child protection plan. */
  childProtectionPlan: boolean;
  /** A child (or unborn child) on a child protection plan is missing: the national alert procedure may apply. */
  childProtectionPlanChildMissing: boolean;
  /** The child is unborn. */
  unborn: boolean;
  /** A looked after child is missing now: the exceptional national alerts may apply. */
  lookedAfterChildMissing: boolean;
  /** Whether the child is missing now (an unborn child whose parents cannot be found is). */
  missingNow: boolean | undefined;
  /** The notification is (or would be) about a missing child. */
  missingChildNotification: boolean;
  /** The next weekly update: judged for a notification already sent, not yet triggered for one advised. */
  weeklyUpdate?: JudgedDeadline;
  /** A notification out for a child missing now, but the date of its latest update is not known (asked). */
  latestUpdateAsked: boolean;
  /** The child has died (answered yes). */
  childDied: boolean;
  /** A death or serious injury of the child is among the circumstances. */
  deathOrSeriousInjury: boolean;
  /** Whether the child is looked after or a care leaver (looked after wins when both are given). */
  lookedAfterStatus?: 'looked-after' | 'care-leaver';
}

export function needToKnowActions(context: NeedToKnowActionContext): Action[] {
  switch (context.stage) {
    case 'first':
      return context.outcome === 'notification-required' ? firstNotification(context) : adviceActions(context.outcome === 'not-required' ? 'not-required' : 'insufficient-information');
    case 'keep':
      return [...updateOnDeath(context), ...keepOpen(context)];
    case 'close':
      return [...updateOnDeath(context), ...close(context), ...deathSteps(context)];
    case 'closed':
      // A death is the Head of Service's duty to report whatever became of the notification.
      return [...closed(), ...deathSteps(context)];
    case 'open':
      return [
        ...updateOnDeath(context),
        {
          id: 'need-to-know.action.say-whether-resolved',
          description:
            'The notification has been sent. Say whether the Service Manager considers the situation resolved (situationResolved): if so, the Service Manager finalises page 2 and sends it to the inbox and the Service Director; if not, it stays open and is updated. The form is not completed again.',
          role: roles.serviceManager,
          citation: copyCitation(ntk.management),
        },
        // Still open until page 2 is finalised: monitored and reviewed meanwhile.
        monitor(),
        weeklyDmtReview(),
        ...pointers(context),
        ...deathSteps(context),
      ];
  }
}

/**
 * A notification already out whose child has since died: the death is the
 * change the notification is updated for "very quickly", whether or not the
 * Service Manager yet considers the situation resolved.
 */
function updateOnDeath(context: NeedToKnowActionContext): Action[] {
  if (!context.childDied) return [];
  return [
    {
      id: 'need-to-know.action.update-on-child-death',
      description:
        "The child has died since the notification was sent: update the notification very quickly with the death, a significant new development, before it is finalised. The Head of Service's report to the safeguarding partnership and the serious incident decision (below) follow whether or not the situation is yet considered resolved.",
      role: roles.teamManager,
      citation: copyCitation(ntk.updating),
    },
  ];
}

/** Before a notification is sent: the whole process of the form. */
function firstNotification(context: NeedToKnowActionContext): Action[] {
  const actions: Action[] = [
    {
      id: 'need-to-know.action.team-manager-consults-service-manager',
      description: 'Consult the Service Manager before starting the Need to Know notification process.',
      role: roles.teamManager,
      citation: copyCitation(ntk.introduction),
    },
    {
      id: 'need-to-know.action.service-manager-decides',
      description:
        'Decide whether the circumstances need a Need to Know notification. The library advises that they do; the decision is the Service Manager’s.',
      role: roles.serviceManager,
      citation: copyCitation(ntk.introduction),
    },
  ];

  if (context.adultInPositionOfTrust) {
    actions.push({
      id: 'need-to-know.action.lado-completes-notification',
      description: context.otherCircumstance
        ? 'Complete the Need to Know notification for the allegation about an adult in a position of trust: the LADO normally completes it. The other circumstances of this case stay with the Team Manager (see the next step).'
        : 'Complete the Need to Know notification: where an allegation is made about an adult in a position of trust with children, the LADO normally completes it.',
      role: roles.lado,
      citation: copyCitation(ntk.introduction),
    });
  }
  if (context.otherCircumstance || !context.adultInPositionOfTrust) {
    actions.push({
      // In a mixed case the Team Manager's step is its own action, so the reading it rests on is returned with it.
      id: context.adultInPositionOfTrust ? 'need-to-know.action.complete-notification-other-circumstances' : 'need-to-know.action.complete-notification',
      description: `Arrange completion of the Need to Know Notification Form${context.adultInPositionOfTrust ? ' for the circumstances other than the allegation (the LADO completes that part)' : ''}: a brief alert with enough information for senior managers to form an initial view, not a full report.`,
      role: roles.teamManager,
      citation: copyCitation(ntk.circulation),
    });
  }

  actions.push(
    {
      id: 'need-to-know.action.send-to-service-director-and-inbox',
      description: `Send the completed notification to the Service Director, Operations, Statutory Social Work and Early Help & Prevention Services (who decides whether the Director of Children's Services is told) and to the Need to Know inbox, ${needToKnowInbox}.`,
      role: roles.serviceManager,
      citation: copyCitation(ntk.circulation),
    },
    {
      id: 'need-to-know.action.tell-on-call-service-manager',
      description: 'Tell the on-call Service Manager about the notification.',
      role: roles.serviceManager,
      citation: copyCitation(ntk.circulation),
    },
    {
      id: 'need-to-know.action.consider-broader-circulation',
      description:
        "Consider circulating the notification more widely, and to the Luton Children's Safeguarding Board (the guidance's name; the local safeguarding partnership now holds its role) as appropriate. Any recipient may pass it on, on a need-to-know basis only.",
      role: roles.serviceDirector,
      citation: copyCitation(ntk.circulation),
    },
  );
  actions.push(...recordSteps(context));

  if (context.adultInPositionOfTrust) {
    actions.push(
      {
        id: 'need-to-know.action.record-on-allegations-database',
        description:
          'Record the notification about an adult in a position of trust on the allegations management database. (The guidance does not say who records it; the role given is a suggestion to confirm.)',
        role: roles.unnamedTeamAndServiceManagers,
        citation: copyCitation(ntk.recording),
      },
      {
        id: 'need-to-know.action.anonymise-circulation',
        description:
          'Consider whether the name of the adult the allegation is about must be restricted; if so, share only an anonymised version with Service Directors and DMT. (The guidance does not say who decides; the role given is a suggestion to confirm.)',
        role: roles.unnamedServiceManager,
        citation: copyCitation(ntk.circulation),
      },
      consultLadoBeforeCirculation(),
    );
  }

  if (context.healthAndSafety) {
    actions.push({
      id: 'need-to-know.action.follow-health-and-safety-procedures',
      description:
        'Follow the standard Health and Safety procedures for the accident as well: the notification is in addition to them, not instead of them. (The guidance does not say who does this; the role given is a suggestion to confirm.)',
      role: roles.unnamedTeamManager,
      citation: copyCitation(ntk.staffAndCarers),
    });
  }

  actions.push(...pointers(context), updateIfSituationChanges(), monitor(), weeklyDmtReview());
  actions.push(...weeklyUpdateSteps(context));
  actions.push(...deathSteps(context));

  actions.push(
    {
      id: 'need-to-know.action.consider-strategic-response',
      description:
        'Consider whether the situation needs a strategic response: an Elected Member briefing, or a response co-ordinated across services (the Ofsted notification is the next step). (The guidance does not say who considers it; the role given is a suggestion to confirm.)',
      role: roles.unnamedServiceManager,
      citation: copyCitation(ntk.introduction),
    },
    {
      id: 'need-to-know.action.consider-ofsted-notification',
      description:
        'Consider whether an Ofsted notification is also needed (see the Ofsted Notification guidance); in serious situations the Need to Know notification may form its basis. (The guidance does not say who considers it; the role given is a suggestion to confirm.)',
      role: roles.unnamedServiceManager,
      citation: copyCitation(ntk.introduction),
    },
    {
      id: 'need-to-know.action.finalise-when-resolved',
      description: `When the situation is resolved, finalise the update section (page 2) of the notification, saying why it is resolved and any learning points, and send it to ${needToKnowInbox} and the Service Director.`,
      role: roles.serviceManager,
      citation: copyCitation(ntk.management),
    },
    debrief(),
  );
  return actions;
}

/** A notification already sent and not resolved: kept open and updated. */
function keepOpen(context: NeedToKnowActionContext): Action[] {
  const actions: Action[] = [updateIfSituationChanges(), ...weeklyUpdateSteps(context)];
  if (context.childInvolved) {
    actions.push({
      id: 'need-to-know.action.record-updates-on-child-record',
      description: "Place each updated notification, the managers' emails and instructions, and later developments on the child's electronic record.",
      role: roles.teamAndServiceManagers,
      citation: copyCitation(ntk.recording),
    });
  }
  if (context.residentialHome) actions.push(recordOnPlacedChildren());
  if (context.adultInPositionOfTrust) actions.push(consultLadoBeforeCirculation());
  actions.push(monitor(), weeklyDmtReview(), ...pointers(context), ...deathSteps(context));
  actions.push({
    id: 'need-to-know.action.finalise-when-resolved',
    description: `When the Service Manager considers the situation resolved, finalise the update section (page 2), saying why it is resolved and any learning points, and send it to ${needToKnowInbox} and the Service Director.`,
    role: roles.serviceManager,
    citation: copyCitation(ntk.management),
  });
  return actions;
}

/** A notification already sent whose situation is resolved: the Service Manager closes it. */
function close(context: NeedToKnowActionContext): Action[] {
  const actions: Action[] = [
    {
      id: 'need-to-know.action.finalise-page-2',
      description: `The situation is resolved: finalise the update section (page 2) of the notification, describing why the matter is considered resolved (for example, the missing child has returned) and any learning points that can be picked up in the wider organisation, and send it to ${needToKnowInbox} and the Service Director. Weekly updates stop; the form is not completed again.`,
      role: roles.serviceManager,
      citation: copyCitation(ntk.management),
    },
  ];
  if (context.childInvolved) {
    actions.push({
      id: 'need-to-know.action.record-updates-on-child-record',
      description: "Place the finalised notification, with the managers' emails and instructions, on the child's electronic record.",
      role: roles.teamAndServiceManagers,
      citation: copyCitation(ntk.recording),
    });
  }
  if (context.residentialHome) actions.push(recordOnPlacedChildren());
  actions.push(
    {
      id: 'need-to-know.action.monitor-resolution',
      description: 'Check that the situation has been resolved satisfactorily before the notification is taken off the list of open notifications.',
      role: roles.administrativeSupport,
      citation: copyCitation(ntk.management),
    },
    debrief(),
    fullerAnalysis(),
    ...pointers(context),
  );
  return actions;
}

/** A notification finalised: only the debrief and a possible fuller analysis remain. */
function closed(): Action[] {
  return [
    {
      id: 'need-to-know.action.notification-closed',
      description: 'The notification has been finalised and closed: nothing more is updated, and the form is not completed again. If the situation arises anew, a new notification is decided afresh (without notifiedOn).',
      role: roles.serviceManager,
      citation: copyCitation(ntk.management),
    },
    debrief(),
    fullerAnalysis(),
  ];
}

function recordSteps(context: NeedToKnowActionContext): Action[] {
  const actions: Action[] = [
    {
      id: 'need-to-know.action.managers-email-actions',
      description:
        'Whoever receives the notification (the Director of Children’s Services, the Service Director or any manager) emails any actions they require to the Service or Team Manager responsible, who carries them out and places the email on the child’s electronic record.',
      role: roles.managersInReceipt,
      citation: copyCitation(ntk.management),
    },
  ];
  if (context.childInvolved) {
    actions.push({
      id: 'need-to-know.action.record-on-child-record',
      description:
        "Place the notification, every update, the managers' emails and instructions, and later developments on the child's electronic record.",
      role: roles.teamAndServiceManagers,
      citation: copyCitation(ntk.recording),
    });
  }
  if (context.residentialHome) actions.push(recordOnPlacedChildren());
  return actions;
}

function recordOnPlacedChildren(): Action {
  return {
    id: 'need-to-know.action.record-on-placed-childrens-records',
    description:
      "Place the notification about the residential home, and its updates, on the electronic record of each Luton child placed at the home (the closure or incident concerns all of them, not one child).",
    role: roles.teamAndServiceManagers,
    citation: copyCitation(ntk.recording),
  };
}

function consultLadoBeforeCirculation(): Action {
  return {
    id: 'need-to-know.action.consult-lado-before-wider-circulation',
    description: 'Consult the LADO before circulating the notification any more widely.',
    role: roles.anyRecipient,
    citation: copyCitation(ntk.circulation),
  };
}

function updateIfSituationChanges(): Action {
  return {
    id: 'need-to-know.action.update-if-situation-changes',
    description:
      'Update the notification very quickly if the situation changes, and as needed after that; updates are short and report only significant or newly discovered facts.',
    role: roles.teamManager,
    citation: copyCitation(ntk.updating),
  };
}

function monitor(): Action {
  return {
    id: 'need-to-know.action.monitor-updates-and-resolution',
    description: 'Monitor the notification to make sure that regular, appropriate updates are received and that the situation is resolved satisfactorily.',
    role: roles.administrativeSupport,
    citation: copyCitation(ntk.management),
  };
}

function weeklyDmtReview(): Action {
  return {
    id: 'need-to-know.action.weekly-dmt-review',
    description: 'Review the notification at the weekly Children, Families & Education DMT meeting until it is resolved.',
    role: roles.dmt,
    citation: copyCitation(ntk.circulation),
  };
}

function debrief(): Action {
  return {
    id: 'need-to-know.action.consider-debrief',
    description: 'After a serious incident, decide whether a formal debriefing meeting is needed to identify learning.',
    role: roles.serviceDirector,
    citation: copyCitation(ntk.management),
  };
}

function fullerAnalysis(): Action {
  return {
    id: 'need-to-know.action.fuller-analysis-if-asked',
    description:
      'If asked, provide a fuller analysis of the severity and impact of the incident, with recommendations about future practice and the lessons to be learnt.',
    role: roles.serviceManager,
    citation: copyCitation(ntk.updating),
  };
}

/** A missing child's weekly update: dated, to be dated once the latest update is known, or to start with the notification. */
function weeklyUpdateSteps(context: NeedToKnowActionContext): Action[] {
  const update = context.weeklyUpdate;
  const unborn = context.unborn ? " (an unborn child whose parents cannot be found is missing with them)" : '';
  if (update?.status === 'not-yet-triggered') {
    return [
      {
        id: 'need-to-know.action.weekly-missing-child-update',
        description: `The child is missing now${unborn}: once the notification is sent, send an updated notification every week while they are missing, the first a week after the notification. Updates are short and report only significant or new facts.`,
        role: roles.teamManager,
        deadlineId: update.id,
        citation: copyCitation(update.citation),
      },
    ];
  }
  if (update !== undefined && update.due !== undefined) {
    return [
      {
        id: 'need-to-know.action.weekly-missing-child-update',
        description:
          update.status === 'overdue'
            ? `Send an updated Need to Know notification now: a weekly update was due by ${update.due} and none is recorded since. Updates are required every week while the child is missing${unborn}, and are short, reporting only significant or new facts.`
            : `Send an updated Need to Know notification every week while the child is missing${unborn}; the next update is due by ${update.due}. Updates are short and report only significant or new facts.`,
        role: roles.teamManager,
        due: update.due,
        deadlineId: update.id,
        citation: copyCitation(update.citation),
      },
    ];
  }
  if (context.latestUpdateAsked) {
    return [
      {
        id: 'need-to-know.action.weekly-missing-child-update',
        description:
          'The child is still missing: an updated notification is required every week. Record when the latest update was sent (lastUpdateSentOn), or that none has been since the notification (anyUpdateSent: false): the next update is counted from it, and is not judged (nor assumed sent) until it is known.',
        role: roles.teamManager,
        deadlineId: 'need-to-know.missing-child-weekly-update',
        citation: copyCitation(ntk.updating),
      },
    ];
  }
  return [];
}

/** On a child's death: the Head of Service to the safeguarding partnership, and the Secretary of State and Ofsted for a looked after child or care leaver. */
function deathSteps(context: NeedToKnowActionContext): Action[] {
  const actions: Action[] = [];
  if (context.childDied) {
    actions.push({
      id: 'need-to-know.action.inform-safeguarding-partnership',
      description:
        "Inform the local safeguarding children partnership (the guidance says the LSCB) of the child's death so that it can consider a Child Safeguarding Practice Review (CSPR). Whether the Child Safeguarding Practice Review Panel must be notified of a serious incident too: see assessSeriousIncident.",
      role: roles.headOfService,
      citation: copyCitation(ntk.management),
      passesTo: seriousIncidentHandOff(context),
    });
    if (context.lookedAfterStatus) {
      const lookedAfter = context.lookedAfterStatus === 'looked-after';
      actions.push({
        id: 'need-to-know.action.notify-secretary-of-state-and-ofsted',
        description: lookedAfter
          ? 'Notify the Secretary of State for Education and Ofsted of the death of a looked after child through the Child Safeguarding Incident Notification System, whether or not abuse or neglect is suspected. Working Together sets no timescale for this notification; see assessSeriousIncident for whether the Panel must be notified too.'
          : 'Notify the Secretary of State for Education and Ofsted of the death of a care leaver aged up to and including 24 through the Child Safeguarding Incident Notification System. Working Together sets no timescale for this notification; see assessSeriousIncident for what else follows.',
        role: roles.localAuthority,
        citation: copyCitation(lookedAfter ? workingTogether.lookedAfterDeath : workingTogether.careLeaverDeath),
        passesTo: seriousIncidentHandOff(context),
      });
    }
  } else if (context.deathOrSeriousInjury) {
    actions.push({
      id: 'need-to-know.action.consider-serious-incident-notification',
      description:
        'The child has been seriously injured: if abuse or neglect is known or suspected, the Child Safeguarding Practice Review Panel must be notified of a serious incident within five working days of the safeguarding partners becoming aware. See assessSeriousIncident.',
      role: roles.safeguardingPartners,
      citation: copyCitation(workingTogether.panelNotification),
      passesTo: seriousIncidentHandOff(context),
    });
  }
  return actions;
}

function seriousIncidentHandOff(context: NeedToKnowActionContext): ActionHandOff {
  const input: Record<string, unknown> = { asOf: context.asOf };
  if (context.childDied) input.childDied = true;
  else input.seriouslyHarmed = true;
  if (context.lookedAfterStatus === 'looked-after') input.lookedAfter = true;
  if (context.lookedAfterStatus === 'care-leaver') input.careLeaver = true;
  return { decision: 'serious-incident', function: 'assessSeriousIncident', input };
}

/** The national alert the same document's procedure may call for: a child (or unborn child) on a plan missing, or a looked after child missing. */
function pointers(context: NeedToKnowActionContext): Action[] {
  const actions: Action[] = [];
  if (context.stage === 'close' || context.stage === 'closed' || (context.stage === 'open' && context.childDied)) {
    if (context.childProtectionPlan && context.missingNow === false) {
      actions.push({
        id: 'need-to-know.action.end-national-alert-if-issued',
        description:
          'If a national child protection alert was issued while the child was missing, it ends with a national "found" notification now that the child has been located: see assessNationalAlert with the date it was issued (alertIssuedOn) and childLocated true.',
        role: roles.serviceManager,
        citation: copyCitation(alerts.endStep1),
        passesTo: { decision: 'national-alert', function: 'assessNationalAlert', input: { asOf: context.asOf, subject: context.unborn ? 'unborn-child' : 'child', childLocated: true } },
      });
    }
    return actions;
  }
  if (context.childProtectionPlanChildMissing) {
    actions.push({
      id: 'need-to-know.action.consider-national-alert',
      description: context.unborn
        ? "The unborn child is on a child protection plan and the parents' whereabouts are unknown: if the mother has gone missing from the area, assess whether a national child protection alert is needed; the alerts name unborn babies. See assessNationalAlert. The alert has its own thresholds, including at least three weeks missing."
        : 'The child is on a child protection plan and missing: if the family has gone missing from the area, assess whether a national child protection alert is needed. See assessNationalAlert. The alert has its own thresholds, including at least three weeks missing.',
      role: roles.socialWorker,
      citation: copyCitation(alerts.basicPrinciples),
      passesTo: { decision: 'national-alert', function: 'assessNationalAlert', input: { asOf: context.asOf, subject: context.unborn ? 'unborn-child' : 'child', childProtectionPlan: true } },
    });
  }
  if (context.lookedAfterChildMissing) {
    actions.push({
      id: 'need-to-know.action.consider-exceptional-national-alert',
      description:
        'National child protection alerts are not a missing-person process for children in care, but exceptionally one can be issued: for a child on a Care Order abducted by someone who poses a significant risk, or a child accommodated after child protection concerns removed without notice by such a person (or around a section 47 investigation). See assessNationalAlert.',
      role: roles.socialWorker,
      citation: copyCitation(alerts.exceptional),
      passesTo: { decision: 'national-alert', function: 'assessNationalAlert', input: { asOf: context.asOf, subject: 'child', inCare: true } },
    });
  }
  return actions;
}

/** When no notification is advised (yet), the guidance's route for doubt still applies. */
function adviceActions(outcome: 'not-required' | 'insufficient-information'): Action[] {
  const actions: Action[] = [];
  if (outcome === 'insufficient-information') {
    actions.push({
      id: 'need-to-know.action.answer-missing-questions',
      description: 'Answer the questions in missingFacts; until then it cannot be said whether a notification is needed.',
      role: roles.practitioner,
      citation: copyCitation(ntk.lookedAfter),
    });
  }
  actions.push({
    id: 'need-to-know.action.discuss-with-line-manager',
    description:
      outcome === 'not-required'
        ? 'None of the listed circumstances applies. The list is not exhaustive: if unsure whether a notification is needed, discuss it with your line manager; the Service Manager decides.'
        : 'If unsure whether a notification is needed, discuss it with your line manager; the Service Manager decides.',
    role: roles.practitioner,
    citation: copyCitation(ntk.introduction),
  });
  return actions;
}
