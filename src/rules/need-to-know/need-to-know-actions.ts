/**
 * What follows a Need to Know decision: who consults, decides, completes,
 * sends, records and reviews the notification, and the extra steps the
 * guidance sets for allegations against adults in a position of trust,
 * missing children and child deaths. Each action cites its section.
 */
import { copyCitation } from '../../schemas/citation.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { Action } from '../engine/decision-result.js';
import { alerts } from '../national-alert/citations.js';
import { ntk, workingTogether } from './citations.js';

const nationalAlertPrinciples = alerts.basicPrinciples;
import { needToKnowInbox, roles } from './roles.js';

export interface NeedToKnowActionContext {
  outcome: 'notification-required' | 'not-required' | 'insufficient-information';
  /** A matched circumstance concerns an allegation about an adult in a position of trust. */
  adultInPositionOfTrust: boolean;
  /** A matched circumstance other than such an allegation (so the Team Manager's completion step stays too). */
  otherCircumstance: boolean;
  /** A child is involved (a matched circumstance is about a child, or the child's status is given). */
  childInvolved: boolean;
  /** A matched circumstance is a staff or carer accident, which also needs the standard Health and Safety procedures. */
  healthAndSafety: boolean;
  /** A child on a child protection plan is missing from home: the national alert procedure may apply. */
  childProtectionPlanChildMissing: boolean;
  /** Whether the weekly update is overdue (the last update, or the notification, was more than a week ago). */
  missingChildUpdateOverdue?: boolean;
  /** A matched circumstance is a missing child; carries the next weekly update. */
  missingChildUpdate?: Deadline;
  /** The child has died (answered yes). */
  childDied: boolean;
  /** Whether the child is looked after or a care leaver (looked after wins when both are given). */
  lookedAfterStatus?: 'looked-after' | 'care-leaver';
}

