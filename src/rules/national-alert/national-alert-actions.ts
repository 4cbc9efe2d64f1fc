/**
 * What follows a national alert decision. When an alert is advised: the
 * sign-off chain in the procedure's order (social worker's template, Service
 * Manager's quality assurance, Head of Service approval, cascade, Family
 * Safeguarding Service Manager), then the follow-up — a "found" notification,
 * six-monthly re-issue and the twelve-month deletion date. Otherwise: what is
 * still missing before an alert can be considered.
 */
import { copyCitation } from '../../schemas/citation.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Action } from '../engine/decision-result.js';
import { alerts } from './citations.js';
import { roles } from './roles.js';
import type { NationalAlertOutcome, ThresholdCheck } from './assess-national-alert.js';

export interface NationalAlertActionContext {
  outcome: NationalAlertOutcome;
  unmetThresholds: ThresholdCheck[];
  /** Whether the child is eligible, as far as is known (`not-reassessed` for an alert already issued). */
  eligibility: 'eligible' | 'not-eligible' | 'unknown' | 'not-reassessed';
  /** True when an alert has already been issued (`alertIssuedOn` given): the sign-off chain is done. */
  alreadyIssued: boolean;
  /** The date of the decision, to tell a re-issue or deletion date that has already passed. */
  asOf: IsoDate;
  missingSince?: IsoDate;
  /** The first day an alert may be issued (three weeks missing), when that is the one threshold left. */
  earliestAlertOn?: IsoDate;
  reissue?: Deadline;
  deletion?: Deadline;
}

export function nationalAlertActions(context: NationalAlertActionContext): Action[] {
  switch (context.outcome) {
    case 'issue-alert':
      return [...(context.alreadyIssued ? [] : signOffChain()), ...followUp(context)];
    case 'keep-alert':
      return followUp(context);
    case 'end-alert':
      return [
        {
          id: 'national-alert.action.send-found-notification',
          description:
            'Send a national "found" notification now, so that other authorities close the alert: the child has been located, or the alert is no longer needed (see the interpretation). Do not re-issue the alert.',
          role: roles.serviceManager,
          citation: alerts.endStep1,
        },
      ];
    case 'not-yet':
      // Finding the family is worth doing whoever the child is, so the advice
      // on each threshold stays when the child is also known to be outside
      // the alerts (an eligibility answer only ever adds to a "not yet").
      return [...(context.eligibility === 'not-eligible' ? [notAMissingPersonProcess()] : []), ...notYet(context)];
    case 'not-eligible':
      return [notAMissingPersonProcess()];
    case 'insufficient-information': {
      // Already known: no alert can follow, whatever the missing answers.
      const noAlert = !context.alreadyIssued && (context.unmetThresholds.length > 0 || context.eligibility === 'not-eligible');
      return [
        {
          id: 'national-alert.action.answer-missing-questions',
          description: noAlert
            ? 'No national alert can be issued on what is already known; the questions in missingFacts only tell "not yet" from "not eligible". Answer them to record which.'
            : 'Answer the questions in missingFacts; until then it cannot be said whether a national alert should be issued.',
          role: roles.socialWorker,
          citation: alerts.threshold2,
        },
        // An alert already issued keeps its re-issue and deletion dates while the questions are answered.
        ...(context.alreadyIssued ? followUp(context) : []),
        ...(noAlert ? [...(context.eligibility === 'not-eligible' ? [notAMissingPersonProcess()] : []), ...notYet(context)] : []),
      ];
    }
  }
}

function notAMissingPersonProcess(): Action {
  return {
    id: 'national-alert.action.not-a-missing-person-process',
    description:
      'Do not issue a national child protection alert: they are for children on a child protection plan (and the exceptional cases the procedure names), not a missing-person process for vulnerable adults, unaccompanied asylum seekers or children in care. Follow the usual missing-person procedures.',
    role: roles.socialWorker,
    citation: alerts.basicPrinciples,
  };
}

function signOffChain(): Action[] {
  return [
    {
      id: 'national-alert.action.1-complete-template',
      description:
        "Complete the 'Notification of Missing Luton Child Subject to a Child Protection Plan' template (Appendix 3), with enough information for the threshold decision and for the alert to other local authorities.",
      role: roles.socialWorker,
      citation: alerts.issueStep1,
    },
    {
      id: 'national-alert.action.2-quality-assure',
      description: 'Quality assure the notification, checking the right information is included, then send it to the Head of Service for approval.',
      role: roles.serviceManager,
      citation: alerts.issueStep2,
    },
    {
      id: 'national-alert.action.3-approve',
      description: 'Approve and sign off the national alert.',
      role: roles.headOfService,
      citation: alerts.issueStep3,
    },
    {
      id: 'national-alert.action.4-cascade',
      description:
        'Forward the signed-off alert to Management Information, who cascade it across the national list of child protection custodians and designated officers.',
      role: roles.headOfService,
      citation: alerts.issueStep4,
    },
    {
      id: 'national-alert.action.5-inform-family-safeguarding',
      description: 'Forward the national alert to the Family Safeguarding Service Manager.',
      role: roles.headOfService,
      citation: alerts.issueStep5,
    },
  ];
}

