/**
 * Example case timelines used by the timeline tests and the JSON Schema test.
 */
export const christmasChildProtectionCase = {
  asOf: '2027-01-11',
  events: [
    { type: 'referral-received', date: '2026-12-07' },
    { type: 'referral-decision-made', date: '2026-12-08' },
    { type: 'strategy-discussion-s47-initiated', date: '2026-12-08' },
    { type: 'initial-conference-held', date: '2026-12-22', planMade: true },
    { type: 'core-group-meeting-held', date: '2027-01-11' },
  ],
} as const;

export const referralOverChristmas = {
  asOf: '2026-12-29',
  events: [{ type: 'referral-received', date: '2026-12-24' }],
} as const;

export const reviewChainCase = {
  asOf: '2027-09-20',
  events: [
    { type: 'strategy-discussion-s47-initiated', date: '2026-12-08' },
    { type: 'initial-conference-held', date: '2026-12-22' },
    { type: 'core-group-meeting-held', date: '2027-01-05' },
    { type: 'review-conference-held', date: '2027-03-19' },
  ],
} as const;

export const transferInOverEaster = {
  asOf: '2027-04-30',
  events: [
    { type: 'transfer-in-notification-received', date: '2027-03-24' },
    { type: 'transfer-in-conference-held', date: '2027-04-19' },
  ],
} as const;

/** Every optional field: episodes, a stop, a booking, a next step and a reason for delay. */
export const episodesStopsAndBookings = {
  asOf: '2027-02-15',
  events: [
    { type: 'referral-received', date: '2026-11-02', episode: 'referral-1' },
    { type: 'referral-decision-made', date: '2026-11-03', episode: 'referral-1', nextStep: 'assessment' },
    { type: 'assessment-completed', date: '2027-01-20', episode: 'referral-1', reasonForDelay: 'Waiting for a specialist health assessment' },
    { type: 'strategy-discussion-s47-initiated', date: '2027-02-01', episode: 'referral-1' },
    { type: 'initial-conference-held', date: '2027-02-19', episode: 'referral-1', status: 'scheduled' },
    { type: 'allegation-received', date: '2027-01-08', episode: 'LADO-2027-001' },
    { type: 'designated-officer-informed', date: '2027-01-11', episode: 'LADO-2027-001' },
    { type: 'child-became-looked-after', date: '2027-02-10' },
  ],
} as const;

export const timelineExamples = [christmasChildProtectionCase, referralOverChristmas, reviewChainCase, transferInOverEaster, episodesStopsAndBookings];
