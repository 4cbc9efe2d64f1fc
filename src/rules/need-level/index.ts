/** Need-level classification: the public pieces. */
export { classifyNeed, DEFAULT_INTENSIVE_INDICATOR_THRESHOLD, type NeedClassification } from './classify-need.js';
export type { MatchedIndicator, MatchedIndicators } from './matched-indicators.js';
export { needIndicators, needIndicatorById, isNeedIndicatorId } from './indicators/index.js';
export { needLevels, needDomains, type NeedDomain, type NeedDomainInfo, type NeedIndicator, type NeedIndicatorId, type NeedLevel } from './need-indicator.js';
export { specialCircumstances, specialCircumstanceById, type SpecialCircumstance, type SpecialCircumstanceInfo, type SpecialCircumstanceDuty } from './special-circumstances.js';
export { needLevelRoutes, mashScreeningOutcomes, type ConsentSituation, type NeedLevelRoute } from './routes.js';
export type { WorkingTogetherCategory, WorkingTogetherCategoryId } from './working-together-category.js';
export { needLevelRules as ruleModules } from './rules/index.js';
