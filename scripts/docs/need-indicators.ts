/** docs/need-indicators.md: the catalogue of indicators of possible need, by level and domain. */
import { needIndicatorById, needIndicators } from '../../src/rules/need-level/indicators/index.js';
import { sameConcernPairs } from '../../src/rules/need-level/indicators/same-concern.js';
import { needDomains, needLevels, type NeedLevel } from '../../src/rules/need-level/need-indicator.js';
import { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from '../../src/rules/need-level/classify-need.js';
import { needLevelRoutes } from '../../src/rules/need-level/routes.js';
import { table, type DocSection } from './doc-file.js';
import { formatCitation } from './format.js';

const TITLE: Record<NeedLevel, string> = { universal: 'Universal', additional: 'Additional', intensive: 'Intensive', specialist: 'Specialist' };

export const needIndicatorDocs: DocSection = () => {
  const lines = [
    '# Indicators of possible need',
    '',
    "Luton's threshold document lists indicators of possible need for each level, under the headings of the Assessment Framework. They are a guide to professional judgement: neither exhaustive nor weighted. The library's labels are short paraphrases; the citation of each indicator points to the heading it is printed under.",
    '',
    `How \`classifyNeed\` uses them: any Specialist indicator makes the need Specialist; ${DEFAULT_INTENSIVE_INDICATOR_THRESHOLD} or more Intensive indicators make it Intensive (the document says "a number of"; the number is the \`intensiveIndicatorThreshold\` option); fewer Intensive indicators than that, or any Additional indicator, make it Additional; otherwise it is Universal. Suspected significant harm, immediate risk, known or suspected FGM, a risk of forced marriage, criminal exploitation (county lines included) or a child in need (section 17) make it Specialist whatever the indicators. The indicators marked *significant harm* are those the document itself describes as significant harm: recording one gives section 47 (child protection) whatever the harm answer. A Specialist need whose category still depends on an unanswered question is \`insufficient-information\`. The result is always a guide to professional judgement. See the [need-level rules](README.md#level-of-need).`,
    '',
    '## The same concern printed twice',
    '',
    'These bullets are printed word for word at two places. Each pair is recorded as the same concern (`sameAs`): recorded together, they count once, at the higher level.',
    '',
    table(
      ['Concern', 'Counted as', 'Also printed as'],
      sameConcernPairs.map(([lower, higher]) => {
        const a = needIndicatorById(lower)!;
        const b = needIndicatorById(higher)!;
        const [kept, other] = needLevels.indexOf(b.level) >= needLevels.indexOf(a.level) ? [b, a] : [a, b];
        return [kept.label, `\`${kept.id}\``, `\`${other.id}\``];
      }),
    ),
    '',
    'Page numbers: the text of the document the library was built from prints no page footer in this section. Pages 33 to 36 are counted from its page breaks, forward from the last footer before it (page 26) and back from Appendix 1, the last page (37 of 37); check them against the printed document before quoting them.',
    '',
    table(
      ['Level', 'Indicators', 'How help is reached'],
      needLevels.map((level) => [TITLE[level], String(needIndicators.filter((i) => i.level === level).length), needLevelRoutes[level].form]),
    ),
    '',
  ];
  for (const level of needLevels) {
    lines.push(`## ${TITLE[level]}`, '');
    for (const domain of needDomains) {
      const items = needIndicators.filter((i) => i.level === level && i.domain === domain.id);
      if (items.length === 0) continue;
      lines.push(`### ${domain.label}`, '');
      lines.push(`Source: ${formatCitation(items[0]!.citation)}`, '');
      lines.push(
        table(
          ['Indicator', 'Id', 'Special circumstances', 'Notes'],
          items.map((i) => [
            i.label,
            `\`${i.id}\``,
            (i.specialCircumstances ?? []).join(', ') || '—',
            [i.significantHarm ? '*significant harm*' : '', i.sameAs ? `same concern as \`${i.sameAs}\`` : ''].filter(Boolean).join('; ') || '—',
          ]),
        ),
        '',
      );
    }
  }
  return [{ path: 'need-indicators.md', content: lines.join('\n') }];
};
