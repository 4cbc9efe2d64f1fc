/**
 * What follows a national alert decision. When an alert is advised: the
 * sign-off chain in the procedure's order (social worker's template, Service
 * Manager's quality assurance, Head of Service approval, cascade, Family
 * Safeguarding Service Manager), then the follow-up. For an alert already
 * issued: each six-monthly re-issue through the same chain, re-tested
 * against the thresholds; the "found" notification once the child is
 * located; withdrawal when the alert could no longer be issued, with the
 * authority of a known locality contacted instead of a "found" notification.
 * Otherwise: what is still missing before an alert can be considered. Where
 * the procedure's own document links the Need to Know notification, the
 * action hands the case to `assessNeedToKnow` with the answers to pass.
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Action, ActionHandOff } from '../engine/decision-result.js';
import { alerts } from './citations.js';
import { ntk as needToKnowCitations } from '../need-to-know/citations.js';
import { roles } from './roles.js';
import type { NationalAlertOutcome, ThresholdCheck } from './national-alert-outcome.js';
import type { AlertSubject } from './facts.js';

export interface NationalAlertActionContext {
  outcome: NationalAlertOutcome;
  unmetThresholds: ThresholdCheck[];
  /** Every threshold, for the re-test of a re-issue. */
  thresholds: ThresholdCheck[];
  /** Whether the child is eligible, as far as is known (`not-reassessed` for an alert already issued). */
  eligibility: 'eligible' | 'not-eligible' | 'unknown' | 'not-reassessed';
  /** True when an alert has already been issued (`alertIssuedOn` given): the first sign-off chain is done. */
  alreadyIssued: boolean;
  /** The date of the decision, to tell a re-issue or deletion date that has already passed. */
  asOf: IsoDate;
  subject: AlertSubject | undefined;
  childProtectionPlan: boolean | undefined;
  /** The child is in care (looked after): in care, on a Care Order or accommodated. */
  inCare: boolean;
  /** Known to have been missing more than 24 hours: two days or more since \`missingSince\`, or an alert already issued. */
  missingOverADay: boolean;
  familyMissing: boolean | undefined;
  knownLocality: boolean | undefined;
  planEndedSinceAlert: boolean | undefined;
  /** For an alert already issued: whether the date of its latest notification is known. */
  latestNotificationKnown: boolean;
  /** For an alert already issued whose fate is open: whether it may yet be kept (and so re-issued). */
  mayBeKept: boolean;
  foundNotificationSentOn?: IsoDate;
  missingSince?: IsoDate;
  /** The first day an alert may be issued (three weeks missing), when that day is still to come. */
  earliestAlertOn?: IsoDate;
  /** Whether the three weeks are the one thing left (eligible, every other threshold met). */
  onlyThreeWeeksLeft?: boolean;
  /** The next re-issue: judged for an alert already issued, not yet triggered for one advised. */
  reissue?: JudgedDeadline;
  /** The deletion by other authorities without a follow-up, likewise. */
  deletion?: JudgedDeadline;
  /** For an alert to withdraw whose latest notification is dated: the day other authorities delete it if it is left to stand. */
  lapsesOn?: IsoDate;
}

