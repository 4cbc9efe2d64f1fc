/**
 * Conditions several Need to Know rules share, written once so every rule
 * reads them the same way: the child-status conditions that head the
 * guidance's lists ("children looked after and care leavers", "children
 * subject to child in need and child protection plans"), and a death or
 * serious injury.
 */
import type { RuleCondition } from '../../engine/rule-module.js';

export const lookedAfterOrCareLeaver: RuleCondition = {
  any: [
    { fact: 'childStatus', operator: 'contains', value: 'looked-after', says: 'the child is looked after' },
    { fact: 'childStatus', operator: 'contains', value: 'care-leaver', says: 'the young person is a care leaver' },
  ],
  says: 'the child is looked after or is a care leaver',
};

export const onChildInNeedOrProtectionPlan: RuleCondition = {
  any: [
    { fact: 'childStatus', operator: 'contains', value: 'child-in-need-plan', says: 'the child is subject to a child in need plan' },
    { fact: 'childStatus', operator: 'contains', value: 'child-protection-plan', says: 'the child is subject to a child protection plan' },
  ],
  says: 'the child is subject to a child in need plan or a child protection plan',
};

export const onChildProtectionPlan: RuleCondition = {
  fact: 'childStatus',
  operator: 'contains',
  value: 'child-protection-plan',
  says: 'the child is subject to a child protection plan',
};

export const diedOrSeriouslyInjured: RuleCondition = {
  any: [
    { fact: 'childDied', operator: 'equal', value: true, says: 'the child has died' },
    { fact: 'childSeriousInjuryOrAccident', operator: 'equal', value: true, says: 'the child has had a serious injury or a serious accident' },
  ],
  says: 'the child has died or been seriously injured',
};
