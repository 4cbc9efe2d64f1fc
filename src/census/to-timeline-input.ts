/**
 * One child's census facts as the timeline's input: one episode per
 * `CINdetails`, each fact mapped to the timeline event it stands for (the
 * table is in docs/census.md). Facts the timeline cannot take in the order
 * given (an assessment before its referral, a review on the plan's first day)
 * are left out with a data-quality warning naming the census field, so one
 * inconsistent date never stops a child from being judged.
 */
import { eighteenthBirthdayOf } from '../calendar/eighteenth-birthday.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import type { Calendar } from '../calendar/calendar-types.js';
import { englandAndWales } from '../calendar/england-and-wales.js';
import type { Warning } from '../rules/engine/interpretation.js';
import type { StatutoryTimelineInput, TimelineEvent } from '../rules/timeline/input-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import {
  authorisationConcludesAssessment,
  eighteenthBirthday,
  icpcNotRequiredConcludesEnquiry,
  identicalEpisodesAreOne,
  planMadeWhenPlanStartsThatDay,
  referralNfaIsTheDecision,
  s47StartIsStrategyDiscussion,
} from './census-interpretations.js';
import { episodeId, ordinal } from './census-words.js';
import type { CensusChildFacts, CensusEpisode } from './read-child.js';

export interface MappedChild {
  input: StatutoryTimelineInput;
  /** For each event of `input.events`, the census field it was read from, e.g. `CINdetails[2]/Section47[1]/S47ActualStartDate`. */
  sources: string[];
  warnings: Warning[];
  /** Ids of the census interpretations the mapping relied on. */
  relied: Set<string>;
}

