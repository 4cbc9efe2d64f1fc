/**
 * The child-status conditions that head the guidance's lists: "children
 * looked after and care leavers" and "children subject to child in need and
 * child protection plans". Written once so every rule of a list reads its
 * status the same way.
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
