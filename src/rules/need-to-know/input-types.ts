/**
 * The input types of `NeedToKnowInputSchema`, written from the schemas by `npm run schemas`
 * (scripts/generate-input-types.ts): edit the schemas and their descriptions, not this file. Each
 * type is exactly the schema's `z.input`, with every field documented
 * (test/types/input-types.test.ts).
 */
import type { ChildStatus } from './facts.js';
import type { IsoDate } from '../../schemas/iso-date.js';

/**
 * What assessNeedToKnow takes: asOf (the date of the decision), the groups the child belongs to
 * (childStatus), a true/false answer for each circumstance of the guidance (left out: unknown,
 * unless otherCircumstancesRuledOut is true), and for a notification already sent its date, its
 * latest update, whether the situation is resolved and when it was finalised.
 */
export type NeedToKnowInput = {
  /** The date of the decision (YYYY-MM-DD). */
  asOf: IsoDate;
  /**
   * The date the Need to Know notification was sent (YYYY-MM-DD), if it has been: the decision then
   * follows the notification already out (updates, closure), not the form again.
   */
  notifiedOn?: IsoDate | undefined;
  /**
   * The date the latest update of the notification was sent (YYYY-MM-DD), if one has been; if none
   * has, say so in the next question. Never assumed.
   */
  lastUpdateSentOn?: IsoDate | undefined;
  /**
   * Has any update of the notification been sent since it was first sent? No: the first weekly
   * update counts from the day the notification was sent. Yes: give the date of the latest update.
   */
  anyUpdateSent?: boolean | undefined;
  /**
   * For a notification already sent: does the Service Manager consider the situation it is about
   * resolved (for example, the missing child has returned)?
   */
  situationResolved?: boolean | undefined;
  /**
   * The date the Service Manager finalised the notification's update section (page 2) and sent it
   * to the inbox and the Service Director (YYYY-MM-DD), if they have: the notification is closed.
   */
  finalisedOn?: IsoDate | undefined;
  /**
   * Which groups of the guidance the child belongs to: looked after, a care leaver, subject to a
   * child in need plan, or subject to a child protection plan; a child may belong to several, or to
   * none.
   */
  childStatus?: ChildStatus[] | undefined;
  /** Is the child unborn? */
  childIsUnborn?: boolean | undefined;
  /** Has the child died? */
  childDied?: boolean | undefined;
  /** Has the child had a serious injury or a serious accident? */
  childSeriousInjuryOrAccident?: boolean | undefined;
  /** Did the child's death or serious injury happen in unusual circumstances? */
  unusualCircumstances?: boolean | undefined;
  /** Is the child currently missing from home or from their placement? */
  childMissing?: boolean | undefined;
  /** Has the child been missing for more than 24 hours? */
  missingMoreThan24Hours?: boolean | undefined;
  /**
   * After returning, does the child keep going missing for significant periods (a repeating pattern
   * of long absences)?
   */
  repeatedlyMissing?: boolean | undefined;
  /** Has it been identified that the child is, or may be, subject to significant risks? */
  significantRisk?: boolean | undefined;
  /**
   * Is it alleged (by the child or anyone else) that an adult in a position of trust with children
   * has significantly harmed a child in their care, or poses a risk of significant harm?
   */
  positionOfTrustAllegation?: boolean | undefined;
  /**
   * Has the child been arrested for, or convicted of, a serious criminal offence against a person?
   */
  arrestedOrConvictedSeriousOffence?: boolean | undefined;
  /**
   * Is the child involved in violent incidents in the community, on Luton Council premises, or
   * where Children, Families & Education staff (employed or commissioned) are present?
   */
  violentIncident?: boolean | undefined;
  /**
   * Are there serious implications for staff (employed or commissioned by Luton Borough Council)
   * working with this child or group of children?
   */
  seriousImplicationsForStaff?: boolean | undefined;
  /**
   * Do the serious implications for staff concern their work with a group of children or young
   * people (whatever the children's status), rather than one child?
   */
  staffImplicationsForGroup?: boolean | undefined;
  /** Is the child the subject of an investigation about sexual exploitation? */
  sexualExploitationInvestigation?: boolean | undefined;
  /** Does the child need admission to a mental health resource because of specific incidents? */
  mentalHealthAdmission?: boolean | undefined;
  /** Has the child been remanded into custody or received a custodial sentence? */
  remandOrCustody?: boolean | undefined;
  /** Has the child attempted suicide or had serious episodes of self-harm? */
  suicideAttemptOrSeriousSelfHarm?: boolean | undefined;
  /**
   * Does the child have a serious or communicable disease while in a school, residential home or
   * foster placement?
   */
  seriousOrCommunicableDisease?: boolean | undefined;
  /**
   * Has a residential home where Luton children are placed closed (especially unexpectedly or
   * urgently), or had an incident?
   */
  residentialHomeClosureOrIncident?: boolean | undefined;
  /** Are the parents' whereabouts unknown? */
  parentsWhereaboutsUnknown?: boolean | undefined;
  /** Is the child involved in risky behaviours? */
  riskyBehaviours?: boolean | undefined;
  /**
   * Has the Local Authority Designated Officer (LADO) been contacted and, having considered the
   * matter, recommended a Need to Know notification?
   */
  ladoRecommendsNeedToKnow?: boolean | undefined;
  /** Has a member of staff had a significant accident or injury at work? */
  staffAccidentAtWork?: boolean | undefined;
  /**
   * Has a foster carer (or an adoptive parent or SGO carer supported by the service) had a
   * significant accident or injury?
   */
  carerAccidentOrInjury?: boolean | undefined;
  /**
   * Is a member of staff or a foster carer (or adoptive parent or SGO carer) the subject of violent
   * incidents or significant threats of violence?
   */
  staffOrCarerViolence?: boolean | undefined;
  /** Is a member of staff or a foster carer the subject of significant disciplinary matters? */
  staffOrCarerDisciplinary?: boolean | undefined;
  /**
   * Has a member of staff or a foster carer died unexpectedly or unexplainedly, or been seriously
   * injured?
   */
  staffOrCarerDeathOrSeriousInjury?: boolean | undefined;
  /**
   * Is a member of staff or a foster carer the subject of allegations of, an arrest for, or a
   * conviction for serious criminal offences?
   */
  staffOrCarerCriminalAllegation?: boolean | undefined;
  /**
   * Is there an allegation or concern about a member of staff employed in the Children, Families
   * and Education Directorate?
   */
  allegationAboutDirectorateStaff?: boolean | undefined;
  /**
   * Is there an allegation about an adult in a position of trust that risks wider community or
   * media knowledge or interest?
   */
  allegationWiderInterest?: boolean | undefined;
  /**
   * Is there an incident with potentially high financial or policy implications (for example, leave
   * granted for a judicial review)?
   */
  highFinancialOrPolicyImplications?: boolean | undefined;
  /**
   * Are the police investigating suspected fraud or corruption involving employees or contractors?
   */
  fraudOrCorruptionInvestigation?: boolean | undefined;
  /** Is there a significant complaint about the service, or about a service it commissions? */
  significantComplaint?: boolean | undefined;
  /**
   * Are significant complaints or issues likely to be raised with elected members by children
   * looked after, care leavers, their families or the public?
   */
  complaintToElectedMembers?: boolean | undefined;
  /**
   * Is there media coverage about a child receiving a service from the Children, Families &
   * Education Directorate (including publicity about missing persons, child sexual exploitation or
   * risk)?
   */
  mediaCoverageOfChild?: boolean | undefined;
  /** Is there media coverage, or likely coverage, that may have an impact on the Council? */
  mediaImpactOnCouncil?: boolean | undefined;
  /** Is the matter one of public debate or anxiety? */
  publicDebateOrAnxiety?: boolean | undefined;
  /** Is the matter likely to attract local or national media interest? */
  likelyMediaInterest?: boolean | undefined;
  /**
   * Has the matter attracted, or is it likely to attract, the attention of the media, Members of
   * the Council or Members of Parliament?
   */
  attentionOfMembersOrMps?: boolean | undefined;
  /**
   * Have service premises, schools, or commissioned or partner agency premises suffered serious or
   * significant damage (for example from flood or accidental fire)?
   */
  premisesSeriousDamage?: boolean | undefined;
  /**
   * Have service premises, schools, or commissioned or partner agency premises suffered significant
   * vandalism or a burglary?
   */
  premisesVandalismOrBurglary?: boolean | undefined;
  /**
   * Have service premises, schools, or commissioned or partner agency premises been the subject of
   * any arson?
   */
  premisesArson?: boolean | undefined;
  /** Are there legal proceedings likely to excite public or media interest? */
  proceedingsLikelyPublicInterest?: boolean | undefined;
  /** Is there an inquest in which the Council is involved or could be criticised? */
  inquestCouncilInvolved?: boolean | undefined;
  /**
   * Is there litigation between the Council and other local authorities, or public bodies on which
   * the Council is represented or with which it has a close relationship?
   */
  litigationWithPublicBodies?: boolean | undefined;
  /**
   * Are there sensitive proceedings (for example about the death of a client, prosecutions or
   * breaches of regulations about registered homes, the closure of a registered home, or litigation
   * about residents of a children’s home)?
   */
  sensitiveProceedings?: boolean | undefined;
  /** Is there a prosecution by or against the Council? */
  prosecutionByOrAgainstCouncil?: boolean | undefined;
  /** Is there a member of the community who poses a risk to children or young people? */
  communityMemberPosesRisk?: boolean | undefined;
  /**
   * Have you considered every other circumstance the guidance lists and found that none of them
   * applies? Yes takes each circumstance left unanswered as a no.
   */
  otherCircumstancesRuledOut?: boolean | undefined;
};
