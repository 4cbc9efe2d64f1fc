/**
 * The input types of `ClassifyNeedInputSchema` and `ClassifyNeedOptionsSchema`, written from the
 * schemas by `npm run schemas` (scripts/generate-input-types.ts): edit the schemas and their
 * descriptions, not this file. Each type is exactly the schema's `z.input`, with every field
 * documented (test/types/input-types.test.ts).
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import type { ReporterRole } from './input-schema.js';
import type { NeedIndicatorId } from './need-indicator.js';
import type { IsoDate } from '../../schemas/iso-date.js';

/**
 * What classifyNeed takes: the ids of the indicators observed (from needIndicators) and the
 * answers: suspected significant harm, immediate risk, child in need; the child's age (or unborn);
 * FGM, forced marriage and exploitation facts, the reporter's role, whether the child is looked
 * after or disabled, consent refused, and the date of an allegation against a professional where
 * relevant. Every answer is optional: one left out is unknown, not false, and the result asks for
 * it when it matters.
 */
export type ClassifyNeedInput = {
  /**
   * The indicators of possible need observed: ids from needIndicators (Luton threshold document,
   * Effective Support at a Glance), each at most once. An empty list is allowed.
   */
  indicators: NeedIndicatorId[];
  /**
   * Is there reasonable cause to suspect that the child is suffering, or is likely to suffer,
   * significant harm? Yes gives child protection (section 47); left out, the classification asks
   * for it.
   */
  significantHarmSuspected?: boolean | undefined;
  /**
   * Is the child at immediate risk of significant harm (telephone the MASH now, the police if in
   * danger now)?
   */
  immediateRiskOfSignificantHarm?: boolean | undefined;
  /**
   * Would the child's health or development be significantly impaired without children's social
   * care services, or does the child have complex disability needs only those services are likely
   * to meet (a child in need, section 17)?
   */
  childInNeed?: boolean | undefined;
  /**
   * Female genital mutilation (FGM): what is known. Leave it out when FGM is not a concern; once
   * given, its questions are asked until each is answered.
   */
  fgm?: {
    /** Has the girl said that FGM has been carried out on her? */
    disclosedByGirl?: boolean | undefined;
    /** Have physical signs been seen that appear to show FGM has been carried out? */
    physicalSignsObserved?: boolean | undefined;
    /** Is the girl thought to be at risk of FGM? */
    atRisk?: boolean | undefined;
  } | undefined;
  /**
   * Forced marriage: what is known. Leave it out when it is not a concern; once given, its
   * questions are asked until each is answered.
   */
  forcedMarriage?: {
    /** Do warning signs suggest the child is at risk of being forced to marry, or has been? */
    atRisk?: boolean | undefined;
    /** Has the child said they are worried they will be forced to marry, or have been? */
    disclosedByChild?: boolean | undefined;
  } | undefined;
  /**
   * Criminal exploitation, county lines included: what is known. Leave it out when it is not a
   * concern; once given, its questions are asked until each is answered.
   */
  criminalExploitation?: {
    /**
     * Does a professional have any concern that the child is being, or may be, criminally exploited
     * (not only a high risk)? Yes: speak to the MASH and the police straight away.
     */
    concern?: boolean | undefined;
    /**
     * Is the child being criminally exploited, or at high risk of it (Specialist, child
     * protection)?
     */
    atRisk?: boolean | undefined;
    /** Is the child involved in county lines drug dealing (a form of criminal exploitation)? */
    countyLines?: boolean | undefined;
  } | undefined;
  /**
   * Sexual exploitation: what is known, including a risk of it. Leave it out when it is not a
   * concern; once given, its questions are asked until each is answered.
   */
  sexualExploitation?: {
    /**
     * Does a professional have any concern that the child is being, or may be, sexually exploited
     * (not only a high risk)? Yes: speak to the MASH and the police straight away.
     */
    concern?: boolean | undefined;
    /**
     * Is the child being sexually exploited, or at high risk of it (Specialist, child protection)?
     */
    atRisk?: boolean | undefined;
  } | undefined;
  /**
   * Who is raising the concern: a regulated health or social care professional or a teacher has a
   * personal duty to report known FGM in a girl under 18 to the police.
   */
  reporterRole?: ReporterRole | undefined;
  /**
   * The child's age in whole years (0 for a baby under one). Used in the decision: 18 or over is an
   * adult (not a children's safeguarding decision); section 47 and the FGM reporting duty apply
   * under 18; private fostering is under 16, or under 18 if disabled; under 5 prompts weighing.
   * Left out, the subject is taken to be a child.
   */
  ageInYears?: number | undefined;
  /**
   * Is the concern about an unborn child (pre-birth)? Leave ageInYears out. Pre-birth assessment
   * and planning follow, and prompt action where the baby is likely to suffer significant harm at
   * birth.
   */
  unborn?: boolean | undefined;
  /**
   * Is the child disabled (Children Act 1989)? Asked for a 16- or 17-year-old recorded as privately
   * fostered: private fostering runs to 18 for a disabled child.
   */
  disabled?: boolean | undefined;
  /**
   * Is the child looked after by a local authority? A missing looked after child is given the
   * highest child protection priority.
   */
  lookedAfter?: boolean | undefined;
  /**
   * Have the parents or carers (or a Gillick-competent young person) refused consent to the
   * referral or to the help offered? The result says what follows.
   */
  consentRefused?: boolean | undefined;
  /**
   * Has support at the Additional level (the services that know the family working together)
   * already been tried? Used only to prompt the next step.
   */
  additionalSupportTried?: boolean | undefined;
  /**
   * For abuse or injury caused by a professional: the date the allegation came to the employer's
   * attention or was made to the police (YYYY-MM-DD). The designated officer (LADO) must be told
   * within one working day; the result gives the due date.
   */
  allegationReceivedOn?: IsoDate | undefined;
};

/**
 * classifyNeed's options: intensiveIndicatorThreshold, how many Intensive indicators make Intensive
 * need (1 to 47, default 2), and the calendar the designated officer deadline is counted on.
 */
export type ClassifyNeedOptions = {
  /**
   * How many Intensive indicators make Intensive need (1 to 47, the number of Intensive indicators
   * in the catalogue; default 2). The document says "a number of".
   */
  intensiveIndicatorThreshold?: number | undefined;
  /**
   * The working-day calendar deadlines are counted on (a createCalendar calendar); England and
   * Wales when left out.
   */
  calendar?: Calendar | undefined;
};
