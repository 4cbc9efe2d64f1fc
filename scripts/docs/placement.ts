/**
 * docs/placement-notifications.md: what Luton's procedure asks a placing
 * authority to send, what Luton does once a notification arrives (by role),
 * the statuses and checks the library adds, and worked examples that run as
 * tests (test/rules/placement-notification/examples.test.ts).
 */
import { legalStatuses } from '../../src/schemas/placement-notification.js';
import { placementExamples } from '../../src/rules/placement-notification/examples.js';
import { placementItems, placementRoles, procedureSteps, recordUpdateItem } from '../../src/rules/placement-notification/items.js';
import { placementReadings } from '../../src/rules/placement-notification/interpretations.js';
import { table, type DocSection } from './doc-file.js';
import { formatCitation, formatFacts } from './format.js';

function alsoChecked(expect: (typeof placementExamples)[number]['expect']): string {
  const parts: string[] = [];
  if (expect.problemFields) parts.push(`problems at ${expect.problemFields.map((f) => `\`${f}\``).join(', ')}`);
  for (const id of expect.actions?.include ?? []) parts.push(`action \`${id}\``);
  for (const id of expect.actions?.exclude ?? []) parts.push(`no action \`${id}\``);
  for (const code of expect.warnings?.include ?? []) parts.push(`warning \`${code}\``);
  for (const code of expect.warnings?.exclude ?? []) parts.push(`no warning \`${code}\``);
  for (const id of expect.interpretations ?? []) parts.push(`reading \`${id}\``);
  return parts.length === 0 ? '—' : parts.join('; ');
}

export const placementDocs: DocSection = () => {
  const lines = [
    '# Notifications of looked after children placed in Luton',
    '',
    'Generated from the library by `npm run docs`; do not edit by hand. `validatePlacementNotification` checks a notification another authority sends about a looked after child it has placed in Luton, and says what Luton does next.',
    '',
    '## What the notification must state',
    '',
    ...Object.values(placementItems).map((item) => `${item.number}. ${item.wording} — ${formatCitation(item.citation)}`),
    '',
    `A change of address or a child leaving the placement is notified "so that we can update our records" (${formatCitation(recordUpdateItem.citation)}). The procedure lists no content for these; the library asks for the child, the placing authority and what changed when.`,
    '',
    `Legal statuses accepted for item 2: ${legalStatuses.map((s) => `\`${s}\``).join(', ')}. The last three are statuses of a looked after child that the item's wording leaves out (see the readings below).`,
    '',
    '## Who receives it, and what follows',
    '',
    `Every notification goes to the ${placementRoles.safeguardingAndQualityAssurance} by secure email (${formatCitation(procedureSteps.recipient)}); each result gives this as \`recipient\`.`,
    '',
    table(
      ['Step', 'Role', 'Source'],
      [
        ['Reply to the placing authority asking for missing or unclear items (incomplete notifications only)', placementRoles.safeguardingAndQualityAssurance, 'the items above'],
        ['Complete (or update) the register of looked after children', placementRoles.safeguardingAndQualityAssurance, formatCitation(procedureSteps.registerAndReferral)],
        ['Refer the information to the Referral and Assessment team', placementRoles.safeguardingAndQualityAssurance, formatCitation(procedureSteps.registerAndReferral)],
        ['Refer the information to the virtual school', placementRoles.safeguardingAndQualityAssurance, formatCitation(procedureSteps.registerAndReferral)],
        ["Enter (or update) the child's details on the children's electronic system", placementRoles.referralAndAssessment, formatCitation(procedureSteps.electronicRecord)],
      ],
    ),
    '',
    'The checks added to the procedure: a move or leaving date before the child\'s date of birth is a problem; a date after the notification was received, and a new address that does not show it is in Luton, are warnings.',
    '',
    '## How the library reads the procedure',
    '',
    'Policy owners: please confirm or overrule (see [all interpretations](interpretations.md)).',
    '',
    ...placementReadings.map((r) => `- **${r.definition.says}** ${r.definition.why} (${formatCitation(r.definition.citation)}; \`${r.definition.id}\`)`),
    '',
    '## Examples',
    '',
    'Each example is run as a test of the library, so this table always matches its behaviour.',
    '',
    table(
      ['Case', 'Notification', 'Complete', 'Also checked'],
      placementExamples.map((e) => [e.name, formatFacts(e.input), e.expect.valid ? 'yes' : 'no', alsoChecked(e.expect)]),
    ),
  ];
  return [{ path: 'placement-notifications.md', content: lines.join('\n') }];
};
