/**
 * The Department for Education's own measures of the same dates, computed
 * beside the Working Together judgement so a performance team can reconcile
 * the two and never mistake one for the other:
 *
 * - assessment duration: AssessmentActualStartDate to
 *   AssessmentAuthorisationDate, in the bands of the published statistics
 *   (Working Together counts 45 working days from the referral instead);
 * - section 47 start to initial conference (S47ActualStartDate to
 *   DateOfInitialCPC), in the published bands;
 * - child protection reviews from CPPstartDate: the first within 3 months,
 *   then each within 6 months of the last, until the plan stops (its end,
 *   the episode's closure, the death or the 18th birthday); a review that
 *   fell due before the plan stopped and is not recorded is missed;
 * - the census validation queries 8670Q and 8675Q on the ReferenceDate,
 *   counted as the open-source validator counts them (the reference date is
 *   working day 1) and as the library counts (day 0), so where the two differ
 *   it shows.
 *
 * Days are working days counted as the library does (the start is day 0: an
 * assessment started and authorised the same day takes 0, the statistics'
 * "same day").
 */
import { addCalendarDays } from '../calendar/add-calendar-days.js';
import { addCalendarMonths } from '../calendar/add-calendar-months.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import type { Calendar } from '../calendar/calendar-types.js';
import { workingDaysBetween } from '../calendar/working-days-between.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { episodeId } from './census-words.js';
import type { CensusChildFacts } from './read-child.js';
import { eighteenthBirthdayOf } from '../calendar/eighteenth-birthday.js';
import { outOfOrderAssessmentNotMeasured, reviewsStopWithThePlan } from './census-interpretations.js';

/** The bands of the published assessment-duration statistics, in working days. */
export const assessmentDurationBands = ['same-day', '1-10', '11-20', '21-30', '31-40', '41-45', '46-50', '51-60', '61+'] as const;
/** A band of the published assessment-duration statistics (working days from start to authorisation). */
export type AssessmentDurationBand = (typeof assessmentDurationBands)[number];

/** The bands of the published section 47 to initial conference statistics, in working days. */
export const conferenceDurationBands = ['0-10', '11-15', '16-20', '21+'] as const;
/** A band of the published section 47 to initial conference statistics (working days). */
export type ConferenceDurationBand = (typeof conferenceDurationBands)[number];

/** How a census validation query judges a date on the ReferenceDate: as the open-source validator counts (the ReferenceDate is working day 1), and as the library counts (day 0). */
export interface ValidationQuery {
  /** The query's code, e.g. `8670Q`. */
  code: string;
  /** Raised when the ReferenceDate itself is working day 1 (the open-source validator's count). */
  flagged: boolean;
  /** Raised when the start is day 0 (the library's count): one working day later. */
  flaggedCountingFromDay0: boolean;
}

/** The Department's measure of one assessment: `AssessmentActualStartDate` to `AssessmentAuthorisationDate`, in working days, with its band and query 8670Q. */
export interface AssessmentDurationMeasure {
  measure: 'dfe.assessment-duration';
  episode: string;
  /** 1 for the episode's first `Assessments` module. */
  assessment: number;
  startDate: IsoDate;
  authorisationDate?: IsoDate;
  /** True when not authorised on `asOf`. */
  open: boolean;
  /** Working days from the start (day 0) to the authorisation, or to `asOf` while open. */
  workingDays: number;
  /** The published band, for an authorised assessment. */
  band?: AssessmentDurationBand;
  /** Authorised within 45 working days of its start (the Department's measure, not Working Together's, which runs from the referral). */
  within45?: boolean;
  /** Authorised before it started (census validation 8608): its working days are negative, so it is neither banded nor counted within 45 (the warning `census.warning.authorised-before-start` names it). */
  datesOutOfOrder?: true;
  /** Query 8670Q, for an assessment not authorised on the ReferenceDate. */
  query?: ValidationQuery;
}

/** The Department's measure of one section 47 enquiry: `S47ActualStartDate` to `DateOfInitialCPC`, in working days, with its band and query 8675Q. */
export interface ConferenceDurationMeasure {
  measure: 'dfe.section-47-to-initial-conference';
  episode: string;
  /** 1 for the episode's first `Section47` module. */
  section47: number;
  startDate: IsoDate;
  conferenceDate?: IsoDate;
  conferenceNotRequired?: boolean;
  /** Working days from the section 47 start (day 0) to the conference. */
  workingDays?: number;
  band?: ConferenceDurationBand;
  within15?: boolean;
  /** The return's own `InitialCPCtarget`. */
  targetInReturn?: IsoDate;
  /** 15 working days after the start, the start being day 0 (the date Working Together's conference is due). */
  target: IsoDate;
  /** Query 8675Q, for an enquiry with no conference (and not flagged as needing none) on the ReferenceDate. */
  query?: ValidationQuery;
}

