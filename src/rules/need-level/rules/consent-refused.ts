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
    'What follows a refusal depends on the route it is refused on, and the result says it in the route’s consent explanation and in this action, in the same words. Voluntary help (Additional, Intensive, child in need support) cannot go ahead without consent: the practitioner seeks to understand why and considers how the child’s needs could be met otherwise; a request to the MASH below the Intensive threshold without consent is not kept on its record (Triage Steps), so the practitioner keeps their own. A child protection referral does not depend on consent and goes ahead; the family is told unless that would increase the risk. Where forced marriage or FGM is suspected, the practitioner does not go back to the family at all (professionals may get only one chance). A statutory duty (private fostering, accommodation) and a looked after child’s social worker do not wait for the parents’ agreement.',
  conditions: { all: [{ fact: 'consentRefused', operator: 'equal', value: true, says: 'the parents (or a Gillick-competent young person) refused consent' }] },
  interpretations: [needLevelInterpretations.consentRefusedWhatFollows],
  event: {
    type: 'duty',
    params: {
      action: {
        id: 'need-level.action.consent-refused',
        description:
          'Consent was refused: what follows depends on the route (the result gives the words for its route: voluntary help cannot go ahead without consent; a child protection referral goes ahead; where forced marriage or FGM is suspected, the family is not gone back to).',
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
      name: 'A 15-year-old at risk of forced marriage whose parents refuse consent: the referral goes ahead, and nothing tells the practitioner to go back to the family',
      input: { indicators: [], ageInYears: 15, forcedMarriage: { atRisk: true }, consentRefused: true },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'route.consent.situation': 'honour-based-abuse', 'route.consent.refused': true }, actions: { include: ['need-level.action.consent-refused'] } },
    },
    {
      name: 'A 16-year-old discloses sexual abuse and the parents refuse consent: the child protection referral goes ahead',
      input: { indicators: [indicatorId.sexualAbuse], ...answeredNo, ageInYears: 16, consentRefused: true },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'route.consent.situation': 'child-protection', 'route.consent.required': false } },
    },
    {
      name: 'Consent was given',
      input: { indicators: [example.intensive, example.intensiveOther], ...answeredNo, consentRefused: false },
      expect: { rule: 'not-fired', outcome: 'intensive' },
    },
  ],
};
