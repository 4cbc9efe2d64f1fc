/**
 * How the timeline's explanations name events and dates in words ("the
 * referral was received on 2 November 2026"), so a stored explanation reads
 * as a sentence on the child's record rather than a list of ids.
 */
import type { IsoDate } from '../../schemas/iso-date.js';
import { capitalise, inWords, isWeekendDate, plural, withWeekday } from '../deadlines/deadline-words.js';
import type { TimelineEventType } from './input-schema.js';

export { capitalise, inWords, isWeekendDate, plural, withWeekday };

interface EventWords {
  /** The thing, as the subject of a sentence: "the referral". */
  noun: string;
  /** What happened to it, past tense: "was received". */
  happened: string;
  /** What starts a clock, present tense, for a clock that has not started: "a review conference is held". */
  starts: string;
  /** The thing as work to be done or booked, when the noun does not read as one: "publication of the review". */
  work?: string;
}

const words: Record<TimelineEventType, EventWords> = {
  'referral-received': { noun: 'the referral', happened: 'was received', starts: 'a referral is received' },
  'referral-decision-made': { noun: 'the decision on next steps', happened: 'was made', starts: 'the decision on next steps is made' },
  'assessment-completed': { noun: 'the assessment', happened: 'was completed', starts: 'the assessment is completed' },
  'strategy-discussion-s47-initiated': {
    noun: 'the strategy discussion that initiated section 47 enquiries',
    happened: 'was held',
    starts: 'a strategy discussion initiates section 47 enquiries',
  },
  'strategy-discussion-held': {
    noun: 'a strategy discussion (not initiating section 47 enquiries)',
    happened: 'was held',
    starts: 'a strategy discussion is held without initiating section 47 enquiries',
  },
  'section-47-concluded-no-conference': {
    noun: 'the section 47 enquiries',
    happened: 'concluded that no child protection conference was needed',
    starts: 'section 47 enquiries conclude',
  },
  'initial-conference-held': { noun: 'the initial child protection conference', happened: 'was held', starts: 'the initial child protection conference is held' },
  'core-group-meeting-held': { noun: 'a core group meeting', happened: 'was held', starts: 'a core group meeting is held' },
  'review-conference-held': { noun: 'a child protection review conference', happened: 'was held', starts: 'a child protection review conference is held' },
  'plan-ended': { noun: 'the child protection plan', happened: 'ended', starts: 'the child protection plan ends', work: 'ending the child protection plan' },
  'transfer-in-notification-received': {
    noun: 'the notice that the child, on a child protection plan, had moved into the area',
    happened: 'was received',
    starts: 'the authority is notified that a child on a plan has moved into its area',
  },
  'transfer-in-conference-held': { noun: 'the transfer-in child protection conference', happened: 'was held', starts: 'the transfer-in conference is held' },
  'case-closed': { noun: 'the case', happened: 'was closed', starts: 'the case is closed' },
  'child-moved-out-of-area': { noun: 'the child', happened: 'moved out of the area', starts: 'the child moves out of the area' },
  'child-turned-18': { noun: 'the child', happened: 'turned 18', starts: 'the child turns 18' },
  'child-died': { noun: 'the child', happened: 'died', starts: 'the child dies' },
  'child-became-looked-after': { noun: 'the child', happened: 'became looked after', starts: 'the child becomes looked after' },
  'child-went-missing': { noun: 'the child', happened: 'went missing', starts: 'the child goes missing' },
  'child-found': { noun: 'the missing child', happened: 'was found', starts: 'the missing child is found' },
  'need-to-know-missing-child-notified': {
    noun: 'the Need to Know notification about the missing child',
    happened: 'was sent',
    starts: 'a Need to Know notification is sent about a missing child',
  },
  'need-to-know-update-sent': { noun: 'a weekly update of the Need to Know notification', happened: 'was sent', starts: 'a weekly update of the Need to Know notification is sent', work: 'the next weekly update' },
  'national-alert-issued': { noun: 'the national child protection alert', happened: 'was issued', starts: 'a national child protection alert is issued' },
  'national-alert-reissued': { noun: 'the national alert', happened: 'was issued again', starts: 'the national alert is issued again', work: 'the next re-issue of the national alert' },
  'allegation-received': {
    noun: 'the allegation against a person who works with children',
    happened: "came to the employer's attention (or was made to the police)",
    starts: "an allegation comes to the employer's attention",
  },
  'designated-officer-informed': { noun: 'the designated officer (LADO)', happened: 'was informed', starts: 'the designated officer is informed' },
  'serious-incident-aware': { noun: 'the safeguarding partners', happened: 'became aware of the serious incident', starts: 'the partners become aware of a serious incident' },
  'serious-incident-notified': {
    noun: 'the serious incident notification',
    happened: 'was submitted to the Panel',
    starts: 'the serious incident notification is submitted to the Panel',
  },
  'rapid-review-submitted': { noun: 'the rapid review', happened: 'was submitted to the Panel', starts: 'the rapid review is submitted' },
  'lcspr-decided': {
    noun: 'the decision to initiate a local child safeguarding practice review',
    happened: 'was made',
    starts: 'the partners decide to initiate a local child safeguarding practice review',
  },
  'lcspr-report-sent': {
    noun: 'the full review report',
    happened: 'was sent to the Panel and the Secretary of State',
    starts: 'the report is sent to the Panel and the Secretary of State',
  },
  'lcspr-published': {
    noun: 'the review',
    happened: 'was published',
    starts: 'a publication date is recorded (published, or booked with status "scheduled")',
    work: 'publication of the review',
  },
  'private-fostering-notified': {
    noun: 'the local authority',
    happened: 'was notified of the private fostering arrangement',
    starts: 'the local authority is notified of a private fostering arrangement',
  },
  'private-fostering-visit': { noun: 'a visit to the privately fostered child', happened: 'was made', starts: 'a visit is made' },
  'private-fostering-ended': { noun: 'the private fostering arrangement', happened: 'ended', starts: 'the arrangement ends' },
  'coroner-decided-to-investigate': {
    noun: 'the coroner',
    happened: "decided to investigate the child's death (or to commission a post-mortem)",
    starts: "the coroner decides to investigate a child's death or to commission a post-mortem",
  },
  'coroner-notified-partners': { noun: "the coroner's notification to the child death review partners", happened: 'was made', starts: 'the coroner notifies the child death review partners' },
  'death-registered': { noun: "the child's death", happened: 'was registered', starts: "the child's death is registered" },
  'registrar-notified-partners': {
    noun: "the registrar's notification to the child death review partners",
    happened: 'was made',
    starts: 'the registrar supplies the particulars of the death to the child death review partners',
  },
};

