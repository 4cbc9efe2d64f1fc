/**
 * Every public function with a realistic, valid argument list: the fuzz
 * suites start from these and make them hostile. Each call may return a
 * value or a Promise (decisions were asynchronous before rule framework v2).
 */
import * as cal from '../../../src/calendar/index.js';
import * as api from '../../../src/index.js';
import * as schemas from '../../../src/schemas/index.js';
import type { Path } from './hostile.js';
import { completePlacementStart, completeChangeOfAddress } from '../../rules/placement-notification/examples.js';

export interface Target {
  name: string;
  /** The arguments of a call that answers. */
  args: unknown[];
  call: (...args: unknown[]) => unknown;
  /** False for a function that accepts any text (a lookup by id, readOnce): it answers a planted name rather than refusing it. */
  refusesPlantedNames?: false;
  /** Where the personal-data fuzz plants a name in every way (`PlantingOptions.everyWayAt`); everywhere when absent. */
  plantEveryWayAt?: (path: Path) => boolean;
}

/**
 * In a stored result, what verifyDecision reads as data (the decision's name,
 * its input and options, its ruleset) could reach a message. The rest (reasons,
 * traces, deadlines) is only compared with the re-run, and a stored need-level
 * result has over a thousand such places: those are sampled, not planted in
 * all forty ways each.
 */
const readFromStored = (path: Path): boolean =>
  // Another argument (the options), the stored result as a whole, or one of its read fields.
  path[0] !== 0 || path.length < 2 || ['decision', 'input', 'options', 'ruleset'].includes(String(path[1]));

const someIndicators = [api.needIndicators[3]!.id, api.needIndicators[60]!.id, api.needIndicators[150]!.id];
const customCalendar = cal.createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra bank holiday' }] });

const seriousIncidentInput = {
  childDied: true,
  abuseOrNeglectKnownOrSuspected: true,
  incidentInEngland: true,
  normallyResidentInEngland: true,
  ageInYears: 8,
  awareOn: '2026-12-18',
  notifiedOn: '2026-12-21',
  lcsprDecisionOn: '2027-01-15',
  publicationOn: '2027-06-01',
  lcsprCriteria: { improvementsNeeded: true },
};
const timelineInput = {
  asOf: '2026-06-01',
  events: [
    { type: 'referral-received', date: '2026-03-02' },
    { type: 'strategy-discussion-s47-initiated', date: '2026-03-04' },
    { type: 'initial-conference-held', date: '2026-03-20', planMade: true },
  ],
};
/** Results as a case system stores them (after a JSON round trip), for verifyDecision. */
const stored = (result: unknown): unknown => JSON.parse(JSON.stringify(result));
const storedSeriousIncident = stored(api.assessSeriousIncident(seriousIncidentInput as never));
const storedTimeline = stored(api.statutoryTimeline(timelineInput as never, { calendar: customCalendar }));
const storedNeedLevel = stored(api.classifyNeed({ indicators: someIndicators }, { intensiveIndicatorThreshold: 2 }));
/** Records as a case system stores them (`toRecord`, after a JSON round trip). */
const storedNeedLevelRecord = stored(api.toRecord(api.classifyNeed({ indicators: someIndicators }, { intensiveIndicatorThreshold: 2 })));
const storedSeriousIncidentRecord = stored(api.toRecord(api.assessSeriousIncident(seriousIncidentInput as never)));
/** In a record, what explainRecord and verifyDecision read as data: everything but the lists of ids, which are only compared. */
const readFromRecord = (path: Path): boolean => path[0] !== 0 || path.length < 2 || !['fired', 'actions', 'warnings', 'interpretations', 'missingFacts', 'deadlines'].includes(String(path[1]));

