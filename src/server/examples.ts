/**
 * One realistic input per endpoint: shown in the OpenAPI description and in
 * docs/other-languages.md, and sent to the running service by the tests and
 * by CI, whose answers must validate against the endpoint's result schema.
 * Names and places are invented.
 */

export const classifyNeedExample = {
  indicators: ['need-level.intensive.health.self-harm', 'need-level.intensive.health.emerging-mental-health-issues'],
  significantHarmSuspected: false,
  immediateRiskOfSignificantHarm: false,
  childInNeed: false,
};

export const needToKnowExample = {
  asOf: '2026-03-02',
  childStatus: ['looked-after'],
  childMissing: true,
  missingMoreThan24Hours: true,
};

export const nationalAlertExample = {
  asOf: '2026-03-02',
  subject: 'child',
  missingSince: '2026-02-02',
  childProtectionPlan: true,
  inCare: false,
  unaccompaniedAsylumSeeker: false,
  familyMissing: true,
  knownLocality: false,
  temporaryAbsenceExcluded: true,
  policeChecked: true,
  keyAgenciesContacted: true,
};

export const seriousIncidentExample = {
  childDied: true,
  abuseOrNeglectKnownOrSuspected: true,
  incidentInEngland: true,
  normallyResidentInEngland: true,
  ageInYears: 9,
  awareOn: '2026-12-18',
};

export const timelineExample = {
  asOf: '2027-02-15',
  events: [
    { type: 'referral-received', date: '2026-11-02', episode: 'referral-1' },
    { type: 'referral-decision-made', date: '2026-11-03', episode: 'referral-1', nextStep: 'no-further-action' },
    { type: 'referral-received', date: '2027-01-04', episode: 'referral-2' },
    { type: 'strategy-discussion-s47-initiated', date: '2027-01-05', episode: 'referral-2' },
    { type: 'child-moved-out-of-area', date: '2027-01-20' },
  ],
};

export const placementExample = {
  kind: 'leaving-placement',
  child: { name: 'Alex Example', dateOfBirth: '2014-05-17' },
  placingAuthority: { name: 'Exampleshire County Council' },
  leftOn: '2026-06-30',
};

/** A batch of three lines: two cases and one with a mistake (a string where true or false belongs), which is answered with an error line. */
export const classifyNeedBatchExample = [
  JSON.stringify(classifyNeedExample),
  JSON.stringify({ indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false }),
  JSON.stringify({ indicators: ['need-level.intensive.health.self-harm'], significantHarmSuspected: 'perhaps' }),
].join('\n') + '\n';
