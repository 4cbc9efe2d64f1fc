import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';

/** A person of 18 or over at risk of forced marriage: the guidelines apply to adults too. */
export const forcedMarriageAdult: RuleModule = {
  id: 'need-level.duty.forced-marriage-adult',
  decision: 'need-level',
  title: 'A person of 18 or over at risk of forced marriage: the Multi-Agency Practice Guidelines, adult social care and the police',
  citation: [luton.forcedMarriage],
  summary:
    'Men and women can be forced into marriage, and the Multi-Agency Practice Guidelines apply as soon as a potential case is suspected, to adult social care and the police among others. For a person of 18 or over the result is not a children’s decision, but the forced marriage duties still apply: act now (professionals may get only one chance), do not tell the family, and contact the police and adult social care. Any child in the family may be at risk too.',
  conditions: {
    all: [
      { fact: 'ageBand', operator: 'equal', value: 'adult', says: 'the person is 18 or over' },
      {
        any: [
          { fact: 'forcedMarriageAtRisk', operator: 'equal', value: true, says: 'warning signs suggest they are at risk of being forced to marry' },
          { fact: 'forcedMarriageDisclosedByChild', operator: 'equal', value: true, says: 'they have said they fear being forced to marry, or have been' },
        ],
        says: 'forced marriage is feared or suspected',
      },
    ],
  },
  interpretations: [needLevelInterpretations.adultRoute, needLevelInterpretations.honourBasedAbuseFamilyNotTold],
  event: {
    type: 'duty',
    params: {
      action: {
        id: 'need-level.action.forced-marriage-adult',
        description:
          'The person is 18 or over and at risk of forced marriage: follow the Forced Marriage Multi-Agency Practice Guidelines now (professionals may get only one chance). Do not tell the family; contact the police and Luton adult social care. Consider whether any child in the family is at risk too, and refer them to the MASH.',
        role: 'The practitioner who learns of it',
      },
    },
  },
  priority: 5,
  examples: [
    {
      name: 'An 18-year-old at risk of forced marriage',
      input: { indicators: [], ageInYears: 18, forcedMarriage: { atRisk: true } },
      expect: { rule: 'fired', outcome: 'adult', actions: { include: ['need-level.action.forced-marriage-adult'] } },
    },
    {
      name: 'A 17-year-old at risk of forced marriage: the child’s own route',
      input: { indicators: [], ageInYears: 17, forcedMarriage: { atRisk: true } },
      expect: { rule: 'not-fired', outcome: 'specialist', actions: { exclude: ['need-level.action.forced-marriage-adult'] } },
    },
  ],
};