function followUp(context: NationalAlertActionContext): Action[] {
  const actions: Action[] = [
    {
      id: 'national-alert.action.found-notification',
      description: 'When the child or children are found, send a national "found" notification.',
      role: roles.serviceManager,
      citation: alerts.endStep1,
    },
  ];
  if (context.reissue) {
    const since = context.missingSince ? ` (${context.missingSince})` : '';
    actions.push({
      id: 'national-alert.action.reissue-every-six-months',
      description: `While the child is not found, issue a new notification every 6 months, giving the date the child originally went missing${since}. The next one is due by ${context.reissue.due}${context.alreadyIssued ? '' : ', counting from today (asOf) as the date the alert is issued'}.${context.reissue.due < context.asOf ? ' That date has passed: the re-issue is overdue.' : ''}`,
      role: roles.serviceManager,
      due: context.reissue.due,
      deadlineId: context.reissue.id,
      citation: copyCitation(context.reissue.citation),
    });
  }
  if (context.deletion) {
    actions.push({
      id: 'national-alert.action.deletion-if-no-follow-up',
      description: `If no follow-up notification has been received by ${context.deletion.due} (12 months after the latest notification) and the alert is still current, other local authorities delete it from their systems; the six-monthly re-issue keeps it current.${context.deletion.due < context.asOf ? ' That date has passed, so other authorities may already have deleted the alert: re-issue it now.' : ''}`,
      role: roles.otherAuthorityLeadOfficers,
      due: context.deletion.due,
      deadlineId: context.deletion.id,
      citation: copyCitation(context.deletion.citation),
    });
  }
  return actions;
}

/** What to do about each unmet threshold. */
const thresholdAdvice: Record<string, string> = {
  'national-alert.threshold.really-missing':
    'The family is not really missing if they are known to be in a particular locality and only the address is unknown: keep trying to find the address; a national alert is not used for this.',
  'national-alert.threshold.temporary-absence-excluded':
    'Rule out a temporary absence: check with family, friends and neighbours whether the family is staying with someone or on holiday, and whether a parent is in custody.',
  'national-alert.threshold.reasonable-attempts':
    'Make reasonable attempts to find the family: ask the police for any information and contact all local key agencies.',
};

function notYet(context: NationalAlertActionContext): Action[] {
  const actions: Action[] = [];
  for (const threshold of context.unmetThresholds) {
    if (threshold.ruleId === 'national-alert.threshold.three-weeks' && context.earliestAlertOn !== undefined) {
      // Not a deadline: the first day the alert may be issued, so `earliestOn`, never `due`.
      actions.push({
        id: 'national-alert.action.reassess-after-three-weeks',
        description: `The family went missing on ${context.missingSince}; three weeks will have passed on ${context.earliestAlertOn}. Every other threshold is met: reassess on that day if they are still missing. An alert cannot be issued before.`,
        role: roles.socialWorker,
        earliestOn: context.earliestAlertOn,
        citation: copyCitation(threshold.citation[0]!),
      });
      continue;
    }
    if (threshold.ruleId === 'national-alert.threshold.three-weeks') {
      // Something else is open or unmet too, so no date is promised: the
      // same step, dated once the three weeks are the one thing left.
      actions.push({
        id: 'national-alert.action.reassess-after-three-weeks',
        description:
          'Three weeks have not yet passed since the family went missing (not being seen for several days is not enough). Keep trying to find them and reassess once three weeks have passed and the other thresholds are met; an alert cannot be issued before.',
        role: roles.socialWorker,
        citation: copyCitation(threshold.citation[0]!),
      });
      continue;
    }
    const advice = thresholdAdvice[threshold.ruleId];
    if (advice) {
      actions.push({
        id: `national-alert.action.meet-${threshold.ruleId.slice('national-alert.threshold.'.length)}`,
        description: advice,
        role: roles.socialWorker,
        citation: copyCitation(threshold.citation[0]!),
      });
    }
  }
  return actions;
}
