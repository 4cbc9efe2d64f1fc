import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo, example } from './example-indicators.js';
import { indicatorId } from './shared-conditions.js';

/**
 * A person of 18 or over is not a child: the classification says so and names
 * the adult door, instead of a children's level route or a child protection
 * category. Without an age the subject is taken to be a child (the
 * interpretation says why), so this rule never holds a classification up.
 */
export const adult: RuleModule = {
  id: 'need-level.scope.adult',
  decision: 'need-level',
  title: 'A person of 18 or over is an adult: not a children’s safeguarding decision',
  citation: [workingTogether.childDefinition, workingTogether.adultSafeguarding, luton.forcedMarriage],
  summary:
    'Working Together 2026 defines a child as anyone who has not reached their 18th birthday, and the children’s duties (section 47 enquiries, the child in need duties, the FGM reporting duty) apply to children. When the person is 18 or over, the outcome is `adult`: no children’s level route and no child protection category; concerns that an adult with care and support needs is at risk of abuse or neglect go to adult social care (adult safeguarding), and any child in the household is considered in their own right.',
  conditions: { all: [{ fact: 'ageBand', operator: 'equal', value: 'adult', says: 'the person is 18 or over' }] },
  interpretations: [needLevelInterpretations.adultRoute, needLevelInterpretations.ageNotGivenIsChild],
  event: {
    type: 'scope',
    params: {
      scope: 'adult',
      action: {
        id: 'need-level.action.adult-route',
        description:
          'The person is 18 or over: this is not a children’s safeguarding decision, and no children’s level, route or child protection category applies. If you are concerned that an adult with care and support needs is at risk of abuse or neglect, contact Luton adult social care (adult safeguarding). If there are children in the household, consider their needs and safety separately, each as a child.',
        role: 'The practitioner who identified the need',
      },
    },
  },
  priority: 11,
  examples: [
    {
      name: 'A 19-year-old with a non-accidental injury is an adult: no section 47',
      input: { indicators: [indicatorId.nonAccidentalInjury], ...answeredNo, ageInYears: 19 },
      expect: {
        rule: 'fired',
        outcome: 'adult',
        result: { 'workingTogetherCategory.id': 'not-a-child', 'route.consent.situation': 'adult' },
        actions: { include: ['need-level.action.adult-route'] },
      },
    },
    {
      name: 'A 25-year-old involved in county lines and at risk of FGM: adult, not child protection',
      input: { indicators: [], criminalExploitation: { countyLines: true }, fgm: { atRisk: true }, ageInYears: 25 },
      expect: {
        rule: 'fired',
        outcome: 'adult',
        result: { 'workingTogetherCategory.id': 'not-a-child' },
        actions: { exclude: ['need-level.special-circumstance.fgm.mandatory-report-to-police', 'need-level.special-circumstance.exploitation.tell-mash-and-police'] },
      },
    },
    {
      name: 'A 17-year-old is still a child',
      input: { indicators: [indicatorId.nonAccidentalInjury], ...answeredNo, ageInYears: 17 },
      expect: { rule: 'not-fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'child-protection-section-47' } },
    },
    {
      name: 'No age is given: the subject is taken to be a child',
      input: { indicators: [example.additional], ...answeredNo },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};
