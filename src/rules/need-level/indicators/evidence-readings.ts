/**
 * How the library reads what an indicator is evidence of, where the threshold
 * document does not say it outright: one reading per group of indicators in
 * the evidence table (evidence.ts). Each is returned by a classification that
 * records an indicator of its group and relies on the reading, and is listed
 * in docs/interpretations.md for policy owners to confirm.
 */
import type { Citation } from '../../../schemas/citation.js';
import type { InterpretationDefinition } from '../../engine/interpretation.js';
import { luton } from '../citations.js';

const doc = 'luton-effective-support-2021' as const;
const glance = (level: string, heading: string, page: number): Citation => ({ document: doc, section: `Effective Support at a Glance — ${level} — ${heading}`, page });

export const evidenceReadings = {
  needWithoutHarm: {
    id: 'need-level.interpretation.evidence.need-without-harm',
    says: 'Indicators of need (health, disability, development, behaviour, education, family relationships, parenting, housing and income, offending, caring, a statutory situation) are not read as evidence of significant harm by themselves: with one of them, the answer to the significant-harm question decides between section 17 and section 47, and a "no" beside them is not questioned.',
    why: 'The document lists these bullets as indicators of the level of need, not of abuse or neglect. Its Specialist row names, beside the children who are suffering or likely to suffer significant harm, other groups whose needs are Specialist without harm: children with significant impairment or life-limiting illness, families with significant health needs, families involved in crime or drug misuse at a significant level. The library keeps that distinction; the practitioner can still answer "yes" to significant harm.',
    citation: luton.categories,
  },
  disclosureIsRisk: {
    id: 'need-level.interpretation.evidence.disclosure-is-risk',
    says: 'A disclosure of abuse (by the child, by a parent, or of abuse or injury caused by a professional) is read as evidence of a risk of significant harm: the significant-harm question must be answered; a "no" is kept, because the practitioner decides, but it is warned about, the practitioner is prompted to weigh it, and the route sends them to a MASH social worker before any consent is sought.',
    why: 'The document says every professional must refer a child when it is "believed or suspected" that the child has suffered or is likely to suffer significant harm (child protection), and keeps the parents\' agreement for children with developmental or disability needs (children in need). A disclosure is what raises that belief or suspicion, but the document prints these bullets as indicators, not as findings, and does not call them significant harm, so the library does not decide section 47 on its own as it does for the bullets the document calls significant harm.',
    citation: luton.significantHarm,
  },
  riskInHousehold: {
    id: 'need-level.interpretation.evidence.risk-in-household',
    says: 'A person or a situation in the child\'s home that poses a risk (someone posing a risk to children, the home used for drug-taking or crime, parents involved in violent crime or crime against children, chronic domestic abuse involving the child, continual violence at home, persistent high-risk parental substance misuse, parents whose mental health, substance misuse or own needs leave them unable to keep the child safe, parents who could not care for previous children) is read as evidence of a risk of significant harm: the significant-harm question must be answered, and a "no" is warned about, prompted and routed through a MASH social worker.',
    why: 'The Specialist row is children who "are likely to suffer significant harm" as well as those who have suffered it, and the document says parental domestic abuse, substance misuse and mental ill-health "will always be significant" in judging harm. These bullets describe where the likelihood of harm comes from; whether it amounts to reasonable cause to suspect significant harm is a judgement the document leaves to practitioners and the MASH, so the library asks for it rather than deciding it.',
    citation: luton.significantHarm,
  },
  neglectNamed: {
    id: 'need-level.interpretation.evidence.neglect-named',
    says: 'Specialist bullets that name neglect or its marks (lack of food or failure to thrive, serious tooth decay from a persistent lack of dental care, medical care refused so that life or development is endangered, a parent failing to provide adequate care, "may be subject to neglect", rejection or abandonment, no school place or out of school through parental neglect) are read as evidence of a risk of significant harm through neglect, not as proof of it.',
    why: 'The document gives "a child whose health and development is severely impaired through neglect" as its example of significant harm built up over time, and puts children likely to suffer significant harm from neglect in the Specialist row. A bullet that names neglect is a reason to ask whether that threshold is reached; it is not the threshold itself.',
    citation: luton.significantHarm,
  },
  unexplainedHarm: {
    id: 'need-level.interpretation.evidence.unexplained-harm',
    says: 'The Intensive bullet "multiple incidents of unsafe behaviour at home resulting in harm that is unexplainable" is read as evidence of a risk of significant harm: it keeps its printed level for counting, but the significant-harm question must be answered, a "no" is warned about and prompted, and the route includes a consultation with a MASH social worker.',
    why: 'The document prints the bullet at Intensive, but it prints "non-accidental injury and/or unexplained injuries" at Specialist and says significant harm is often identified from a number of events. Repeated harm that nobody can explain is the pattern the Specialist bullet describes; the library does not move the bullet, it makes sure the harm question is asked and the MASH consulted.',
    citation: glance('Intensive', 'Guidance, boundaries and stimulation', 35),
  },
  noAccess: {
    id: 'need-level.interpretation.evidence.no-access',
    says: '"Professional concerns, but difficulty accessing the child" is read as evidence of a risk of significant harm: the concern cannot be checked, so the significant-harm question must be answered and a "no" is warned about.',
    why: 'The document prints the bullet under Specialist "Other indicators" without saying what it is evidence of. A concern that professionals cannot check by seeing the child is one the document\'s section 47 duty exists to resolve; the library asks the practitioner to weigh it rather than treat it as need alone.',
    citation: glance('Specialist', 'Other indicators', 36),
  },
  harmToOthers: {
    id: 'need-level.interpretation.evidence.harm-to-others',
    says: 'A child who abuses other children, or a young person who has committed sexual offences, is read as evidence of a risk of significant harm (to other children, and possibly to the child, who may have been harmed themselves).',
    why: 'The document lists these under Specialist "Other indicators" without saying more. Working Together 2026 says all children, including those who may be causing harm to others, should receive a safeguarding response, and that practitioners should understand their experiences; the library therefore asks the harm question and warns on a "no".',
    citation: { document: 'working-together-2026', section: 'Chapter 3, paragraph 219 (children causing harm to others receive a safeguarding response)' },
  },
  sexualisedBehaviour: {
    id: 'need-level.interpretation.evidence.sexualised-behaviour',
    says: 'The Intensive bullet "sexualised behaviour" is read as evidence of a risk of significant harm (a possible sign of sexual abuse or exploitation): it keeps its printed level for counting, but the significant-harm question must be answered, a "no" is warned about, the practitioner is prompted to weigh it, and a MASH social worker is consulted before the family is asked to agree.',
    why: 'The document prints the bullet among the Intensive needs without saying what it may be a sign of. Sexualised behaviour, above all in a young child, is recognised in safeguarding practice as a possible sign of sexual abuse; treating it as a need without harm would let a "no" to the harm question pass without a second look. The library asks for that look without moving the bullet; the practitioner and the MASH decide.',
    citation: glance('Intensive', 'Emotional development', 35),
  },
  exploitationSigns: {
    id: 'need-level.interpretation.evidence.exploitation-signs',
    says: 'Going missing from home (a child who puts themselves or others in danger), unsafe sexual activity, and dangerous sexual activity or early teenage pregnancy are read as evidence of exploitation or its risk: the significant-harm question must be answered, a "no" is warned about, the practitioner is prompted to consider sexual and criminal exploitation, and the route includes the MASH.',
    why: 'The document says children who go missing "are often at higher risk of or are already being sexually or criminally exploited" and that there is "an established link between children who are regularly missing and sexual exploitation"; it places children at high risk of sexual exploitation at Specialist. It does not say that these bullets are signs of exploitation; the library reads them so, because an exploited child often does not see themselves as a victim.',
    citation: luton.exploitation,
  },
  radicalisationThreats: {
    id: 'need-level.interpretation.evidence.radicalisation-threats',
    says: 'The Intensive bullet "changed behaviour and reference to radicalised thoughts and threats to act" is read as evidence of a risk of significant harm through radicalisation: it keeps its printed level for counting, but the child is referred to the MASH (not only discussed), Prevent advice is named, the significant-harm question must be answered and a "no" is warned about.',
    why: 'The document prints the bullet at Intensive, and its radicalisation section says children at risk of harm through involvement or possible involvement in extremist activity "should be referred to the MASH", with the police told at once of an immediate risk. Working Together 2026 names the influences of extremism among the forms of harm outside the home. Threats to act are more than thoughts; the library makes the referral and the harm question explicit without moving the bullet.',
    citation: { document: doc, section: 'Children in special circumstances — Children at risk of radicalisation and exposure to extremist ideology', page: 28 },
  },
  custodyConflict: {
    id: 'need-level.interpretation.source-conflict.custody',
    says: 'Prosecution resulting in court orders or custodial sentences counts as an Intensive indicator, as the table at a glance prints it, although the categories table lists "youth treatment orders/custody" among Specialist services; serious or persistent offending likely to lead to custody is the Specialist indicator.',
    why: 'The document contradicts itself: the table at a glance prints "prosecution of offences resulting in court orders, custodial sentences or ASBOs" under Intensive behavioural development, while its categories table names custody as a Specialist service. The library follows the indicator as printed at a glance, because that is the list practitioners record from; a policy owner should confirm which is meant.',
    citation: glance('Intensive', 'Behavioural development', 35),
  },
  neetConflict: {
    id: 'need-level.interpretation.source-conflict.neet',
    says: 'Not being in education, employment or training after 16 counts as an Additional indicator, as the table at a glance prints it, although the categories table puts young people "not in education or work long-term" in the Intensive row.',
    why: 'The two tables differ: the Additional list at a glance has "not in education employment or training post-16", the categories table has "not in education or work long-term" at Intensive. The library follows the list practitioners record from; where the young person has been out of education or work for a long time, the practitioner can record the Intensive "under 16 and not in education" bullet (if under 16) or weigh a higher level.',
    citation: glance('Additional', 'Housing, work and income', 34),
  },
  neglectLevels: {
    id: 'need-level.interpretation.source-conflict.neglect-levels',
    says: '"Child may be subject to neglect" counts as a Specialist indicator, as printed at a glance, and is read as evidence of a risk of significant harm, although the categories table puts children who "suffer some neglect" at Intensive.',
    why: 'The document places some neglect at Intensive in one table and a possibility of neglect at Specialist in the other. The library follows the list at a glance for the level, and asks the significant-harm question for the Specialist bullet, so a practitioner who means the lower-level "some neglect" sees the question and the warning and can weigh it with the MASH.',
    citation: glance('Specialist', 'Basic care, ensuring safety and protection', 36),
  },
  garbledBullets: {
    id: 'need-level.interpretation.garbled-bullets-are-concerns',
    says: 'The bullets "engagement levels changed in line with what would be considered developmentally appropriate" and "there may be a change in their contribution to relationships in line with their developmental level" are read as concerns: a change away from what is expected for the child\'s development.',
    why: 'Read literally, a change "in line with" what is developmentally appropriate is no concern at all, yet the document lists these bullets among indicators of need. The library reads them as the document evidently means them; the labels say so.',
    citation: glance('Additional', 'Emotional development', 34),
  },
  siblingCare: {
    id: 'need-level.interpretation.young-carer-sibling-care',
    says: 'The Additional bullet "taking on a caring role for a parent or carer, or looking after younger siblings" is linked to young carers, but the young carer\'s needs assessment duty and the "consider whether the child is a young carer" step are shown only when a referral to children\'s social care is made.',
    why: 'Luton defines young carers as children with daily care of a family member who is disabled, long-term ill or misusing drugs or alcohol, which looking after siblings need not be; Working Together 2026 defines a young carer more widely, as any child who provides care for another person. The library keeps the link, so the question is asked, and keeps the statutory assessment (section 17ZA) to referrals to children\'s social care, where the local authority considers it.',
    citation: { document: doc, section: 'Children in special circumstances — Young carers', page: 22 },
  },
  nearDuplicates: {
    id: 'need-level.interpretation.near-duplicate-bullets',
    says: 'A concern printed twice word for word (six pairs), or in nearly the same words (changed engagement and attention; escalating, out-of-character behaviour; behaviour that is not developmentally appropriate; a changed or reduced part in relationships; missing school), counts once when its bullets are recorded together, at the highest level recorded.',
    why: 'The document prints some concerns two or three times, word for word or in slightly different words, at one level or at two, and says nothing of how to count them. Ticking each of them for one concern would make "a number of" Intensive indicators out of one, which the document does not intend; the library counts the concern once. The bullets stay separate in the catalogue, so a practitioner can record the wording that fits.',
    citation: glance('Intensive', 'Emotional development', 35),
  },
} as const satisfies Record<string, InterpretationDefinition>;

