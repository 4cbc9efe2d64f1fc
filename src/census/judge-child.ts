/**
 * One child of the return judged: the timeline of its events on `asOf`, the
 * census reading of each deadline (what the return can and cannot show), the
 * Department's own measures of the same dates, and the data-quality warnings.
 */
import type { Calendar } from '../calendar/calendar-types.js';
import type { Warning } from '../rules/engine/interpretation.js';
import type { StatutoryTimelineInput } from '../rules/timeline/input-types.js';
import { statutoryTimeline } from '../rules/timeline/statutory-timeline.js';
import type { CaseTimeline, TimelineDeadline } from '../rules/timeline/timeline-types.js';
import { SafeguardingInputError } from '../schemas/input-error.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { beforeCensusYearNotInReturn, censusInterpretations, coreGroupsNotInReturn } from './census-interpretations.js';
import { ordinal } from './census-words.js';
import { censusYearStart, departmentMeasures, type DepartmentMeasure } from './department-measures.js';
import type { CensusIssue } from './read-census-xml.js';
import type { CensusChildFacts } from './read-child.js';
import { repeatedChildIdWarning } from './repeated-child-id.js';
import { toTimelineInput } from './to-timeline-input.js';

/**
 * A deadline's status in the census reading: the timeline's judgement, with
 * `late` for work done after it was due, and `not-in-return` where the
 * return cannot show the step (see `census.interpretation.before-census-year-not-in-return`
 * and `census.interpretation.core-groups-not-in-return`).
 */
export type CensusDeadlineStatus = 'met' | 'met-inferred' | 'late' | 'overdue' | 'due' | 'not-yet-triggered' | 'not-required' | 'stopped' | 'not-in-return';

/** Every census status, in the order summaries list them. */
export const censusDeadlineStatuses: readonly CensusDeadlineStatus[] = ['overdue', 'late', 'due', 'met', 'met-inferred', 'not-required', 'stopped', 'not-yet-triggered', 'not-in-return'];

/** One deadline as the census reads it; the full judgement (explanation, citation, day counts) is the timeline's row. */
export interface CensusDeadline {
  /** The episode (`cin-2` for the child's 2nd `CINdetails`). */
  episode: string;
  /** The timescale id, e.g. `referral-and-assessment.assessment-complete`. */
  id: string;
  status: CensusDeadlineStatus;
  /** The day the clock started (absent for a clock not yet started). */
  startedOn?: IsoDate;
  due?: IsoDate;
  /** The day the step was done (met or late). */
  doneOn?: IsoDate;
  /** The timeline's sentence for the child's record, with what the return cannot show where the census reading differs. */
  explanation: string;
}

/** The judgement of one child of the return. */
export interface CensusChildResult {
  /** The child's position in the return (1 for the first `Child`). */
  child: number;
  /** The authority's own id of the child (`LAchildID`), unless left out (`childIds: false`). */
  LAchildID?: string;
  asOf: IsoDate;
  /** The deadlines, episode by episode, as the census reads them. */
  deadlines: CensusDeadline[];
  /** The Department's own measures of the same dates (not Working Together's clocks). */
  departmentMeasures: DepartmentMeasure[];
  /** Data-quality warnings: the census reader's (`census.warning.*`) and the timeline's. */
  warnings: Warning[];
  /** Ids of the census readings this child's mapping and statuses relied on (listed in `censusInterpretations`); the timeline's own are in `timeline.interpretations`. */
  interpretations: string[];
  /** The child's timeline input, as read from the return: `statutoryTimeline(input)` gives `timeline` again. */
  input: StatutoryTimelineInput;
  /** For each event of `input.events`, the census field it was read from. */
  eventSources: string[];
  /** The timeline as `statutoryTimeline` returns it for `input`: store and verify it like any timeline. */
  timeline: CaseTimeline;
}

export interface JudgeChildOptions {
  asOf: IsoDate;
  referenceDate: IsoDate;
  calendar?: Calendar;
  childIds?: boolean;
  /** The position of an earlier child with the same LAchildID, when there is one. */
  idRepeats?: number;
}

export type JudgeChildOutcome = { ok: true; result: CensusChildResult } | { ok: false; problems: CensusIssue[] };

