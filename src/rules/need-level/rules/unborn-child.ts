import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo } from './example-indicators.js';
import { indicatorId } from './shared-conditions.js';

/** Concerns about an unborn child: pre-birth assessment and planning, and prompt action where the baby is likely to suffer significant harm at birth. */
export const promptUnbornChild: RuleModule = {
  id: 'need-level.prompt.unborn-child',
  decision: 'need-level',
  title: 'Concerns about an unborn child: assess and plan before the birth',
  citation: [workingTogether.unborn],
  summary:
    'Working Together 2026 asks practitioners to identify pre-birth risk factors early, assess before the birth and plan across agencies, and, where there are concerns that an unborn child is likely to suffer significant harm at birth, to act promptly in line with the section 47 duties (a child protection conference can be held before the birth). The rights of the child begin at birth; the concerns can be acted on before it.',
  conditions: {
    all: [
      { fact: 'ageBand', operator: 'equal', value: 'unborn', says: 'the concern is about an unborn child' },
      { fact: 'concernIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'needs beyond Universal were recorded' },
    ],
  },
  interpretations: [needLevelInterpretations.youngChildUnderFive],
  event: {
    type: 'prompt',
    params: {
      action: {
        id: 'need-level.action.pre-birth-assessment',
        description:
          'The concern is about an unborn child: identify the pre-birth risk factors now, ask for a pre-birth assessment and plan with the other agencies before the birth. If the baby is likely to suffer significant harm at birth, refer to the MASH now: child protection action (including a conference before the birth) does not wait for the birth.',
        role: 'The practitioner who identified the need',
      },
    },
  },
  examples: [
    {
      name: 'A mother expecting a baby could not care for her previous children',
      input: { indicators: [indicatorId.previousChildren], ...answeredNo, unborn: true },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        actions: { include: ['need-level.action.pre-birth-assessment', 'need-level.action.weigh-young-age', 'need-level.action.weigh-harm-evidence'] },
        warnings: { include: ['need-level.warning.risk-indicator-without-harm'] },
      },
    },
    {
      name: 'A born baby: no pre-birth prompt',
      input: { indicators: [indicatorId.previousChildren], ...answeredNo, ageInYears: 0 },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
