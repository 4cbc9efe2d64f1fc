/**
 * `luton-safeguarding-rules/census`: the children in need census return
 * (XML) read as a stream, one timeline input per child, each child judged
 * against Working Together's timescales beside the Department's own
 * measures, and the authority's summary. Its own entry, so the main entry
 * (and a bundle of one decision) does not carry the XML reader.
 */
export { readCensus, judgeCensus, CensusReading, CensusJudgement, type CensusOptions, type CensusChildInput, type CensusChildProblem } from './judge-census.js';
export { censusDeadlineStatuses, type CensusChildResult, type CensusDeadline, type CensusDeadlineStatus } from './judge-child.js';
export type { CensusSummary, CensusTimescaleSummary, CensusChildReference } from './census-summary.js';
export { formatCensusSummary } from './format-census-summary.js';
export {
  assessmentDurationBands,
  conferenceDurationBands,
  censusYearStart,
  type DepartmentMeasure,
  type AssessmentDurationMeasure,
  type ConferenceDurationMeasure,
  type ReviewMeasure,
  type ValidationQuery,
  type AssessmentDurationBand,
  type ConferenceDurationBand,
} from './department-measures.js';
export { censusInterpretations } from './census-interpretations.js';
export { censusReadLimits, type CensusHeader, type CensusIssue, type CensusSource } from './read-census-xml.js';
export { censusChildLimits } from './read-child.js';
export { SafeguardingInputError, isSafeguardingInputError, type InputIssue } from '../schemas/input-error.js';
