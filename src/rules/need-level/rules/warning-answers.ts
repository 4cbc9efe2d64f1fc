/**
 * Warnings about answers that contradict the recorded indicators: the
 * Working Together category against the practitioner's "child in need"
 * answer, a Universal strength beside the concern that contradicts it, and
 * an age that the indicators' own words rule out. The classification follows
 * its rules; the warning names what to check before the result is stored.
 */
import type { RuleModule } from '../../engine/rule-module.js';
import { WARNING_EVENT } from '../../engine/rule-set.js';
import { luton, workingTogether } from '../citations.js';
import { answeredNo, example } from './example-indicators.js';
import { needLevelInterpretations } from '../interpretations.js';
import { indicatorId } from './shared-conditions.js';

export const warningCategoryContradictsChildInNeed: RuleModule = {
  id: 'need-level.warning.category-contradicts-child-in-need',
  decision: 'need-level',
  title: 'Warning: a Specialist indicator is recorded, but the child is answered not to be a child in need',
  citation: [luton.atAGlance, workingTogether.section17],
  summary:
    'One Specialist indicator makes Specialist need: a referral to children’s social care, whose category is child in need (section 17) unless significant harm is suspected or a statutory situation applies. If the practitioner answered that the child is not a child in need, the answer and the indicator contradict each other (a child suffering significant harm is also a child in need): the warning names both, so that the answer or the indicator is corrected, or the MASH decides.',
  conditions: {
    all: [
      { fact: 'specialistIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'a Specialist indicator was recorded' },
      { fact: 'childInNeed', operator: 'equal', value: false, says: 'the child is answered not to be a child in need' },
    ],
  },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.category-contradicts-child-in-need',
      message:
        'childInNeed is false, but a Specialist indicator is recorded, so the classification gives Specialist need (a referral to children’s social care, section 17 unless significant harm is suspected or a statutory situation applies). Check the answer and the indicator; the MASH decides whether the child is in need.',
    },
  },
  examples: [
    {
      name: 'A family about to become homeless, with "not a child in need" answered',
      input: { indicators: [indicatorId.homeless], ...answeredNo },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'child-in-need-section-17' } },
    },
    {
      name: 'The same family, answered to be a child in need',
      input: { indicators: [indicatorId.homeless], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};

export const warningStrengthBesideConcern: RuleModule = {
  id: 'need-level.warning.strength-beside-concern',
  decision: 'need-level',
  title: 'Warning: a Universal strength is recorded beside the concern that contradicts it',
  citation: [luton.atAGlance],
  summary:
    'Some Universal indicators say the opposite of a concern about the same thing ("physically well" and "severe or chronic health problems", "good mental health" and "acute mental health problems"). Recorded together, one is wrong. The level follows the concern; the warning names each pair.',
  conditions: { all: [{ fact: 'contradictedStrengthCount', operator: 'greaterThanInclusive', value: 1, says: 'a Universal strength is recorded beside a concern that contradicts it' }] },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.strength-beside-concern',
      message: 'A Universal indicator of good progress is recorded beside a concern that says the opposite. Check which holds; the classification follows the concern.',
    },
  },
  examples: [
    {
      name: '"Physically well" beside "severe or chronic health problems"',
      input: { indicators: [indicatorId.physicallyWell, indicatorId.severeChronicHealth], ...answeredNo, childInNeed: true },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: '"Physically well" beside an unrelated Additional need',
      input: { indicators: [indicatorId.physicallyWell, example.additional], ...answeredNo },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
  ],
};

