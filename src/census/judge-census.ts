/**
 * `readCensus` and `judgeCensus`: a children in need census return, streamed
 * child by child. `readCensus` gives each child's timeline input (one episode
 * per `CINdetails`); `judgeCensus` judges each child on `asOf` (the return's
 * ReferenceDate unless given) and gathers the authority's summary as it goes.
 *
 * A child with an input problem is yielded as a problem and the run goes on;
 * a file that is not XML, not a census return, or truncated throws a
 * `SafeguardingInputError` (with the line and column) after every complete
 * child before the problem has been yielded.
 */
import type { Calendar } from '../calendar/calendar-types.js';
import { genuineCalendar } from '../calendar/calendar-state.js';
import type { Warning } from '../rules/engine/interpretation.js';
import type { StatutoryTimelineInput } from '../rules/timeline/input-types.js';
import { inputError } from '../schemas/input-error.js';
import { isoDateProblem, type IsoDate } from '../schemas/iso-date.js';
import { CensusSummaryBuilder, type CensusSummary } from './census-summary.js';
import { judgeCensusChild, type CensusChildResult } from './judge-child.js';
import { readCensusXml, type CensusHeader, type CensusIssue, type CensusSource } from './read-census-xml.js';
import { readChild } from './read-child.js';
import { repeatedChildIdWarning } from './repeated-child-id.js';
import { toTimelineInput } from './to-timeline-input.js';

/** Options of `readCensus` and `judgeCensus`: the day to judge on, the calendar, and whether results carry `LAchildID`. */
export interface CensusOptions {
  /** The day to judge on; the return's ReferenceDate when left out. Dates after it are left out of each child (as the return would have stood that day). */
  asOf?: IsoDate;
  /** The working-day calendar; England and Wales when left out. */
  calendar?: Calendar;
  /** `false` leaves each child's `LAchildID` out of results and summaries (children are then named by position only). */
  childIds?: boolean;
}

/** A child the reader could not read, or the timeline could not take: by position, with each problem's line and column. */
export interface CensusChildProblem {
  ok: false;
  child: number;
  line: number;
  column: number;
  problems: CensusIssue[];
}

/** One child's timeline input, read from the return. */
export interface CensusChildInput {
  ok: true;
  child: number;
  LAchildID?: string;
  /** What `statutoryTimeline` takes for this child, on `asOf`. */
  input: StatutoryTimelineInput;
  /** For each event of `input.events`, the census field it was read from. */
  eventSources: string[];
  /** What the mapping left out or found inconsistent (`census.warning.*`). */
  warnings: Warning[];
}

/**
 * Each child of a children in need census return as a timeline input,
 * read as the source arrives (memory holds one child at a time).
 *
 * @param source - The return: a Node stream (e.g. `createReadStream(file)`), an async iterable of text or bytes, or the whole text.
 * @param options - `asOf` (the return's ReferenceDate when left out), `calendar`, `childIds`.
 * @returns An async iterable of `CensusChildInput` and `CensusChildProblem`, in file order; `header` is set once the header is read.
 * @throws {SafeguardingInputError} when the file is not XML, not a census return, or truncated (after the children before the problem).
 * @example
 * const xml = '<Message><Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>2027-03-31</ReferenceDate></CollectionDetails></Header>'
 *   + '<Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers>'
 *   + '<CINdetails><CINreferralDate>2027-03-01</CINreferralDate><ReferralNFA>true</ReferralNFA></CINdetails></Child></Children></Message>';
 * const children = [];
 * for await (const child of readCensus(xml)) children.push(child);
 * children[0].input.events.map((e) => e.type) // ['referral-received', 'referral-decision-made']
 */
export function readCensus(source: CensusSource, options: CensusOptions = {}): CensusReading<CensusChildInput | CensusChildProblem> {
  const opts = checkOptions(options);
  return new CensusReading(source, opts, (child, facts, header) => {
    const asOf = opts.asOf ?? header.referenceDate;
    const mapped = toTimelineInput(facts, asOf, opts.calendar);
    return {
      ok: true,
      child: child.position,
      ...(opts.childIds !== false ? { LAchildID: facts.laChildId } : {}),
      input: mapped.input,
      eventSources: mapped.sources,
      warnings: child.idRepeats !== undefined ? [repeatedChildIdWarning(child.position, child.idRepeats), ...mapped.warnings] : mapped.warnings,
    };
  });
}

