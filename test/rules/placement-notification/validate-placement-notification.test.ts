import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlacementNotification } from '../../../src/rules/placement-notification/index.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';
import { PlacementNotificationSchema } from '../../../src/schemas/index.js';
import { completeChangeOfAddress, completeLeavingPlacement, completePlacementStart, placementStartNoSen } from './examples.js';

function invalid(input: unknown) {
  const result = validatePlacementNotification(input as never);
  if (result.valid) throw new Error('expected the notification to be invalid');
  return result;
}

function without(doc: object, ...keys: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc };
  for (const key of keys) delete copy[key];
  return copy;
}

describe('validatePlacementNotification: complete notifications', () => {
  it('accepts a complete placement notification and returns it typed', () => {
    const result = validatePlacementNotification(completePlacementStart);
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.kind).toBe('placement-start');
    expect(result.notification).toEqual(completePlacementStart);
    expect(result.citation.document).toBe('luton-lac-placement-notification');
  });

  it('accepts a notification for a child without a statement or EHC plan, reached by post and email', () => {
    expect(validatePlacementNotification(placementStartNoSen).valid).toBe(true);
  });

  it('accepts complete change-of-address and leaving-placement notifications', () => {
    expect(validatePlacementNotification(completeChangeOfAddress).valid).toBe(true);
    expect(validatePlacementNotification(completeLeavingPlacement).valid).toBe(true);
  });

  it('refuses a field the procedure does not ask for, at the top or inside an item, as every decision refuses an unknown key', () => {
    expect(() => validatePlacementNotification({ ...completePlacementStart, motherName: 'Jane Smith' })).toThrow(/notification: 1 unknown key, not shown/);
    const inside = (() => {
      try {
        validatePlacementNotification({ ...completePlacementStart, child: { ...completePlacementStart.child, 'Jane Smith': 'mother' } } as never);
      } catch (error) {
        return error as { issues: { path: unknown[]; code: string; message: string }[] };
      }
      return undefined;
    })();
    expect(inside?.issues).toEqual([{ path: ['notification', 'child'], code: 'unknown-key', message: expect.stringContaining('1 unknown key, not shown') }]);
    expect(JSON.stringify(inside)).not.toContain('Jane');
  });
});

