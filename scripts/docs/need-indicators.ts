/**
 * docs/need-indicators.md: the catalogue of indicators of possible need, what
 * each is evidence of (the whole table, grouped, for policy owners to
 * confirm in one sitting), the concerns counted once, and the indicators by
 * level and domain.
 */
import { needIndicatorById, needIndicatorEvidence, needIndicators } from '../../src/rules/need-level/indicators/index.js';
import { evidenceLabels, indicatorEvidenceKinds, topicLabels, type EvidenceTopic } from '../../src/rules/need-level/indicators/evidence.js';
import { nearDuplicateGroups, sameConcernPairs } from '../../src/rules/need-level/indicators/same-concern.js';
import { needDomains, needLevels, type NeedLevel } from '../../src/rules/need-level/need-indicator.js';
import { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from '../../src/rules/need-level/classify-need.js';
import { needLevelRoutes } from '../../src/rules/need-level/routes.js';
import { interpretations } from '../../src/rules/interpretations.js';
import { table, type DocSection } from './doc-file.js';
import { formatCitation } from './format.js';

const TITLE: Record<NeedLevel, string> = { universal: 'Universal', additional: 'Additional', intensive: 'Intensive', specialist: 'Specialist' };

/** The interpretation relied on, by id (its reasons are on interpretations.md); none where the document says it outright. */
function reading(id: string | undefined): string {
  if (id === undefined) return 'said outright';
  if (!interpretations.some((x) => x.id === id)) throw new Error(`the evidence table names an interpretation no rule carries: ${id}`);
  return `\`${id}\``;
}

function evidenceSection(): string[] {
  const lines = [
    '## What each indicator is evidence of',
    '',
    'For the decision, every indicator is read as evidence of one of five things. The reading decides how the answer to the significant-harm question is treated:',
    '',
    '- **Suspected significant harm**: the document itself calls the concern significant harm. Recording it gives section 47 (child protection), whatever the harm answer; a "no" beside it is warned about.',
    '- **Risk of significant harm** (a disclosure, a person or situation in the home that poses a risk, neglect named, harm nobody can explain, no access to the child, harm to other children) and **exploitation or its risk**: the practitioner’s harm answer decides and is kept. It must be given (without it the classification is not decided); a "no" is warned about, the practitioner is prompted to weigh it at every level, and the route says to consult a MASH social worker before asking the family to agree to anything. A "yes" gives section 47 without consent, and the counterfactuals say so.',
    '- **Need without harm** (health, disability, development, behaviour, education, relationships, parenting, housing and income, offending, caring, a statutory situation): the level follows the document, and the harm answer is not questioned. The parental factors (domestic abuse, substance misuse, mental ill-health) prompt the practitioner to weigh harm at every level.',
    '- **Good progress**: the Universal indicators.',
    '',
    'Each row cites the passage that supports the reading; where the document does not say it outright, the row names the interpretation relied on (listed with its reasons on [interpretations.md](interpretations.md)).',
    '',
  ];
  for (const kind of indicatorEvidenceKinds) {
    const rows = needIndicatorEvidence.filter((e) => e.evidence === kind);
    lines.push(`### ${evidenceLabels[kind]} (${rows.length})`, '');
    const topics = [...new Set(rows.map((e) => e.topic))] as EvidenceTopic[];
    for (const topic of topics) {
      const inTopic = rows.filter((e) => e.topic === topic);
      lines.push(`#### ${topicLabels[topic]}`, '');
      lines.push(
        table(
          ['Indicator', 'Level', 'Id', 'Supported by', 'Reading'],
          inTopic.map((e) => {
            const i = needIndicatorById(e.indicatorId)!;
            const notes = [e.parentalFactor ? 'parental factor' : '', e.ages ? agesText(e.ages) : ''].filter(Boolean).join('; ');
            return [notes ? `${i.label} (${notes})` : i.label, TITLE[i.level], `\`${i.id}\``, formatCitation(e.citation), reading(e.interpretation)];
          }),
        ),
        '',
      );
    }
  }
  return lines;
}

function agesText(ages: { under?: number; from?: number; underIfDisabled?: number; stillCounts?: true }): string {
  const parts = [];
  if (ages.from !== undefined) parts.push(`from ${ages.from}`);
  if (ages.under !== undefined) parts.push(`under ${ages.under}${ages.underIfDisabled !== undefined ? ` (under ${ages.underIfDisabled} if disabled)` : ''}`);
  return `ages: ${parts.join(', ')}${ages.stillCounts ? ' (warned about; counted at any age)' : ''}`;
}

export const needIndicatorDocs: DocSection = () => {
  const lines = [
    '# Indicators of possible need',
    '',
    "Luton's threshold document lists indicators of possible need for each level, under the headings of the Assessment Framework. They are a guide to professional judgement: neither exhaustive nor weighted. The library's labels are short paraphrases; the citation of each indicator points to the heading it is printed under.",
    '',
    `How \`classifyNeed\` uses them: any Specialist indicator makes the need Specialist (a recorded reading); ${DEFAULT_INTENSIVE_INDICATOR_THRESHOLD} or more Intensive indicators make it Intensive (the document says "a number of"; the number is the \`intensiveIndicatorThreshold\` option); fewer Intensive indicators than that, or any Additional indicator, make it Additional; otherwise it is Universal. Suspected significant harm, immediate risk, known or suspected FGM, a risk of forced marriage, sexual or criminal exploitation (being exploited or at high risk, county lines included) or a child in need (section 17) make it Specialist whatever the indicators. What each indicator is evidence of (below) decides how the harm answer is treated. The age is used too: 18 or over is an adult (\`adult\`, not a children's decision); an unborn child prompts pre-birth assessment; the age limits of a few indicators (and of private fostering) are checked. A classification whose level, category or consent rule still depends on an unanswered question is \`insufficient-information\`, with the MASH consultation as its route. The result is always a guide to professional judgement. See the [need-level rules](README.md#level-of-need).`,
    '',
    ...evidenceSection(),
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
    '## The same concern in nearly the same words',
    '',
    'These bullets describe one concern in nearly the same words, at one level or at two (`concernGroup`). Recorded together, a group counts once, at the highest level recorded (the interpretation `need-level.interpretation.near-duplicate-bullets`). Each bullet stays in the catalogue, so the practitioner can record the wording that fits.',
    '',
    table(
      ['Group', 'Bullets'],
      Object.entries(nearDuplicateGroups).map(([group, ids]) => [`\`${group}\``, ids.map((id) => `${needIndicatorById(id)!.label} (${TITLE[needIndicatorById(id)!.level]}, \`${id}\`)`).join('<br>')]),
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
          ['Indicator', 'Id', 'Evidence of', 'Special circumstances', 'Notes'],
          items.map((i) => [
            i.label,
            `\`${i.id}\``,
            i.evidence,
            (i.specialCircumstances ?? []).join(', ') || '—',
            [i.significantHarm ? '*significant harm*' : '', i.sameAs ? `same concern as \`${i.sameAs}\`` : '', i.concernGroup ? `near-duplicate group \`${i.concernGroup}\`` : ''].filter(Boolean).join('; ') || '—',
          ]),
        ),
        '',
      );
    }
  }
  return [{ path: 'need-indicators.md', content: lines.join('\n') }];
};