export function judgeCensusChild(position: number, at: { line: number; column: number }, facts: CensusChildFacts, options: JudgeChildOptions): JudgeChildOutcome {
  const { asOf, referenceDate, calendar } = options;
  const mapped = toTimelineInput(facts, asOf, calendar);
  let timeline: CaseTimeline;
  try {
    timeline = statutoryTimeline(mapped.input, calendar ? { calendar } : {});
  } catch (error) {
    if (!(error instanceof SafeguardingInputError)) throw error;
    // The mapping leaves out what the timeline would refuse; anything still refused is reported for this child alone.
    return {
      ok: false,
      problems: error.issues.map((issue) => {
        const index = issue.path[0] === 'input' && issue.path[1] === 'events' && typeof issue.path[2] === 'number' ? issue.path[2] : undefined;
        const source = index !== undefined ? mapped.sources[index] : undefined;
        const detail = issue.message.replace(/^[^:]*: /, '').replace(/\d{4}-\d{2}-\d{2}/g, '(a date)');
        return {
          path: ['child', position, ...(source ? [source] : [])],
          code: issue.code,
          message: `line ${at.line}, column ${at.column}: the ${ordinal(position)} child${source ? ` (${source})` : ''}: the timeline cannot take this child's dates: ${detail}`,
          line: at.line,
          column: at.column,
        };
      }),
    };
  }

  const relied = new Set(mapped.relied);
  const yearStart = censusYearStart(referenceDate);
  const deadlines: CensusDeadline[] = [];
  for (const episode of timeline.episodes) {
    for (const row of episode.deadlines) {
      const d = censusDeadline(row);
      if ((d.status === 'due' || d.status === 'overdue') && d.doneOn === undefined) {
        if (row.id === 'child-protection.first-core-group') {
          d.status = 'not-in-return';
          d.explanation += ' The return holds no core group meetings, so whether this one was held cannot be judged from it.';
          relied.add(coreGroupsNotInReturn.id);
        } else if (d.startedOn !== undefined && d.startedOn < yearStart) {
          d.status = 'not-in-return';
          d.explanation += ` The clock started before the census year (from ${yearStart}), so the return need not show the step: it cannot be judged from the return.`;
          relied.add(beforeCensusYearNotInReturn.id);
        }
      }
      deadlines.push(d);
    }
  }

  // A reason for delay is asked for only where the return shows the assessment late, not where it cannot show it.
  const unknownAssessments = new Set<string>();
  for (const d of deadlines) if (d.id === 'referral-and-assessment.assessment-complete' && d.status === 'not-in-return') unknownAssessments.add(`${d.episode}/${d.startedOn}`);
  const eventKey = (fact: string | undefined) => {
    const m = fact ? /^events\[(\d+)\]$/.exec(fact) : null;
    const e = m ? mapped.input.events[Number(m[1])] : undefined;
    return e ? `${e.episode}/${e.date}` : '';
  };
  const timelineWarnings = timeline.warnings.filter((w) => !(w.code === 'timeline.warning.assessment-delay-reason-missing' && unknownAssessments.has(eventKey(w.facts[0]))));

  const measures = departmentMeasures(facts, referenceDate, asOf, calendar, relied);
  const result: CensusChildResult = {
    child: position,
    asOf,
    deadlines,
    departmentMeasures: measures,
    warnings: [
      ...(options.idRepeats !== undefined ? [repeatedChildIdWarning(position, options.idRepeats)] : []),
      ...mapped.warnings,
      ...timelineWarnings.map((w) => ({ code: w.code, message: w.message, facts: w.facts.map((f) => sourceOf(f, mapped.sources)) })),
    ],
    interpretations: censusInterpretations.filter((i) => relied.has(i.id)).map((i) => i.id),
    input: timeline.input,
    eventSources: mapped.sources,
    timeline,
  };
  if (options.childIds !== false) return { ok: true, result: { child: position, LAchildID: facts.laChildId, ...withoutChild(result) } };
  return { ok: true, result };
}

function withoutChild(result: CensusChildResult): Omit<CensusChildResult, 'child'> {
  const { child: _child, ...rest } = result;
  return rest;
}

/** The census reading of one timeline row: its judged status, its dates and its sentence. */
function censusDeadline(row: TimelineDeadline): CensusDeadline {
  const d: CensusDeadline = { episode: row.episode, id: row.id, status: row.status, explanation: row.explanation };
  if (row.status === 'not-yet-triggered') return d;
  d.startedOn = row.startedBy.date;
  d.due = row.due;
  if (row.status === 'met' || row.status === 'late') d.doneOn = row.doneOn;
  // The sentence last, after the dates, for a reader scanning a line.
  const { explanation, ...rest } = d;
  return { ...rest, explanation };
}

/** `events[3]` named by the census field it was read from. */
function sourceOf(fact: string, sources: string[]): string {
  const m = /^events\[(\d+)\]$/.exec(fact);
  return m ? (sources[Number(m[1])] ?? fact) : fact;
}
