/** The roles the Need to Know guidance names, spelled as the source spells them. */
export const roles = {
  teamManager: 'Team Manager',
  serviceManager: 'Service Manager',
  teamAndServiceManagers: 'Team Manager and Service Manager',
  lado: 'Local Authority Designated Officer (LADO)',
  serviceDirector: 'Service Director, Operations, Statutory Social Work and Early Help & Prevention',
  dmt: 'Children, Families & Education DMT',
  headOfService: 'Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement',
  practitioner: 'Social Worker, Leaving Care Personal Adviser, or Residential/Fostering Officer or Manager',
  anyRecipient: 'Any recipient of the notification',
  localAuthority: 'The local authority',
} as const;

/** Where completed notifications are sent. */
export const needToKnowInbox = 'LBCLutonNeedtoKnow@luton.gov.uk';
