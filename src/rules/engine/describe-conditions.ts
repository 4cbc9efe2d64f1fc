/**
 * Plain-English descriptions of rule conditions, for the generated docs and
 * the public `rules` catalogue: policy readers see sentences, not JSON.
 */
import type { RuleCondition, TopLevelRuleCondition } from './rule-module.js';

export interface ConditionDescription {
  text: string;
  children?: ConditionDescription[];
}

export function describeConditions(condition: TopLevelRuleCondition | RuleCondition): ConditionDescription {
  const says = (condition as { says?: string }).says;
  if ('all' in condition) {
    if (condition.all.length === 1 && !says) return describeConditions(condition.all[0]!);
    return { text: says ?? 'All of the following hold:', children: condition.all.map(describeConditions) };
  }
  if ('any' in condition) {
    if (condition.any.length === 1 && !says) return describeConditions(condition.any[0]!);
    return { text: says ?? 'At least one of the following holds:', children: condition.any.map(describeConditions) };
  }
  if ('not' in condition) {
    const inner = describeConditions(condition.not);
    if (!inner.children && !says) return { text: `It is not the case that ${inner.text}` };
    return { text: says ?? 'None of the following holds:', children: [inner] };
  }
  return { text: condition.says };
}

/** Renders a description as a Markdown bullet list. */
export function conditionsToMarkdown(description: ConditionDescription, depth = 0): string {
  const line = `${'  '.repeat(depth)}- ${capitalise(description.text)}`;
  const children = (description.children ?? []).map((c) => conditionsToMarkdown(c, depth + 1));
  return [line, ...children].join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