export function needToKnowActions(context: NeedToKnowActionContext): Action[] {
  if (context.outcome !== 'notification-required') return adviceActions(context.outcome);

  const actions: Action[] = [
    {
      id: 'need-to-know.action.team-manager-consults-service-manager',
      description: 'Consult the Service Manager before starting the Need to Know notification process.',
      role: roles.teamManager,
      citation: ntk.introduction,
    },
    {
      id: 'need-to-know.action.service-manager-decides',
      description:
        'Decide whether the circumstances need a Need to Know notification. The library advises that they do; the decision is the Service Manager’s.',
      role: roles.serviceManager,
      citation: ntk.introduction,
    },
  ];

  if (context.adultInPositionOfTrust) {
    actions.push({
      id: 'need-to-know.action.lado-completes-notification',
      description: context.otherCircumstance
        ? 'Complete the Need to Know notification for the allegation about an adult in a position of trust: the LADO normally completes it. The other circumstances of this case stay with the Team Manager (see the next step).'
        : 'Complete the Need to Know notification: where an allegation is made about an adult in a position of trust with children, the LADO normally completes it.',
      role: roles.lado,
      citation: ntk.introduction,
    });
  }
  if (context.otherCircumstance || !context.adultInPositionOfTrust) {
    actions.push({
      // In a mixed case the Team Manager's step is its own action, so the reading it rests on is returned with it.
      id: context.adultInPositionOfTrust ? 'need-to-know.action.complete-notification-other-circumstances' : 'need-to-know.action.complete-notification',
      description: `Arrange completion of the Need to Know Notification Form${context.adultInPositionOfTrust ? ' for the circumstances other than the allegation (the LADO completes that part)' : ''}: a brief alert with enough information for senior managers to form an initial view, not a full report.`,
      role: roles.teamManager,
      citation: ntk.circulation,
    });
  }

  actions.push(
    {
      id: 'need-to-know.action.send-to-service-director-and-inbox',
      description: `Send the completed notification to the Service Director, Operations, Statutory Social Work and Early Help & Prevention Services (who decides whether the Director of Children's Services is told) and to the Need to Know inbox, ${needToKnowInbox}.`,
      role: roles.serviceManager,
      citation: ntk.circulation,
    },
    {
      id: 'need-to-know.action.tell-on-call-service-manager',
      description: 'Tell the on-call Service Manager about the notification.',
      role: roles.serviceManager,
      citation: ntk.circulation,
    },
    {
      id: 'need-to-know.action.consider-broader-circulation',
      description:
        "Consider circulating the notification more widely, and to the Luton Children's Safeguarding Board (the guidance's name; the local safeguarding partnership now holds its role) as appropriate. Any recipient may pass it on, on a need-to-know basis only.",
      role: roles.serviceDirector,
      citation: ntk.circulation,
    },
  );
  if (context.childInvolved) {
    actions.push({
      id: 'need-to-know.action.record-on-child-record',
      description:
        "Place the notification, every update, the managers' emails and instructions, and later developments on the child's electronic record.",
      role: roles.teamAndServiceManagers,
      citation: ntk.recording,
    });
  }

  if (context.adultInPositionOfTrust) {
    actions.push(
      {
        id: 'need-to-know.action.record-on-allegations-database',
        description:
          'Record the notification about an adult in a position of trust on the allegations management database. (The guidance does not say who records it; the role given is a suggestion to confirm.)',
        role: roles.unnamedTeamAndServiceManagers,
        citation: ntk.recording,
      },
      {
        id: 'need-to-know.action.anonymise-circulation',
        description:
          'Consider whether the name of the adult the allegation is about must be restricted; if so, share only an anonymised version with Service Directors and DMT. (The guidance does not say who decides; the role given is a suggestion to confirm.)',
        role: roles.unnamedServiceManager,
        citation: ntk.circulation,
      },
      {
        id: 'need-to-know.action.consult-lado-before-wider-circulation',
        description: 'Consult the LADO before circulating the notification any more widely.',
        role: roles.anyRecipient,
        citation: ntk.circulation,
      },
    );
  }

  if (context.healthAndSafety) {
    actions.push({
      id: 'need-to-know.action.follow-health-and-safety-procedures',
      description:
        'Follow the standard Health and Safety procedures for the accident as well: the notification is in addition to them, not instead of them. (The guidance does not say who does this; the role given is a suggestion to confirm.)',
      role: roles.unnamedTeamManager,
      citation: ntk.staffAndCarers,
    });
  }

  if (context.childProtectionPlanChildMissing) {
    actions.push({
      id: 'need-to-know.action.consider-national-alert',
      description:
        'The child is on a child protection plan and missing: if the family has gone missing from the area, assess whether a national child protection alert is needed (assessNationalAlert). The alert has its own thresholds, including at least three weeks missing.',
      role: roles.socialWorker,
      citation: nationalAlertPrinciples,
    });
  }

  actions.push(
    {
      id: 'need-to-know.action.update-if-situation-changes',
      description:
        'Update the notification very quickly if the situation changes, and as needed after that; updates are short and report only significant or newly discovered facts.',
      role: roles.teamManager,
      citation: ntk.updating,
    },
    {
      id: 'need-to-know.action.monitor-updates-and-resolution',
      description: 'Monitor the notification to make sure that regular, appropriate updates are received and that the situation is resolved satisfactorily.',
      role: roles.administrativeSupport,
      citation: ntk.management,
    },
  );

  actions.push({
    id: 'need-to-know.action.weekly-dmt-review',
    description: 'Review the notification at the weekly Children, Families & Education DMT meeting until it is resolved.',
    role: roles.dmt,
    citation: ntk.circulation,
  });

  if (context.missingChildUpdate) {
    const update = context.missingChildUpdate;
    actions.push({
      id: 'need-to-know.action.weekly-missing-child-update',
      description: context.missingChildUpdateOverdue
        ? `Send an updated Need to Know notification now: a weekly update was due by ${update.due} and has not been sent. Updates are required every week while the child is missing, and are short, reporting only significant or new facts.`
        : `Send an updated Need to Know notification every week while the child is missing; the next update is due by ${update.due}. Updates are short and report only significant or new facts.`,
      role: roles.teamManager,
      due: update.due,
      deadlineId: update.id,
      // A copy: the Deadline in `deadlines` keeps its own.
      citation: copyCitation(update.citation),
    });
  }

  if (context.childDied) {
    actions.push({
      id: 'need-to-know.action.inform-safeguarding-partnership',
      description:
        "Inform the local safeguarding children partnership (the guidance says the LSCB) of the child's death so that it can consider a Child Safeguarding Practice Review (CSPR).",
      role: roles.headOfService,
      citation: ntk.management,
    });
    if (context.lookedAfterStatus) {
      const lookedAfter = context.lookedAfterStatus === 'looked-after';
      actions.push({
        id: 'need-to-know.action.notify-secretary-of-state-and-ofsted',
        description: lookedAfter
          ? 'Notify the Secretary of State for Education and Ofsted of the death of a looked after child through the Child Safeguarding Incident Notification System, whether or not abuse or neglect is suspected. Working Together sets no timescale for this notification; see assessSeriousIncident for whether the Panel must be notified too.'
          : 'Notify the Secretary of State for Education and Ofsted of the death of a care leaver aged up to and including 24 through the Child Safeguarding Incident Notification System. Working Together sets no timescale for this notification; see assessSeriousIncident for what else follows.',
        role: roles.localAuthority,
        citation: lookedAfter ? workingTogether.lookedAfterDeath : workingTogether.careLeaverDeath,
      });
    }
  }

  actions.push(
    {
      id: 'need-to-know.action.consider-ofsted-notification',
      description:
        'Consider whether an Ofsted notification is also needed (see the Ofsted Notification guidance); in serious situations the Need to Know notification may form its basis. (The guidance does not say who considers it; the role given is a suggestion to confirm.)',
      role: roles.unnamedServiceManager,
      citation: ntk.introduction,
    },
    {
      id: 'need-to-know.action.finalise-when-resolved',
      description: `When the situation is resolved, finalise the update section (page 2) of the notification, saying why it is resolved and any learning points, and send it to ${needToKnowInbox} and the Service Director.`,
      role: roles.serviceManager,
      citation: ntk.management,
    },
    {
      id: 'need-to-know.action.consider-debrief',
      description: 'After a serious incident, decide whether a formal debriefing meeting is needed to identify learning.',
      role: roles.serviceDirector,
      citation: ntk.management,
    },
  );
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
      citation: ntk.lookedAfter,
    });
  }
  actions.push({
    id: 'need-to-know.action.discuss-with-line-manager',
    description:
      outcome === 'not-required'
        ? 'None of the listed circumstances applies. The list is not exhaustive: if unsure whether a notification is needed, discuss it with your line manager; the Service Manager decides.'
        : 'If unsure whether a notification is needed, discuss it with your line manager; the Service Manager decides.',
    role: roles.practitioner,
    citation: ntk.introduction,
  });
  return actions;
}
