/**
 * Example notifications used by the tests here and by the JSON Schema test:
 * complete notifications of each kind, as a placing authority would send them.
 */
export const completePlacementStart = {
  kind: 'placement-start',
  receivedOn: '2026-03-02',
  child: { name: 'Alex Example', dateOfBirth: '2014-05-17' },
  legalStatus: 'care-order',
  placingAuthority: { name: 'Exampleshire County Council', email: 'lac.placements@exampleshire.gov.uk', phone: '01234 567890' },
  independentReviewingOfficer: { name: 'Sam Reviewer', phone: '+44 1234 567891' },
  specialEducationalNeeds: { hasStatementOrEhcPlan: true, maintainingAuthority: 'Exampleshire County Council' },
} as const;

export const placementStartNoSen = {
  kind: 'placement-start',
  child: { name: 'Jo Example', dateOfBirth: '2010-01-31' },
  legalStatus: 'section-20',
  placingAuthority: { name: 'Another Borough Council', postalAddress: 'Civic Centre, Another Town' },
  independentReviewingOfficer: { name: 'Pat Officer', email: 'iro@another.gov.uk' },
  specialEducationalNeeds: { hasStatementOrEhcPlan: false },
} as const;

export const completeChangeOfAddress = {
  kind: 'change-of-address',
  child: { name: 'Alex Example', dateOfBirth: '2014-05-17' },
  placingAuthority: { name: 'Exampleshire County Council' },
  newAddress: '1 New Street, Luton',
  effectiveDate: '2026-04-10',
} as const;

export const completeLeavingPlacement = {
  kind: 'leaving-placement',
  child: { name: 'Alex Example', dateOfBirth: '2014-05-17' },
  placingAuthority: { name: 'Exampleshire County Council' },
  leftOn: '2026-06-30',
} as const;

export const validPlacementNotifications = [completePlacementStart, placementStartNoSen, completeChangeOfAddress, completeLeavingPlacement];
