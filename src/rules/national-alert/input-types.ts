/**
 * The input types of `NationalAlertInputSchema`, written from the schemas by `npm run schemas`
 * (scripts/generate-input-types.ts): edit the schemas and their descriptions, not this file. Each
 * type is exactly the schema's `z.input`, with every field documented
 * (test/types/input-types.test.ts).
 */
import type { AlertSubject } from './facts.js';
import type { IsoDate } from '../../schemas/iso-date.js';

/**
 * What assessNationalAlert takes: asOf (the date of the decision), who the alert would be about
 * (subject), a true/false answer to each eligibility and threshold question (left out: unknown),
 * missingSince, and for an alert already issued alertIssuedOn and lastFollowUpOn.
 */
export type NationalAlertInput = {
  /** The date of the decision (YYYY-MM-DD). */
  asOf: IsoDate;
  /** Who the alert would be about: child, unborn-child or vulnerable-adult. */
  subject?: AlertSubject | undefined;
  /**
   * The date the child and family were last seen, or last known to be at their address
   * (YYYY-MM-DD); not the date it was reported.
   */
  missingSince?: IsoDate | undefined;
  /** The date the national alert was first issued (YYYY-MM-DD), if it has been. */
  alertIssuedOn?: IsoDate | undefined;
  /**
   * The date of the latest re-issued (follow-up) notification (YYYY-MM-DD), if any; if none has
   * been sent, say so in the question about re-issues.
   */
  lastFollowUpOn?: IsoDate | undefined;
  /**
   * The date the national "found" notification was sent (YYYY-MM-DD), ending the alert, if it has
   * been.
   */
  foundNotificationSentOn?: IsoDate | undefined;
  /**
   * Is the child subject to a child protection plan, or to a formal inter-agency child protection
   * plan?
   */
  childProtectionPlan?: boolean | undefined;
  /** Is the child in care (looked after)? */
  inCare?: boolean | undefined;
  /** Is the child an unaccompanied asylum-seeking child? */
  unaccompaniedAsylumSeeker?: boolean | undefined;
  /**
   * Have the child and family gone missing from the local authority area, so that no one knows
   * where they are?
   */
  familyMissing?: boolean | undefined;
  /**
   * Are they known to be in a particular locality, with only their address unknown? (Yes means they
   * are not really missing: no alert.)
   */
  knownLocality?: boolean | undefined;
  /**
   * Has the social worker ruled out a temporary absence: that the family is staying with family or
   * friends, is on holiday, or that a parent is in custody (and do friends, neighbours and family
   * believe them to be missing)? (Yes is needed for an alert.)
   */
  temporaryAbsenceExcluded?: boolean | undefined;
  /** Have the police been asked whether they have any information about where the family is? */
  policeChecked?: boolean | undefined;
  /**
   * Has the social worker contacted all local key agencies to check whether anyone knows where the
   * family is?
   */
  keyAgenciesContacted?: boolean | undefined;
  /**
   * Did the child disappear immediately before, during or immediately after a section 47
   * investigation of serious allegations of significant harm?
   */
  disappearedAroundSection47?: boolean | undefined;
  /**
   * Does the Designated Officer consider that there is evidence of enough danger to justify a
   * national alert?
   */
  designatedOfficerConsidersDanger?: boolean | undefined;
  /** Is the child subject to a Care Order? */
  careOrder?: boolean | undefined;
  /**
   * Has the child been abducted, and is deemed in danger, by a parent or other person who poses a
   * significant risk of harm to them and whose whereabouts are unknown?
   */
  abductedByRiskyAdult?: boolean | undefined;
  /** Is the child accommodated following significant child protection concerns? */
  accommodatedAfterProtectionConcerns?: boolean | undefined;
  /**
   * Has the child been removed without notice, and is deemed in danger, by a parent or other person
   * who poses a significant risk of harm to them and whose whereabouts are unknown?
   */
  removedWithoutNoticeByRiskyAdult?: boolean | undefined;
  /**
   * For an alert already issued: has the child protection plan (or the danger the alert was issued
   * for) ended since the alert was issued?
   */
  planEndedSinceAlert?: boolean | undefined;
  /**
   * For an alert already issued: has the child been located, that is seen, or their address
   * confirmed? (Knowing only the town or country they are in is not being located.)
   */
  childLocated?: boolean | undefined;
  /**
   * For an alert already issued: has any re-issued (follow-up) notification been sent since the
   * first alert? (No means none; yes needs the date of the latest re-issue.)
   */
  anyFollowUpSent?: boolean | undefined;
};