export function toTimelineInput(facts: CensusChildFacts, asOf: IsoDate, calendar: Calendar | undefined): MappedChild {
  const events: TimelineEvent[] = [];
  const sources: string[] = [];
  const warnings: Warning[] = [];
  const relied = new Set<string>();
  const { firstYear, lastYear } = calendar ?? englandAndWales;
  let afterAsOf = 0;
  const beforeCalendar: string[] = [];

  const warn = (code: string, message: string, facts: string[]) => warnings.push({ code: `census.warning.${code}`, message, facts });
  const add = (event: TimelineEvent, source: string) => {
    const year = Number(event.date.slice(0, 4));
    if (year < firstYear || year > lastYear) {
      beforeCalendar.push(source);
      return;
    }
    if (event.date > asOf) {
      afterAsOf++;
      return;
    }
    events.push(event);
    sources.push(source);
  };

  if (facts.deathDate) add({ type: 'child-died', date: facts.deathDate }, 'ChildIdentifiers/PersonDeathDate');
  // A child who died before turning 18 has no 18th birthday in the history.
  const birthday = facts.birthDate ? eighteenthBirthdayOf(facts.birthDate) : undefined;
  if (facts.birthDate && birthday !== undefined && facts.deathDate !== undefined && facts.deathDate < birthday) {
    relied.add(eighteenthBirthday.id);
  } else if (facts.birthDate && birthday !== undefined) {
    relied.add(eighteenthBirthday.id);
    const source = 'ChildIdentifiers/PersonBirthDate (18th birthday)';
    // The birthday to come is given too (the timeline accepts it after asOf), so a plan whose next review falls after it
    // shows the review around the birthday as due while it can be planned.
    if (birthday <= asOf || Number(birthday.slice(0, 4)) > lastYear) add({ type: 'child-turned-18', date: birthday }, source);
    else {
      events.push({ type: 'child-turned-18', date: birthday });
      sources.push(source);
    }
  } else if (!facts.expectedBirthDate) {
    warn('no-date-of-birth', 'The child has neither PersonBirthDate nor ExpectedPersonBirthDate, so the day the child turns 18 (when clocks stop) is not known.', ['ChildIdentifiers']);
  }

  for (const r of facts.repeatedEpisodes ?? []) {
    relied.add(identicalEpisodesAreOne.id);
    warn(
      'episode-recorded-twice',
      `The ${ordinal(r.position)} CINdetails records exactly what the ${ordinal(r.sameAs)} does (every date and flag); it is read as the same episode exported twice and counted once.`,
      [`CINdetails[${r.sameAs}]`, `CINdetails[${r.position}]`],
    );
  }
  for (const episode of facts.episodes) mapEpisode(episode);

  if (afterAsOf > 0) {
    warn('after-as-of', `${afterAsOf} ${afterAsOf === 1 ? 'date is' : 'dates are'} after asOf (${asOf}) and left out: the child is judged as the return would have shown on that day.`, []);
  }
  if (beforeCalendar.length > 0) {
    warn('outside-calendar', `${beforeCalendar.length === 1 ? 'A date is' : `${beforeCalendar.length} dates are`} outside the years the calendar serves (${firstYear} to ${lastYear}) and left out.`, beforeCalendar);
  }
  return { input: { asOf, events }, sources, warnings, relied };

  function mapEpisode(e: CensusEpisode): void {
    const id = episodeId(e.position);
    const at = (field: string) => `CINdetails[${e.position}]/${field}`;
    const referral = e.referralDate;
    add({ type: 'referral-received', date: referral, episode: id }, at('CINreferralDate'));

    // The decision on next steps: its outcome is in ReferralNFA, its day nowhere in the return.
    const firstAssessment = min(e.assessments.map((a) => a.startDate));
    const firstS47 = min(e.section47s.map((s) => s.startDate));
    const laterStep = firstAssessment ?? firstS47 ?? e.plans[0]?.startDate ?? e.cinPlans.find((c) => c.startDate)?.startDate;
    if (e.referralNfa) {
      relied.add(referralNfaIsTheDecision.id);
      add({ type: 'referral-decision-made', date: referral, episode: id, nextStep: 'no-further-action', dateRecorded: false }, at('ReferralNFA'));
      if (e.assessments.length + e.section47s.length + e.plans.length + e.cinPlans.length > 0) {
        warn('activity-after-no-further-action', `The ${ordinal(e.position)} episode is flagged ReferralNFA (no further action) but records assessments, section 47 enquiries or plans (census validation 8831); what the episode records is judged.`, [at('ReferralNFA')]);
      }
    } else if (laterStep !== undefined) {
      relied.add(referralNfaIsTheDecision.id);
      const nextStep = firstS47 !== undefined && (firstAssessment === undefined || firstS47 < firstAssessment) ? 'strategy-discussion' : 'assessment';
      add({ type: 'referral-decision-made', date: referral, episode: id, nextStep, dateRecorded: false }, at('ReferralNFA'));
    } else {
      // Not no further action, and nothing after the referral: no decision is in the return, and the child's line says on what reading.
      relied.add(referralNfaIsTheDecision.id);
      warn(
        'no-step-after-referral',
        `The ${ordinal(e.position)} episode's ReferralNFA is false and the return holds nothing after its referral (no assessment, section 47 enquiry or plan): the decision on next steps is judged as not yet recorded. If the referral was acted on, the step it led to is missing from the return.`,
        [at('ReferralNFA')],
      );
    }

    // The assessment: the earliest authorisation concludes the referral's 45 working days.
    for (const a of e.assessments) {
      if (a.startDate < referral) warn('assessment-before-referral', `An assessment of the ${ordinal(e.position)} episode starts before its referral (census validation 1103).`, [at(`Assessments[${a.position}]/AssessmentActualStartDate`)]);
      if (a.authorisationDate && a.authorisationDate < a.startDate) warn('authorised-before-start', `An assessment of the ${ordinal(e.position)} episode is authorised before it started (census validation 8608).`, [at(`Assessments[${a.position}]/AssessmentAuthorisationDate`)]);
    }
    const authorised = e.assessments.filter((a) => a.authorisationDate !== undefined).sort((a, b) => compare(a.authorisationDate!, b.authorisationDate!));
    const concluding = authorised.find((a) => a.authorisationDate! >= referral);
    if (concluding) {
      relied.add(authorisationConcludesAssessment.id);
      add({ type: 'assessment-completed', date: concluding.authorisationDate!, episode: id }, at(`Assessments[${concluding.position}]/AssessmentAuthorisationDate`));
    }
    if (authorised.some((a) => a.authorisationDate! < referral)) {
      warn('authorised-before-referral', `An assessment of the ${ordinal(e.position)} episode is authorised before the referral; it cannot conclude that referral's assessment and is left out of the timeline.`, [at('Assessments')]);
    }

    // Section 47 enquiries and their conferences.
    const conferences: { date: IsoDate; source: string }[] = [];
    const s47s = [...e.section47s].sort((a, b) => compare(a.startDate, b.startDate));
    for (const s of s47s) {
      const where = at(`Section47[${s.position}]`);
      relied.add(s47StartIsStrategyDiscussion.id);
      if (s.startDate < referral) warn('section-47-before-referral', `A section 47 enquiry of the ${ordinal(e.position)} episode starts before its referral (census validation 2889).`, [`${where}/S47ActualStartDate`]);
      add({ type: 'strategy-discussion-s47-initiated', date: s.startDate, episode: id }, `${where}/S47ActualStartDate`);
      const target = addWorkingDays(s.startDate, 15, calendar);
      if (s.initialConferenceTarget && s.initialConferenceTarget !== target) {
        warn(
          'conference-target-differs',
          `The return's InitialCPCtarget for a section 47 enquiry of the ${ordinal(e.position)} episode is ${s.initialConferenceTarget}; 15 working days after the strategy discussion of ${s.startDate} (day 0) is ${target}.`,
          [`${where}/InitialCPCtarget`],
        );
      }
      if (s.initialConferenceDate) {
        if (s.initialConferenceDate < s.startDate) {
          warn('conference-before-section-47', `An initial conference of the ${ordinal(e.position)} episode is dated before the section 47 enquiry it concludes (census validation 8615); it is left out of the timeline.`, [`${where}/DateOfInitialCPC`]);
        } else {
          conferences.push({ date: s.initialConferenceDate, source: `${where}/DateOfInitialCPC` });
          if (s.conferenceNotRequired) {
            warn('conference-and-not-required', `A section 47 enquiry of the ${ordinal(e.position)} episode records both an initial conference and ICPCnotRequired; the conference is judged.`, [`${where}/ICPCnotRequired`]);
          }
        }
      } else if (s.conferenceNotRequired) {
        relied.add(icpcNotRequiredConcludesEnquiry.id);
        add({ type: 'section-47-concluded-no-conference', date: s.startDate, episode: id, dateRecorded: false }, `${where}/ICPCnotRequired`);
      }
    }
    if (e.initialConferenceDate) {
      const date = e.initialConferenceDate;
      const source = at('DateOfInitialCPC');
      if (conferences.some((c) => c.date === date)) {
        warn('conference-recorded-twice', `The initial conference of the ${ordinal(e.position)} episode is recorded both in CINdetails and in Section47 (census validation 2884); it is judged once.`, [source]);
      } else {
        // The enquiry it concludes: the latest started on or before it with no conference or conclusion of its own.
        const open = s47s.filter((s) => s.startDate <= date && !s.initialConferenceDate && !s.conferenceNotRequired).pop();
        const latest = s47s.filter((s) => s.startDate <= date).pop();
        if (open && open === latest) conferences.push({ date, source });
        else {
          warn(
            'conference-without-section-47',
            `The initial conference recorded in CINdetails for the ${ordinal(e.position)} episode follows no section 47 enquiry of the episode that is still waiting for one; the timeline runs a conference (and the plan it makes) from its enquiry, so it is left out of the timeline.`,
            [source],
          );
        }
      }
    }

    // Plans: each made by the conference held the day it starts, or else by the latest conference before it.
    const plans = [...e.plans].sort((a, b) => compare(a.startDate, b.startDate));
    conferences.sort((a, b) => compare(a.date, b.date));
    const madeBy = new Map<number, IsoDate>(); // plan position -> the conference that made it
    const used = new Set<IsoDate>();
    for (const p of plans) {
      const same = conferences.find((c) => c.date === p.startDate && !used.has(c.date));
      const before = same ?? conferences.filter((c) => c.date < p.startDate && !used.has(c.date)).pop();
      if (!before) continue;
      used.add(before.date);
      madeBy.set(p.position, before.date);
      if (!same) {
        warn(
          'plan-start-differs-from-conference',
          `A child protection plan of the ${ordinal(e.position)} episode starts on ${p.startDate}, not on the day of the initial conference before it (${before.date}; census validation 2885); its clocks run from the conference.`,
          [at(`ChildProtectionPlans[${p.position}]/CPPstartDate`)],
        );
      }
    }
    for (const c of conferences) {
      relied.add(planMadeWhenPlanStartsThatDay.id);
      add({ type: 'initial-conference-held', date: c.date, episode: id, planMade: used.has(c.date) }, c.source);
    }
    for (const [i, p] of plans.entries()) {
      const where = at(`ChildProtectionPlans[${p.position}]`);
      if (p.startDate < referral) warn('plan-before-referral', `A child protection plan of the ${ordinal(e.position)} episode starts before its referral (census validation 1105).`, [`${where}/CPPstartDate`]);
      if (p.emptyReviews > 0) warn('review-date-missing', `A child protection plan of the ${ordinal(e.position)} episode has ${p.emptyReviews} review ${p.emptyReviews === 1 ? 'record' : 'records'} without a date (census validation 8842Q).`, [`${where}/Reviews`]);
      const conference = madeBy.get(p.position);
      if (conference === undefined) {
        relied.add(planMadeWhenPlanStartsThatDay.id);
        warn(
          'plan-conference-not-in-return',
          `No initial conference of the ${ordinal(e.position)} episode is recorded on or before the day its child protection plan starts (${p.startDate}): the plan started before the census year, or its conference is not recorded. Its reviews are in the Department's review measure, not judged against Working Together here.`,
          [`${where}/CPPstartDate`],
        );
        continue;
      }
      const next = plans.slice(i + 1).find((q) => madeBy.has(q.position));
      const nextStart = next ? madeBy.get(next.position)! : undefined;
      const end = p.endDate !== undefined && p.endDate <= p.startDate ? undefined : p.endDate;
      if (p.endDate !== undefined && end === undefined) warn('plan-ends-before-it-starts', `A child protection plan of the ${ordinal(e.position)} episode ends on or before the day it starts (census validation 8840, 8925); its end is left out.`, [`${where}/CPPendDate`]);
      const seen = new Set<IsoDate>();
      for (const date of [...p.reviews].sort(compare)) {
        if (date <= conference) warn('review-not-after-plan-start', `A review of a child protection plan of the ${ordinal(e.position)} episode is on or before the plan's first day (census validation 8841); it is left out.`, [`${where}/Reviews`]);
        else if (end !== undefined && date > end) warn('review-after-plan-end', `A review of a child protection plan of the ${ordinal(e.position)} episode is after the plan ended; it is left out.`, [`${where}/Reviews`]);
        else if (nextStart !== undefined && date >= nextStart) warn('review-after-next-plan', `A review of a child protection plan of the ${ordinal(e.position)} episode is dated after the next plan started (census validation 8940); it is left out.`, [`${where}/Reviews`]);
        else if (seen.has(date)) warn('review-recorded-twice', `A review of a child protection plan of the ${ordinal(e.position)} episode is recorded twice on one day; it is judged once.`, [`${where}/Reviews`]);
        else {
          seen.add(date);
          add({ type: 'review-conference-held', date, episode: id }, `${where}/Reviews/CPPreviewDate`);
        }
      }
      // A plan ended on the day the next one starts is replaced by the next conference, which ends it.
      if (end !== undefined && !(nextStart !== undefined && nextStart <= end)) add({ type: 'plan-ended', date: end, episode: id }, `${where}/CPPendDate`);
    }

    // Closure.
    if (e.closureDate) {
      if (e.closureDate < referral) {
        warn('closed-before-referral', `The ${ordinal(e.position)} episode is closed before its referral (census validation 8630); the closure is left out.`, [at('CINclosureDate')]);
      } else {
        add({ type: 'case-closed', date: e.closureDate, episode: id }, at('CINclosureDate'));
        const later = [...e.assessments.flatMap((a) => [a.startDate, a.authorisationDate]), ...e.section47s.flatMap((s) => [s.startDate, s.initialConferenceDate]), ...e.plans.flatMap((p) => [p.startDate, ...p.reviews])];
        if (later.some((d) => d !== undefined && d > e.closureDate!)) {
          warn('activity-after-closure', `The ${ordinal(e.position)} episode records activity after it was closed (census validation 8565).`, [at('CINclosureDate')]);
        }
      }
      if (e.reasonForClosure === 'RC2' && !facts.deathDate) {
        warn('died-without-date-of-death', `The ${ordinal(e.position)} episode was closed because the child died (RC2), but no PersonDeathDate is recorded (census validation 8585Q), so clocks in other episodes do not stop.`, [at('ReasonForClosure')]);
      }
    }
    if (facts.deathDate && referral > facts.deathDate) {
      warn('referral-after-death', `The ${ordinal(e.position)} episode's referral is after the child's date of death.`, [at('CINreferralDate'), 'ChildIdentifiers/PersonDeathDate']);
    }
    if (birthday !== undefined && referral >= birthday) {
      warn('referral-after-18', `The ${ordinal(e.position)} episode's referral is on or after the child's 18th birthday.`, [at('CINreferralDate'), 'ChildIdentifiers/PersonBirthDate']);
    }
  }
}

function min(dates: IsoDate[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const d of dates) if (best === undefined || d < best) best = d;
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
