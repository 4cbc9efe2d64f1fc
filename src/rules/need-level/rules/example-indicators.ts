/**
 * Indicators used in the need-level rule examples, named once so every
 * example reads the same and a renamed indicator fails in one place.
 */
export const example = {
  universal: 'need-level.universal.health.physically-well',
  additional: 'need-level.additional.health.missed-health-appointments',
  intensive: 'need-level.intensive.health.self-harm',
  intensiveOther: 'need-level.intensive.health.emerging-mental-health-issues',
  specialist: 'need-level.specialist.health.severe-chronic-health',
} as const;

/** The three statutory answers, each "no": the usual background of an example. */
export const answeredNo = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false } as const;