export function nationalAlertActions(context: NationalAlertActionContext): Action[] {
  switch (context.outcome) {
    case 'issue-alert':
      return [...signOffChain(), ...followUp(context), ...needToKnowFor(context)];
    case 'keep-alert':
      return [...reissue(context), ...needToKnowFor(context)];
    case 'end-alert':
      return [
        {
          id: 'national-alert.action.send-found-notification',
          description:
            'The child has been located (seen, or their address confirmed): send a national "found" notification now, so that other authorities close the alert. Do not re-issue the alert.',
          role: roles.serviceManager,
          citation: copyCitation(alerts.endStep1),
        },
        ...needToKnowFor(context),
      ];
    case 'withdraw-alert':
      return withdraw(context);
    case 'alert-ended':
      return [
        {
          id: 'national-alert.action.alert-ended',
          description: `The "found" notification was sent on ${context.foundNotificationSentOn}: the alert has ended. Nothing is re-issued; if the child goes missing again, a new alert is decided afresh (assessNationalAlert without alertIssuedOn).`,
          role: roles.serviceManager,
          citation: copyCitation(alerts.endStep1),
        },
      ];
    case 'not-really-missing':
      return [...notReallyMissing(context), ...(context.eligibility === 'not-eligible' ? [notAMissingPersonProcess()] : []), ...needToKnowFor(context)];
    case 'not-yet':
      // Finding the family is worth doing whoever the child is, so the advice
      // on each threshold stays when the child is also known to be outside
      // the alerts (an eligibility answer only ever adds to a "not yet").
      return [...(context.eligibility === 'not-eligible' ? [notAMissingPersonProcess()] : []), ...notYet(context), ...needToKnowFor(context)];
    case 'not-eligible':
      return [notAMissingPersonProcess(), ...needToKnowFor(context)];
    case 'insufficient-information': {
      // Already known: no alert can follow, whatever the missing answers.
      const noAlert = !context.alreadyIssued && (context.unmetThresholds.length > 0 || context.eligibility === 'not-eligible');
      return [
        {
          id: 'national-alert.action.answer-missing-questions',
          description: context.alreadyIssued
            ? `Answer the questions in missingFacts; until then it cannot be said whether the alert already issued stays current, ends with a "found" notification or should be withdrawn.${context.reissue ? ' Its re-issue and deletion dates below stand meanwhile.' : ''}`
            : noAlert
              ? 'No national alert can be issued on what is already known; the questions in missingFacts only tell which answer applies ("not yet", "not really missing" or "not eligible"). Answer them to record which.'
              : 'Answer the questions in missingFacts; until then it cannot be said whether a national alert should be issued.',
          role: roles.socialWorker,
          citation: copyCitation(context.alreadyIssued ? alerts.endStep1 : alerts.threshold2),
        },
        // An alert already issued that may still be kept keeps its re-issue and deletion dates while the questions are answered.
        ...(context.alreadyIssued && context.mayBeKept ? reissue(context) : []),
        ...(noAlert
          ? [
              ...(context.eligibility === 'not-eligible' ? [notAMissingPersonProcess()] : []),
              ...(context.unmetThresholds.some((t) => t.ruleId === 'national-alert.threshold.really-missing') ? notReallyMissing(context) : []),
              ...notYet(context),
            ]
          : []),
        // A child on a plan known to be missing needs the Need to Know notification whatever the alert's answers.
        ...(context.alreadyIssued ? [] : needToKnowFor(context)),
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
    citation: copyCitation(alerts.basicPrinciples),
  };
}

const CUSTODIAN =
  'Alerts go from child protection custodian to custodian (or Designated Officer): this is not simply an administrative task.';

function signOffChain(): Action[] {
  return [
    {
      id: 'national-alert.action.1-complete-template',
      description:
        "Complete the 'Notification of Missing Luton Child Subject to a Child Protection Plan' template (Appendix 3), with enough information for the threshold decision and for the alert to other local authorities.",
      role: roles.socialWorker,
      citation: copyCitation(alerts.issueStep1),
    },
    {
      id: 'national-alert.action.2-quality-assure',
      description: 'Quality assure the notification, checking the right information is included, then send it to the Head of Service for approval.',
      role: roles.serviceManager,
      citation: copyCitation(alerts.issueStep2),
    },
    {
      id: 'national-alert.action.3-approve',
      description: 'Approve and sign off the national alert.',
      role: roles.headOfService,
      citation: copyCitation(alerts.issueStep3),
    },
    {
      id: 'national-alert.action.4-cascade',
      description: `Forward the signed-off alert to Management Information, who cascade it across the national list of child protection custodians and designated officers. ${CUSTODIAN}`,
      role: roles.headOfService,
      citation: copyCitation(alerts.issueStep4),
    },
    {
      id: 'national-alert.action.5-inform-family-safeguarding',
      description: 'Forward the national alert to the Family Safeguarding Service Manager.',
      role: roles.headOfService,
      citation: copyCitation(alerts.issueStep5),
    },
  ];
}

/** The follow-up of a new alert: the "found" notification to come, and the re-issue and deletion, whose clocks start when it is issued. */
function followUp(context: NationalAlertActionContext): Action[] {
  const actions: Action[] = [foundWhenLocated()];
  if (context.reissue) {
    const since = context.missingSince ? ` (${context.missingSince})` : '';
    actions.push({
      id: 'national-alert.action.reissue-every-six-months',
      description: `While the child is not located, issue a new notification every 6 months after the alert, giving the date the child originally went missing${since}; each goes through the same sign-off chain and is re-tested against the thresholds. The first is due six months after the day the alert is issued.`,
      role: roles.serviceManager,
      deadlineId: context.reissue.id,
      citation: copyCitation(context.reissue.citation),
    });
  }
  if (context.deletion) actions.push(deletionAction(context, context.deletion));
  return actions;
}

function foundWhenLocated(): Action {
  return {
    id: 'national-alert.action.found-notification',
    description:
      'When the child is located (seen, or their address confirmed), send a national "found" notification. Knowing only the town or country the family is in is not being located: contact the authority for that locality instead.',
    role: roles.serviceManager,
    citation: copyCitation(alerts.endStep1),
  };
}

function deletionAction(context: NationalAlertActionContext, deletion: JudgedDeadline): Action {
  if (deletion.due === undefined) {
    return {
      id: 'national-alert.action.deletion-if-no-follow-up',
      description:
        'If no follow-up notification has been received 12 months after the latest notification and the alert is still current, other local authorities delete it from their systems; the six-monthly re-issue keeps it current.',
      role: roles.otherAuthorityLeadOfficers,
      deadlineId: deletion.id,
      citation: copyCitation(deletion.citation),
    };
  }
  return {
    id: 'national-alert.action.deletion-if-no-follow-up',
    description: `If no follow-up notification has been received by ${deletion.due} (12 months after the latest notification) and the alert is still current, other local authorities delete it from their systems; the six-monthly re-issue keeps it current.${deletion.due < context.asOf ? ' That date has passed, so other authorities may already have deleted the alert (Luton\'s own step, the re-issue as a new alert to every custodian, is the Service Manager\'s: see the re-issue above).' : ''}`,
    role: roles.otherAuthorityLeadOfficers,
    due: deletion.due,
    deadlineId: deletion.id,
    citation: copyCitation(deletion.citation),
  };
}

/**
 * An alert already issued and still needed: the next re-issue, which is a
 * new notification through the same chain, re-tested against the thresholds
 * (see the re-issue interpretation), and the deletion date.
 */
function reissue(context: NationalAlertActionContext): Action[] {
  const actions: Action[] = [foundWhenLocated()];
  const next = context.reissue?.due !== undefined ? { id: context.reissue.id, due: context.reissue.due } : undefined;
  const deleted = context.deletion?.due !== undefined && context.deletion.due < context.asOf;
  const when = next === undefined ? '' : deleted || next.due < context.asOf ? ' now' : ` by ${next.due}`;
  const dated = next ? { due: next.due, deadlineId: next.id } : {};
  const since = context.missingSince ? ` (${context.missingSince})` : ' (missingSince: give it, the re-issue must state it)';
  actions.push({
    id: 'national-alert.action.reissue-every-six-months',
    description: next
      ? `The child is still not located: make sure a new notification is issued every 6 months, giving the date the child originally went missing${since}. The next is due by ${next.due}.${next.due < context.asOf ? ' That date has passed: the re-issue is overdue.' : ''}${deleted ? ' Other authorities may already have deleted the alert, so it goes out as a new alert to every custodian.' : ''} It is a new notification: it goes through the steps below.`
      : `The child is still not located: a new notification is issued every 6 months, giving the date the child originally went missing${since}, through the steps below. Record when the latest re-issue was sent (lastFollowUpOn), or that none has been (anyFollowUpSent: false): the next re-issue and the deletion date count from it, and are not judged until it is known.`,
    role: roles.serviceManager,
    ...dated,
    citation: copyCitation(alerts.endStep1),
  });
  const retest = context.thresholds
    .map((t) => `${t.title.replace(/^Threshold: /, '')}: ${t.status === 'met' ? 'met' : t.status === 'not-met' ? 'NOT met' : 'to confirm'}`)
    .join('; ');
  const unmet = context.thresholds.some((t) => t.status === 'not-met');
  actions.push(
    {
      id: 'national-alert.action.reissue-1-complete-template',
      description: `For the re-issue${when}: complete a new 'Notification of Missing Luton Child Subject to a Child Protection Plan' (Appendix 3), giving the date the child originally went missing and what has been done to find them since.`,
      role: roles.socialWorker,
      ...dated,
      citation: copyCitation(alerts.issueStep1),
    },
    {
      id: 'national-alert.action.reissue-2-quality-assure',
      description: `Quality assure the re-issue and re-test it against the notification thresholds, as every national alert notification is (${retest}).${unmet ? ' A threshold is not met: the re-issue cannot go out until it is.' : ''} Then send it to the Head of Service for approval.`,
      role: roles.serviceManager,
      ...dated,
      citation: copyCitation(alerts.basicPrinciples),
    },
    {
      id: 'national-alert.action.reissue-3-approve',
      description: 'Approve and sign off the re-issued national alert.',
      role: roles.headOfService,
      ...dated,
      citation: copyCitation(alerts.issueStep3),
    },
    {
      id: 'national-alert.action.reissue-4-cascade',
      description: `Forward the signed-off re-issue to Management Information to cascade across the national custodian and designated officer list: without the cascade it does not reach the other authorities. ${CUSTODIAN}`,
      role: roles.headOfService,
      ...dated,
      citation: copyCitation(alerts.issueStep4),
    },
    {
      id: 'national-alert.action.reissue-5-inform-family-safeguarding',
      description: 'Forward the re-issued alert to the Family Safeguarding Service Manager.',
      role: roles.headOfService,
      ...dated,
      citation: copyCitation(alerts.issueStep5),
    },
  );
  if (context.deletion) actions.push(deletionAction(context, context.deletion));
  return actions;
}

/** An alert that should no longer stand, for a child not located: no re-issue and no "found" notification. */
function withdraw(context: NationalAlertActionContext): Action[] {
  const actions: Action[] = [];
  if (context.subject === 'vulnerable-adult') {
    actions.push({
      id: 'national-alert.action.withdraw-alert',
      description:
        'The alert on record is about a vulnerable adult: national child protection alerts are not a missing-person process for vulnerable adults. Do not re-issue it; the Service Manager decides how the custodians are told that it is withdrawn. Follow the usual missing-person procedures for the adult.',
      role: roles.serviceManager,
      citation: copyCitation(alerts.basicPrinciples),
    });
    return actions;
  }
  if (context.knownLocality === true) {
    actions.push({
      id: 'national-alert.action.contact-locality-authority',
      description:
        `The family is now known to be in a particular locality, but the child has not been located: this is not a "found", so do not send a "found" notification. Contact the local authority for that locality (its children\'s services and child protection custodian) with what is known, so that they can find the child. A re-issue would not meet the first threshold, so the alert is not re-issued; the Service Manager decides whether to withdraw it now or let it stand until it lapses: without a follow-up, other authorities delete it twelve months after the latest notification${lapseDay(context)}.`,
      role: roles.serviceManager,
      citation: copyCitation(alerts.threshold1),
    });
  }
  if (context.planEndedSinceAlert === true) {
    actions.push({
      id: 'national-alert.action.withdraw-alert',
      description:
        `The child protection plan (or the danger the alert was issued for) has ended while the child is still not located: do not re-issue the alert, and do not send a "found" notification, since nobody has found the child. The Service Manager decides how the custodians are told that the alert is withdrawn; otherwise other authorities delete it twelve months after the latest notification${lapseDay(context)}.`,
      role: roles.serviceManager,
      citation: copyCitation(alerts.basicPrinciples),
    });
  }
  return [...actions, ...needToKnowFor(context)];
}

/** Advice on each unmet threshold (the really-missing one has its own outcome and advice). */
const thresholdAdvice: Record<string, string> = {
  'national-alert.threshold.temporary-absence-excluded':
    'Rule out a temporary absence: check with family, friends and neighbours whether the family is staying with someone or on holiday, and whether a parent is in custody.',
  'national-alert.threshold.reasonable-attempts':
    'Make reasonable attempts to find the family: ask the police for any information and contact all local key agencies.',
};

function notReallyMissing(context: NationalAlertActionContext): Action[] {
  // Each answer adds its own advice, so a later answer never takes one back.
  const actions: Action[] = [];
  if (context.familyMissing === false) {
    actions.push({
      id: 'national-alert.action.family-not-missing',
      description: 'The family is not missing: a national child protection alert is not used.',
      role: roles.socialWorker,
      citation: copyCitation(alerts.threshold1),
    });
  }
  if (context.knownLocality === true) {
    actions.push({
      id: 'national-alert.action.contact-locality-authority',
      description:
        "The family is known to be in a particular locality and only the address is unknown: this does not constitute a national alert. Contact the local authority for that locality (its children's services and child protection custodian) with what is known, and keep trying to find the address.",
      role: roles.socialWorker,
      citation: copyCitation(alerts.threshold1),
    });
  }
  return actions;
}

function notYet(context: NationalAlertActionContext): Action[] {
  const actions: Action[] = [];
  for (const threshold of context.unmetThresholds) {
    if (threshold.ruleId === 'national-alert.threshold.really-missing') continue;
    if (threshold.ruleId === 'national-alert.threshold.three-weeks' && context.earliestAlertOn !== undefined) {
      // Not a deadline: the first day the alert may be issued, so `earliestOn`, never `due`.
      actions.push({
        id: 'national-alert.action.reassess-after-three-weeks',
        description: context.onlyThreeWeeksLeft
          ? `The family went missing on ${context.missingSince}; three weeks will have passed on ${context.earliestAlertOn}. Every other threshold is met: reassess on that day if they are still missing. An alert cannot be issued before.`
          : `The family went missing on ${context.missingSince}; three weeks will have passed on ${context.earliestAlertOn}, the earliest day an alert may be issued (not being seen for several days is not enough). Keep trying to find them, and reassess then if the other thresholds are met by that day.`,
        role: roles.socialWorker,
        earliestOn: context.earliestAlertOn,
        citation: copyCitation(threshold.citation[0]!),
      });
      continue;
    }
    if (threshold.ruleId === 'national-alert.threshold.three-weeks') {
      // Not dated only when the missing date is unknown (the threshold then is not "not met") or no alert can follow.
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

/**
 * The Need to Know notifications the same Luton document asks for a missing
 * child (on a child protection plan, an unborn child whose parents cannot be
 * found, a looked after child missing over 24 hours), each with the answers
 * to pass to `assessNeedToKnow`. Only for a child known to be missing; each
 * answer only adds one (a child in care on a plan gets both). A hand-off
 * carries every fact this decision knows that the other reads (the child's
 * statuses, missing now, missing over 24 hours) and nothing it knows to be
 * false: a plan is passed only while it is known to stand.
 */
/** ", on 2027-05-07" for an alert left to lapse whose latest notification is dated (and a word when that day has passed); nothing otherwise. */
function lapseDay(context: NationalAlertActionContext): string {
  if (context.lapsesOn === undefined) return '';
  return `, on ${context.lapsesOn}${context.lapsesOn < context.asOf ? ' (a date already passed: it may already be deleted)' : ''}`;
}

function needToKnowFor(context: NationalAlertActionContext): Action[] {
  if (context.subject !== 'child' && context.subject !== 'unborn-child') return [];
  const located = context.outcome === 'end-alert';
  if (!located && context.familyMissing !== true) return [];
  const actions: Action[] = [];
  const onPlan = context.childProtectionPlan === true && context.planEndedSinceAlert !== true;
  const childStatus = [...(context.inCare && context.subject === 'child' ? ['looked-after'] : []), ...(onPlan ? ['child-protection-plan'] : [])];
  const known = (input: Record<string, unknown>): Record<string, unknown> => ({
    ...(childStatus.length > 0 ? { childStatus: [...childStatus] } : {}),
    ...input,
    ...(context.subject === 'unborn-child' ? { childIsUnborn: true } : {}),
    ...(!located && context.missingOverADay ? { missingMoreThan24Hours: true } : {}),
  });
  const handOff = (input: Record<string, unknown>): ActionHandOff => ({ decision: 'need-to-know', function: 'assessNeedToKnow', input: { asOf: context.asOf, ...known(input) } });
  if (located) {
    if (context.childProtectionPlan === true || context.alreadyIssued) {
      actions.push({
        id: 'national-alert.action.need-to-know-resolved',
        description:
          'If a Need to Know notification was made for the missing child, it is now for the Service Manager to finalise, the child having been found: see assessNeedToKnow with the date it was sent (notifiedOn) and whether the situation is resolved.',
        role: roles.serviceManager,
        citation: copyCitation(needToKnowCitations.management),
        passesTo: handOff({ childMissing: false }),
      });
    }
    return actions;
  }
  // For an alert already issued whose plan is not said to have ended, the plan it was issued on is taken
  // to stand for the notification, but not passed as an answer: the Need to Know decision asks it.
  const planUnsaid = context.alreadyIssued && context.childProtectionPlan === undefined && context.planEndedSinceAlert !== true && !context.inCare;
  if (onPlan || planUnsaid) {
    actions.push(
      context.subject === 'unborn-child'
        ? {
            id: 'national-alert.action.need-to-know-for-missing-child',
            description: onPlan
              ? "An unborn child on a plan whose parents' whereabouts are unknown needs a Need to Know notification, updated weekly while they are missing: see assessNeedToKnow (childStatus child-protection-plan, childIsUnborn and parentsWhereaboutsUnknown true)."
              : "An unborn child still on a child protection plan whose parents' whereabouts are unknown needs a Need to Know notification, updated weekly while they are missing: see assessNeedToKnow (childIsUnborn and parentsWhereaboutsUnknown true; say whether the plan still stands in childStatus).",
            role: roles.socialWorker,
            citation: copyCitation(needToKnowCitations.cinAndCp),
            passesTo: handOff({ parentsWhereaboutsUnknown: true }),
          }
        : {
            id: 'national-alert.action.need-to-know-for-missing-child',
            description: onPlan
              ? 'A child on a child protection plan who is missing from home needs a Need to Know notification, updated weekly while they are missing, whatever becomes of the alert: see assessNeedToKnow (childStatus child-protection-plan, childMissing true).'
              : 'A child still on a child protection plan who is missing from home needs a Need to Know notification, updated weekly while they are missing, whatever becomes of the alert: see assessNeedToKnow (childMissing true; say whether the plan still stands in childStatus).',
            role: roles.socialWorker,
            citation: copyCitation(needToKnowCitations.cinAndCp),
            passesTo: handOff({ childMissing: true }),
          },
    );
  }
  if (context.inCare && context.subject === 'child') {
    actions.push({
      id: 'national-alert.action.need-to-know-for-looked-after-child',
      description: `A looked after child missing for more than 24 hours needs a Need to Know notification, updated weekly while they are missing, whatever becomes of the alert: see assessNeedToKnow (childStatus looked-after, childMissing true${context.missingOverADay ? ', missingMoreThan24Hours true' : '; say whether they have been missing more than 24 hours'}).`,
      role: roles.socialWorker,
      citation: copyCitation(needToKnowCitations.lookedAfter),
      passesTo: handOff({ childMissing: true }),
    });
  }
  return actions;
}