describe('validatePlacementNotification: missing and malformed items, by the procedure number', () => {
  it('item 1: a missing date of birth and a missing name are each named', () => {
    const result = invalid({ ...completePlacementStart, child: { name: ' ' } });
    expect(result.problems.map((p) => [p.item, p.field])).toEqual([
      [1, 'child.name'],
      [1, 'child.dateOfBirth'],
    ]);
    expect(result.problems[1]!.message).toBe("Item 1 (the child's name and date of birth): the child's date of birth is missing.");
  });

  it('item 1: a date of birth that is not a real date is malformed, without repeating it', () => {
    const result = invalid({ ...completePlacementStart, child: { name: 'Alex Example', dateOfBirth: '2014-02-30' } });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ item: 1, field: 'child.dateOfBirth', basis: 'procedure' });
    expect(result.problems[0]!.message).toContain('not a real date');
    expect(result.problems[0]!.message).not.toContain('2014-02-30');
  });

  it('item 1: a date of birth after the date the notification was received is a problem', () => {
    const result = invalid({ ...completePlacementStart, receivedOn: '2026-03-02', child: { name: 'A B', dateOfBirth: '2026-03-03' } });
    expect(result.problems.map((p) => p.field)).toEqual(['child.dateOfBirth']);
  });

  it('item 2: a missing or unknown legal status is named with the statuses Luton can record', () => {
    expect(invalid(without(completePlacementStart, 'legalStatus')).problems[0]).toMatchObject({ item: 2, field: 'legalStatus' });
    const unknown = invalid({ ...completePlacementStart, legalStatus: 'special-guardianship' });
    expect(unknown.problems[0]!.message).toBe(
      'Item 2 (whether the child is accommodated under section 20 or subject to a care order or supervision order): the legal status given is not one Luton can record: say whether the child is accommodated under section 20, or is subject to a care order (an interim care order counts as one) or a supervision order; a child subject to a placement order, or remanded to local authority accommodation, can be notified as such.',
    );
  });

  it('item 3: the IRO without any way of contact, and a placing authority with a malformed email', () => {
    const result = invalid({
      ...completePlacementStart,
      placingAuthority: { name: 'Exampleshire County Council', email: 'not-an-email' },
      independentReviewingOfficer: { name: 'Sam Reviewer' },
    });
    expect(result.problems.map((p) => [p.item, p.field])).toEqual([
      [3, 'placingAuthority.email'],
      [3, 'independentReviewingOfficer'],
    ]);
    expect(result.problems[1]!.message).toBe(
      "Item 3 (the contact details for the child's placing authority and the child's Independent Reviewing Officer): no phone number, email address or postal address is given for the child's Independent Reviewing Officer.",
    );
    expect(result.problems[0]!.message).not.toContain('not-an-email');
  });

  it('item 3: a blank phone number is named rather than silently dropped', () => {
    const result = invalid({ ...completePlacementStart, independentReviewingOfficer: { name: 'Sam Reviewer', email: 'sam@example.org', phone: '' } });
    expect(result.problems.map((p) => p.field)).toEqual(['independentReviewingOfficer.phone']);
  });

  it('item 4: a statement or EHC plan without the maintaining authority', () => {
    const result = invalid({ ...completePlacementStart, specialEducationalNeeds: { hasStatementOrEhcPlan: true } });
    expect(result.problems).toEqual([
      expect.objectContaining({
        item: 4,
        field: 'specialEducationalNeeds.maintainingAuthority',
        message: expect.stringContaining('the local authority that maintains it is not named'),
      }),
    ]);
  });

  it('item 4: not saying whether there is a statement or EHC plan', () => {
    expect(invalid(without(completePlacementStart, 'specialEducationalNeeds')).problems[0]).toMatchObject({ item: 4 });
    expect(invalid({ ...completePlacementStart, specialEducationalNeeds: { hasStatementOrEhcPlan: 'yes' } }).problems[0]).toMatchObject({
      item: 4,
      field: 'specialEducationalNeeds.hasStatementOrEhcPlan',
      message: expect.stringMatching(/\(a plain yes or no is needed\)\.$/),
    });
  });

  it('an empty placement notification lists every item in the procedure order, with a summary for the reply', () => {
    const result = invalid({ kind: 'placement-start' });
    expect(result.problems.map((p) => p.item)).toEqual([1, 2, 3, 3, 4]);
    expect(result.summary.split('\n')[0]).toBe("The notification of a looked after child's placement in Luton is incomplete or unclear:");
    expect(result.summary.split('\n')).toHaveLength(6);
  });

  it('change of address: the new address and date are asked for on the record-update basis', () => {
    const result = invalid(without(completeChangeOfAddress, 'newAddress', 'effectiveDate'));
    expect(result.problems.map((p) => [p.item, p.field, p.basis])).toEqual([
      [null, 'newAddress', 'record-update'],
      [null, 'effectiveDate', 'record-update'],
    ]);
    expect(result.problems[0]!.citation.section).toBe('Change of address and leaving placement');
  });

  it('leaving placement: the date left and the placing authority are needed', () => {
    const result = invalid({ kind: 'leaving-placement', child: completeLeavingPlacement.child, leftOn: '2026-13-01' });
    expect(result.problems.map((p) => p.field)).toEqual(['placingAuthority', 'leftOn']);
  });
});

describe('validatePlacementNotification: long values', () => {
  it('answers quickly for a very long dotted email or phone value that is not valid (no regular-expression blow-up)', () => {
    // Just within the longest text any input may hold (inputLimits.textLength, 100,000 characters).
    const email = 'a@' + 'a.'.repeat(49_990) + ' ';
    const phone = '1 '.repeat(49_990) + 'x';
    const started = performance.now();
    const result = invalid({ ...completePlacementStart, placingAuthority: { name: 'Exampleshire County Council', email, phone } });
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.problems.map((p) => p.field)).toEqual(['placingAuthority.phone', 'placingAuthority.email']);
  });

  it('still accepts ordinary addresses and rejects ones without a dotted domain', () => {
    const withEmail = (email: string) => validatePlacementNotification({ ...completePlacementStart, placingAuthority: { name: 'X Council', email } }).valid;
    expect(withEmail('first.last@sub.example.gov.uk')).toBe(true);
    expect(withEmail('lac+placements@example.org')).toBe(true);
    for (const bad of ['a@b', 'a@b.', 'a@.b', 'a@b..c', 'a b@c.d', '@c.d']) expect(withEmail(bad), bad).toBe(false);
  });
});

