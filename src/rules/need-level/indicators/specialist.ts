/**
 * Specialist indicators: 'Effective Support at a Glance — Specialist'
 * (luton-effective-support-2021, printed page 36). Complex, enduring needs
 * across many domains, usually led by children's social care on a statutory
 * basis. One entry per printed bullet, in document order.
 *
 * Under Emotional development the bullet "severe emotional/behavioural
 * challenges" is printed twice, word for word (the second time with a full
 * stop); it is catalogued once, because two identical indicators would only
 * confuse a practitioner ticking them.
 */
import { defineLevel } from './define-level.js';

export const specialistIndicators = defineLevel('specialist', 36, [
  {
    domain: 'health',
    heading: 'Health',
    indicators: [
      ['severe-chronic-health', 'Severe or chronic health problems'],
      ['lack-of-food-or-failure-to-thrive', 'Not enough food, or failure to thrive'],
      ['refusing-medical-care', 'Refuses medical care, endangering life or development'],
      ['serious-weight-problems', 'Seriously obese or seriously underweight'],
      ['serious-dental-decay', 'Serious tooth decay from persistent lack of dental care'],
      ['parental-substance-misuse', 'Persistent, high-risk parental substance misuse'],
      ['dangerous-sexual-activity-or-early-pregnancy', 'Dangerous sexual activity and/or early teenage pregnancy'],
      ['sexual-exploitation', 'Sexual exploitation', ['exploitation']],
      ['sexual-abuse', 'Sexual abuse'],
      ['significant-harm-or-neglect', 'Evidence of significant harm or neglect'],
      ['non-accidental-injury', 'Non-accidental or unexplained injuries'],
      ['acute-mental-health', 'Acute mental health problems, e.g. severe depression, suicide threats'],
      ['disability-needing-constant-supervision', 'Physical or learning disability needing constant supervision', ['send']],
      ['child-discloses-abuse', 'Child or young person discloses abuse'],
      ['abuse-by-professional', 'Disclosure of abuse or injury caused by a professional'],
    ],
  },
  {
    domain: 'emotional-development',
    heading: 'Emotional development',
    indicators: [
      ['endangers-self-or-others', 'Puts self or others in danger, e.g. going missing from home', ['missing']],
      ['persistent-challenging-behaviour', 'Persistent disruptive or challenging behaviour at school, home or in the community'],
      ['offending', 'Beginning to offend, or re-offending', ['youth-justice']],
      ['severe-emotional-behavioural-challenges', 'Severe emotional or behavioural difficulties'],
      ['risky-behaviour', 'Behaviour puts self or others at risk'],
    ],
  },
  {
    domain: 'family-and-social-relationships',
    heading: 'Family and social relationships',
    indicators: [
      ['previously-looked-after', 'Previously looked after by the local authority'],
      ['negative-family-relationships', 'Family relationships felt as negative: low warmth, high criticism'],
      ['rejected-or-abandoned', 'Rejected or abandoned by parents, or family no longer want to care'],
      ['family-breakdown-over-behaviour', "Family breakdown linked to the child's behaviour"],
      ['subject-to-abuse-or-neglect', 'Subject to physical, emotional or sexual abuse or neglect'],
      ['main-carer', 'Young person is the main carer for a family member', ['young-carers']],
    ],
  },
  {
    domain: 'family-functioning',
    heading: 'Family functioning and wellbeing',
    indicators: [
      ['serious-discord-and-domestic-abuse', 'Serious parental conflict and persistent domestic abuse in the family'],
      ['child-in-need-with-protection-concerns', 'Child in need with child protection concerns'],
      ['risky-individual-in-household', 'Someone posing a risk to children lives in or is known to the household'],
      ['home-used-for-illegal-activity', 'Home used for drug-taking, prostitution or other illegal activity'],
    ],
  },
  {
    domain: 'housing-employment-and-finance',
    heading: 'Housing, work and income',
    indicators: [
      ['homeless', 'Homeless, or about to be if housing does not accept the family'],
      ['dangerous-housing', 'Housing is dangerous or a serious threat to health'],
      ['accommodation-endangers-child', "The home's physical state puts the child in danger"],
      ['extreme-poverty', 'Extreme poverty or debt affects ability to care for the child'],
    ],
  },
  {
    domain: 'identity-and-self-esteem',
    heading: 'Identity and self-esteem',
    indicators: [
      ['failed-education-supervision-order', "Education supervision order failed after 3 attendance prosecutions; family won't engage"],
      ['likely-to-put-self-at-risk', 'Likely to put themselves at risk'],
      ['evident-mental-health-needs', 'Clear mental health needs'],
    ],
  },
  {
    domain: 'learning',
    heading: 'Learning',
    indicators: [
      ['no-school-place-through-neglect', 'No school place because of parental neglect', ['missing']],
      ['out-of-school-through-neglect', 'Out of school because of parental neglect', ['missing']],
    ],
  },
  {
    domain: 'other-indicators',
    heading: 'Other indicators',
    indicators: [
      ['cannot-access-child', 'Professionals concerned but cannot get access to the child'],
      ['unaccompanied-asylum-seeker', 'Unaccompanied refugee or asylum-seeking child'],
      ['privately-fostered', 'Privately fostered', ['private-fostering']],
      ['abusing-other-children', 'Abusing other children'],
      ['young-sex-offender', 'Young person who has committed sexual offences', ['youth-justice']],
      ['serious-persistent-offending', 'Serious or persistent offending likely to lead to custody or secure remand', ['youth-justice']],
    ],
  },
  {
    domain: 'basic-care-safety-and-protection',
    heading: 'Basic care, ensuring safety and protection',
    indicators: [
      ['parental-mental-health-or-substance-misuse', "Parent's mental health or substance misuse seriously affects care"],
      ['unable-to-care-for-previous-children', 'Parents could not care for previous children'],
      ['inadequate-care', 'Parent or carer fails to provide adequate care'],
      ['ongoing-violence-and-instability', 'Constant instability and violence at home'],
      ['parents-involved-in-serious-crime', 'Parents involved in violent or serious crime, or crime against children'],
      ['non-compliance-with-services', 'Parents do not co-operate with services'],
      ['possible-neglect', 'Child may be neglected'],
      ['parents-cannot-keep-child-safe', "Parents' own needs leave them unable to keep the child safe"],
      ['total-dependence-through-disability', 'Severe disability: wholly dependent on others for care', ['send']],
      ['chronic-domestic-abuse-involving-child', 'Chronic, serious domestic abuse involving the child'],
      ['parent-discloses-abuse', 'A parent discloses abuse of the child'],
      ['fabricated-or-induced-illness', 'Suspected or evidenced fabricated or induced illness'],
    ],
  },
  {
    domain: 'emotional-warmth-and-stability',
    heading: 'Emotional warmth and stability',
    indicators: [
      ['parents-own-experiences', "Parent's own emotional history stops them meeting the child's needs"],
      ['no-one-to-care', 'No one to care for the child'],
      ['accommodation-requested', 'A request that a young child be accommodated'],
    ],
  },
  {
    domain: 'guidance-boundaries-and-stimulation',
    heading: 'Guidance, boundaries and stimulation',
    indicators: [
      ['no-effective-boundaries', 'Parents set no effective boundaries'],
      ['multiple-carers', 'Many different carers'],
      ['beyond-parental-control', 'Beyond parental control'],
    ],
  },
]);