/** The Department's measure of one child protection plan's reviews, from `CPPstartDate`: the first within 3 months, then each within 6. */
export interface ReviewMeasure {
  measure: 'dfe.child-protection-reviews';
  episode: string;
  /** 1 for the episode's first `ChildProtectionPlans` module. */
  plan: number;
  startDate: IsoDate;
  endDate?: IsoDate;
  /** Each review in date order, with the date it was due (3 months after the plan's start for the first, 6 months after the previous review otherwise). */
  reviews: { date: IsoDate; due?: IsoDate; onTime?: boolean }[];
  /** True when the plan started before the census year: earlier reviews may not be in the return, so the first listed review is not judged. */
  startedBeforeCensusYear: boolean;
  /**
   * The day the plan's reviews stopped, on or before `asOf`: its `CPPendDate`, or, when the return leaves
   * that blank or later, the episode's closure, the child's death or 18th birthday, whichever came first.
   */
  stoppedOn?: IsoDate;
  /** What stopped the plan's reviews on `stoppedOn`. */
  stoppedBy?: 'plan-ended' | 'episode-closed' | 'child-died' | 'eighteenth-birthday';
  /**
   * When the plan's next review was due. For a plan open on `asOf`, `nextReviewOverdue` says whether that
   * day has passed; for a plan stopped on `stoppedOn`, the next review is given only when it fell due
   * before then, and is overdue (missed: the plan was still open on its due day and no review is recorded).
   */
  nextReviewDue?: IsoDate;
  nextReviewOverdue?: boolean;
  /** Every review judged in the return was on time (and the next is not overdue). */
  allOnTime: boolean;
}

/** One of the Department's own measures of a child's dates, told apart by `measure`. */
export type DepartmentMeasure = AssessmentDurationMeasure | ConferenceDurationMeasure | ReviewMeasure;

/**
 * The first day of the census year that ends on `referenceDate`.
 *
 * @param referenceDate - The return's `ReferenceDate` (31 March).
 * @returns The day after the same date a year before: 1 April.
 * @example
 * censusYearStart('2027-03-31') // '2026-04-01'
 */
export function censusYearStart(referenceDate: IsoDate): IsoDate {
  return addCalendarDays(addCalendarMonths(referenceDate, -12), 1);
}

/**
 * The Department's measures of one child's dates. Adds to `relied` the ids of the census readings they rely on.
 */
