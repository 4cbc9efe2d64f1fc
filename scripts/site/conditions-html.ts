/**
 * A rule's conditions as nested lists that keep the group logic visible:
 * every group says whether all, at least one or none of its items must hold,
 * even when the group has a summary sentence of its own (the Markdown docs
 * show only the summary there). Each fact condition shows its sentence and
 * the answer it looks for.
 */
import type { RuleCondition, TopLevelRuleCondition } from '../../src/rules/engine/rule-module.js';
import { esc } from './html.js';
import { humanise, valueWords as formatValue } from './words.js';

const OPERATORS: Record<string, string> = {
  equal: 'is',
  notEqual: 'is not',
  in: 'is one of',
  notIn: 'is none of',
  contains: 'includes',
  doesNotContain: 'does not include',
  lessThan: 'is less than',
  lessThanInclusive: 'is at most',
  greaterThan: 'is more than',
  greaterThanInclusive: 'is at least',
};

/** "missing more than 24 hours is yes": the fact and the answer the condition looks for. */
export function answerLookedFor(fact: string, operator: string, value: unknown, question?: string): string {
  const subject = question ?? humanise(fact);
  return `${subject} — ${OPERATORS[operator] ?? operator} ${formatValue(value)}`;
}

function groupLabel(kind: 'all' | 'any' | 'not', count: number): string {
  if (kind === 'all') return count === 1 ? 'This must hold:' : `All of these must hold (${count}):`;
  if (kind === 'any') return `At least one of these must hold (${count}):`;
  return 'This must not hold:';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function conditionsHtml(condition: TopLevelRuleCondition | RuleCondition, questions: Record<string, string>): string {
  if ('fact' in condition) {
    // A yes/no fact shows the question it asks; a list or number shows the fact by name (its question lists every choice).
    const question = typeof condition.value === 'boolean' && questions[condition.fact] ? `“${questions[condition.fact]}”` : undefined;
    return `<li class="cond-fact"><span class="says">${esc(capitalise(condition.says))}</span> <span class="looks-for">(${esc(answerLookedFor(condition.fact, condition.operator, condition.value, question))})</span></li>`;
  }
  const kind = 'all' in condition ? 'all' : 'any' in condition ? 'any' : 'not';
  const children: RuleCondition[] = 'all' in condition ? condition.all : 'any' in condition ? condition.any : [condition.not];
  const says = (condition as { says?: string }).says;
  const inner = children.map((c) => conditionsHtml(c, questions)).join('');
  return `<li class="cond-group cond-${kind}">${says ? `<span class="says">${esc(capitalise(says))}</span> ` : ''}<span class="logic">${esc(groupLabel(kind, children.length))}</span><ul>${inner}</ul></li>`;
}

/** The whole condition tree as one list. */
export function ruleConditionsHtml(conditions: TopLevelRuleCondition, questions: Record<string, string>): string {
  return `<ul class="conditions">${conditionsHtml(conditions, questions)}</ul>`;
}
