/**
 * The authority's summary, gathered child by child as the return is judged
 * (so it needs no second pass and holds only counts and child references):
 * per timescale, how many deadlines were in each status and which children
 * are behind each figure; the Department's measures; the data-quality
 * warnings by kind; and the children that could not be judged.
 */
import type { IsoDate } from '../schemas/iso-date.js';
import { copyInterpretation, type Interpretation } from '../rules/engine/interpretation.js';
import { censusInterpretations } from './census-interpretations.js';
import { timescale } from '../rules/timescales/registry.js';
import { timelineTimescales } from '../rules/timeline/processes.js';
import type { CensusHeader, CensusIssue } from './read-census-xml.js';
import { assessmentDurationBands, censusYearStart, conferenceDurationBands, type AssessmentDurationBand, type ConferenceDurationBand } from './department-measures.js';
import { censusDeadlineStatuses, type CensusChildResult, type CensusDeadlineStatus } from './judge-child.js';

/** A child behind a figure: its position in the return, its `LAchildID` (unless left out) and the episode. */
export interface CensusChildReference {
  child: number;
  LAchildID?: string;
  episode?: string;
}

/** One Working Together timescale in the summary: the count of its deadlines in each status, and the children behind each count. */
export interface CensusTimescaleSummary {
  id: string;
  title: string;
  /** How many deadlines of this timescale are in each status. */
  counts: Record<CensusDeadlineStatus, number>;
  /** The children behind each count (one entry per deadline). */
  children: Record<CensusDeadlineStatus, CensusChildReference[]>;
}

/**
 * The authority's summary of a census return (`CensusJudgement.summary()`):
 * the return, Working Together's timescales as the library judges them, the
 * Department's own measures apart, data-quality warnings by kind, and the
 * readings relied on.
 */
export interface CensusSummary {
  census: {
    collection: 'CIN';
    year?: string;
    lea?: string;
    referenceDate: IsoDate;
    /** The census year: 1 April to the ReferenceDate. */
    censusYear: { from: IsoDate; to: IsoDate };
    asOf: IsoDate;
    /** Children in the return. */
    children: number;
    judged: number;
    /** Children with an input problem, not judged (by position; the problems are reported one by one). */
    notJudged: number[];
  };
  /** Working Together 2026 timescales as the library judges them (day 0 counting). */
  timescales: CensusTimescaleSummary[];
  /** The Department for Education's own measures of the same dates (not Working Together's clocks). */
  departmentMeasures: {
    assessmentDuration: {
      authorised: number;
      bands: Record<AssessmentDurationBand, number>;
      within45: number;
      open: number;
      /** Assessments authorised before they started (validation 8608): neither banded nor counted within 45. */
      datesOutOfOrder: CensusChildReference[];
      /** Validation query 8670Q on the ReferenceDate: as the open-source validator counts (ReferenceDate = working day 1) and as the library counts (day 0). */
      query8670Q: { flagged: CensusChildReference[]; flaggedCountingFromDay0: CensusChildReference[] };
    };
    section47ToInitialConference: {
      held: number;
      bands: Record<ConferenceDurationBand, number>;
      within15: number;
      notRequired: number;
      targetDiffers: CensusChildReference[];
      query8675Q: { flagged: CensusChildReference[]; flaggedCountingFromDay0: CensusChildReference[] };
    };
    childProtectionReviews: {
      plans: number;
      reviews: number;
      reviewsOnTime: number;
      reviewsLate: CensusChildReference[];
      /** Plans whose next review is not recorded by its due date: overdue on `asOf`, or missed before the plan stopped (its end, closure, death or 18th birthday). */
      nextReviewOverdue: CensusChildReference[];
    };
  };
  /** Data-quality warnings by kind, most frequent first. */
  warnings: { code: string; count: number; children: CensusChildReference[] }[];
  /** The census readings the children's results relied on, each in full once (a child's result names them by id). */
  interpretations: Interpretation[];
}

/** Gathers the summary child by child, as the return is judged. */
export class CensusSummaryBuilder {
  private readonly timescales = new Map<string, CensusTimescaleSummary>();
  private readonly warningsByCode = new Map<string, { count: number; children: CensusChildReference[] }>();
  private readonly notJudged: number[] = [];
  private readonly relied = new Set<string>();
  private children = 0;
  private judged = 0;
  private readonly dm: CensusSummary['departmentMeasures'] = {
    assessmentDuration: { authorised: 0, bands: zeros(assessmentDurationBands), within45: 0, open: 0, datesOutOfOrder: [], query8670Q: { flagged: [], flaggedCountingFromDay0: [] } },
    section47ToInitialConference: { held: 0, bands: zeros(conferenceDurationBands), within15: 0, notRequired: 0, targetDiffers: [], query8675Q: { flagged: [], flaggedCountingFromDay0: [] } },
    childProtectionReviews: { plans: 0, reviews: 0, reviewsOnTime: 0, reviewsLate: [], nextReviewOverdue: [] },
  };

