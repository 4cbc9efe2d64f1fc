/**
 * Indicators that are evidence of a risk of significant harm or of
 * exploitation (a disclosure, a risk in the household, neglect named, repeated
 * unexplained harm, signs of exploitation, threats to act on radicalised
 * thoughts): the practitioner's answer to the significant-harm question
 * decides, and the library keeps it, but a "no" beside such evidence is warned
 * about, the practitioner is prompted to weigh it at every level, and the
 * route puts a MASH social worker before any consent.
 */
import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { luton } from '../citations.js';
import { evidenceReadings } from '../indicators/evidence-readings.js';
import { needLevelInterpretations } from '../interpretations.js';
import { answeredNo, example } from './example-indicators.js';
import { harmNotAnsweredYes, indicatorId, riskIndicatorRecorded } from './shared-conditions.js';

export const warningRiskIndicatorWithoutHarm: RuleModule = {
  id: 'need-level.warning.risk-indicator-without-harm',
  decision: 'need-level',
  title: 'Warning: evidence of a risk of significant harm is recorded, but significant harm is answered no',
  citation: [luton.significantHarm, luton.consultBeforeReferral],
  summary:
    'A disclosure of abuse, a person or situation in the home that poses a risk, neglect named, repeated unexplained harm, signs of exploitation or threats to act on radicalised thoughts are evidence of a risk of significant harm. The practitioner may still answer "no" to reasonable cause to suspect significant harm, and the library keeps the answer; the warning names the indicators and the answer so that they are weighed, with a MASH social worker, before the result is stored or the family is asked for consent.',
  conditions: {
    all: [riskIndicatorRecorded, { fact: 'significantHarmSuspected', operator: 'equal', value: false, says: 'significant harm is said not to be suspected' }],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.risk-indicator-without-harm',
      message:
        'significantHarmSuspected is false, but an indicator of a risk of significant harm or of exploitation is recorded. The classification keeps the answer; weigh it with a MASH social worker before seeking consent: with "yes", the need is child protection (section 47) and the referral does not wait for consent.',
    },
  },
  examples: [
    {
      name: 'A 5-year-old shows sexualised behaviour and significant harm is answered no: warned, prompted to weigh, and the MASH consulted before the family is asked',
      input: { indicators: ['need-level.intensive.emotional-development.sexualised-behaviour'], ...answeredNo, ageInYears: 5 },
      expect: {
        rule: 'fired',
        outcome: 'additional',
        result: { 'route.consent.afterMashConsultation': true },
        actions: { include: ['need-level.action.weigh-harm-evidence'] },
      },
    },
    {
      name: 'An 8-year-old discloses abuse and significant harm is answered no',
      input: { indicators: [indicatorId.childDisclosesAbuse], ...answeredNo, ageInYears: 8 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'workingTogetherCategory.id': 'child-in-need-section-17', 'route.consent.afterMashConsultation': true },
        actions: { include: ['need-level.action.weigh-harm-evidence'] },
      },
    },
    {
      name: 'A parent discloses hitting the child and significant harm is answered yes',
      input: { indicators: [indicatorId.parentDisclosesAbuse], significantHarmSuspected: true },
      expect: { rule: 'not-fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'child-protection-section-47' } },
    },
  ],
};

export const promptWeighHarmEvidence: RuleModule = {
  id: 'need-level.prompt.weigh-harm-evidence',
  decision: 'need-level',
  title: 'Evidence of a risk of significant harm: weigh it with a MASH social worker before any consent is sought',
  citation: [luton.significantHarm, luton.consultBeforeReferral, luton.consultWhenUnsure],
  summary:
    'Where an indicator of a risk of significant harm or of exploitation is recorded and significant harm has not been answered "yes", the practitioner is prompted, at every level, to weigh whether there is reasonable cause to suspect significant harm, and to consult a MASH social worker before asking the family for their agreement to anything. If the MASH judges that significant harm is suspected, the referral is a child protection referral and does not wait for consent. The level does not change by itself; the route says to consult the MASH first.',
  conditions: { all: [riskIndicatorRecorded, harmNotAnsweredYes] },
  interpretations: [
    needLevelInterpretations.riskAnsweredNoConsultMashFirst,
    needLevelInterpretations.weighingAdvisesOnly,
    evidenceReadings.disclosureIsRisk,
    evidenceReadings.riskInHousehold,
    evidenceReadings.neglectNamed,
    evidenceReadings.neglectLevels,
    evidenceReadings.unexplainedHarm,
    evidenceReadings.noAccess,
    evidenceReadings.harmToOthers,
    evidenceReadings.sexualisedBehaviour,
    evidenceReadings.exploitationSigns,
    evidenceReadings.radicalisationThreats,
  ],
  event: {
    type: 'prompt',
    params: {
      action: {
        id: 'need-level.action.weigh-harm-evidence',
        description:
          'An indicator recorded is evidence of a risk of significant harm (a disclosure, a risk in the household, neglect, harm nobody can explain, or signs of exploitation or radicalisation). Weigh whether there is reasonable cause to suspect significant harm, and speak to a MASH social worker (01582 547653) before asking the family to agree to anything: if significant harm is suspected, the referral is a child protection referral and does not wait for consent.',
        role: 'The practitioner who identified the need',
      },
    },
  },
  examples: [
    {
      name: 'A registered sex offender has moved into the household and significant harm is answered no',
      input: { indicators: [indicatorId.riskyIndividual], ...answeredNo, ageInYears: 6 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'route.consent.situation': 'child-in-need', 'route.consent.afterMashConsultation': true },
        warnings: { include: ['need-level.warning.risk-indicator-without-harm'] },
      },
    },
    {
      name: 'Repeated harm at home that nobody can explain, significant harm answered no: Additional, with the MASH consulted first',
      input: { indicators: [indicatorId.unexplainedHarm], ...answeredNo, ageInYears: 8 },
      expect: {
        rule: 'fired',
        outcome: 'additional',
        result: { 'route.consent.afterMashConsultation': true },
        warnings: { include: ['need-level.warning.risk-indicator-without-harm'] },
      },
    },
    {
      name: 'A 15-year-old talks of radicalised ideas and threatens to act: referred to the MASH, Prevent named',
      input: { indicators: [indicatorId.radicalised], ...answeredNo, ageInYears: 15 },
      expect: {
        rule: 'fired',
        outcome: 'additional',
        result: { 'route.consent.afterMashConsultation': true },
        actions: { include: ['need-level.special-circumstance.radicalisation.refer-to-mash', 'need-level.special-circumstance.radicalisation.prevent-advice'] },
      },
    },
    {
      name: 'Chronic domestic abuse involving a 3-year-old and high-risk parental substance misuse, harm not answered yet',
      input: { indicators: [indicatorId.chronicDomesticAbuse, indicatorId.parentalSubstanceMisuse], immediateRiskOfSignificantHarm: false, childInNeed: false, ageInYears: 3 },
      expect: { rule: 'fired', outcome: 'insufficient-information', result: { 'route.consent.situation': 'undecided' } },
    },
    {
      name: 'A child who discloses abuse, significant harm answered yes: nothing to weigh',
      input: { indicators: [indicatorId.childDisclosesAbuse], significantHarmSuspected: true },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
    {
      name: 'Only needs without harm are recorded',
      input: { indicators: [example.specialist], ...answeredNo },
      expect: { rule: 'not-fired', outcome: 'specialist', result: { 'route.consent.situation': 'child-in-need' } },
    },
  ],
};