export function nounOf(type: TimelineEventType): string {
  return words[type].noun;
}

/** The event as work to do or to book: "publication of the review", "the initial child protection conference". */
export function workOf(type: TimelineEventType): string {
  return words[type].work ?? words[type].noun;
}

/** "the referral was received on 2 November 2026" */
export function happenedOn(type: TimelineEventType, date: IsoDate): string {
  return `${words[type].noun} ${words[type].happened} on ${inWords(date)}`;
}

/** "the decision on next steps was made", for a step recorded without its day. */
export function happenedUndated(type: TimelineEventType): string {
  return `${words[type].noun} ${words[type].happened}`;
}

/**
 * A row of the history as it was recorded, for a warning that names it: "the
 * referral was received on 2 November 2026", "the initial child protection
 * conference booked for 29 December 2026", "the decision on next steps was
 * made (the day is not recorded)".
 */
export function recordedAs(e: { type: TimelineEventType; date: IsoDate; status?: 'scheduled' | 'postponed'; dateRecorded?: false }): string {
  if (e.status === 'scheduled') return `${workOf(e.type)} booked for ${inWords(e.date)}`;
  if (e.status === 'postponed') return `a booking of ${workOf(e.type)} for ${inWords(e.date)}, postponed`;
  if (e.dateRecorded === false) return `${happenedUndated(e.type)} (the day is not recorded)`;
  return happenedOn(e.type, e.date);
}

export function startsWhen(type: TimelineEventType): string {
  return words[type].starts;
}
