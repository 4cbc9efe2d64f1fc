/**
 * Citations of the threshold document used by more than one need-level rule.
 * Printed page numbers are given where the extracted text shows the page
 * footer; elsewhere the section heading locates the passage.
 */
import type { Citation } from '../../schemas/citation.js';
import { deepFreeze } from '../deep-freeze.js';

const doc = 'luton-effective-support-2021' as const;

export const luton = deepFreeze({
  judgement: { document: doc, section: 'Multi Agency Guidance: Working in partnership to help (criteria neither exhaustive nor weighted)' },
  categories: { document: doc, section: 'Categories of need and help (table)' },
  referralForm: { document: doc, section: 'Access to services — Additional (the Luton referral form and its consent section)' },
  accessAdditional: { document: doc, section: 'Access to services — Additional' },
  accessIntensive: { document: doc, section: 'Access to services — Intensive' },
  accessSpecialist: { document: doc, section: 'Access to services — Specialist' },
  mashScreening: { document: doc, section: 'What happens to a request for Specialist support', page: 19 },
  assessmentOutcomes: { document: doc, section: 'What happens to a request for Specialist support (single assessment and section 47 outcomes)', page: 20 },
  fgmDuty: { document: doc, section: 'Children in special circumstances — Safeguarding children at risk of abuse through FGM (Mandatory Reporting of FGM Duty)', page: 26 },
  atAGlance: { document: doc, section: 'Effective Support at a Glance — Indicators of possible need' },
  glanceIntensive: { document: doc, section: 'Effective Support at a Glance — Intensive (introduction: "a number of these indicators")', page: 35 },
  significantHarm: { document: doc, section: 'Access to services — Specialist (what constitutes significant harm)', page: 18 },
  consultWhenUnsure: { document: doc, section: 'Access to services — Specialist (where there is doubt about the most appropriate response)' },
  familyPartnershipService: { document: doc, section: 'Access to services — Intensive (the difficulties the Family Partnership Service supports)' },
  privateFostering: { document: doc, section: 'Children in special circumstances — Private fostering', page: 29 },
  forcedMarriage: { document: doc, section: 'Children in special circumstances — Forced Marriage', page: 31 },
  exploitation: { document: doc, section: 'Children in special circumstances — Children at risk of sexual exploitation or who have been exploited', page: 25 },
  otherIndicators: { document: doc, section: 'Effective Support at a Glance — Specialist — Other indicators', page: 36 },
  noOneToCare: { document: doc, section: 'Effective Support at a Glance — Specialist — Emotional warmth and stability', page: 36 },
  radicalisation: { document: doc, section: 'Children in special circumstances — Children at risk of radicalisation and exposure to extremist ideology', page: 28 },
  missing: { document: doc, section: 'Children in special circumstances — Children who go missing from care, home and education', page: 24 },
  youngCarers: { document: doc, section: 'Children in special circumstances — Young carers', page: 22 },
  fgm: { document: doc, section: 'Children in special circumstances — Safeguarding children at risk of abuse through female genital mutilation (FGM)', page: 26 },
  childInNeedVoluntary: { document: doc, section: 'Access to services — Specialist (children in need: engagement is voluntary, parents may refuse)', page: 18 },
  triageNotRetained: { document: doc, section: 'What happens to a request for Specialist support (a Triage Step without consent that does not meet the Intensive threshold is not retained)', page: 19 },
  informationSharing: { document: doc, section: 'Advice and consultation (consent is not needed to share information for safeguarding)' },
  consultBeforeReferral: { document: doc, section: 'Access to services — Specialist (the referrer can discuss concerns with a MASH social worker before a referral)', page: 18 },
} satisfies Record<string, Citation>);

export const workingTogether = deepFreeze({
  universal: { document: 'working-together-2026', section: 'Chapter 3, Section 1: Universal services and community-based early help, paragraphs 126–127' },
  familyHelp: { document: 'working-together-2026', section: 'Chapter 3, Section 2: Family Help, paragraphs 134–135' },
  section17: { document: 'working-together-2026', section: 'Chapter 3, paragraph 151 and the definition of a child in need (section 17, Children Act 1989)' },
  section47: { document: 'working-together-2026', section: 'Chapter 3, paragraph 151 and the section 47 duty (Children Act 1989)' },
  section20: { document: 'working-together-2026', section: 'Chapter 3, Statutory requirements for children in need (section 20 duty to accommodate, Children Act 1989)' },
  youngCarers: { document: 'working-together-2026', section: "Chapter 3, paragraph 214 (young carers' needs assessment, section 17ZA Children Act 1989)" },
  extraFamilialHarm: { document: 'working-together-2026', section: 'Chapter 3, paragraph 216 (extra-familial harm: child criminal exploitation such as county lines)' },
  designatedOfficer: { document: 'working-together-2026', section: 'Chapter 4, paragraph 264 (allegations against people who work with children: the designated officer within one working day)' },
  childDefinition: { document: 'working-together-2026', section: 'Introduction (a child is anyone who has not yet reached their 18th birthday)' },
  unborn: { document: 'working-together-2026', section: 'Chapter 3, paragraphs 207–208 (unborn children: pre-birth assessment, prompt action where significant harm is likely at birth)' },
  consentRefused: { document: 'working-together-2026', section: 'Chapter 3, paragraph 146 (a family that does not consent: understand why; refer at once where significant harm is suspected)' },
  immediateProtection: { document: 'working-together-2026', section: 'Chapter 3, paragraph 168 (children in need of immediate protection: the local authority, the police or the NSPCC act)' },
  honourBasedAbuse: { document: 'working-together-2026', section: "Chapter 1, paragraph 19 and Appendix A ('honour'-based abuse, including forced marriage and FGM)" },
  privateFostering: { document: 'working-together-2026', section: 'Chapter 3, paragraph 141, footnote 67 (private fostering: under 16, or under 18 if disabled, 28 days or more)' },
  adultSafeguarding: { document: 'working-together-2026', section: 'Chapter 2, paragraph 48 (Adult Safeguarding Boards) and Introduction (a child is anyone under 18)' },
} satisfies Record<string, Citation>);
