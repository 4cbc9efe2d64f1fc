/**
 * The duties of 'Children who go missing from care, home and education' that
 * depend on more than the indicator: the looked after child's priority (only
 * when the child is looked after), and forced marriage or FGM behind absence
 * from school (only when the child is missing school or education).
 */
import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
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

export const schoolAbsenceForcedMarriageFgm: RuleModule = {
  id: 'need-level.duty.school-absence-forced-marriage-fgm',
  decision: 'need-level',
  title: 'A child missing school: consider forced marriage or planned FGM behind the absence',
  citation: [luton.missing, luton.forcedMarriage],
  summary:
    'A child missing from school or education is a concern and a potential risk: besides the effect on learning, professionals should consider whether a potential forced marriage or planned FGM lies behind the absence (extended absence from school is also among the warning signs of forced marriage). Given for the indicators of missing school, not for a child missing from home.',
  conditions: {
    all: [{ fact: 'schoolAbsenceIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'the child misses school or is out of education' }],
  },
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
      name: 'A child going missing from home, not from school: no school-absence prompt',
      input: { indicators: [indicatorId.missingFromHome], ...answeredNo, ageInYears: 14 },
      expect: { rule: 'not-fired', outcome: 'specialist', actions: { exclude: ['need-level.special-circumstance.missing.consider-forced-marriage-and-fgm'] } },
    },
    {
      name: 'The forced marriage questions were opened for a child who misses school but not answered: not decided',
      input: { indicators: [indicatorId.missesSchool, 'need-level.additional.learning.poor-punctuality-or-absence'], ...answeredNo, forcedMarriage: {} },
      expect: { rule: 'fired', outcome: 'insufficient-information' },
    },
  ],
};
