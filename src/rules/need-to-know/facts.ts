/**
 * The facts the Need to Know rules read, each with the question a
 * practitioner answers to supply it.
 *
 * `childStatus` says which groups of the guidance the child belongs to; the
 * other facts are the events and circumstances the guidance lists, each a
 * yes/no answer that stays unknown until given. The input schema
 * (`input-schema.ts`) is built from `needToKnowCircumstanceQuestions`,
 * so every circumstance fact is an input field of the same name.
 */
import type { FactCatalogue } from '../engine/rule-module.js';

/** The groups of children the guidance names; a child may be in more than one. */
export const childStatuses = ['looked-after', 'care-leaver', 'child-in-need-plan', 'child-protection-plan'] as const;
/** A group of the Need to Know guidance the child may belong to (`NeedToKnowInput.childStatus`): `looked-after`, `care-leaver`, `child-in-need-plan` or `child-protection-plan`. */
export type ChildStatus = (typeof childStatuses)[number];

/**
 * Every yes/no circumstance fact, with its question. Questions name the
 * person the event concerns, so an answer is never ambiguous about whom it
 * is about.
 */
export const needToKnowCircumstanceQuestions = {
  // About the child (read together with childStatus).
  childIsUnborn: 'Is the child unborn?',
  childDied: 'Has the child died?',
  childSeriousInjuryOrAccident: 'Has the child had a serious injury or a serious accident?',
  unusualCircumstances: "Did the child's death or serious injury happen in unusual circumstances?",
  childMissing: 'Is the child currently missing from home or from their placement?',
  missingMoreThan24Hours: 'Has the child been missing for more than 24 hours?',
  repeatedlyMissing: 'After returning, does the child keep going missing for significant periods (a repeating pattern of long absences)?',
  significantRisk: 'Has it been identified that the child is, or may be, subject to significant risks?',
  positionOfTrustAllegation:
    'Is it alleged (by the child or anyone else) that an adult in a position of trust with children has significantly harmed a child in their care, or poses a risk of significant harm?',
  arrestedOrConvictedSeriousOffence: 'Has the child been arrested for, or convicted of, a serious criminal offence against a person?',
  violentIncident:
    'Is the child involved in violent incidents in the community, on Luton Council premises, or where Children, Families & Education staff (employed or commissioned) are present?',
  seriousImplicationsForStaff:
    'Are there serious implications for staff (employed or commissioned by Luton Borough Council) working with this child or group of children?',
  staffImplicationsForGroup:
    'Do the serious implications for staff concern their work with a group of children or young people (whatever the children\'s status), rather than one child?',
  sexualExploitationInvestigation: 'Is the child the subject of an investigation about sexual exploitation?',
  mentalHealthAdmission: 'Does the child need admission to a mental health resource because of specific incidents?',
  remandOrCustody: 'Has the child been remanded into custody or received a custodial sentence?',
  suicideAttemptOrSeriousSelfHarm: 'Has the child attempted suicide or had serious episodes of self-harm?',
  seriousOrCommunicableDisease:
    'Does the child have a serious or communicable disease while in a school, residential home or foster placement?',
  residentialHomeClosureOrIncident:
    'Has a residential home where Luton children are placed closed (especially unexpectedly or urgently), or had an incident?',
  parentsWhereaboutsUnknown: "Are the parents' whereabouts unknown?",
  riskyBehaviours: 'Is the child involved in risky behaviours?',

  // Staff, foster carers, adoptive parents, SGO carers and commissioned services.
  ladoRecommendsNeedToKnow:
    'Has the Local Authority Designated Officer (LADO) been contacted and, having considered the matter, recommended a Need to Know notification?',
  staffAccidentAtWork: 'Has a member of staff had a significant accident or injury at work?',
  carerAccidentOrInjury: 'Has a foster carer (or an adoptive parent or SGO carer supported by the service) had a significant accident or injury?',
  staffOrCarerViolence:
    'Is a member of staff or a foster carer (or adoptive parent or SGO carer) the subject of violent incidents or significant threats of violence?',
  staffOrCarerDisciplinary: 'Is a member of staff or a foster carer the subject of significant disciplinary matters?',
  staffOrCarerDeathOrSeriousInjury: 'Has a member of staff or a foster carer died unexpectedly or unexplainedly, or been seriously injured?',
  staffOrCarerCriminalAllegation:
    'Is a member of staff or a foster carer the subject of allegations of, an arrest for, or a conviction for serious criminal offences?',

  // Allegations or concerns about adults in a position of trust.
  allegationAboutDirectorateStaff:
    'Is there an allegation or concern about a member of staff employed in the Children, Families and Education Directorate?',
  allegationWiderInterest:
    'Is there an allegation about an adult in a position of trust that risks wider community or media knowledge or interest?',

  // Financial and complaints.
  highFinancialOrPolicyImplications:
    'Is there an incident with potentially high financial or policy implications (for example, leave granted for a judicial review)?',
  fraudOrCorruptionInvestigation: 'Are the police investigating suspected fraud or corruption involving employees or contractors?',
  significantComplaint: 'Is there a significant complaint about the service, or about a service it commissions?',
  complaintToElectedMembers:
    'Are significant complaints or issues likely to be raised with elected members by children looked after, care leavers, their families or the public?',

  // Media.
  mediaCoverageOfChild:
    'Is there media coverage about a child receiving a service from the Children, Families & Education Directorate (including publicity about missing persons, child sexual exploitation or risk)?',
  mediaImpactOnCouncil: 'Is there media coverage, or likely coverage, that may have an impact on the Council?',
  publicDebateOrAnxiety: 'Is the matter one of public debate or anxiety?',
  likelyMediaInterest: 'Is the matter likely to attract local or national media interest?',
  attentionOfMembersOrMps:
    'Has the matter attracted, or is it likely to attract, the attention of the media, Members of the Council or Members of Parliament?',

  // Premises.
  premisesSeriousDamage:
    'Have service premises, schools, or commissioned or partner agency premises suffered serious or significant damage (for example from flood or accidental fire)?',
  premisesVandalismOrBurglary: 'Have service premises, schools, or commissioned or partner agency premises suffered significant vandalism or a burglary?',
  premisesArson: 'Have service premises, schools, or commissioned or partner agency premises been the subject of any arson?',

  // Legal proceedings.
  proceedingsLikelyPublicInterest: 'Are there legal proceedings likely to excite public or media interest?',
  inquestCouncilInvolved: 'Is there an inquest in which the Council is involved or could be criticised?',
  litigationWithPublicBodies:
    'Is there litigation between the Council and other local authorities, or public bodies on which the Council is represented or with which it has a close relationship?',
  sensitiveProceedings:
    'Are there sensitive proceedings (for example about the death of a client, prosecutions or breaches of regulations about registered homes, the closure of a registered home, or litigation about residents of a children’s home)?',
  prosecutionByOrAgainstCouncil: 'Is there a prosecution by or against the Council?',

  // Those a notification may apply to, with no circumstance of their own in the lists.
  communityMemberPosesRisk: 'Is there a member of the community who poses a risk to children or young people?',
} as const;

