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

export const timelineExamples = [christmasChildProtectionCase, referralOverChristmas, reviewChainCase, transferInOverEaster];
