/** The need-level rules, strongest first. */
import type { RuleModule } from '../../engine/rule-module.js';
import { deepFreeze } from '../../deep-freeze.js';
import { additionalIndicator } from './additional-indicator.js';
import { adult } from './adult.js';
import { childInNeed } from './child-in-need.js';
import { childProtection } from './child-protection.js';
import { consentRefused } from './consent-refused.js';
import { promptConsiderExploitation } from './consider-exploitation.js';
import { criminalExploitation } from './criminal-exploitation.js';
import { fgmAdult } from './fgm-adult.js';
import { forcedMarriageAdult } from './forced-marriage-adult.js';
import { fgmConcern } from './fgm-concern.js';
import { fgmMandatoryReport } from './fgm-mandatory-report.js';
import { forcedMarriage } from './forced-marriage.js';
import { immediateRisk } from './immediate-risk.js';
import { designatedOfficerDeadline, informDesignatedOfficer } from './inform-designated-officer.js';
import { intensiveIndicators } from './intensive-indicators.js';
import { missingForcedMarriageFgm, missingLookedAfter } from './missing-duties.js';
import { promptWeighHarmEvidence, warningRiskIndicatorWithoutHarm } from './risk-evidence.js';
import { sexualExploitation } from './sexual-exploitation.js';
import { significantHarm } from './significant-harm.js';
import { singleIntensiveIndicator } from './single-intensive-indicator.js';
import { specialistIndicator } from './specialist-indicator.js';
import { accommodation, lookedAfter, privateFostering } from './statutory-situations.js';
import { promptUnbornChild } from './unborn-child.js';
import { universal } from './universal.js';
import {
  warningAgeContradictsIndicator,
  warningCategoryContradictsChildInNeed,
  warningExploitationAnswers,
  warningStrengthBesideConcern,
  warningUnbornLookedAfter,
} from './warning-answers.js';
import { warningConcernWithoutHarm } from './warning-concern-without-harm.js';
import { warningHarmIndicatorWithoutHarm } from './warning-harm-indicator-without-harm.js';
import { warningImmediateRiskWithoutHarm } from './warning-immediate-risk-without-harm.js';
import { warningMissingLookedAfterWithoutHarm } from './warning-missing-looked-after-without-harm.js';
import { warningProtectedBesideHarm } from './warning-protected-beside-harm.js';
import { promptAdditionalSupportFirst, promptParentalFactors, promptSeveralDomains, promptYoungChild } from './weighing-prompts.js';

// Deeply frozen: the modules are public (through `rules`) and shared by every decision.
export const needLevelRules: readonly RuleModule[] = deepFreeze([
  adult,
  significantHarm,
  immediateRisk,
  childInNeed,
  fgmConcern,
  forcedMarriage,
  criminalExploitation,
  sexualExploitation,
  specialistIndicator,
  childProtection,
  accommodation,
  lookedAfter,
  privateFostering,
  fgmMandatoryReport,
  fgmAdult,
  forcedMarriageAdult,
  informDesignatedOfficer,
  designatedOfficerDeadline,
  consentRefused,
  missingLookedAfter,
  missingForcedMarriageFgm,
  intensiveIndicators,
  singleIntensiveIndicator,
  additionalIndicator,
  universal,
  promptWeighHarmEvidence,
  promptConsiderExploitation,
  promptYoungChild,
  promptUnbornChild,
  promptParentalFactors,
  promptSeveralDomains,
  promptAdditionalSupportFirst,
  warningImmediateRiskWithoutHarm,
  warningHarmIndicatorWithoutHarm,
  warningMissingLookedAfterWithoutHarm,
  warningRiskIndicatorWithoutHarm,
  warningConcernWithoutHarm,
  warningProtectedBesideHarm,
  warningCategoryContradictsChildInNeed,
  warningStrengthBesideConcern,
  warningExploitationAnswers,
  warningAgeContradictsIndicator,
  warningUnbornLookedAfter,
]);