  constructor(
    private readonly header: CensusHeader,
    private readonly asOf: IsoDate,
  ) {
    for (const t of timelineTimescales) {
      if (t.process !== 'referral' && t.process !== 'section-47' && t.process !== 'child-protection-plan') continue;
      this.timescales.set(t.id, { id: t.id, title: timescale(t.id).title, counts: zeros(censusDeadlineStatuses), children: lists(censusDeadlineStatuses) });
    }
  }

  add(result: CensusChildResult): void {
    this.children++;
    this.judged++;
    const ref = (episode?: string): CensusChildReference => ({
      child: result.child,
      ...(result.LAchildID !== undefined ? { LAchildID: result.LAchildID } : {}),
      ...(episode !== undefined ? { episode } : {}),
    });
    for (const d of result.deadlines) {
      let entry = this.timescales.get(d.id);
      if (!entry) {
        entry = { id: d.id, title: timescale(d.id).title, counts: zeros(censusDeadlineStatuses), children: lists(censusDeadlineStatuses) };
        this.timescales.set(d.id, entry);
      }
      entry.counts[d.status]++;
      entry.children[d.status].push(ref(d.episode));
    }
    for (const m of result.departmentMeasures) {
      if (m.measure === 'dfe.assessment-duration') {
        const a = this.dm.assessmentDuration;
        if (m.datesOutOfOrder) a.datesOutOfOrder.push(ref(m.episode));
        else if (m.band) {
          a.authorised++;
          a.bands[m.band]++;
          if (m.within45) a.within45++;
        } else a.open++;
        if (m.query?.flagged) a.query8670Q.flagged.push(ref(m.episode));
        if (m.query?.flaggedCountingFromDay0) a.query8670Q.flaggedCountingFromDay0.push(ref(m.episode));
      } else if (m.measure === 'dfe.section-47-to-initial-conference') {
        const s = this.dm.section47ToInitialConference;
        if (m.band) {
          s.held++;
          s.bands[m.band]++;
          if (m.within15) s.within15++;
        }
        if (m.conferenceNotRequired) s.notRequired++;
        if (m.targetInReturn !== undefined && m.targetInReturn !== m.target) s.targetDiffers.push(ref(m.episode));
        if (m.query?.flagged) s.query8675Q.flagged.push(ref(m.episode));
        if (m.query?.flaggedCountingFromDay0) s.query8675Q.flaggedCountingFromDay0.push(ref(m.episode));
      } else {
        const r = this.dm.childProtectionReviews;
        r.plans++;
        for (const review of m.reviews) {
          if (review.onTime === undefined) continue;
          r.reviews++;
          if (review.onTime) r.reviewsOnTime++;
          else r.reviewsLate.push(ref(m.episode));
        }
        if (m.nextReviewOverdue) r.nextReviewOverdue.push(ref(m.episode));
      }
    }
    for (const id of result.interpretations) this.relied.add(id);
    const seen = new Set<string>();
    for (const w of result.warnings) {
      let entry = this.warningsByCode.get(w.code);
      if (!entry) {
        entry = { count: 0, children: [] };
        this.warningsByCode.set(w.code, entry);
      }
      entry.count++;
      if (!seen.has(w.code)) entry.children.push(ref());
      seen.add(w.code);
    }
  }

  /** A child that could not be judged (its problems are reported on their own). */
  addProblem(position: number, _problems: CensusIssue[]): void {
    this.children++;
    this.notJudged.push(position);
  }

  result(): CensusSummary {
    const { header } = this;
    return {
      census: {
        collection: 'CIN',
        ...(header.year !== undefined ? { year: header.year } : {}),
        ...(header.lea !== undefined ? { lea: header.lea } : {}),
        referenceDate: header.referenceDate,
        censusYear: { from: censusYearStart(header.referenceDate), to: header.referenceDate },
        asOf: this.asOf,
        children: this.children,
        judged: this.judged,
        notJudged: [...this.notJudged],
      },
      timescales: [...this.timescales.values()],
      departmentMeasures: this.dm,
      warnings: [...this.warningsByCode].map(([code, w]) => ({ code, count: w.count, children: w.children })).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
      interpretations: censusInterpretations.filter((i) => this.relied.has(i.id)).map(copyInterpretation),
    };
  }
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function lists<K extends string>(keys: readonly K[]): Record<K, CensusChildReference[]> {
  return Object.fromEntries(keys.map((k) => [k, []])) as unknown as Record<K, CensusChildReference[]>;
}