describe('validatePlacementNotification: input that is not a notification', () => {
  it.each([
    ['a string', 'placement'],
    ['null', null],
    ['an array', []],
    ['an object without kind', { child: { name: 'A' } }],
    ['an unknown kind', { kind: 'respite' }],
    ['a malformed receivedOn', { ...completePlacementStart, receivedOn: '02/03/2026' }],
  ])('%s throws SafeguardingInputError naming the notification', (_label, input) => {
    let error: unknown;
    try {
      validatePlacementNotification(input as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SafeguardingInputError);
    expect((error as SafeguardingInputError).issues[0]!.path[0]).toBe('notification');
  });
});

describe('validatePlacementNotification: properties', () => {
  // Each field is usually valid and sometimes broken, so both valid and
  // invalid notifications are generated often.
  const mostly = <T>(good: T, ...bad: unknown[]) =>
    fc.oneof({ weight: 4 * bad.length, arbitrary: fc.constant<unknown>(good) }, ...bad.map((b) => ({ weight: 1, arbitrary: fc.constant<unknown>(b) })));
  const text = (good: string) => mostly(good, undefined, '', '  ', 42, null);
  const contact = fc.record({
    name: text('Sam Zed-Quorum'),
    phone: mostly('01234 567890', undefined, '12', '', 'call me'),
    email: mostly<unknown>(undefined, 'a@b.org', 'a@b', ''),
    postalAddress: mostly<unknown>(undefined, 'Civic Centre', '  ', 7),
  });
  const placementStart = fc.record({
    kind: fc.constant('placement-start'),
    child: mostly(undefined, 'Alex').chain((broken) =>
      broken === undefined ? fc.record({ name: text('Alex Zed-Quorum'), dateOfBirth: mostly('2014-05-17', undefined, '2014-02-30', 'yesterday', 20140517) }) : fc.constant(broken),
    ),
    legalStatus: mostly('care-order', undefined, 'other', 3),
    placingAuthority: mostly(undefined, null).chain((broken) => (broken === undefined ? contact : fc.constant(broken))),
    independentReviewingOfficer: contact,
    specialEducationalNeeds: fc.record({ hasStatementOrEhcPlan: mostly(true, false, 'yes'), maintainingAuthority: text('Exampleshire') }),
  });
  const dropUndefined = (doc: Record<string, unknown>): unknown => JSON.parse(JSON.stringify(doc));

  it('generates both valid and invalid notifications', () => {
    // About one generated notification in twenty is valid: a fixed seed keeps this check of the generator from failing by chance.
    const sample = fc.sample(placementStart, { numRuns: 1000, seed: 20261203 }).map((d) => validatePlacementNotification(dropUndefined(d) as never).valid);
    expect(sample.filter(Boolean).length).toBeGreaterThan(10);
    expect(sample.filter((v) => !v).length).toBeGreaterThan(10);
  });

  it('a notification is valid exactly when it matches the published schema', () => {
    fc.assert(
      fc.property(placementStart, (generated) => {
        const doc = dropUndefined(generated);
        const result = validatePlacementNotification(doc as never);
        expect(result.valid).toBe(PlacementNotificationSchema.safeParse(doc).success);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary values in any field, for every kind: always an answer (never an exception), valid exactly when the schema accepts it', () => {
    const anyText = fc.oneof(fc.string(), fc.constantFrom('', '  ', 'Name', '01234 567890', 'a@b.co', '2026-02-30', '2014-05-17'), fc.anything());
    const anyContact = fc.oneof(fc.record({ name: anyText, phone: anyText, email: anyText, postalAddress: anyText }, { requiredKeys: [] }), fc.anything());
    const anyDoc = fc.record(
      {
        kind: fc.constantFrom('placement-start', 'change-of-address', 'leaving-placement'),
        receivedOn: fc.constantFrom('2026-03-02', '2000-01-01'),
        child: fc.oneof(fc.record({ name: anyText, dateOfBirth: anyText }, { requiredKeys: [] }), fc.anything()),
        legalStatus: fc.oneof(fc.constantFrom('section-20', 'care-order', 'supervision-order', 'other'), fc.anything()),
        placingAuthority: anyContact,
        independentReviewingOfficer: anyContact,
        specialEducationalNeeds: fc.oneof(
          fc.record({ hasStatementOrEhcPlan: fc.oneof(fc.boolean(), fc.anything()), maintainingAuthority: anyText }, { requiredKeys: [] }),
          fc.anything(),
        ),
        newAddress: anyText,
        effectiveDate: anyText,
        leftOn: anyText,
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(anyDoc, (doc) => {
        // An item that is an object with keys the procedure does not ask for is refused as an unknown key, like any decision's.
        const items: Record<string, readonly string[]> = {
          child: ['name', 'dateOfBirth'],
          placingAuthority: ['name', 'phone', 'email', 'postalAddress'],
          independentReviewingOfficer: ['name', 'phone', 'email', 'postalAddress'],
          specialEducationalNeeds: ['hasStatementOrEhcPlan', 'maintainingAuthority'],
        };
        const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
        const fields = doc as Record<string, unknown>;
        const unknownKeys = Object.entries(items).some(([field, known]) => {
          const item = fields[field];
          return plain(item) && Object.keys(item).some((k) => !known.includes(k));
        });
        if (unknownKeys) {
          expect(() => validatePlacementNotification(doc)).toThrow(/unknown key/);
          return;
        }
        const result = validatePlacementNotification(doc);
        expect(result.valid).toBe(PlacementNotificationSchema.safeParse(doc).success);
        if (!result.valid) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('problem messages never repeat the child’s name or contact values', () => {
    fc.assert(
      fc.property(placementStart, (generated) => {
        const result = validatePlacementNotification(dropUndefined(generated) as never);
        if (result.valid) return;
        for (const p of result.problems) {
          expect(p.message).not.toContain('Zed-Quorum');
          expect(p.message).not.toContain('call me');
          expect(p.message).not.toContain('a@b');
          expect([1, 2, 3, 4]).toContain(p.item);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('validatePlacementNotification: a named child is never left off the register', () => {
  it('gives the register and referral steps whenever the child has a usable name, whatever else is missing or unusable', () => {
    const badDates = fc.oneof(fc.constant(undefined), fc.constant('1st Jan 2012'), fc.constant('2012-02-30'), fc.constant('2030-01-01'), fc.integer());
    fc.assert(
      fc.property(badDates, fc.boolean(), fc.boolean(), (dateOfBirth, dropAuthority, dropSen) => {
        const doc: Record<string, unknown> = { ...completePlacementStart, receivedOn: '2026-06-01', child: { name: completePlacementStart.child.name, ...(dateOfBirth === undefined ? {} : { dateOfBirth }) } };
        if (dropAuthority) delete doc.placingAuthority;
        if (dropSen) delete doc.specialEducationalNeeds;
        const result = validatePlacementNotification(doc as never);
        expect(result.valid).toBe(false);
        const ids = result.actions.map((a) => a.id);
        for (const step of ['complete-register', 'refer-to-referral-and-assessment', 'refer-to-virtual-school', 'enter-on-electronic-record']) {
          expect(ids).toContain(`placement-notification.action.${step}`);
        }
        expect(result.interpretations.map((i) => i.id)).toContain('placement-notification.interpretation.incomplete-notification-still-registered');
      }),
      { numRuns: 60 },
    );
  });

  it('gives only the reply, with the reading that decides it, when the child has no usable name', () => {
    const result = validatePlacementNotification({ ...completePlacementStart, child: { dateOfBirth: completePlacementStart.child.dateOfBirth } } as never);
    expect(result.actions.map((a) => a.id)).toEqual(['placement-notification.action.reply-to-placing-authority']);
    expect(result.interpretations.map((i) => i.id)).toContain('placement-notification.interpretation.incomplete-notification-still-registered');
  });
});
