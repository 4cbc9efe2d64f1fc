/**
 * 'Children in special circumstances' of Luton's threshold document
 * (luton-effective-support-2021, printed pages 21–32): the groups of children
 * for whom the document sets out who must be told and what must be done, on
 * top of the level of need. Need indicators that clearly relate to one of them
 * carry its id in `specialCircumstances`, and the classification turns the
 * duties below into the actions that follow.
 *
 * Printed pages: the extracted text shows footers for pages 20 and 26 only;
 * the other pages are counted from the page breaks of the extraction (each
 * section of this part starts a new page), which also lands the last page,
 * Appendix 1, on page 37 of 37.
 */
import type { Citation } from '../../schemas/citation.js';
import { deepFreeze } from '../deep-freeze.js';
import type { NeedLevel } from './need-levels.js';

/** The id of one of the threshold document's children in special circumstances (see `specialCircumstances`). */
export type SpecialCircumstance =
  | 'send'
  | 'young-carers'
  | 'youth-justice'
  | 'missing'
  | 'exploitation'
  | 'fgm'
  | 'radicalisation'
  | 'private-fostering'
  | 'forced-marriage';

/** Who the document tells professionals to contact. */
export type SpecialCircumstanceContact = 'mash' | 'police' | 'allocated-social-worker' | 'prevent-lead';

/** One thing the document says must or should happen, and who does it (the shape of a decision `Action`, without a due date). */
export interface SpecialCircumstanceDuty {
  /** Stable id, `need-level.special-circumstance.<circumstance>.<duty>`. */
  id: string;
  /** What to do, in plain English. */
  description: string;
  /** Who does it, as the document names the role. */
  role: string;
  /** True when the duty is set by statute (not only local guidance). */
  statutory: boolean;
  citation: Citation;
  /**
   * The lowest level at which a classification gives the duty (e.g. only
   * where a referral to children's social care is made); every level when
   * left out.
   */
  fromLevel?: NeedLevel;
  /**
   * Given for every child whose need reaches `fromLevel`, whatever the
   * indicators recorded (e.g. "consider whether the child is a young carer"
   * on every referral to children's social care), not only for those whose
   * indicators touch this circumstance.
   */
  everyChild?: true;
  /**
   * The rule that decides when the duty applies (e.g. only for a looked after
   * child): a classification gives the duty when that rule applies, whatever
   * indicators were recorded, and not otherwise.
   */
  ruleId?: string;
}

/**
 * One of the threshold document's 'children in special circumstances' (SEND,
 * young carers, missing children, FGM, private fostering, ...), as listed in
 * `specialCircumstances`: who to contact and the duties that apply on top of
 * the level of need. Indicators name them in `specialCircumstances`, and
 * `classifyNeed` turns their duties into actions.
 */
export interface SpecialCircumstanceInfo {
  /** Stable id, e.g. `fgm`, `private-fostering`. */
  id: SpecialCircumstance;
  /** The group's name, in the library's words. */
  label: string;
  /** What the document says about this group, in a sentence or two of the library's own words. */
  summary: string;
  /** Who to contact when there is a concern; empty when the document names no contact point. */
  contacts: SpecialCircumstanceContact[];
  /** What must or should happen, and who does it. */
  duties: SpecialCircumstanceDuty[];
  /** The section of the threshold document about this group. */
  citation: Citation;
}

const document = 'luton-effective-support-2021';
const cite = (heading: string, page: number): Citation => ({
  document,
  section: `Children in special circumstances — ${heading}`,
  page,
});

const sendCitation = cite('Children with special educational needs and/or disabilities (SEND)', 21);
const youngCarersCitation = cite('Young carers', 22);
const youthJusticeCitation = cite('Children involved in the youth justice system and serious youth violence', 23);
const missingCitation = cite('Children who go missing from care, home and education', 24);
const exploitationCitation = cite('Children at risk of sexual exploitation or who have been exploited', 25);
const fgmCitation = cite('Safeguarding children at risk of abuse through female genital mutilation (FGM)', 26);
const radicalisationCitation = cite('Children at risk of radicalisation and exposure to extremist ideology', 28);
const privateFosteringCitation = cite('Private fostering', 29);
const forcedMarriageCitation = cite('Forced Marriage', 31);

