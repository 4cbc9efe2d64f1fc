/**
 * Plain-English descriptions of rule conditions, for the generated docs and
 * the public `rules` catalogue: policy readers see sentences, not JSON.
 */
import type { RuleCondition, TopLevelRuleCondition } from './rule-module.js';

/** A rule's conditions as plain-English sentences, nested as the rule nests them (`RuleDocumentation.conditions`). */
export interface ConditionDescription {
  /** The condition, or the group's heading, as a sentence. */
  text: string;
  /** For a group: how its children combine (`not` has one child, or none when folded into the text). */
  logic?: 'all' | 'any' | 'not';
  /** For a group: the conditions it combines. */
  children?: ConditionDescription[];
}

export function describeConditions(condition: TopLevelRuleCondition | RuleCondition): ConditionDescription {
  const says = (condition as { says?: string }).says;
  // A group's own sentence keeps its logic visible: "…, that is, at least one of:".
  const headed = (sentence: string | undefined, logic: string) => (sentence ? `${sentence}, that is, ${logic.toLowerCase()}` : logic);
  if ('all' in condition) {
    if (condition.all.length === 1 && !says) return describeConditions(condition.all[0]!);
    return { text: headed(says, 'All of the following hold:'), logic: 'all', children: condition.all.map(describeConditions) };
  }
  if ('any' in condition) {
    if (condition.any.length === 1 && !says) return describeConditions(condition.any[0]!);
    return { text: headed(says, 'At least one of the following holds:'), logic: 'any', children: condition.any.map(describeConditions) };
  }
  if ('not' in condition) {
    const inner = describeConditions(condition.not);
    if (!inner.children && !says) return { text: `It is not the case that ${inner.text}`, logic: 'not', children: [] };
    return { text: headed(says, 'None of the following holds:'), logic: 'not', children: [inner] };
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
