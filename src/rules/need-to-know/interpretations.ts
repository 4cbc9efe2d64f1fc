/**
 * Where the Need to Know rules and actions read the guidance other than
 * literally, for the Service Manager and policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { ntk } from './citations.js';

export const needToKnowInterpretations = {
  missingEitherCondition: {
    id: 'need-to-know.interpretation.missing-24-hours-or-repeating',
    says: 'A child looked after or care leaver who has been missing for more than 24 hours, or who keeps going missing for significant periods, is notified: either one is enough.',
    why: 'The guidance joins the two with "and" ("over 24 hours and repeating patterns"). Read literally, a first absence of several days would not be notified until it happened again; the library reads the pair as either one, because a long first absence is no less serious.',
    citation: ntk.lookedAfter,
  },
  headingNotRestricting: {
    id: 'need-to-know.interpretation.heading-restriction-not-applied',
    says: 'The financial and complaints, media, premises and legal proceedings circumstances are notified whoever they concern: a child on a child in need plan, a child with no plan, or no child at all. The heading\'s "Relating to Children Looked After and Care Leavers" is not used as a condition.',
    why: 'Read literally, each of these headings limits its list to children looked after and care leavers. But the guidance\'s own list of whom a notification "may apply to" covers all children who receive services, staff and carers, service premises and "significant legal proceedings", and several items (fraud by employees, arson at premises, prosecutions of the Council) concern no child at all. The library applies the items to every case; a policy owner who reads the headings as limits should say so, and the rules would gain a looked-after condition.',
    citation: ntk.appliesTo,
  },
  staffHeadingNotRestricting: {
    id: 'need-to-know.interpretation.staff-heading-restriction-not-applied',
    says: 'The staff, foster carer, adoptive parent, SGO carer and commissioned service circumstances are notified whichever children the member of staff or carer works with or looks after.',
    why: 'The heading ends "– Children Looked After and Care Leavers", which read literally would limit the list to staff and carers of looked after children and care leavers. The "may apply to" list names "staff and carers" without that limit, and an accident, assault or allegation is no less serious for a member of staff working with children in need; the library applies the items to all staff and carers.',
    citation: ntk.staffAndCarers,
  },
  communityMemberRisk: {
    id: 'need-to-know.interpretation.community-member-risk',
    says: 'A member of the community who poses a risk to children or young people is treated as a circumstance for the Service Manager to consider a notification.',
    why: 'The guidance names "members of the community who pose a risk to children/young people" among those a notification may apply to, but lists no circumstance for them. The library asks the question so that the case is put to the Service Manager, who decides; it does not say that every such person must be notified.',
    citation: ntk.appliesTo,
  },
  allegationsDatabaseRole: {
    id: 'need-to-know.interpretation.allegations-database-role',
    says: 'The source names no role for recording a notification about an adult in a position of trust on the allegations management database; the library suggests the Team Manager and Service Manager, as Luton practice to be confirmed.',
    why: 'The guidance says such records "will be recorded" on the database without saying by whom; the library suggests the managers who, in the same section, keep the child\'s record, and says in the action that the role is its suggestion.',
    citation: ntk.recording,
  },
  anonymisationRole: {
    id: 'need-to-know.interpretation.anonymisation-role',
    says: 'The source names no role for deciding whether the name of an adult subject to an allegation is restricted; the library suggests the Service Manager, who forwards the notification, as Luton practice to be confirmed.',
    why: 'The guidance says that in some circumstances the name "will be restricted" and only an anonymised version shared, but names no one who decides; the action says that the role is the library\'s suggestion.',
    citation: ntk.circulation,
  },
  ofstedNotificationRole: {
    id: 'need-to-know.interpretation.ofsted-notification-role',
    says: 'The source names no role for considering an Ofsted notification; the library suggests the Service Manager, who decides on the Need to Know notification, as Luton practice to be confirmed.',
    why: 'The guidance says a Need to Know notification may form the basis of an Ofsted notification and is read with the Ofsted Notification guidance, but names no role for that step; the action says that the role is the library\'s suggestion.',
    citation: ntk.introduction,
  },
  strategicResponseRole: {
    id: 'need-to-know.interpretation.strategic-response-role',
    says: 'Every notification circulated carries a step to consider a strategic response (an Elected Member briefing, a co-ordinated response); the source names no role for it, and the library suggests the Service Manager, who decides on the notification, as Luton practice to be confirmed.',
    why: 'The guidance says the notification alerts managers to a situation "which may require a strategic response including an Elected Member briefing, a co-ordinated response and/or the completion of an Ofsted Notification", without saying who decides on the first two; the action says that the role is the library\'s suggestion, as it does for the Ofsted notification.',
    citation: ntk.introduction,
  },
  healthAndSafetyRole: {
    id: 'need-to-know.interpretation.health-and-safety-role',
    says: 'The source names no role for following the standard Health and Safety procedures after a staff or carer accident; the library suggests the Team Manager, as Luton practice to be confirmed.',
    why: 'The guidance says the notification is "in addition to the standard Health and Safety procedures which must be followed for all accidents" without saying who follows them; the action keeps the duty visible and says that the role is the library\'s suggestion.',
    citation: ntk.staffAndCarers,
  },
  mixedCaseOwners: {
    id: 'need-to-know.interpretation.mixed-case-owners',
    says: 'When a case has both an allegation about an adult in a position of trust and another circumstance, the LADO completes the notification for the allegation and the Team Manager arranges it for the rest; each step keeps its owner.',
    why: 'The guidance says that where an allegation is made about an adult in a position of trust the notification "would normally be completed by the LADO", and elsewhere that the Team Manager arranges completion. It does not say what happens when both apply; the library keeps both steps rather than let one owner replace the other.',
    citation: ntk.introduction,
  },
  unbornWithMissingParentsIsMissing: {
    id: 'need-to-know.interpretation.unborn-with-missing-parents-is-missing',
    says: "An unborn child on a plan whose parents' whereabouts are unknown is treated as a missing child: the notification is updated weekly while the parents cannot be found, and, for a child protection plan, the national alert (which names unborn babies) is pointed to.",
    why: 'The guidance lists "Unborn Children where the whereabouts of parents is unknown" among the circumstances and requires a weekly update "in respect of Missing Children" without saying whether an unborn baby whose mother has disappeared is one. The baby is missing with the mother, and the national alert procedure covers "children (including unborn babies)" on a plan who go missing, so the library applies both.',
    citation: ntk.cinAndCp,
  },
  residentialHomeWhateverStatus: {
    id: 'need-to-know.interpretation.residential-home-whatever-status',
    says: 'The closure of, or an incident at, a residential home with Luton children placed is notified whatever the status of the child the case is recorded against (or with no child at all); it is recorded on each placed child\'s record rather than one child\'s.',
    why: 'The item sits under "For Children Looked After/Care Leavers", but it is about a home ("a residential home that has placements of a Luton children/young people"), not a child\'s status, and a home closing at short notice affects every child placed there. The library therefore does not ask for a looked after status, and records the notification on the records of the children placed at the home.',
    citation: ntk.lookedAfter,
  },
  carerItemsIncludeAdoptiveAndSgo: {
    id: 'need-to-know.interpretation.carer-items-include-adoptive-and-sgo',
    says: 'The foster carer items (a significant accident or injury, violence or threats of violence) are applied to adoptive parents and special guardianship (SGO) carers as well.',
    why: 'The items say "Foster Carer", but the heading they sit under names "Staff/Foster Carers/Adopted Parents/SGO Carer/Commissioned Services". The library reads the heading as saying whom its items are about, so an adoptive parent or SGO carer supported by the service is covered; a policy owner who reads "Foster Carer" literally should say so.',
    citation: ntk.staffAndCarers,
  },
  groupOfChildrenAnyStatus: {
    id: 'need-to-know.interpretation.group-of-children-any-status',
    says: 'Serious implications for staff working with a group of children or young people are notified whatever the children\'s status; for a single child, the child must be looked after or a care leaver.',
    why: 'The item reads "working with a specific child looked after or care leaver, or group of children/young people": "looked after or care leaver" qualifies the specific child, and the group is not qualified. The library reads it that way, so a group of children outside care is covered, while a single child keeps the heading\'s condition.',
    citation: ntk.lookedAfter,
  },
  premisesAsListed: {
    id: 'need-to-know.interpretation.premises-as-listed',
    says: 'The premises items (serious damage, vandalism or burglary, arson) are asked of service premises, schools and commissioned or partner agency premises.',
    why: 'The premises items do not say which premises they mean. The guidance\'s list of whom a notification "may apply to" names "Service premises, schools and commissioned/partner agency premises"; the library asks about all three, so a fire at a school or a commissioned provider is not answered "no" because it is not a Council building.',
    citation: ntk.appliesTo,
  },
  weeklyWhileMissing: {
    id: 'need-to-know.interpretation.weekly-updates-while-missing',
    says: 'A missing child\'s notification is updated weekly while the child is currently missing; whether they are missing now is asked (`childMissing`) rather than taken from a missing episode in the past.',
    why: 'The guidance requires a weekly updated notification "in respect of Missing Children". A looked after child is notified for being missing over 24 hours or for going missing repeatedly, which may be true of a child who is at home today; the library schedules weekly updates only once it is known the child is missing now, and asks until then.',
    citation: ntk.updating,
  },
  weeklyFromLatestUpdate: {
    id: 'need-to-know.interpretation.weekly-from-latest-update',
    says: 'The next weekly update is due 7 days after the latest update of the notification, or after the notification itself if no update has been sent. Neither is assumed: once the first weekly update has fallen due, the date of the latest update is asked (or that none has been sent), and no update is judged until it is known.',
    why: 'The guidance says only that "a weekly updated Need to Know Notification is required". Counting from the latest update keeps one update a week however the earlier ones fell. Assuming updates were sent on schedule would hide an overdue update; assuming none was would report one overdue that was sent; so the date is asked.',
    citation: ntk.updating,
  },
  resolvedIsTheServiceManagersJudgement: {
    id: 'need-to-know.interpretation.resolved-is-the-service-managers-judgement',
    says: 'A notification already sent is advised for closure only when the Service Manager considers the situation resolved (`situationResolved: true`); a child\'s return does not close it by itself, but a child still missing means it is not resolved.',
    why: 'The guidance has the Service Manager finalise page 2 "when a situation has been resolved", saying "why the matter is considered resolved (e.g. missing child has returned)". The return is an example of a reason, not the test: a child who is back may still be at risk. The library therefore asks the Service Manager\'s judgement, and only infers "not resolved" from a child still missing. For the same reason a finalisation (`finalisedOn`) recorded while the child is still missing, or while the Service Manager says the matter is not resolved, is refused as a contradiction rather than read as a closure: the weekly updates of a missing child are required for as long as the child is missing.',
    citation: ntk.management,
  },
  registerIsAPlan: {
    id: 'need-to-know.interpretation.register-is-a-child-protection-plan',
    says: 'A child "on the Child Protection Register" is read as a child subject to a child protection plan (`childStatus` child-protection-plan).',
    why: 'The guidance still speaks of the Child Protection Register, which was replaced by child protection plans in 2008; a child with a plan is the child the register used to list. Reading the words literally would match no child today.',
    citation: ntk.cinAndCp,
  },
  lscbIsThePartnership: {
    id: 'need-to-know.interpretation.lscb-is-the-safeguarding-partnership',
    says: 'Where the guidance names the Luton Children\'s Safeguarding Board or the LSCB (wider circulation of a notification; a child death reported for a CSPR), the library names the local safeguarding children partnership.',
    why: 'Local Safeguarding Children Boards were replaced by the safeguarding partners\' local arrangements (Children and Social Work Act 2017; Working Together 2026, chapter 2), and local Child Safeguarding Practice Reviews are now the partners\' to consider (chapter 5). The Board no longer exists to be told, so the step goes to the body that holds its role.',
    citation: ntk.management,
  },
  weeklyUpdateByTeamManager: {
    id: 'need-to-know.interpretation.weekly-update-by-team-manager',
    says: 'The weekly update of a missing child\'s notification is given to the Team Manager.',
    why: 'The sentence requiring "a weekly updated Need to Know Notification" for missing children names no one; it stands in the section on updating, which opens with the Team Manager updating the notification as the situation changes. The weekly update is that same update, made every week.',
    citation: ntk.updating,
  },
  dmtReviewUntilResolved: {
    id: 'need-to-know.interpretation.dmt-review-until-resolved',
    says: 'A notification is reviewed at the weekly DMT meeting until it is resolved and finalised, not once.',
    why: 'The guidance says every notification "will be reviewed weekly" at the DMT meeting and sets no end; a weekly review of a notification already finalised would review nothing, so the review runs while the notification is open.',
    citation: ntk.management,
  },
  openListUntilResolved: {
    id: 'need-to-know.interpretation.open-list-until-resolved',
    says: 'The administrative support\'s check that the situation has been resolved satisfactorily is made before the notification is taken off the list of open notifications.',
    why: 'The guidance has the administrative support monitor every notification to ensure "the situation has been resolved satisfactorily", without saying when; the moment a notification stops being monitored, when it leaves the open list, is the last point at which that check can be made.',
    citation: ntk.management,
  },
} as const satisfies Record<string, InterpretationDefinition>;

/** The actions that rest on an interpretation, by action id. */
export const needToKnowActionInterpretations: Readonly<Record<string, InterpretationDefinition>> = {
  'need-to-know.action.record-on-allegations-database': needToKnowInterpretations.allegationsDatabaseRole,
  'need-to-know.action.anonymise-circulation': needToKnowInterpretations.anonymisationRole,
  'need-to-know.action.consider-strategic-response': needToKnowInterpretations.strategicResponseRole,
  'need-to-know.action.consider-ofsted-notification': needToKnowInterpretations.ofstedNotificationRole,
  'need-to-know.action.follow-health-and-safety-procedures': needToKnowInterpretations.healthAndSafetyRole,
  'need-to-know.action.complete-notification-other-circumstances': needToKnowInterpretations.mixedCaseOwners,
  'need-to-know.action.record-on-placed-childrens-records': needToKnowInterpretations.residentialHomeWhateverStatus,
  'need-to-know.action.consider-broader-circulation': needToKnowInterpretations.lscbIsThePartnership,
  'need-to-know.action.inform-safeguarding-partnership': needToKnowInterpretations.lscbIsThePartnership,
  'need-to-know.action.weekly-missing-child-update': needToKnowInterpretations.weeklyUpdateByTeamManager,
  'need-to-know.action.weekly-dmt-review': needToKnowInterpretations.dmtReviewUntilResolved,
  'need-to-know.action.monitor-resolution': needToKnowInterpretations.openListUntilResolved,
};