export type NeedToKnowCircumstanceFact = keyof typeof needToKnowCircumstanceQuestions;

export const needToKnowCircumstanceFacts = Object.keys(needToKnowCircumstanceQuestions) as NeedToKnowCircumstanceFact[];

/**
 * The facts of a notification already sent (`notifiedOn`), which decide
 * whether it is kept open and updated, closed, or has been closed.
 */
export const needToKnowProcessQuestions = {
  situationResolved:
    'For a notification already sent: does the Service Manager consider the situation it is about resolved (for example, the missing child has returned)?',
} as const;

export const needToKnowFacts: FactCatalogue = {
  childStatus: {
    question:
      'Which of these applies to the child: looked after, a care leaver, subject to a child in need plan, or subject to a child protection plan (or none of them)?',
  },
  ...Object.fromEntries(needToKnowCircumstanceFacts.map((fact) => [fact, { question: needToKnowCircumstanceQuestions[fact] }])),
  situationResolved: { question: needToKnowProcessQuestions.situationResolved },
  notificationSent: { question: 'Has the Need to Know notification been sent (notifiedOn)?', derived: true, input: 'notifiedOn' },
  notificationFinalised: {
    question: 'Has the Service Manager finalised the notification\'s update section (page 2) and sent it to the inbox and the Service Director (finalisedOn)?',
    derived: true,
    input: 'finalisedOn',
  },
  childMissingNow: {
    question: needToKnowCircumstanceQuestions.childMissing,
    derived: true,
    input: 'childMissing',
  },
  latestUpdateKnown: {
    question:
      'When was the latest update of the notification sent (lastUpdateSentOn), or has none been sent since the notification (anyUpdateSent: false)? The next weekly update is counted from it.',
    derived: true,
    input: 'lastUpdateSentOn',
  },
};
