/**
 * Luton's steps after a placement notification (register, referrals,
 * electronic record, reply), the date and address checks, the legal
 * statuses item 2 leaves out, and the recipient: each step has the role the
 * procedure names, nothing echoes the notification's personal data, and no
 * two results share an object.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlacementNotification } from '../../../src/rules/placement-notification/index.js';
import { completeChangeOfAddress, completeLeavingPlacement, completePlacementStart } from './examples.js';

const roles = (result: ReturnType<typeof validatePlacementNotification>) => Object.fromEntries(result.actions.map((a) => [a.id, a.role]));

describe('validatePlacementNotification: Luton’s steps, by role', () => {
  it('gives the register and referrals to the safeguarding and quality assurance service and the electronic record to Referral and Assessment', () => {
    expect(roles(validatePlacementNotification(completePlacementStart))).toEqual({
      'placement-notification.action.complete-register': 'Luton safeguarding and quality assurance service',
      'placement-notification.action.refer-to-referral-and-assessment': 'Luton safeguarding and quality assurance service',
      'placement-notification.action.refer-to-virtual-school': 'Luton safeguarding and quality assurance service',
      'placement-notification.action.enter-on-electronic-record': 'Luton Referral and Assessment team',
    });
  });

  it('settles whether a child has left Luton before the address steps, which wait for it, when the new address may be outside Luton', () => {
    const address = ['placement-notification.action.update-register', 'placement-notification.action.refer-to-referral-and-assessment', 'placement-notification.action.refer-to-virtual-school', 'placement-notification.action.update-electronic-record'];
    const away = validatePlacementNotification({ ...completeChangeOfAddress, newAddress: '12 Oak Rd, Manchester M1 1AA' });
    expect(away.actions.map((a) => a.id)).toEqual(['placement-notification.action.confirm-move-out-of-luton', ...address]);
    for (const step of away.actions.slice(1)) expect(step.description).toMatch(/^Once the placing authority confirms the child still lives in Luton: [a-z]/);
    const inLuton = validatePlacementNotification({ ...completeChangeOfAddress, newAddress: '1 New Street, Luton LU2 7AB' });
    expect(inLuton.actions.map((a) => a.id)).toEqual(address);
    for (const step of inLuton.actions) expect(step.description).not.toMatch(/Once the placing authority confirms/);
  });

  it('names the recipient and how notifications are sent', () => {
    for (const n of [completePlacementStart, completeChangeOfAddress, completeLeavingPlacement]) {
      const result = validatePlacementNotification(n);
      expect(result.recipient).toMatchObject({ service: 'Luton safeguarding and quality assurance service', by: 'secure email' });
      expect(result.recipient.citation.section).toMatch(/^Notification procedure/);
    }
  });

  it('tells the virtual school about an EHC plan without repeating the maintaining authority', () => {
    const result = validatePlacementNotification(completePlacementStart);
    const step = result.actions.find((a) => a.id === 'placement-notification.action.refer-to-virtual-school')!;
    expect(step.description).toMatch(/EHC plan/);
    expect(step.description).not.toContain('Exampleshire');
  });

  it('wording the steps for a leaving notification as the child having left', () => {
    const result = validatePlacementNotification(completeLeavingPlacement);
    expect(result.actions.map((a) => a.id)).toContain('placement-notification.action.update-register');
    expect(result.actions.find((a) => a.id === 'placement-notification.action.update-register')!.description).toMatch(/has left the placement/);
  });
});

describe('validatePlacementNotification: dates and addresses', () => {
  it('refuses a move before the child was born', () => {
    const result = validatePlacementNotification({ ...completeChangeOfAddress, effectiveDate: '2010-01-01' });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.problems.map((p) => p.field)).toEqual(['effectiveDate']);
  });

  it('accepts an address with a Luton postcode or the word Luton, and warns about any other without repeating it', () => {
    for (const [address, outside] of [
      ['1 New Street, Luton', false],
      ['Flat 2, 10 Park Street, LU1 3AA', false],
      ['12 Hill Rise lu4 9zz', false],
      ['5 High St, Manchester', true],
      ['5 High St, Manchester M1 1AA', true],
      ['3 Luton Road, Dunstable LU5 4AB', true],
      ['The Old Rectory, Luton Hoo Estate, LU1 3TQ', false],
    ] as const) {
      const result = validatePlacementNotification({ ...completeChangeOfAddress, newAddress: address });
      const warning = result.warnings.find((w) => w.code === 'placement-notification.warning.new-address-not-in-luton');
      expect(Boolean(warning), address).toBe(outside);
      if (warning) {
        expect(warning.message).not.toContain('Manchester');
        expect(warning.facts).toEqual(['newAddress']);
      }
    }
  });

  it('checks a long address in linear time', () => {
    const long = `${'Flat 9A '.repeat(249)}`;
    const started = performance.now();
    validatePlacementNotification({ ...completeChangeOfAddress, newAddress: long });
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('validatePlacementNotification: results are their own', () => {
  it('shares no object between two results', () => {
    fc.assert(
      fc.property(fc.constantFrom(completePlacementStart, completeChangeOfAddress, completeLeavingPlacement, { ...completePlacementStart, legalStatus: 'remand' }), (n) => {
        const a = validatePlacementNotification(n);
        const b = validatePlacementNotification(n);
        a.actions.forEach((action, i) => expect(action.citation).not.toBe(b.actions[i]!.citation));
        expect(a.recipient.citation).not.toBe(b.recipient.citation);
        a.interpretations.forEach((r, i) => expect(r.citation).not.toBe(b.interpretations[i]!.citation));
        // Within one result, no two actions share a citation object.
        const citations = new Set(a.actions.map((x) => x.citation));
        expect(citations.size).toBe(a.actions.length);
      }),
    );
  });
});
