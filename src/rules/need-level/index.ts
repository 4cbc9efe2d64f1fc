/** Need-level classification: the public pieces. */
export { classifyNeed, DEFAULT_INTENSIVE_INDICATOR_THRESHOLD, type HarmEvidence, type NeedClassification, type NeedLevelCounterfactual, type NeedLevelOutcome } from './classify-need.js';
export type { MatchedIndicator, MatchedIndicators } from './matched-indicators.js';
export { needIndicators, needIndicatorById, isNeedIndicatorId, needIndicatorEvidence } from './indicators/index.js';
export type { EvidenceTopic, IndicatorEvidence, IndicatorEvidenceEntry } from './indicators/evidence.js';
export { needLevels, needDomains, type NeedDomain, type NeedDomainInfo, type NeedIndicator, type NeedIndicatorId, type NeedLevel } from './need-indicator.js';
export { specialCircumstances, specialCircumstanceById, type SpecialCircumstance, type SpecialCircumstanceInfo, type SpecialCircumstanceDuty } from './special-circumstances.js';
export { needLevelRoutes, mashScreeningOutcomes, immediateRiskScreening, type ConsentSituation, type MashScreening, type NeedLevelRoute } from './routes.js';
export type { WorkingTogetherCategory, WorkingTogetherCategoryId } from './working-together-category.js';
export { needLevelRules as ruleModules } from './rules/index.js';
