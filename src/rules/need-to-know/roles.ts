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
  managersInReceipt: 'Director of Children’s Services, Service Director, or any manager in receipt of the notification',
  localAuthority: 'The local authority',
  administrativeSupport: 'Administrative support to the Service Director, Operations, Statutory Social Work and Early Help & Prevention',
  socialWorker: 'Social Worker',
  /** Working Together's owner of the serious incident notification decision. */
  safeguardingPartners: 'The three safeguarding partners (the local authority notifies the Panel)',
  /** Steps the guidance sets without naming who does them: the library's suggestion, said as such. */
  unnamedServiceManager: 'The source names no role; Luton practice: Service Manager',
  unnamedTeamAndServiceManagers: 'The source names no role; Luton practice: Team Manager and Service Manager',
  unnamedTeamManager: 'The source names no role; Luton practice: Team Manager',
} as const;

/** Where completed notifications are sent. */
export const needToKnowInbox = 'LBCLutonNeedtoKnow@luton.gov.uk';
