import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';

export const positionOfTrustDirectorateStaff: RuleModule = {
  id: 'need-to-know.position-of-trust.directorate-staff',
  decision: 'need-to-know',
  title: 'An allegation or concern about staff of the Children, Families and Education Directorate',
  citation: [ntk.positionOfTrust],
  summary: 'Every allegation or concern about a member of staff employed in the Children, Families and Education Directorate needs a notification.',
  conditions: {
    all: [
      {
        fact: 'allegationAboutDirectorateStaff',
        operator: 'equal',
        value: true,
        says: 'there is an allegation or concern about a member of the Directorate’s staff',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'position-of-trust', adultInPositionOfTrust: true } },
  examples: [
    {
      name: 'A concern is raised about a social worker’s contact with a young person on social media',
      input: { asOf: '2026-03-02', allegationAboutDirectorateStaff: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No allegation or concern concerns the Directorate’s staff',
      input: { asOf: '2026-03-02', allegationAboutDirectorateStaff: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
