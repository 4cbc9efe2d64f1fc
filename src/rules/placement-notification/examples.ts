/**
 * Worked examples of the placement notification check, each a notification
 * as a placing authority might send it and what Luton gets back: whether it
 * is complete, the steps that follow, and any warning. They run as tests
 * and are printed in docs/placement-notifications.md, so the page cannot
 * drift from what the check does.
 */

/** One worked example: a notification and what the check must make of it. */
export interface PlacementExample {
  /** A sentence naming the case. */
  name: string;
  /** The notification, as `validatePlacementNotification` takes it. */
  input: Record<string, unknown>;
  expect: {
    valid: boolean;
    /** Fields with a problem, in order. */
    problemFields?: string[];
    /** Action ids the result must list (`include`) or must not list (`exclude`). */
    actions?: { include?: string[]; exclude?: string[] };
    /** Warning codes the result must (`include`) or must not (`exclude`) give. */
    warnings?: { include?: string[]; exclude?: string[] };
    /** Interpretation ids the result must return. */
    interpretations?: string[];
  };
}

const child = { name: 'Alex Example', dateOfBirth: '2014-05-17' };
const placingAuthority = { name: 'Exampleshire County Council', email: 'lac.placements@exampleshire.gov.uk' };
const independentReviewingOfficer = { name: 'Sam Reviewer', phone: '01234 567891' };
const start = {
  kind: 'placement-start',
  receivedOn: '2026-03-02',
  child,
  legalStatus: 'care-order',
  placingAuthority,
  independentReviewingOfficer,
  specialEducationalNeeds: { hasStatementOrEhcPlan: false },
};
const { independentReviewingOfficer: _iro, ...startWithoutReviewingOfficer } = start;
const registerSteps = [
  'placement-notification.action.complete-register',
  'placement-notification.action.refer-to-referral-and-assessment',
  'placement-notification.action.refer-to-virtual-school',
  'placement-notification.action.enter-on-electronic-record',
];
const updateSteps = [
  'placement-notification.action.update-register',
  'placement-notification.action.refer-to-referral-and-assessment',
  'placement-notification.action.refer-to-virtual-school',
  'placement-notification.action.update-electronic-record',
];

