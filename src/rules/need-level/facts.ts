/**
 * The facts the need-level rules read. Indicator counts, the recorded
 * indicators, the age band and the FGM, forced marriage and exploitation
 * concerns are derived from the input; the statutory facts come from the
 * practitioner and stay unknown when not given.
 */
import type { FactCatalogue } from '../engine/rule-module.js';

export const needLevelFacts: FactCatalogue = {
  significantHarmSuspected: {
    question: 'Is there reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm?',
  },
  immediateRiskOfSignificantHarm: { question: 'Is the child at immediate risk of significant harm?' },
  allegationReceivedOn: { question: "On what date did the allegation against the professional come to the employer's attention, or was it made to the police? The designated officer is to be told within one working day of it." },
  childInNeed: {
    question:
      "Would the child's health or development be significantly impaired without children's social care services, or does the child have complex disability needs only those services are likely to meet?",
  },
  fgmDisclosedByGirl: { question: 'Has the girl told you that she has had female genital mutilation (FGM)?', input: 'fgm.disclosedByGirl' },
  fgmPhysicalSignsObserved: { question: 'Have you seen physical signs that appear to show the girl has had FGM?', input: 'fgm.physicalSignsObserved' },
  fgmAtRisk: { question: 'Is the girl thought to be at risk of FGM?', input: 'fgm.atRisk' },
  forcedMarriageAtRisk: { question: 'Do warning signs suggest the child is at risk of being forced to marry, or has been?', input: 'forcedMarriage.atRisk' },
  forcedMarriageDisclosedByChild: { question: 'Has the child said they are worried they will be forced to marry, or have been?', input: 'forcedMarriage.disclosedByChild' },
  criminalExploitationSuspected: {
    question: 'Does a professional have any concern that the child is being, or may be, criminally exploited?',
    input: 'criminalExploitation.concern',
  },
  criminalExploitationAtRisk: {
    question: 'Is the child being criminally exploited, or at high risk of it?',
    input: 'criminalExploitation.atRisk',
  },
  countyLines: { question: 'Is the child involved in county lines drug dealing?', input: 'criminalExploitation.countyLines' },
  sexualExploitationSuspected: {
    question: 'Does a professional have any concern that the child is being, or may be, sexually exploited?',
    input: 'sexualExploitation.concern',
  },
  sexualExploitationAtRisk: { question: 'Is the child being sexually exploited, or at high risk of it?', input: 'sexualExploitation.atRisk' },
  reporterRole: {
    question:
      'Who is raising the concern: a regulated health or social care professional, a teacher, another professional, or a member of the public?',
  },
  ageInYears: { question: 'How old is the child, in whole years?' },
  unborn: { question: 'Is the concern about an unborn child?' },
  disabled: { question: 'Is the child disabled?' },
  lookedAfter: { question: 'Is the child looked after by a local authority?' },
  consentRefused: { question: 'Have the parents or carers (or a Gillick-competent young person) refused consent to the referral or the help offered?' },
  additionalSupportTried: { question: 'Has support at the Additional level (the services that know the family working together) already been tried?' },
  indicators: { question: 'Which indicators of possible need were recorded (each concern once)?', derived: true },
  additionalIndicatorCount: { question: 'How many Additional indicators were observed?', derived: true },
  intensiveIndicatorCount: { question: 'How many Intensive indicators were observed?', derived: true },
  specialistIndicatorCount: { question: 'How many Specialist indicators were observed?', derived: true },
  concernIndicatorCount: { question: 'How many indicators of need above Universal (Additional, Intensive or Specialist) were observed?', derived: true },
  harmIndicatorCount: { question: 'How many indicators that the document describes as significant harm were observed?', derived: true },
  riskIndicatorCount: {
    question: 'How many indicators of a risk of significant harm or of exploitation (a disclosure, a risk in the household, neglect named, signs of exploitation…) were observed?',
    derived: true,
  },
  exploitationIndicatorCount: { question: 'How many signs of sexual or criminal exploitation (going missing from home, unsafe or dangerous sexual activity, early pregnancy) were observed?', derived: true },
  schoolAbsenceIndicatorCount: { question: 'How many indicators of a child missing school or education were observed?', derived: true },
  complexDisabilityIndicatorCount: { question: 'How many indicators of a disability resulting in complex needs (a significant disability, a disability that prevents self-care) were observed?', derived: true },
  missingFromHomeIndicatorCount: { question: 'How many indicators of a child going missing from home were observed?', derived: true },
  ageContradictionCount: { question: "How many recorded indicators does the child's age contradict (e.g. \"under 16 and not in education\" for a 17-year-old)?", derived: true },
  contradictedStrengthCount: { question: 'How many Universal indicators of good progress are contradicted by a concern recorded beside them?', derived: true },
  exploitationContradictionCount: {
    question: 'How many exploitation concerns are answered "no" beside a high risk of the same exploitation answered "yes" (or, for sexual exploitation, beside the "Sexual exploitation" indicator)?',
    derived: true,
  },
  unbornLookedAfter: { question: 'Is an unborn child answered to be looked after by a local authority (which cannot be)?', derived: true },
  exploitationConsidered: { question: 'Have both exploitation concern questions (sexual and criminal) been answered?', derived: true },
  ageBand: {
    question: "The child's age band: unborn, under 5, 5 to 15, 16 or 17, an adult (18 or over), or not given (taken to be a child).",
    derived: true,
  },
  harmAnswer: { question: 'The answer to the significant-harm question: yes, no or not given.', derived: true },
  intensiveDomainCount: { question: 'Under how many different headings were Intensive indicators observed?', derived: true },
  parentalFactorCount: {
    question: 'How many indicators of parental domestic abuse, substance misuse or mental ill-health were observed?',
    derived: true,
  },
  intensiveIndicatorThreshold: { question: 'How many Intensive indicators make Intensive need (option)?', derived: true },
  fgmConcern: { question: 'Is FGM a concern (an FGM indicator, an FGM answer of yes, or the FGM questions opened and not all answered no)?', derived: true },
  forcedMarriageConcern: { question: 'Is forced marriage a concern (an answer of yes, or its questions opened and not all answered no)?', derived: true },
  criminalExploitationConcern: { question: 'Is criminal exploitation a concern (an answer of yes, or its questions opened and not all answered no)?', derived: true },
  fgmKnownOrSuspected: { question: 'Is an FGM answer yes (a disclosure, signs seen, or a risk)?', derived: true },
  harmConcernCount: {
    question: 'How many of FGM, forced marriage, criminal exploitation (being exploited, at high risk, or county lines) and sexual exploitation (being exploited or at high risk) are answered yes?',
    derived: true,
  },
  sexualExploitationConcern: { question: 'Is sexual exploitation a concern (an answer of yes, or its questions opened and not all answered no)?', derived: true },
};
