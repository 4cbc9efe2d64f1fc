/** The need-level rules, strongest first. */
import type { RuleModule } from '../../engine/rule-module.js';
import { additionalIndicator } from './additional-indicator.js';
import { childInNeed } from './child-in-need.js';
import { fgmConcern } from './fgm-concern.js';
import { fgmMandatoryReport } from './fgm-mandatory-report.js';
import { immediateRisk } from './immediate-risk.js';
import { intensiveIndicators } from './intensive-indicators.js';
import { significantHarm } from './significant-harm.js';
import { singleIntensiveIndicator } from './single-intensive-indicator.js';
import { specialistIndicator } from './specialist-indicator.js';
import { universal } from './universal.js';
import { warningImmediateRiskWithoutHarm } from './warning-immediate-risk-without-harm.js';

export const needLevelRules: readonly RuleModule[] = [
  significantHarm,
  immediateRisk,
  childInNeed,
  fgmConcern,
  specialistIndicator,
  fgmMandatoryReport,
  intensiveIndicators,
  singleIntensiveIndicator,
  additionalIndicator,
  universal,
  warningImmediateRiskWithoutHarm,
];
