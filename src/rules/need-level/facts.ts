/**
 * The facts the need-level rules read. Indicator counts, the recorded
 * indicators and the FGM, forced marriage and criminal exploitation concerns
 * are derived from the input; the statutory facts come from the practitioner
 * and stay unknown when not given.
 */
import type { FactCatalogue } from '../engine/rule-module.js';

export const needLevelFacts: FactCatalogue = {
  significantHarmSuspected: {
    question: 'Is there reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm?',
  },
  immediateRiskOfSignificantHarm: { question: 'Is the child at immediate risk of significant harm?' },
  childInNeed: {
    question:
      "Would the child's health or development be significantly impaired without children's social care services, or does the child have complex disability needs only those services are likely to meet?",
  },
  fgmDisclosedByGirl: { question: 'Has the girl told you that she has had female genital mutilation (FGM)?', input: 'fgm.disclosedByGirl' },
  fgmPhysicalSignsObserved: { question: 'Have you seen physical signs that appear to show the girl has had FGM?', input: 'fgm.physicalSignsObserved' },
  fgmAtRisk: { question: 'Is the girl thought to be at risk of FGM?', input: 'fgm.atRisk' },
  forcedMarriageAtRisk: { question: 'Do warning signs suggest the child is at risk of being forced to marry, or has been?', input: 'forcedMarriage.atRisk' },
  forcedMarriageDisclosedByChild: { question: 'Has the child said they are worried they will be forced to marry, or have been?', input: 'forcedMarriage.disclosedByChild' },
  criminalExploitationAtRisk: {
    question: 'Is the child being criminally exploited, or at high risk of it?',
    input: 'criminalExploitation.atRisk',
  },
  countyLines: { question: 'Is the child involved in county lines drug dealing?', input: 'criminalExploitation.countyLines' },
  reporterRole: {
    question:
      'Who is raising the concern: a regulated health or social care professional, a teacher, another professional, or a member of the public?',
  },
  ageInYears: { question: "How old is the child, in whole years?" },
  additionalSupportTried: { question: 'Has support at the Additional level (the services that know the family working together) already been tried?' },
  indicators: { question: 'Which indicators of possible need were recorded (each concern once)?', derived: true },
  additionalIndicatorCount: { question: 'How many Additional indicators were observed?', derived: true },
  intensiveIndicatorCount: { question: 'How many Intensive indicators were observed?', derived: true },
  specialistIndicatorCount: { question: 'How many Specialist indicators were observed?', derived: true },
  harmIndicatorCount: { question: 'How many indicators that the document describes as significant harm were observed?', derived: true },
  intensiveDomainCount: { question: 'Under how many different headings were Intensive indicators observed?', derived: true },
  parentalFactorCount: {
    question: 'How many indicators of parental domestic abuse, substance misuse or mental ill-health were observed below the Specialist level?',
    derived: true,
  },
  intensiveIndicatorThreshold: { question: 'How many Intensive indicators make Intensive need (option)?', derived: true },
  fgmConcern: { question: 'Is there an FGM concern (an FGM indicator, a disclosure or observed signs)?', derived: true },
  forcedMarriageConcern: { question: 'Has a forced marriage concern been raised (a risk or a disclosure)?', derived: true },
  criminalExploitationConcern: { question: 'Has a criminal exploitation concern been raised (a risk or county lines)?', derived: true },
};
