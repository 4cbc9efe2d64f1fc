/** The need-level rules, strongest first. */
import type { RuleModule } from '../../engine/rule-module.js';
import { additionalIndicator } from './additional-indicator.js';
import { childInNeed } from './child-in-need.js';
import { childProtection } from './child-protection.js';
import { criminalExploitation } from './criminal-exploitation.js';
import { fgmConcern } from './fgm-concern.js';
import { fgmMandatoryReport } from './fgm-mandatory-report.js';
import { forcedMarriage } from './forced-marriage.js';
import { immediateRisk } from './immediate-risk.js';
import { informDesignatedOfficer } from './inform-designated-officer.js';
import { intensiveIndicators } from './intensive-indicators.js';
import { significantHarm } from './significant-harm.js';
import { singleIntensiveIndicator } from './single-intensive-indicator.js';
import { specialistIndicator } from './specialist-indicator.js';
import { universal } from './universal.js';
import { warningConcernWithoutHarm } from './warning-concern-without-harm.js';
import { warningHarmIndicatorWithoutHarm } from './warning-harm-indicator-without-harm.js';
import { warningImmediateRiskWithoutHarm } from './warning-immediate-risk-without-harm.js';
import { deepFreeze } from '../../deep-freeze.js';
import { warningProtectedBesideHarm } from './warning-protected-beside-harm.js';
import { promptAdditionalSupportFirst, promptParentalFactors, promptSeveralDomains, promptYoungChild } from './weighing-prompts.js';

// Deeply frozen: the modules are public (through `rules`) and shared by every decision.
export const needLevelRules: readonly RuleModule[] = deepFreeze([
  significantHarm,
  immediateRisk,
  childInNeed,
  fgmConcern,
  forcedMarriage,
  criminalExploitation,
  specialistIndicator,
  childProtection,
  fgmMandatoryReport,
  informDesignatedOfficer,
  intensiveIndicators,
  singleIntensiveIndicator,
  additionalIndicator,
  universal,
  promptYoungChild,
  promptParentalFactors,
  promptSeveralDomains,
  promptAdditionalSupportFirst,
  warningImmediateRiskWithoutHarm,
  warningHarmIndicatorWithoutHarm,
  warningConcernWithoutHarm,
  warningProtectedBesideHarm,
]);
