/**
 * One `Child` element of the return, read into the dated facts the judgement
 * uses. Every value is checked: a date that is not a real `YYYY-MM-DD` date,
 * a flag that is not `true`/`false`/`1`/`0`, a required element missing or
 * written twice is a problem of this child (its line and column, the child
 * and the episode by position; the value itself is never repeated). A child
 * with problems is reported, not judged.
 */
import { isIsoDate, type IsoDate } from '../schemas/iso-date.js';
import type { InputIssueCode } from '../schemas/input-error.js';
import { type CensusIssue, type RawChild, type XmlNode } from './read-census-xml.js';
import { ordinal } from './census-words.js';

/** One assessment of an episode (`Assessments`). */
export interface CensusAssessment {
  /** 1 for the episode's first `Assessments` element. */
  position: number;
  startDate: IsoDate;
  authorisationDate?: IsoDate;
}

/** One section 47 enquiry of an episode (`Section47`). */
export interface CensusSection47 {
  position: number;
  startDate: IsoDate;
  /** `InitialCPCtarget`: the conference date the case system set as the target. */
  initialConferenceTarget?: IsoDate;
  /** `DateOfInitialCPC` inside the `Section47` module. */
  initialConferenceDate?: IsoDate;
  /** `ICPCnotRequired`. */
  conferenceNotRequired?: boolean;
}

/** One child protection plan of an episode (`ChildProtectionPlans`). */
export interface CensusPlan {
  position: number;
  startDate: IsoDate;
  endDate?: IsoDate;
  /** `Reviews/CPPreviewDate`, in the order written. */
  reviews: IsoDate[];
  /** Review elements left empty (validation query 8842Q). */
  emptyReviews: number;
}

/** One episode of need (`CINdetails`). */
export interface CensusEpisode {
  /** 1 for the child's first `CINdetails`. */
  position: number;
  line: number;
  column: number;
  referralDate: IsoDate;
  referralNfa: boolean;
  closureDate?: IsoDate;
  /** `ReasonForClosure`, when it is one of the census codes RC1 to RC9. */
  reasonForClosure?: string;
  /** `DateOfInitialCPC` at the episode's level (not inside `Section47`). */
  initialConferenceDate?: IsoDate;
  assessments: CensusAssessment[];
  section47s: CensusSection47[];
  plans: CensusPlan[];
  cinPlans: { startDate?: IsoDate; endDate?: IsoDate }[];
}

/** What the return says about one child, as far as the timescales need it. */
export interface CensusChildFacts {
  laChildId: string;
  birthDate?: IsoDate;
  expectedBirthDate?: IsoDate;
  deathDate?: IsoDate;
  /** The child's episodes, each once: a `CINdetails` identical to an earlier one is left out and listed in `repeatedEpisodes`. */
  episodes: CensusEpisode[];
  /** Each `CINdetails` left out as a copy of an earlier one (`sameAs`), by position. */
  repeatedEpisodes?: { position: number; sameAs: number }[];
}

/** Bounds on one child: the most any census child needs, well within the timeline's 2,000 events. */
export const censusChildLimits = { episodes: 100, assessmentsPerEpisode: 50, section47sPerEpisode: 50, plansPerEpisode: 20, reviewsPerPlan: 60 };

export type ReadChildResult = { ok: true; facts: CensusChildFacts } | { ok: false; problems: CensusIssue[] };

