/**
 * Consent refused: the route's contact must not read as an instruction to
 * send a consented request, and the Intensive refusal does not quote the
 * rule for requests below the Intensive threshold.
 */
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/index.js';

const no = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false } as const;

describe('consent refused', () => {
  it('at Intensive: the contact says the request cannot go ahead as it stands, and the action with it', () => {
    const r = classifyNeed({ indicators: ['need-level.intensive.basic-care-safety-and-protection.domestic-abuse', 'need-level.intensive.health.self-harm'], ageInYears: 10, ...no, consentRefused: true });
    expect(r.outcome).toBe('intensive');
    expect(r.route.contact).toMatch(/^The parents have refused consent, so the request below cannot go ahead as it stands/);
    expect(r.route.consent.explanation).not.toContain('below the Intensive threshold');
    expect(r.actions.find((a) => a.id === 'need-level.action.route.intensive')!.description).toMatch(/^The parents have refused consent/);
  });

  it('for a Specialist child in need: the referral itself still goes to the MASH', () => {
    const r = classifyNeed({ indicators: [], ageInYears: 10, ...no, childInNeed: true, consentRefused: true });
    expect(r.outcome).toBe('specialist');
    expect(r.route.contact).toMatch(/^The parents have refused consent to child in need support \(see consent\): the referral itself still goes to the MASH/);
  });

  it('without a refusal the contact is unchanged', () => {
    const r = classifyNeed({ indicators: ['need-level.intensive.basic-care-safety-and-protection.domestic-abuse', 'need-level.intensive.health.self-harm'], ageInYears: 10, ...no });
    expect(r.route.contact).not.toContain('refused');
  });
});
