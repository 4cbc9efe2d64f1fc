import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { example } from './example-indicators.js';

/**
 * Fires only when nothing points higher: no indicator above Universal and
 * every statutory answer "no", with no FGM, forced marriage or exploitation
 * concern. It used to look at the indicators alone, so a Specialist result
 * with no indicators stored a fired "needs are met by universal services".
 */
export const universal: RuleModule = {
  id: 'need-level.classify.universal',
  decision: 'need-level',
  title: 'Without indicators of higher need or a statutory concern, needs are met by universal services',
  citation: [luton.categories, luton.atAGlance],
  summary:
    'When no indicator of Additional, Intensive or Specialist need is observed, no significant harm is suspected, and the child is not a child in need, the child’s needs are met by their family and by universal services such as health and education. Universal indicators describe good progress; they never raise the level.',
  conditions: {
    all: [
      { fact: 'concernIndicatorCount', operator: 'equal', value: 0, says: 'no Additional, Intensive or Specialist indicator was observed' },
      { fact: 'significantHarmSuspected', operator: 'equal', value: false, says: 'significant harm is not suspected' },
      { fact: 'immediateRiskOfSignificantHarm', operator: 'equal', value: false, says: 'there is no immediate risk of significant harm' },
      { fact: 'childInNeed', operator: 'equal', value: false, says: 'the child is not a child in need (section 17)' },
      { fact: 'fgmConcern', operator: 'equal', value: false, says: 'no FGM concern has been raised' },
      { fact: 'forcedMarriageConcern', operator: 'equal', value: false, says: 'no forced marriage concern has been raised' },
      { fact: 'criminalExploitationConcern', operator: 'equal', value: false, says: 'no criminal exploitation concern has been raised' },
      { fact: 'sexualExploitationConcern', operator: 'equal', value: false, says: 'no sexual exploitation concern has been raised' },
    ],
  },
  event: { type: 'level', params: { level: 'universal' } },
  priority: 1,
  examples: [
    {
      name: 'A child making good progress, with only Universal indicators recorded',
      input: { indicators: [example.universal], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'fired', outcome: 'universal' },
    },
    {
      name: 'An Additional indicator is recorded',
      input: { indicators: [example.additional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
    {
      name: 'A baby with a bruise and nothing answered yet: not decided, and the route is a MASH consultation, not "no referral"',
      input: { indicators: [], ageInYears: 0 },
      expect: {
        rule: 'unknown',
        outcome: 'insufficient-information',
        result: { level: 'universal', 'route.consent.situation': 'undecided', 'workingTogetherCategory.id': 'not-decided' },
        actions: { include: ['need-level.action.consult-when-unsure'] },
      },
    },
    {
      name: 'No indicators, but significant harm is suspected',
      input: { indicators: [], significantHarmSuspected: true },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
