/**
 * The duties of 'Children who go missing from care, home and education' that
 * depend on more than the indicator: the looked after child's priority (only
 * when the child is looked after), and forced marriage or FGM behind a
 * child's absence from school or running away (the indicators of missing
 * school or education and of going missing from home).
 */
import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo } from './example-indicators.js';
import { indicatorId } from './shared-conditions.js';

export const missingLookedAfter: RuleModule = {
  id: 'need-level.duty.missing-looked-after',
  decision: 'need-level',
  title: 'A looked after child who goes missing: the highest child protection priority',
  citation: [luton.missing],
  summary:
    'Looked after children who are missing are given the highest child protection priority by children’s social care and the police, and every agency must do all it can to protect them from exploitation. The priority applies when the child who goes missing is looked after; whether they are is asked when it is not given.',
  conditions: {
    all: [
      { fact: 'missingFromHomeIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'the child goes missing from home or care' },
      { fact: 'lookedAfter', operator: 'equal', value: true, says: 'the child is looked after by a local authority' },
    ],
  },
  event: {
    type: 'duty',
    params: { duty: 'need-level.special-circumstance.missing.looked-after-priority' },
  },
  priority: 4,
  examples: [
    {
      name: 'A looked after 15-year-old keeps going missing from her placement',
      input: { indicators: [indicatorId.missingFromHome], ...answeredNo, lookedAfter: true, ageInYears: 15 },
      expect: { rule: 'fired', outcome: 'specialist', actions: { include: ['need-level.special-circumstance.missing.looked-after-priority'] } },
    },
    {
      name: 'A 12-year-old missing from education, not looked after: no looked after priority',
      input: { indicators: [indicatorId.notInEducationUnder16], ...answeredNo, lookedAfter: false, ageInYears: 12 },
      expect: { rule: 'not-fired', outcome: 'additional', actions: { exclude: ['need-level.special-circumstance.missing.looked-after-priority'] } },
    },
  ],
};

export const missingForcedMarriageFgm: RuleModule = {
  id: 'need-level.duty.missing-forced-marriage-fgm',
  decision: 'need-level',
  title: 'A child missing school, or running away from home: consider forced marriage or planned FGM behind it',
  citation: [luton.missing, luton.forcedMarriage],
  summary:
    'A child missing from school or education is a concern and a potential risk: besides the effect on learning, professionals should consider whether a potential forced marriage or planned FGM lies behind the absence. Extended absence from school, truancy, and a child going missing or running away are also among the document’s warning signs of forced marriage. Given for the indicators of missing school and of going missing from home.',
  conditions: {
    any: [
      { fact: 'schoolAbsenceIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'the child misses school or is out of education' },
      { fact: 'missingFromHomeIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'the child goes missing from home' },
    ],
  },
  interpretations: [needLevelInterpretations.missingIndicators],
  event: {
    type: 'duty',
    params: { duty: 'need-level.special-circumstance.missing.consider-forced-marriage-and-fgm' },
  },
  priority: 4,
  examples: [
    {
      name: 'A 14-year-old misses school consistently',
      input: { indicators: [indicatorId.missesSchool], ...answeredNo, ageInYears: 14 },
      expect: { rule: 'fired', outcome: 'additional', actions: { include: ['need-level.special-circumstance.missing.consider-forced-marriage-and-fgm'] } },
    },
    {
      name: 'A 14-year-old keeps running away from home: running away is a warning sign of forced marriage too',
      input: { indicators: [indicatorId.missingFromHome], ...answeredNo, lookedAfter: false, ageInYears: 14 },
      expect: { rule: 'fired', outcome: 'specialist', actions: { include: ['need-level.special-circumstance.missing.consider-forced-marriage-and-fgm'] } },
    },
    {
      name: 'A 6-year-old who is often late and has a pattern of absences (Additional): the school acts with its own forms, no MASH step and no advice not to tell the family',
      input: { indicators: ['need-level.additional.learning.poor-punctuality-or-absence', 'need-level.additional.health.missing-immunisations-or-checks'], ...answeredNo, ageInYears: 6 },
      expect: {
        rule: 'not-fired',
        outcome: 'additional',
        result: { 'route.form': "Each service's own request form or letter (not the Luton referral form)" },
        actions: { exclude: ['need-level.special-circumstance.missing.consider-forced-marriage-and-fgm'] },
      },
    },
    {
      name: 'A child with learning needs who is not missing anything',
      input: { indicators: ['need-level.additional.learning.specific-learning-needs'], ...answeredNo },
      expect: { rule: 'not-fired', outcome: 'additional', actions: { exclude: ['need-level.special-circumstance.missing.consider-forced-marriage-and-fgm'] } },
    },
    {
      name: 'The forced marriage questions were opened for a child who misses school but not answered: not decided',
      input: { indicators: [indicatorId.missesSchool, 'need-level.additional.learning.poor-punctuality-or-absence'], ...answeredNo, forcedMarriage: {} },
      expect: { rule: 'fired', outcome: 'insufficient-information' },
    },
  ],
};
