import { assessNeedToKnow, ruleModules } from '../../../src/rules/need-to-know/index.js';
import { describeRuleExamples } from '../../support/rule-examples.js';

describeRuleExamples('need-to-know', ruleModules, assessNeedToKnow);
