/** Luton 'Need to Know' notifications: the decision, its result types and its rules. */
export { assessNeedToKnow, type MatchedCircumstance, type NeedToKnowDeadline, type NeedToKnowDecision, type NeedToKnowOutcome } from './assess-need-to-know.js';
export type { NeedToKnowInput } from './input-types.js';
export { needToKnowRules, needToKnowRules as ruleModules } from './rules/index.js';
export { needToKnowFacts, type ChildStatus } from './facts.js';