export function departmentMeasures(facts: CensusChildFacts, referenceDate: IsoDate, asOf: IsoDate, calendar: Calendar | undefined, relied: Set<string>): DepartmentMeasure[] {
  const out: DepartmentMeasure[] = [];
  const yearStart = censusYearStart(referenceDate);
  const wd = (a: IsoDate, b: IsoDate) => workingDaysBetween(a, b, calendar);
  const query = (code: string, start: IsoDate, n: number): ValidationQuery => ({
    code,
    flagged: start < addWorkingDays(referenceDate, -(n - 1), calendar),
    flaggedCountingFromDay0: start < addWorkingDays(referenceDate, -n, calendar),
  });
  for (const e of facts.episodes) {
    const episode = episodeId(e.position);
    for (const a of e.assessments) {
      if (a.startDate > asOf) continue;
      const authorised = a.authorisationDate !== undefined && a.authorisationDate <= asOf ? a.authorisationDate : undefined;
      const workingDays = wd(a.startDate, authorised ?? asOf);
      const m: AssessmentDurationMeasure = { measure: 'dfe.assessment-duration', episode, assessment: a.position, startDate: a.startDate, open: authorised === undefined, workingDays };
      if (authorised) {
        m.authorisationDate = authorised;
        if (authorised < a.startDate) {
          m.datesOutOfOrder = true;
          relied.add(outOfOrderAssessmentNotMeasured.id);
        }
        else {
          m.band = assessmentBand(workingDays);
          m.within45 = workingDays <= 45;
        }
      }
      if (a.authorisationDate === undefined || a.authorisationDate > referenceDate) {
        if (a.startDate <= referenceDate) m.query = query('8670Q', a.startDate, 45);
      }
      out.push(m);
    }
    for (const s of e.section47s) {
      if (s.startDate > asOf) continue;
      const held = s.initialConferenceDate !== undefined && s.initialConferenceDate <= asOf ? s.initialConferenceDate : undefined;
      const m: ConferenceDurationMeasure = { measure: 'dfe.section-47-to-initial-conference', episode, section47: s.position, startDate: s.startDate, target: addWorkingDays(s.startDate, 15, calendar) };
      if (held) {
        const workingDays = wd(s.startDate, held);
        m.conferenceDate = held;
        m.workingDays = workingDays;
        m.band = workingDays <= 10 ? '0-10' : workingDays <= 15 ? '11-15' : workingDays <= 20 ? '16-20' : '21+';
        m.within15 = workingDays <= 15;
      }
      if (s.conferenceNotRequired !== undefined) m.conferenceNotRequired = s.conferenceNotRequired;
      if (s.initialConferenceTarget) m.targetInReturn = s.initialConferenceTarget;
      if ((s.initialConferenceDate === undefined || s.initialConferenceDate > referenceDate) && !s.conferenceNotRequired && s.startDate <= referenceDate) {
        m.query = query('8675Q', s.startDate, 15);
      }
      out.push(m);
    }
    for (const p of e.plans) {
      if (p.startDate > asOf) continue;
      const startedBeforeCensusYear = p.startDate < yearStart;
      const dates = [...new Set(p.reviews.filter((d) => d > p.startDate && d <= asOf))].sort();
      const reviews: ReviewMeasure['reviews'] = [];
      let previous: IsoDate | undefined = startedBeforeCensusYear ? undefined : p.startDate;
      let first = !startedBeforeCensusYear;
      for (const date of dates) {
        if (previous === undefined) reviews.push({ date });
        else {
          const due = addCalendarMonths(previous, first ? 3 : 6);
          reviews.push({ date, due, onTime: date <= due });
        }
        previous = date;
        first = false;
      }
      const m: ReviewMeasure = { measure: 'dfe.child-protection-reviews', episode, plan: p.position, startDate: p.startDate, reviews, startedBeforeCensusYear, allOnTime: reviews.every((r) => r.onTime !== false) };
      if (p.endDate !== undefined) m.endDate = p.endDate;
      // A plan cannot outlast the child's episode, death or 18th birthday, even when the return leaves its end blank.
      const stop = planStop(p.endDate, e.closureDate, facts.deathDate, facts.birthDate ? eighteenthBirthdayOf(facts.birthDate) : undefined, p.startDate, asOf);
      if (stop !== undefined) {
        m.stoppedOn = stop.on;
        m.stoppedBy = stop.by;
        relied.add(reviewsStopWithThePlan.id);
      }
      if (previous !== undefined) {
        const due = addCalendarMonths(previous, first ? 3 : 6);
        // A stopped plan still owed the review that fell due while it was open (before the day it stopped).
        if (stop === undefined || due < stop.on) {
          m.nextReviewDue = due;
          m.nextReviewOverdue = stop !== undefined || due < asOf;
          if (m.nextReviewOverdue) m.allOnTime = false;
        }
      }
      out.push(m);
    }
  }
  return out;
}

/** The first of the days that stop a plan's reviews, on or after its start and by `asOf`. */
function planStop(
  endDate: IsoDate | undefined,
  closureDate: IsoDate | undefined,
  deathDate: IsoDate | undefined,
  eighteenth: IsoDate | undefined,
  startDate: IsoDate,
  asOf: IsoDate,
): { on: IsoDate; by: NonNullable<ReviewMeasure['stoppedBy']> } | undefined {
  const candidates: [IsoDate | undefined, NonNullable<ReviewMeasure['stoppedBy']>][] = [
    [endDate, 'plan-ended'],
    [closureDate, 'episode-closed'],
    [deathDate, 'child-died'],
    [eighteenth, 'eighteenth-birthday'],
  ];
  let first: { on: IsoDate; by: NonNullable<ReviewMeasure['stoppedBy']> } | undefined;
  for (const [on, by] of candidates) {
    if (on === undefined || on < startDate || on > asOf) continue;
    if (first === undefined || on < first.on) first = { on, by };
  }
  return first;
}

function assessmentBand(days: number): AssessmentDurationBand {
  if (days <= 0) return 'same-day';
  if (days <= 10) return '1-10';
  if (days <= 20) return '11-20';
  if (days <= 30) return '21-30';
  if (days <= 40) return '31-40';
  if (days <= 45) return '41-45';
  if (days <= 50) return '46-50';
  if (days <= 60) return '51-60';
  return '61+';
}