export const placementExamples: readonly PlacementExample[] = [
  {
    name: 'A complete notification of a child on a care order placed in Luton: the register, both referrals and the electronic record follow',
    input: start,
    expect: { valid: true, actions: { include: registerSteps, exclude: ['placement-notification.action.reply-to-placing-authority'] } },
  },
  {
    name: 'A child on an interim care order: accepted as a care order, and the reading is returned',
    input: { ...start, legalStatus: 'interim-care-order' },
    expect: { valid: true, interpretations: ['placement-notification.interpretation.legal-statuses-beyond-item-2'] },
  },
  {
    name: 'A child placed under a placement order: the placing authority can say so',
    input: { ...start, legalStatus: 'placement-order' },
    expect: { valid: true, interpretations: ['placement-notification.interpretation.legal-statuses-beyond-item-2'] },
  },
  {
    name: 'A young person remanded to local authority accommodation: the placing authority can say so',
    input: { ...start, legalStatus: 'remand' },
    expect: { valid: true, interpretations: ['placement-notification.interpretation.legal-statuses-beyond-item-2'] },
  },
  {
    name: 'A legal status Luton cannot record: the reply names the statuses that can be given',
    input: { ...start, legalStatus: 'special guardianship' },
    expect: { valid: false, problemFields: ['legalStatus'], actions: { include: ['placement-notification.action.reply-to-placing-authority', ...registerSteps] } },
  },
  {
    name: "The IRO's contact details are missing: the reply asks for them, and the child still goes on the register and to the virtual school",
    input: startWithoutReviewingOfficer,
    expect: {
      valid: false,
      problemFields: ['independentReviewingOfficer'],
      actions: { include: ['placement-notification.action.reply-to-placing-authority', ...registerSteps] },
      interpretations: ['placement-notification.interpretation.incomplete-notification-still-registered'],
    },
  },
  {
    name: "The child's name is missing: the reply asks for it, and nothing can be registered until it comes",
    input: { ...start, child: { dateOfBirth: '2014-05-17' } },
    expect: { valid: false, problemFields: ['child.name'], actions: { include: ['placement-notification.action.reply-to-placing-authority'], exclude: registerSteps } },
  },
  {
    name: 'A move to a new address in Luton: the register, referrals and electronic record are updated',
    input: { kind: 'change-of-address', child, placingAuthority: { name: placingAuthority.name }, newAddress: '1 New Street, Luton LU2 7AB', effectiveDate: '2026-04-10' },
    expect: {
      valid: true,
      actions: { include: updateSteps },
      warnings: { exclude: ['placement-notification.warning.new-address-not-in-luton'] },
      interpretations: ['placement-notification.interpretation.follow-on-steps-for-every-kind'],
    },
  },
  {
    name: 'A "change of address" to Manchester: flagged as in effect leaving the placement in Luton, to be confirmed',
    input: { kind: 'change-of-address', child, placingAuthority: { name: placingAuthority.name }, newAddress: '5 High St, Manchester', effectiveDate: '2026-04-10' },
    expect: {
      valid: true,
      actions: { include: ['placement-notification.action.confirm-move-out-of-luton'] },
      warnings: { include: ['placement-notification.warning.new-address-not-in-luton'] },
      interpretations: ['placement-notification.interpretation.move-out-of-luton'],
    },
  },
  {
    name: 'A move to Dunstable (LU5), outside the borough though the street is called Luton Road: flagged',
    input: { kind: 'change-of-address', child, placingAuthority: { name: placingAuthority.name }, newAddress: '3 Luton Road, Dunstable LU5 4AB', effectiveDate: '2026-04-10' },
    expect: { valid: true, warnings: { include: ['placement-notification.warning.new-address-not-in-luton'] } },
  },
  {
    name: 'A move to Caddington: an LU1 postcode, but Central Bedfordshire, outside the borough: flagged',
    input: { kind: 'change-of-address', child, placingAuthority: { name: placingAuthority.name }, newAddress: '2 Mill Lane, Caddington, LU1 4AB', effectiveDate: '2026-04-10' },
    expect: { valid: true, warnings: { include: ['placement-notification.warning.new-address-not-in-luton'] }, interpretations: ['placement-notification.interpretation.move-out-of-luton'] },
  },
  {
    name: 'A legal status written as "S.20 CA 1989" (the section and the Act): read as section 20, with a warning to check it, not asked for again',
    input: { ...start, legalStatus: 'S.20 CA 1989' },
    expect: { valid: true, warnings: { include: ['placement-notification.warning.legal-status-read-from-words'] } },
  },
  {
    name: 'A legal status written as "Care Order": read as a care order, with a warning to check it, not refused',
    input: { ...start, legalStatus: 'Care Order' },
    expect: {
      valid: true,
      warnings: { include: ['placement-notification.warning.legal-status-read-from-words'] },
      interpretations: ['placement-notification.interpretation.legal-status-spelling', 'placement-notification.interpretation.sen-statement-includes-ehc-plan'],
    },
  },
  {
    name: "A child said to have left the placement six years before they were born: refused as impossible",
    input: { kind: 'leaving-placement', child, placingAuthority: { name: placingAuthority.name }, leftOn: '2008-05-17' },
    expect: { valid: false, problemFields: ['leftOn'] },
  },
  {
    name: 'A child leaving the placement in Luton: the register, referrals and electronic record are told',
    input: { kind: 'leaving-placement', receivedOn: '2026-07-01', child, placingAuthority: { name: placingAuthority.name }, leftOn: '2026-06-30' },
    expect: { valid: true, actions: { include: updateSteps }, warnings: { exclude: ['placement-notification.warning.date-after-received'] } },
  },
  {
    name: 'A leaving date after the notification arrived: accepted as a planned date, to be confirmed when it comes',
    input: { kind: 'leaving-placement', receivedOn: '2026-06-01', child, placingAuthority: { name: placingAuthority.name }, leftOn: '2026-06-30' },
    expect: { valid: true, warnings: { include: ['placement-notification.warning.date-after-received'] } },
  },
  {
    name: 'A placement of a young person who was 19 when the notification arrived: accepted and registered, with a warning to check the date of birth and whether the young person is a care leaver',
    input: { ...start, child: { name: 'Robin Example', dateOfBirth: '2007-01-10' } },
    expect: { valid: true, actions: { include: ['placement-notification.action.complete-register'] }, warnings: { include: ['placement-notification.warning.eighteen-or-over'] } },
  },
  {
    name: 'A young person leaving the placement the day before their 18th birthday: no age warning',
    input: { kind: 'leaving-placement', receivedOn: '2026-07-01', child: { name: 'Robin Example', dateOfBirth: '2008-06-30' }, placingAuthority: { name: placingAuthority.name }, leftOn: '2026-06-29' },
    expect: { valid: true, warnings: { exclude: ['placement-notification.warning.eighteen-or-over'] } },
  },
];