export const warningAgeContradictsIndicator: RuleModule = {
  id: 'need-level.warning.age-contradicts-indicator',
  decision: 'need-level',
  title: 'Warning: the child’s age contradicts an indicator’s own words (or its definition)',
  citation: [luton.atAGlance, luton.privateFostering],
  summary:
    'Some indicators say whom they are for: "not in education (under 16)", "not in education, employment or training post-16", private fostering (under 16, or under 18 if disabled), a child who discloses abuse (a child already born), offending (10 or over, the age of criminal responsibility). When the age given (or an unborn child) is outside those words, the indicator and the age contradict each other. A need that does not apply at that age is not counted toward the level (a 17-year-old "under 16 and not in education" does not make Intensive need); evidence of harm or of a risk of it still counts, since it may be about another child or the age may be wrong, and so does offending under 10, whose age limit is the library’s (a younger child’s offending may be a sign of criminal exploitation or neglect). The warning names each indicator with its own age limit.',
  interpretations: [needLevelInterpretations.ageBoundIndicators],
  conditions: { all: [{ fact: 'ageContradictionCount', operator: 'greaterThanInclusive', value: 1, says: 'the age is outside the ages an indicator’s words allow' }] },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.age-contradicts-indicator',
      message: "The child's age (or an unborn child) is outside the ages a recorded indicator's own words allow. A need that does not apply at this age is not counted toward the level; evidence of harm still is, and so is offending under 10 (which may be a sign of criminal exploitation or neglect). Check the age and the indicator.",
    },
  },
  examples: [
    {
      name: 'A 17-year-old recorded as "under 16 and not in education" beside self-harm: the bullet does not apply, so one Intensive need (Additional), not two',
      input: { indicators: [indicatorId.notInEducationUnder16, 'need-level.intensive.health.self-harm'], ...answeredNo, ageInYears: 17 },
      expect: { rule: 'fired', outcome: 'additional' },
    },
    {
      name: 'An unborn child recorded with a disclosure of abuse: warned, and the disclosure still counts (it may be about another child)',
      input: { indicators: [indicatorId.childDisclosesAbuse], ...answeredNo, unborn: true },
      expect: { rule: 'fired', outcome: 'specialist', warnings: { include: ['need-level.warning.risk-indicator-without-harm'] } },
    },
    {
      name: 'A 9-year-old recorded with serious or persistent offending: warned (under the age of criminal responsibility), and the need still counts: Specialist, as offending this young may be a sign of criminal exploitation or neglect',
      input: { indicators: ['need-level.specialist.other-indicators.serious-persistent-offending'], ...answeredNo, ageInYears: 9 },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A 14-year-old not in education',
      input: { indicators: [indicatorId.notInEducationUnder16], ...answeredNo, ageInYears: 14 },
      expect: { rule: 'not-fired', outcome: 'additional' },
    },
    {
      name: 'A 15-year-old recorded as not in education, employment or training post-16: the bullet does not apply at 15, so it does not count',
      input: { indicators: [indicatorId.neet], ...answeredNo, ageInYears: 15 },
      expect: { rule: 'fired', outcome: 'universal' },
    },
    {
      name: 'A 17-year-old who is not disabled, recorded as privately fostered: outside the definition, so not counted (no Specialist need from it)',
      input: { indicators: [indicatorId.privatelyFostered], ...answeredNo, ageInYears: 17, disabled: false },
      expect: { rule: 'fired', outcome: 'universal' },
    },
    {
      name: 'A 13-year-old living with a friend’s family',
      input: { indicators: [indicatorId.privatelyFostered], ...answeredNo, ageInYears: 13 },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};

export const warningExploitationAnswers: RuleModule = {
  id: 'need-level.warning.exploitation-answers-contradict',
  decision: 'need-level',
  title: 'Warning: "no concern" of exploitation is answered, but a high risk of it is answered yes, or sexual exploitation is recorded',
  citation: [luton.exploitation, luton.categories],
  summary:
    '"Any concern" of sexual or criminal exploitation answered "no" also answers whether the child is at high risk (there is no high risk without a concern), so the high-risk questions are not asked. If one of them is answered "yes" all the same, the two answers contradict each other: the classification follows the "yes" (Specialist, child protection: the safer reading) and the warning names both. "No concern" of sexual exploitation beside the "Sexual exploitation" indicator is a contradiction too: the classification follows the indicator, and the warning asks for both to be checked.',
  conditions: { all: [{ fact: 'exploitationContradictionCount', operator: 'greaterThanInclusive', value: 1, says: '"no concern" of exploitation is answered beside a high risk of it answered yes, or beside the sexual exploitation indicator' }] },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.exploitation-answers-contradict',
      message: 'An exploitation concern is answered "no", but a high risk of the same exploitation (or county lines) is answered "yes", or the "Sexual exploitation" indicator is recorded. The classification follows the "yes" or the indicator; check both.',
    },
  },
  examples: [
    {
      name: 'Sexual exploitation: no concern, but at high risk',
      input: { indicators: [], ...answeredNo, ageInYears: 14, sexualExploitation: { concern: false, atRisk: true } },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'workingTogetherCategory.id': 'child-protection-section-47' } },
    },
    {
      name: 'A 14-year-old recorded with the Sexual exploitation indicator, sexual exploitation answered "no concern": warned, and the indicator still decides (Specialist)',
      input: { indicators: ['need-level.specialist.health.sexual-exploitation'], ...answeredNo, ageInYears: 14, sexualExploitation: { concern: false }, criminalExploitation: { concern: false } },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A 13-year-old with a dangerous sexual activity indicator, both exploitation concerns answered no: decided, the high-risk questions not asked',
      input: { indicators: ['need-level.specialist.health.dangerous-sexual-activity-or-early-pregnancy'], ...answeredNo, ageInYears: 13, sexualExploitation: { concern: false }, criminalExploitation: { concern: false } },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};

/** An unborn child answered to be looked after: a contradiction the result names (the answer is kept). */
export const warningUnbornLookedAfter: RuleModule = {
  id: 'need-level.warning.unborn-looked-after',
  decision: 'need-level',
  title: 'Warning: an unborn child is answered to be looked after',
  citation: [luton.accessSpecialist],
  summary:
    'A local authority looks after a child in its care or whom it accommodates; a child not yet born is neither, whatever is planned for the birth. An unborn child answered to be looked after is a contradiction (perhaps the answer is about the mother, or a sibling): the answer is kept, so the route follows it (the allocated social worker), and the warning asks for it to be checked.',
  conditions: { all: [{ fact: 'unbornLookedAfter', operator: 'equal', value: true, says: 'an unborn child is answered to be looked after' }] },
  event: {
    type: WARNING_EVENT,
    params: {
      code: 'need-level.warning.unborn-looked-after',
      message: 'An unborn child is answered to be looked after by a local authority, which a child not yet born cannot be. The answer is kept (the route follows it); check whether it is about the baby, or about the mother or a sibling.',
    },
  },
  examples: [
    {
      name: 'An unborn baby answered looked after: warned, the answer kept',
      input: { indicators: ['need-level.specialist.health.parental-substance-misuse'], unborn: true, significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: true },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'route.consent.situation': 'looked-after' } },
    },
    {
      name: 'An unborn baby whose looked after status is not given: no warning (not asked)',
      input: { indicators: ['need-level.specialist.health.parental-substance-misuse'], unborn: true, significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};
