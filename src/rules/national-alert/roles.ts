/** The roles the national alert procedure names, spelled as the source spells them. */
export const roles = {
  socialWorker: 'Social Worker',
  serviceManager: 'Service Manager',
  headOfService: 'Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement',
  managementInformation: 'Management Information',
  familySafeguardingServiceManager: 'Family Safeguarding Service Manager',
  otherAuthorityLeadOfficers: 'Other Local Authority Lead Officers for Child Protection',
  designatedOfficer: 'Designated Officer',
} as const;
