import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo, example } from './example-indicators.js';
import { indicatorId } from './shared-conditions.js';

/** The parents (or a Gillick-competent young person) refused consent: what follows. */
export const consentRefused: RuleModule = {
  id: 'need-level.duty.consent-refused',
  decision: 'need-level',
  title: 'Consent refused: understand why, meet the needs another way, and refer at once if significant harm is suspected',
  citation: [workingTogether.consentRefused, luton.childInNeedVoluntary, luton.triageNotRetained],
  summary:
    'Help at the Additional and Intensive levels and child in need support are voluntary: parents, or a Gillick-competent young person, may refuse. When they do, the practitioner seeks to understand why and to reassure them, makes sure they understand the help on offer, and considers how the child’s needs could be met otherwise (for example through universal services the family already uses); the family is still told that their information will be recorded and shared. A refusal in the past is no barrier to help later. If there are concerns that the child has suffered or is likely to suffer significant harm, the referral is made at once: child protection does not need consent. In the MASH, a request below the Intensive threshold without consent is not kept on the record.',
  conditions: { all: [{ fact: 'consentRefused', operator: 'equal', value: true, says: 'the parents (or a Gillick-competent young person) refused consent' }] },
  interpretations: [needLevelInterpretations.consentRefusedWhatFollows],
  event: {
    type: 'duty',
    params: {
      action: {
        id: 'need-level.action.consent-refused',
        description:
          'Consent was refused. Seek to understand why and reassure the family; make sure they understand that the help is voluntary and what is on offer; consider how the child’s needs can be met another way, for example through services the family already uses; tell them their information will still be recorded and shared for safeguarding. If there is reasonable cause to suspect significant harm, refer to the MASH at once: a child protection referral does not need consent. Without consent, a request below the Intensive threshold is not kept on the MASH record.',
        role: 'The practitioner who identified the need',
      },
    },
  },
  priority: 5,
  examples: [
    {
      name: 'Parents refuse the Family Partnership Service for two Intensive needs',
      input: { indicators: [example.intensive, example.intensiveOther], ...answeredNo, consentRefused: true },
      expect: { rule: 'fired', outcome: 'intensive', result: { 'route.consent.refused': true }, actions: { include: ['need-level.action.consent-refused'] } },
    },
    {
      name: 'Parents refuse consent after their child disclosed abuse, significant harm answered no: weigh with the MASH',
      input: { indicators: [indicatorId.childDisclosesAbuse], ...answeredNo, consentRefused: true },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        actions: { include: ['need-level.action.consent-refused', 'need-level.action.weigh-harm-evidence'] },
        warnings: { include: ['need-level.warning.risk-indicator-without-harm'] },
      },
    },
    {
      name: 'Consent was given',
      input: { indicators: [example.intensive, example.intensiveOther], ...answeredNo, consentRefused: false },
      expect: { rule: 'not-fired', outcome: 'intensive' },
    },
  ],
};
