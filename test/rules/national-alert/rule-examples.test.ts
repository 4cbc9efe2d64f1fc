import { assessNationalAlert, ruleModules } from '../../../src/rules/national-alert/index.js';
import { describeRuleExamples } from '../../support/rule-examples.js';

describeRuleExamples('national-alert', ruleModules, assessNationalAlert);