export const targets: Target[] = [
  {
    name: 'classifyNeed',
    args: [{ indicators: someIndicators, significantHarmSuspected: false, childInNeed: false, fgm: { atRisk: false }, reporterRole: 'teacher' }, { intensiveIndicatorThreshold: 2 }],
    call: (input, options) => api.classifyNeed(input as never, options as never),
  },
  {
    name: 'assessNeedToKnow',
    args: [{ asOf: '2026-12-18', notifiedOn: '2026-12-18', childStatus: ['looked-after'], missingMoreThan24Hours: true, otherCircumstancesRuledOut: true }],
    call: (input, options) => (api.assessNeedToKnow as (a: unknown, b?: unknown) => unknown)(input, options),
  },
  {
    name: 'assessNationalAlert',
    args: [{ asOf: '2026-12-18', subject: 'child', missingSince: '2026-11-01', alertIssuedOn: '2026-11-25', lastFollowUpOn: '2026-12-01' }],
    call: (input, options) => (api.assessNationalAlert as (a: unknown, b?: unknown) => unknown)(input, options),
  },
  {
    name: 'assessSeriousIncident',
    args: [seriousIncidentInput],
    call: (input, options) => (api.assessSeriousIncident as (a: unknown, b?: unknown) => unknown)(input, options),
  },
  { name: 'statutoryTimeline', args: [timelineInput, { calendar: customCalendar }], call: (input, options) => api.statutoryTimeline(input as never, options as never) },
  { name: 'validatePlacementNotification (placement start)', args: [completePlacementStart], call: (input) => api.validatePlacementNotification(input as never) },
  { name: 'validatePlacementNotification (change of address)', args: [completeChangeOfAddress], call: (input) => api.validatePlacementNotification(input as never) },
  { name: 'isWorkingDay', args: ['2026-12-24', customCalendar], call: (d, c) => cal.isWorkingDay(d as never, c as never) },
  { name: 'addWorkingDays', args: ['2026-12-18', 5, customCalendar], call: (d, n, c) => cal.addWorkingDays(d as never, n as never, c as never) },
  { name: 'workingDaysBetween', args: ['2026-12-18', '2027-01-08'], call: (a, b, c) => cal.workingDaysBetween(a as never, b as never, c as never) },
  { name: 'nextWorkingDay', args: ['2026-12-24'], call: (d, c) => cal.nextWorkingDay(d as never, c as never) },
  { name: 'previousWorkingDay', args: ['2026-12-29'], call: (d, c) => cal.previousWorkingDay(d as never, c as never) },
  { name: 'addCalendarDays', args: ['2026-12-18', 14], call: (d, n) => cal.addCalendarDays(d as never, n as never) },
  { name: 'addCalendarMonths', args: ['2026-01-31', 1], call: (d, n) => cal.addCalendarMonths(d as never, n as never) },
  { name: 'bankHolidays', args: [2026], call: (y, c) => cal.bankHolidays(y as never, c as never) },
  { name: 'bankHolidayOn', args: ['2026-12-28'], call: (d, c) => cal.bankHolidayOn(d as never, c as never) },
  {
    name: 'createCalendar',
    args: [{ additionalHolidays: [{ date: '2026-06-12', name: 'Extra bank holiday', substitute: false }], removedHolidays: ['2026-12-28'] }],
    call: (o) => cal.createCalendar(o as never),
  },
  {
    name: 'createDeadline',
    args: [
      {
        id: 'serious-incident.notify-panel',
        title: 'Notify the Panel',
        trigger: { event: 'aware of the incident', date: '2026-12-18' },
        period: { amount: 5, unit: 'working-days', direction: 'after' },
        citation: { document: 'working-together-2026', section: 'Chapter 5, paragraph 372', page: 120 },
      },
      customCalendar,
    ],
    call: (s, c) => cal.createDeadline(s as never, c as never),
  },
  { name: 'londonDate', args: ['2026-06-30T23:30:00Z'], call: (i) => cal.londonDate(i as never) },
  { name: 'calendarFingerprint', args: [customCalendar], call: (c) => cal.calendarFingerprint(c as never) },
  // A stored result is mostly the library's own words: a name planted there is a difference to report
  // (verifyDecision re-runs from the input), not an input error, so refusals are few; no message may hold it all the same.
  { name: 'verifyDecision (serious incident)', args: [storedSeriousIncident], call: (s, o) => (api.verifyDecision as (a: unknown, b?: unknown) => unknown)(s, o), refusesPlantedNames: false, plantEveryWayAt: readFromStored },
  { name: 'verifyDecision (timeline, own calendar)', args: [storedTimeline, { calendar: customCalendar }], call: (s, o) => api.verifyDecision(s, o as never), refusesPlantedNames: false, plantEveryWayAt: readFromStored },
  { name: 'verifyDecision (need level, with options)', args: [storedNeedLevel], call: (s, o) => (api.verifyDecision as (a: unknown, b?: unknown) => unknown)(s, o), refusesPlantedNames: false, plantEveryWayAt: readFromStored },
  // A result's fields a record keeps are read and checked, and its fingerprint against its input and
  // outcome (a planted name there is refused); the explanation it leaves out is not read at all, so
  // a name planted there is no error.
  { name: 'toRecord (need level)', args: [storedNeedLevel], call: (r) => api.toRecord(r), refusesPlantedNames: false, plantEveryWayAt: readFromStored },
  { name: 'toRecord (timeline)', args: [storedTimeline], call: (r) => api.toRecord(r), refusesPlantedNames: false, plantEveryWayAt: readFromStored },
  { name: 'explainRecord (need level)', args: [storedNeedLevelRecord], call: (r, o) => (api.explainRecord as (a: unknown, b?: unknown) => unknown)(r, o), plantEveryWayAt: readFromRecord },
  { name: 'explainRecord (serious incident)', args: [storedSeriousIncidentRecord], call: (r, o) => (api.explainRecord as (a: unknown, b?: unknown) => unknown)(r, o), plantEveryWayAt: readFromRecord },
  { name: 'verifyDecision (need level record)', args: [storedNeedLevelRecord], call: (s, o) => (api.verifyDecision as (a: unknown, b?: unknown) => unknown)(s, o), refusesPlantedNames: false, plantEveryWayAt: readFromRecord },
  { name: 'needIndicatorById', args: [someIndicators[0]], call: (id) => api.needIndicatorById(id as never), refusesPlantedNames: false },
  { name: 'isNeedIndicatorId', args: [someIndicators[0]], call: (id) => api.isNeedIndicatorId(id), refusesPlantedNames: false },
  { name: 'specialCircumstanceById', args: [api.specialCircumstances[0]!.id], call: (id) => api.specialCircumstanceById(id as never), refusesPlantedNames: false },
  { name: 'isSafeguardingInputError', args: [new api.SafeguardingInputError([{ path: ['input'], code: 'required', message: 'input: is required' }])], call: (e) => api.isSafeguardingInputError(e), refusesPlantedNames: false },
  // The schema and the argument's name are the caller's code, not data: only the input is hostile.
  { name: 'parseInput', args: [seriousIncidentInput], call: (input) => schemas.parseInput(schemas.SeriousIncidentInputSchema, input) },
  { name: 'readOnce', args: [timelineInput], call: (input) => schemas.readOnce(input, 'input'), refusesPlantedNames: false },
];
