import { describeRuleExamples } from '../../support/rule-examples.js';
import { assessSeriousIncident, ruleModules } from '../../../src/rules/serious-incident/index.js';

describeRuleExamples('serious-incident', ruleModules, assessSeriousIncident);