/**
 * Every child of a children in need census return judged against Working
 * Together's timescales on `asOf`, with the Department's own measures beside
 * them; `summary()` gives the authority's figures once the children are read.
 *
 * @param source - The return (see `readCensus`).
 * @param options - `asOf` (the return's ReferenceDate when left out), `calendar`, `childIds`.
 * @returns An async iterable of `{ ok: true, result }` per judged child and `CensusChildProblem` per child that could not be judged, with `summary()`.
 * @throws {SafeguardingInputError} for bad options, or a file that is not XML, not a census return, or truncated.
 * @example
 * // From a file: judgeCensus(createReadStream('cin-census-2027.xml')). Here, the text of a small return:
 * const xml = '<Message><Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>2027-03-31</ReferenceDate></CollectionDetails></Header>'
 *   + '<Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers>'
 *   + '<CINdetails><CINreferralDate>2027-01-04</CINreferralDate><ReferralNFA>false</ReferralNFA>'
 *   + '<Assessments><AssessmentActualStartDate>2027-01-05</AssessmentActualStartDate></Assessments></CINdetails></Child></Children></Message>';
 * const run = judgeCensus(xml);
 * const statuses = [];
 * for await (const child of run) if (child.ok) statuses.push(...child.result.deadlines.map((d) => `${d.id} ${d.status}`));
 * statuses // ['referral-and-assessment.decide-next-steps met-inferred', 'referral-and-assessment.assessment-complete overdue']
 * run.summary().timescales[1].children.overdue // [{ child: 1, LAchildID: 'A1', episode: 'cin-1' }]
 */
export function judgeCensus(source: CensusSource, options: CensusOptions = {}): CensusJudgement {
  const opts = checkOptions(options);
  return new CensusJudgement(source, opts);
}

/** How a reading turns one child's facts into what it yields. */
/** The child as read: its position and where it starts, and, when its LAchildID was an earlier child's, that child's position. */
type ReadChildAt = { position: number; line: number; column: number; idRepeats?: number };
type MapChild<T> = (child: ReadChildAt, facts: import('./read-child.js').CensusChildFacts, header: CensusHeader) => T | CensusChildProblem;

/** A census return being read: iterate over it (once) for its children; `header` is set once the header is read. */
export class CensusReading<T> implements AsyncIterable<T | CensusChildProblem> {
  /** The return's header, once read. */
  header: CensusHeader | undefined;
  private started = false;

  constructor(
    private readonly source: CensusSource,
    protected readonly options: CensusOptions,
    private readonly map: MapChild<T>,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<T | CensusChildProblem> {
    if (this.started) throw new Error('a census is read once: call readCensus or judgeCensus again to read it again');
    this.started = true;
    // The first position of each LAchildID, to warn about a second child under one (a few bytes a child).
    const firstWithId = new Map<string, number>();
    for await (const item of readCensusXml(this.source)) {
      if (item.kind === 'header') {
        this.header = item.header;
        this.onHeader(item.header);
        continue;
      }
      const raw = item.child;
      const read = readChild(raw);
      let out: T | CensusChildProblem;
      if (read.ok) {
        const first = firstWithId.get(read.facts.laChildId);
        if (first === undefined) firstWithId.set(read.facts.laChildId, raw.position);
        out = this.map({ position: raw.position, line: raw.line, column: raw.column, ...(first !== undefined ? { idRepeats: first } : {}) }, read.facts, this.header!);
      } else out = { ok: false, child: raw.position, line: raw.line, column: raw.column, problems: read.problems };
      this.onChild(out);
      yield out;
    }
  }

  protected onHeader(_header: CensusHeader): void {}
  protected onChild(_child: T | CensusChildProblem): void {}
}

/** A census return being judged: iterate over it (once) for each child's judgement, then `summary()`. */
export class CensusJudgement extends CensusReading<{ ok: true; result: CensusChildResult }> {
  private builder: CensusSummaryBuilder | undefined;

  constructor(source: CensusSource, options: CensusOptions) {
    super(source, options, (child, facts, header) => {
      const judged = judgeCensusChild(child.position, child, facts, {
        asOf: options.asOf ?? header.referenceDate,
        referenceDate: header.referenceDate,
        ...(options.calendar ? { calendar: options.calendar } : {}),
        ...(options.childIds !== undefined ? { childIds: options.childIds } : {}),
        ...(child.idRepeats !== undefined ? { idRepeats: child.idRepeats } : {}),
      });
      return judged.ok ? { ok: true, result: judged.result } : { ok: false, child: child.position, line: child.line, column: child.column, problems: judged.problems };
    });
  }

  protected override onHeader(header: CensusHeader): void {
    this.builder = new CensusSummaryBuilder(header, this.options.asOf ?? header.referenceDate);
  }

  protected override onChild(child: { ok: true; result: CensusChildResult } | CensusChildProblem): void {
    if (child.ok) this.builder!.add(child.result);
    else this.builder!.addProblem(child.child, child.problems);
  }

  /** The authority's summary of the children read so far (all of them once the iteration has ended). */
  summary(): CensusSummary {
    if (!this.builder) throw new Error('the census header has not been read yet: iterate over the children first');
    return this.builder.result();
  }
}

function checkOptions(options: CensusOptions): CensusOptions {
  if (options === null || typeof options !== 'object') inputError(['options'], 'invalid-type', 'expected an object');
  const out: CensusOptions = {};
  if (options.asOf !== undefined) {
    const problem = isoDateProblem(options.asOf);
    if (problem) inputError(['options', 'asOf'], 'invalid-date', problem);
    out.asOf = options.asOf;
  }
  if (options.calendar !== undefined) out.calendar = genuineCalendar(options.calendar, 'options.calendar');
  if (options.childIds !== undefined) {
    if (typeof options.childIds !== 'boolean') inputError(['options', 'childIds'], 'invalid-type', 'expected a boolean');
    out.childIds = options.childIds;
  }
  return out;
}
