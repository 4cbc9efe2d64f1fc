/**
 * An alert to withdraw (the family known to be in a locality, or the plan
 * ended, the child still not located) is not re-issued; if the Service
 * Manager lets it stand, it lapses when other authorities delete it, and
 * the advice names that day when the latest notification is dated.
 */
import { describe, expect, it } from 'vitest';
import { assessNationalAlert } from '../../../src/index.js';

const issued = {
  asOf: '2026-12-07',
  subject: 'child',
  childProtectionPlan: true,
  familyMissing: true,
  temporaryAbsenceExcluded: true,
  policeChecked: true,
  keyAgenciesContacted: true,
  missingSince: '2026-04-01',
  alertIssuedOn: '2026-05-07',
  childLocated: false,
} as const;

const description = (input: Record<string, unknown>, id: string) => {
  const result = assessNationalAlert(input as never);
  expect(result.outcome).toBe('withdraw-alert');
  return result.actions.find((a) => a.id === id)!.description;
};

describe('an alert to withdraw', () => {
  it('names the day it lapses if left to stand: 12 months after the latest notification', () => {
    const locality = description({ ...issued, knownLocality: true, planEndedSinceAlert: false, anyFollowUpSent: false }, 'national-alert.action.contact-locality-authority');
    expect(locality).toContain('withdraw it now or let it stand until it lapses');
    expect(locality).toContain('on 2027-05-07.');
    const ended = description({ ...issued, knownLocality: false, planEndedSinceAlert: true, lastFollowUpOn: '2025-11-10', alertIssuedOn: '2025-05-07', missingSince: '2025-04-01' }, 'national-alert.action.withdraw-alert');
    expect(ended).toContain('on 2026-11-10 (a date already passed: it may already be deleted).');
  });

  it('says the rule without a day when the latest notification is not dated', () => {
    const locality = description({ ...issued, knownLocality: true, planEndedSinceAlert: false }, 'national-alert.action.contact-locality-authority');
    expect(locality).toMatch(/twelve months after the latest notification\.$/);
  });
});
