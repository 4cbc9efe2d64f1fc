/**
 * The facts the need-level rules read. Indicator counts and the FGM concern
 * are derived from the observed indicators; the statutory facts come from
 * the practitioner and stay unknown when not given.
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
  reporterRole: {
    question:
      'Who is raising the concern: a regulated health or social care professional, a teacher, another professional, or a member of the public?',
  },
  additionalIndicatorCount: { question: 'How many Additional indicators were observed?', derived: true },
  intensiveIndicatorCount: { question: 'How many Intensive indicators were observed?', derived: true },
  specialistIndicatorCount: { question: 'How many Specialist indicators were observed?', derived: true },
  intensiveIndicatorThreshold: { question: 'How many Intensive indicators make Intensive need (option)?', derived: true },
  fgmConcern: { question: 'Is there an FGM concern (an FGM indicator, a disclosure or observed signs)?', derived: true },
};