/**
 * Every special circumstance of Luton's threshold document, in the
 * document's order, with its contacts and duties. Frozen: read it to show the
 * duties for a group, or look one up with `specialCircumstanceById`.
 *
 * @example
 * specialCircumstances.map((c) => c.id).includes('private-fostering') // true
 */
export const specialCircumstances: readonly SpecialCircumstanceInfo[] = deepFreeze<SpecialCircumstanceInfo[]>([
  {
    id: 'send',
    label: 'Special educational needs and/or disabilities (SEND)',
    summary:
      "The setting's SENCO or inclusion manager co-ordinates support; children and young people aged 0–25 with severe and complex special educational needs can have a statutory education, health and care (EHC) needs assessment, which decides whether an EHC plan is needed. Safeguarding referrals about disabled children follow the same route as any other.",
    contacts: ['mash', 'allocated-social-worker'],
    duties: [
      {
        id: 'need-level.special-circumstance.send.contact-mash',
        description:
          "Contact the MASH about any concern for a disabled child's or a child with SEN's safety or welfare, as for any other child.",
        role: 'Any professional with a concern',
        statutory: false,
        citation: sendCitation,
        fromLevel: 'intensive',
      },
      {
        id: 'need-level.special-circumstance.send.inform-allocated-worker',
        description:
          'Where the child already has an allocated social worker in the children with disability service, pass the information to that worker and the service manager straight away.',
        role: 'MASH',
        statutory: false,
        citation: sendCitation,
        fromLevel: 'intensive',
      },
    ],
    citation: sendCitation,
  },
  {
    id: 'young-carers',
    label: 'Young carers',
    summary:
      'Children who care daily for a family member who is disabled, long-term ill or misusing drugs or alcohol are often hidden; their health, education and social life can suffer. Assessment looks at why the child is caring and what must change so the caring is not excessive or inappropriate.',
    contacts: ['mash'],
    duties: [
      {
        id: 'need-level.special-circumstance.young-carers.consider-on-referral',
        description: "Whenever a referral is made to children's social care, consider whether the child is a young carer.",
        role: "Referrer and children's social care",
        statutory: false,
        citation: youngCarersCitation,
        fromLevel: 'specialist',
        everyChild: true,
      },
      {
        id: 'need-level.special-circumstance.young-carers.needs-assessment',
        description:
          "Where a young carer may have support needs, or the young carer or a parent asks, the local authority must carry out a young carer's needs assessment (section 17ZA Children Act 1989), looking at the whole family and at whether the caring is appropriate or excessive.",
        role: "Local authority (children's social care)",
        statutory: true,
        citation: { document: 'working-together-2026', section: "Chapter 3, paragraph 214 (young carers' needs assessment, section 17ZA Children Act 1989)" },
        fromLevel: 'specialist',
      },
      {
        id: 'need-level.special-circumstance.young-carers.refer-to-mash',
        description: "Refer to the MASH when there are immediate concerns for a young carer's safety or wellbeing.",
        role: 'Any professional with a concern',
        statutory: false,
        citation: youngCarersCitation,
      },
    ],
    citation: youngCarersCitation,
  },
  {
    id: 'youth-justice',
    label: 'Youth justice and serious youth violence',
    summary:
      "Children in the youth justice system are known to the youth offending and targeted youth service, which assesses their safety, welfare and education and checks whether children's social care knows them. Youth violence may be gang-related or individual; the local gang activity and serious youth violence guidance applies.",
    contacts: ['mash'],
    duties: [
      {
        id: 'need-level.special-circumstance.youth-justice.refer-abuse-to-mash',
        description:
          "Refer the child to children's social care through the MASH when abuse or neglect, or a risk of (further) harm, becomes known or is suspected.",
        role: 'Youth offending and targeted youth service',
        statutory: false,
        citation: youthJusticeCitation,
      },
    ],
    citation: youthJusticeCitation,
  },
  {
    id: 'missing',
    label: 'Missing from care, home or education',
    summary:
      'Any child who goes missing, even briefly, can be at risk of significant harm, often of sexual or criminal exploitation. A looked after child who is missing gets the highest child protection priority from social care and the police. Absence from school (and running away, a warning sign of forced marriage) may hide a planned forced marriage or FGM. The looked after priority is given when the child is looked after.',
    contacts: ['mash', 'police'],
    duties: [
      {
        id: 'need-level.special-circumstance.missing.discuss-with-mash',
        description:
          'Discuss a concern about a child missing from school, care or education with the MASH, which advises and takes the referral forward.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: missingCitation,
      },
      {
        id: 'need-level.special-circumstance.missing.looked-after-priority',
        description: 'Treat a missing looked after child as the highest child protection priority.',
        role: "Children's social care and the police",
        statutory: false,
        citation: missingCitation,
        ruleId: 'need-level.duty.missing-looked-after',
      },
      {
        id: 'need-level.special-circumstance.missing.consider-forced-marriage-and-fgm',
        description:
          'Consider whether a potential forced marriage or planned FGM lies behind the child’s absence from school or running away (both are warning signs of forced marriage); if so, record it and refer to the MASH without telling the family first.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: missingCitation,
        ruleId: 'need-level.duty.missing-forced-marriage-fgm',
      },
    ],
    citation: missingCitation,
  },
  {
    id: 'exploitation',
    label: 'Child sexual or criminal exploitation',
    summary:
      'Exploitation trades sexual acts for a "reward"; it is linked to going missing, can happen online, and the child often does not see themselves as a victim. Concerns about sexual or criminal exploitation go at once to the MASH and the police.',
    contacts: ['mash', 'police'],
    duties: [
      {
        id: 'need-level.special-circumstance.exploitation.tell-mash-and-police',
        description: 'Speak to the MASH and the local police straight away about any concern of sexual or criminal exploitation.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: exploitationCitation,
      },
    ],
    citation: exploitationCitation,
  },
  {
    id: 'fgm',
    label: 'Female genital mutilation (FGM)',
    summary:
      'FGM is child abuse and amounts to significant harm; it is an offence under the Female Genital Mutilation Act 2003. Known cases in girls must be reported to the police personally by regulated health and social care professionals and teachers; every other concern follows child protection procedures.',
    contacts: ['police', 'mash'],
    duties: [
      {
        // The Luton text says "a girl"; the statutory duty (FGM Act 2003 s5B,
        // in force 31 October 2015) applies to girls under 18.
        id: 'need-level.special-circumstance.fgm.mandatory-report-to-police',
        description:
          'Report to the police personally when a girl under 18 tells you she has had FGM, or you see a physical sign that appears to show she has had FGM (the Mandatory Reporting of FGM Duty).',
        role: 'Regulated health and social care professionals and teachers',
        statutory: true,
        citation: fgmCitation,
      },
      {
        id: 'need-level.special-circumstance.fgm.do-not-inform-family',
        description:
          'Do not tell the family, or seek their agreement, before referring: FGM is honour-based abuse, in which telling the family can put the girl at greater risk. Refer to the MASH at once.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: fgmCitation,
      },
      {
        id: 'need-level.special-circumstance.fgm.child-protection-procedures',
        description:
          'Wherever FGM is suspected or a girl is thought to be at risk (and beside any police report under the mandatory duty), follow the child protection procedures: a referral to the MASH, as for any suspected significant harm.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: fgmCitation,
      },
    ],
    citation: fgmCitation,
  },
  {
    id: 'radicalisation',
    label: 'Radicalisation and extremist ideology',
    summary:
      'Children can be groomed into extremism online, by peers or by family, and rarely see themselves as victims. A child at risk of harm through involvement, or possible involvement, in extremist activity is referred to the MASH; immediate risk goes to the police. Prevent leads, local authority Prevent co-ordinators and police Prevent officers advise on cases (contact details from the MASH).',
    contacts: ['mash', 'police', 'prevent-lead'],
    duties: [
      {
        id: 'need-level.special-circumstance.radicalisation.refer-to-mash',
        description:
          'Refer a child at risk of harm through involvement, or possible involvement, in extremist activity to the MASH, which advises or acts according to the risk.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: radicalisationCitation,
      },
      {
        id: 'need-level.special-circumstance.radicalisation.immediate-risk-to-police',
        description: 'Report to the police straight away when the child is at immediate risk of harm.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: radicalisationCitation,
      },
      {
        id: 'need-level.special-circumstance.radicalisation.prevent-advice',
        description:
          'For advice on the case, ask the MASH for the contact details of the local Prevent lead, the local authority Prevent co-ordinator or a police Prevent officer.',
        role: 'Any professional with a concern',
        statutory: false,
        citation: radicalisationCitation,
      },
    ],
    citation: radicalisationCitation,
  },
  {
    id: 'private-fostering',
    label: 'Private fostering',
    summary:
      'A child under 16 (under 18 if disabled) cared for by someone who is not a parent or close relative, by private arrangement, for 28 days or more. The local authority must be told, must assess the arrangement and must visit the child regularly.',
    contacts: ['mash'],
    duties: [
      {
        id: 'need-level.special-circumstance.private-fostering.contact-mash',
        description: 'Contact the MASH directly on identifying a private fostering arrangement.',
        role: 'Any professional',
        statutory: false,
        citation: privateFosteringCitation,
        ruleId: 'need-level.situation.private-fostering',
      },
      {
        id: 'need-level.special-circumstance.private-fostering.notify-local-authority',
        description: 'Notify the local authority of an intended, current or emergency private fostering arrangement.',
        role: 'Private foster carers and those with parental responsibility',
        statutory: true,
        citation: privateFosteringCitation,
        ruleId: 'need-level.situation.private-fostering',
      },
      {
        id: 'need-level.special-circumstance.private-fostering.assess-and-visit',
        description:
          'Assess the suitability of the arrangement and visit the child (seen alone where appropriate) every six weeks in the first year and every twelve weeks after that.',
        role: 'Local authority (children\'s social care)',
        statutory: true,
        citation: { ...privateFosteringCitation, page: 30 },
        ruleId: 'need-level.situation.private-fostering',
      },
    ],
    citation: privateFosteringCitation,
  },
  {
    id: 'forced-marriage',
    label: 'Forced marriage',
    summary:
      'A marriage without free and full consent, under duress; distinct from an arranged marriage. Professionals may get only one chance to act. The document lists warning signs (e.g. long absences from school, worry about a family trip abroad, self-harm, always being accompanied, a direct disclosure); its table of categories of need places children at risk of forced marriage at the Specialist level.',
    contacts: [],
    duties: [
      {
        id: 'need-level.special-circumstance.forced-marriage.act',
        description: 'Act when a child is found to be in danger of a forced marriage; there may be only one chance.',
        role: 'All professionals in contact with young people',
        statutory: false,
        citation: forcedMarriageCitation,
      },
      {
        id: 'need-level.special-circumstance.forced-marriage.do-not-inform-family',
        description:
          'Do not tell the family, or seek their agreement, before referring: with only one chance to act, telling the family can put the child at greater risk. Refer to the MASH at once.',
        role: 'All professionals in contact with young people',
        statutory: false,
        citation: forcedMarriageCitation,
      },
      {
        id: 'need-level.special-circumstance.forced-marriage.practice-guidelines',
        description:
          'Refer to the Multi-Agency Practice Guidelines on forced marriage as soon as a case is suspected, and to the local forced marriage procedures.',
        role: 'All professionals in contact with young people',
        statutory: false,
        citation: { ...forcedMarriageCitation, page: 32 },
      },
    ],
    citation: forcedMarriageCitation,
  },
]);

const byId = new Map(specialCircumstances.map((c) => [c.id, c]));

/**
 * The catalogue entry for a special circumstance id, or undefined for an
 * unknown id (also for a value that is not a string: it never throws), e.g.
 * to show the duties behind an indicator's `specialCircumstances`.
 *
 * @param id - A special circumstance id, e.g. `fgm`.
 * @returns The frozen entry from `specialCircumstances`, or `undefined`.
 * @example
 * specialCircumstanceById('fgm')?.contacts.includes('police') // true
 * specialCircumstanceById('unknown') // undefined
 */
export function specialCircumstanceById(id: string): SpecialCircumstanceInfo | undefined {
  return typeof id === 'string' ? byId.get(id as SpecialCircumstance) : undefined;
}
