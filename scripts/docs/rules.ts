/**
 * docs/rules/<rule-id>.md for every rule, and docs/README.md, the index of
 * all generated documentation. Written for policy readers: sentences,
 * citations and worked examples, no code.
 */
import { allRuleModules, decisionAreas } from '../../src/rules/catalogue.js';
import { interpretations } from '../../src/rules/interpretations.js';
import { timescales } from '../../src/rules/timescales/index.js';
import { conditionsToMarkdown, describeConditions } from '../../src/rules/engine/describe-conditions.js';
import type { RuleModule } from '../../src/rules/engine/rule-module.js';
import { needIndicatorById } from '../../src/rules/need-level/indicators/index.js';
import { table, type DocFile, type DocSection } from './doc-file.js';
import { censusInterpretations } from '../../src/census/census-interpretations.js';
import { formatCitation, formatFacts } from './format.js';

const RULE_STATUS: Record<string, string> = { fired: 'applies', 'not-fired': 'does not apply', unknown: 'cannot tell yet (facts missing)' };

/** Shows indicator ids by their label, so examples read as cases, not codes. */
function label(value: string): string {
  const indicator = needIndicatorById(value);
  return indicator ? `${indicator.label} (${indicator.level})` : value;
}

export function rulePage(rule: RuleModule): string {
  const lines = [
    `# ${rule.title}`,
    '',
    `Rule id: \`${rule.id}\` · Decision: ${decisionAreas[rule.decision].title}`,
    '',
    '## Source',
    '',
    ...rule.citation.map((c) => `- ${formatCitation(c)}`),
    '',
    '## What the rule says',
    '',
    rule.summary,
    '',
    '## When it applies',
    '',
    conditionsToMarkdown(describeConditions(rule.conditions)),
    '',
    'A condition whose fact was not given is treated as unknown, never as "no": the decision then asks for the missing fact.',
    '',
    ...interpretationSection(rule),
    '## Examples',
    '',
    'Each example is run as a test of the library, so this table always matches its behaviour.',
    '',
    // The column of what else an example checks is shown only for rules whose examples check more.
    rule.examples.some((e) => alsoChecked(e.expect) !== '—')
      ? table(
          ['Case', 'Facts given', 'This rule', 'Decision', 'Also checked'],
          rule.examples.map((e) => [e.name, formatFacts(e.options ? { ...e.input, options: e.options } : e.input, label), RULE_STATUS[e.expect.rule]!, e.expect.outcome ?? '—', alsoChecked(e.expect)]),
        )
      : table(
          ['Case', 'Facts given', 'This rule', 'Decision'],
          rule.examples.map((e) => [e.name, formatFacts(e.options ? { ...e.input, options: e.options } : e.input, label), RULE_STATUS[e.expect.rule]!, e.expect.outcome ?? '—']),
        ),
  ];
  return lines.join('\n');
}

/** What else an example pins down (result fields, actions, warnings), in words. */
export function alsoChecked(expect: RuleModule['examples'][number]['expect']): string {
  const parts: string[] = [];
  for (const [path, value] of Object.entries(expect.result ?? {})) parts.push(`${path} is ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  for (const id of expect.actions?.include ?? []) parts.push(`action \`${id}\``);
  for (const id of expect.actions?.exclude ?? []) parts.push(`no action \`${id}\``);
  for (const code of expect.warnings?.include ?? []) parts.push(`warning \`${code}\``);
  for (const code of expect.warnings?.exclude ?? []) parts.push(`no warning \`${code}\``);
  return parts.length === 0 ? '—' : parts.join('; ');
}

/** The rule's readings of its source, for policy owners to confirm (also on interpretations.md). */
function interpretationSection(rule: RuleModule): string[] {
  const list = rule.interpretations ?? [];
  if (list.length === 0) return [];
  const lines = ['## How the library reads the source', '', 'This rule reads its source in a way that is not its literal words. Policy owners: please confirm or overrule (see [all interpretations](../interpretations.md)).', ''];
  for (const i of list) lines.push(`- **${i.says}** ${i.why} (${formatCitation(i.citation)}; \`${i.id}\`)`);
  lines.push('');
  return lines;
}

function interpretationsPage(): string {
  const lines = [
    '# Interpretations for policy owners to confirm',
    '',
    'Where the library reads a source in a way that is not its literal words, it says so here. Each entry says what the library does, why, which passage it reads, and which rules (or actions) rely on it. A decision that relied on an interpretation lists it in its `interpretations`, so a stored decision shows the readings it depends on.',
    '',
    'Please confirm each reading, or say how it should change.',
    '',
  ];
  for (const i of interpretations) {
    lines.push(`## ${i.says}`, '', `Id: \`${i.id}\` · Source: ${formatCitation(i.citation)}`, '', i.why, '', 'Relied on by:', '');
    for (const id of i.ruleIds) {
      const rule = allRuleModules.find((r) => r.id === id);
      const timescale = timescales.find((t) => t.id === id);
      if (rule) lines.push(`- [${rule.title}](rules/${rule.id}.md) — \`${rule.id}\``);
      else if (timescale) lines.push(`- the timescale [${timescale.title}](timescales.md) — \`${id}\``);
      else lines.push(`- the action \`${id}\``);
    }
    lines.push('');
  }
  lines.push('## The census reader', '', 'How `luton-safeguarding-rules/census` reads the children in need census return where its fields are not the timeline\'s events (see [the census page](census.md)).', '');
  for (const i of censusInterpretations) {
    lines.push(`## ${i.says}`, '', `Id: \`${i.id}\` · Source: ${formatCitation(i.citation)}`, '', i.why, '', 'Relied on by:', '');
    for (const id of i.ruleIds) lines.push(`- the timescale ${timescales.find((t) => t.id === id)?.title ?? id} — \`${id}\`, as the census reader maps the return`);
    lines.push('');
  }
  return lines.join('\n');
}

function indexPage(): string {
  const lines = [
    '# luton-safeguarding-rules: policy documentation',
    '',
    'Generated from the library by `npm run docs`; do not edit by hand. Every rule, indicator and timescale cites its source.',
    '',
    '- [The working-day calendar and bank holidays](calendar.md)',
    '- [Indicators of possible need](need-indicators.md)',
    '- [Statutory and local timescales](timescales.md)',
    '- [The case timeline on histories as case systems export them](timeline.md): duplicated rows, one day in any order, re-referrals, the child\'s death and 18th birthday, with worked histories',
    '- [Testing deadline arithmetic with the library](testing.md)',
    '- [Input limits](input-limits.md): the most any input may hold',
    '- [Using the library from other languages](other-languages.md): the web service, the command line as a co-process, the JSON Schemas and catalogues',
    '- [Interpretations for policy owners to confirm](interpretations.md)',
    "- [From a children in need census return to the authority's summary](census.md)",
    '',
  ];
  for (const [area, info] of Object.entries(decisionAreas)) {
    const rules = allRuleModules.filter((r) => r.decision === area);
    if (rules.length === 0) continue;
    lines.push(`## ${info.title}`, '', info.description, '');
    for (const r of rules) lines.push(`- [${r.title}](rules/${r.id}.md) — \`${r.id}\``);
    lines.push('');
  }
  return lines.join('\n');
}

export const rulesDocs: DocSection = () => {
  const files: DocFile[] = allRuleModules.map((rule) => ({ path: `rules/${rule.id}.md`, content: rulePage(rule) }));
  files.push({ path: 'README.md', content: indexPage() }, { path: 'interpretations.md', content: interpretationsPage() });
  return files;
};