export function readChild(raw: RawChild): ReadChildResult {
  const problems: CensusIssue[] = [...raw.problems];
  const where = (node: XmlNode, episode?: number) => ({ node, episode });
  const problem = (at: { node: XmlNode; episode?: number | undefined }, code: InputIssueCode, detail: string, path: (string | number)[]) => {
    const episode = at.episode !== undefined ? `, its ${ordinal(at.episode)} CINdetails` : '';
    problems.push({
      path: ['child', raw.position, ...path],
      code,
      message: `line ${at.node.line}, column ${at.node.column}: the ${ordinal(raw.position)} child${episode}: ${detail}`,
      line: at.node.line,
      column: at.node.column,
    });
  };

  /** The one element of this name under `parent`, or undefined; a second one is a problem. */
  const single = (parent: XmlNode, name: string, episode: number | undefined, path: (string | number)[]): XmlNode | undefined => {
    let found: XmlNode | undefined;
    for (const c of parent.children) {
      if (c.name !== name) continue;
      if (found) {
        problem(where(c, episode), 'duplicate', `${name} is written twice in one ${parent.name}`, [...path, name]);
        continue;
      }
      found = c;
    }
    return found;
  };
  const text = (node: XmlNode | undefined): string | undefined => {
    const t = node?.text.trim();
    return t === undefined || t === '' ? undefined : t;
  };
  const date = (parent: XmlNode, name: string, episode: number | undefined, path: (string | number)[], required = false): IsoDate | undefined => {
    const node = single(parent, name, episode, path);
    const value = text(node);
    if (value === undefined) {
      if (required) problem(where(node ?? parent, episode), 'required', `${name} is missing; it is required in ${parent.name}`, [...path, name]);
      return undefined;
    }
    if (!isIsoDate(value)) {
      const shown = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'is not a real date (the date is not shown)' : 'is not a date in the form YYYY-MM-DD (the text is not shown)';
      problem(where(node!, episode), 'invalid-date', `${name} ${shown}`, [...path, name]);
      return undefined;
    }
    return value;
  };
  const flag = (parent: XmlNode, name: string, episode: number | undefined, path: (string | number)[], required = false): boolean | undefined => {
    const node = single(parent, name, episode, path);
    const value = text(node);
    if (value === undefined) {
      if (required) problem(where(node ?? parent, episode), 'required', `${name} is missing; it is required in ${parent.name}`, [...path, name]);
      return undefined;
    }
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    problem(where(node!, episode), 'invalid-value', `${name} is not true, false, 1 or 0 (the text is not shown)`, [...path, name]);
    return undefined;
  };
  const all = (parent: XmlNode, name: string) => parent.children.filter((c) => c.name === name);
  const bounded = <T>(list: T[], limit: number, at: { node: XmlNode; episode?: number | undefined }, what: string, path: (string | number)[]): T[] => {
    if (list.length <= limit) return list;
    problem(at, 'too-long', `has more than ${limit} ${what}, more than the census reader accepts`, path);
    return list.slice(0, limit);
  };

  const tree = raw.tree;
  const ids = single(tree, 'ChildIdentifiers', undefined, []);
  const laChildId = ids ? text(single(ids, 'LAchildID', undefined, ['ChildIdentifiers'])) : undefined;
  if (laChildId === undefined) problem(where(ids ?? tree), 'required', 'ChildIdentifiers/LAchildID is missing; it is required for every child', ['ChildIdentifiers', 'LAchildID']);
  const facts: CensusChildFacts = { laChildId: laChildId ?? '', episodes: [] };
  if (ids) {
    const birth = date(ids, 'PersonBirthDate', undefined, ['ChildIdentifiers']);
    const expected = date(ids, 'ExpectedPersonBirthDate', undefined, ['ChildIdentifiers']);
    const death = date(ids, 'PersonDeathDate', undefined, ['ChildIdentifiers']);
    if (birth) facts.birthDate = birth;
    if (expected) facts.expectedBirthDate = expected;
    if (death) facts.deathDate = death;
  }

  const episodes = bounded(all(tree, 'CINdetails'), censusChildLimits.episodes, where(tree), 'CINdetails', ['CINdetails']);
  if (episodes.length === 0) problem(where(tree), 'required', 'has no CINdetails: every child in the return has at least one episode of need', ['CINdetails']);
  const seen = new Map<string, number>();
  episodes.forEach((node, i) => {
    const n = i + 1;
    const path: (string | number)[] = ['CINdetails', n];
    const referralDate = date(node, 'CINreferralDate', n, path, true);
    const referralNfa = flag(node, 'ReferralNFA', n, path, true);
    const episode: CensusEpisode = {
      position: n,
      line: node.line,
      column: node.column,
      referralDate: referralDate ?? '',
      referralNfa: referralNfa ?? false,
      assessments: [],
      section47s: [],
      plans: [],
      cinPlans: [],
    };
    const closure = date(node, 'CINclosureDate', n, path);
    if (closure) episode.closureDate = closure;
    const reason = text(single(node, 'ReasonForClosure', n, path));
    if (reason !== undefined && /^RC[1-9]$/.test(reason)) episode.reasonForClosure = reason;
    const icpc = date(node, 'DateOfInitialCPC', n, path);
    if (icpc) episode.initialConferenceDate = icpc;

    bounded(all(node, 'Assessments'), censusChildLimits.assessmentsPerEpisode, where(node, n), 'Assessments', [...path, 'Assessments']).forEach((a, j) => {
      const at = [...path, 'Assessments', j + 1];
      const startDate = date(a, 'AssessmentActualStartDate', n, at, true);
      const authorisationDate = date(a, 'AssessmentAuthorisationDate', n, at);
      date(a, 'AssessmentInternalReviewDate', n, at);
      if (startDate) episode.assessments.push({ position: j + 1, startDate, ...(authorisationDate ? { authorisationDate } : {}) });
    });
    bounded(all(node, 'Section47'), censusChildLimits.section47sPerEpisode, where(node, n), 'Section47', [...path, 'Section47']).forEach((s, j) => {
      const at = [...path, 'Section47', j + 1];
      const startDate = date(s, 'S47ActualStartDate', n, at, true);
      const target = date(s, 'InitialCPCtarget', n, at);
      const conference = date(s, 'DateOfInitialCPC', n, at);
      const notRequired = flag(s, 'ICPCnotRequired', n, at);
      if (!startDate) return;
      const s47: CensusSection47 = { position: j + 1, startDate };
      if (target) s47.initialConferenceTarget = target;
      if (conference) s47.initialConferenceDate = conference;
      if (notRequired !== undefined) s47.conferenceNotRequired = notRequired;
      episode.section47s.push(s47);
    });
    bounded(all(node, 'ChildProtectionPlans'), censusChildLimits.plansPerEpisode, where(node, n), 'ChildProtectionPlans', [...path, 'ChildProtectionPlans']).forEach((p, j) => {
      const at = [...path, 'ChildProtectionPlans', j + 1];
      const startDate = date(p, 'CPPstartDate', n, at, true);
      const endDate = date(p, 'CPPendDate', n, at);
      const reviews: IsoDate[] = [];
      let emptyReviews = 0;
      const reviewNodes = all(p, 'Reviews').flatMap((r) => all(r, 'CPPreviewDate'));
      bounded(reviewNodes, censusChildLimits.reviewsPerPlan, where(p, n), 'review dates', [...at, 'Reviews']).forEach((r, k) => {
        const value = text(r);
        if (value === undefined) {
          emptyReviews++;
          return;
        }
        if (!isIsoDate(value)) {
          const shown = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'is not a real date (the date is not shown)' : 'is not a date in the form YYYY-MM-DD (the text is not shown)';
          problem(where(r, n), 'invalid-date', `CPPreviewDate ${shown}`, [...at, 'Reviews', 'CPPreviewDate', k + 1]);
          return;
        }
        reviews.push(value);
      });
      if (startDate) episode.plans.push({ position: j + 1, startDate, ...(endDate ? { endDate } : {}), reviews, emptyReviews });
    });
    for (const c of all(node, 'CINPlanDates')) {
      const startDate = date(c, 'CINPlanStartDate', n, [...path, 'CINPlanDates']);
      const endDate = date(c, 'CINPlanEndDate', n, [...path, 'CINPlanDates']);
      episode.cinPlans.push({ ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) });
    }
    // A CINdetails exported twice is one episode, as identical rows of a history are one event.
    const key = episodeKey(episode);
    const first = seen.get(key);
    if (first !== undefined) (facts.repeatedEpisodes ??= []).push({ position: n, sameAs: first });
    else {
      seen.set(key, n);
      facts.episodes.push(episode);
    }
  });

  return problems.length > 0 ? { ok: false, problems: distinct(problems) } : { ok: true, facts };
}

/** What an episode records, without where it is in the file: equal for a CINdetails exported twice. */
function episodeKey(episode: CensusEpisode): string {
  return JSON.stringify(episode, function (this: unknown, key: string, value: unknown) {
    return key === 'line' || key === 'column' || (key === 'position' && this === episode) ? undefined : value;
  });
}

/** Each problem once: the XML parser reports one broken tag again at every tag it recovers over. */
function distinct(problems: CensusIssue[]): CensusIssue[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.path.join('/')}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
