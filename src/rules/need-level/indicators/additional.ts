/**
 * Additional indicators: 'Effective Support at a Glance — Additional'
 * (luton-effective-support-2021, printed page 34). Needs that call for some
 * extra support from one or two universal or targeted services, without
 * specialist services. One entry per printed bullet, in document order.
 *
 * The bullet "exhibits behaviour that isn't developmentally appropriate" is
 * printed under both Behavioural development and Identity and self-esteem; it
 * is kept under both headings (two ids), as printed.
 */
import { defineLevel } from './define-level.js';

export const additionalIndicators = defineLevel('additional', 34, [
  {
    domain: 'health',
    heading: 'Health',
    indicators: [
      ['missing-immunisations-or-checks', 'Immunisations or health checks missed'],
      ['slow-milestones', 'Slow to reach developmental milestones'],
      ['minor-diet-hygiene-clothing-concerns', 'Minor concerns about diet, hygiene or clothing'],
      ['untreated-dental-problems', 'Untreated dental problems or some tooth decay'],
      ['missed-health-appointments', 'Misses some routine or other health appointments'],
      ['limited-diet', 'Limited diet, e.g. no breakfast or no lunch money'],
      ['developmental-progress-concerns', 'Concerns about development, e.g. weight, bedwetting or soiling'],
      ['vulnerable-to-emotional-difficulties', 'Emotionally vulnerable after life events such as parental separation'],
      ['experimenting-with-substances', 'Trying tobacco, alcohol or illegal drugs'],
      ['frequent-accidents', 'Has frequent accidents'],
      ['health-difficulties-beyond-known-needs', "Health difficulties beyond the child's known special or medical needs"],
    ],
  },
  {
    domain: 'emotional-development',
    heading: 'Emotional development',
    indicators: [
      ['some-family-relationship-difficulties', 'Some difficulties in family relationships'],
      ['some-peer-and-adult-difficulties', 'Some difficulties with peers and adults, e.g. clingy, anxious or withdrawn'],
      ['some-inappropriate-responses', 'Some inappropriate responses or actions'],
      ['few-friends', 'Plays little with others; few or no friends'],
      ['engagement-changed', 'Engagement has changed away from what is expected for their development'],
    ],
  },
  {
    domain: 'behavioural-development',
    heading: 'Behavioural development',
    indicators: [
      ['limited-understanding-of-impact', 'Does not always see how own actions affect others'],
      ['difficulty-accepting-responsibility', 'Struggles to take responsibility for own actions'],
      ['responds-poorly-to-boundaries', 'Responds inappropriately to boundaries or guidance'],
      ['difficult-unstructured-peer-interaction', 'Finds it hard to get on with peers in unstructured settings'],
      ['camhs-additional-needs', 'Needs some extra help from CAMHS'],
      ['atypical-behaviour-changes', 'Behaviour has changed in ways unusual for the child'],
      ['developmentally-inappropriate-behaviour', 'Behaviour not appropriate for developmental stage'],
    ],
  },
  {
    domain: 'identity-and-self-esteem',
    heading: 'Identity and self-esteem',
    indicators: [
      ['identity-insecurities', 'Some insecurity about identity, e.g. self-esteem, sexuality, gender identity'],
      ['may-be-bullied', 'May be being bullied'],
      ['may-be-bullying', 'May be bullying others'],
      ['disabling-lack-of-confidence', 'Lack of confidence severe enough to be disabling'],
      ['provocative-behaviour-or-appearance', 'Provocative behaviour or appearance, e.g. inappropriate school dress'],
      ['persistent-discrimination', 'Persistently discriminated against, e.g. on race, sex or disability'],
      ['victim-of-crime-or-bullying', 'Has been a victim of crime or bullying'],
      ['developmentally-inappropriate-behaviour', 'Behaviour not appropriate for developmental stage'],
    ],
  },
  {
    domain: 'family-and-social-relationships',
    heading: 'Family and social relationships',
    indicators: [
      ['lacks-positive-role-models', 'No positive role models'],
      ['difficulty-sustaining-relationships', 'Some difficulty keeping relationships going'],
      ['unresolved-separation-or-bereavement', 'Unresolved issues from separation, step-parenting or bereavement'],
      ['changed-contribution-to-relationships', 'Their part in relationships may have changed away from what fits their developmental stage'],
      ['reduced-contribution-to-relationships', 'Their part in relationships is shown to be reduced for their developmental stage'],
    ],
  },
  {
    domain: 'emotional-warmth-and-stability',
    heading: 'Emotional warmth and stability',
    indicators: [
      ['inconsistent-parental-responses', 'Parent or carer responds to the child inconsistently'],
      ['parents-own-emotional-needs-unmet', 'Parents struggle to get their own emotional needs met'],
      ['unable-to-form-other-relationships', 'Child cannot develop other positive relationships'],
      ['emerging-attachment-difficulties', 'Early signs of attachment difficulties'],
    ],
  },
  {
    domain: 'family-functioning',
    heading: 'Family functioning and wellbeing',
    indicators: [
      ['caring-role', 'Child cares for a parent or carer, or looks after younger siblings', ['young-carers']],
      ['no-extended-family-support', 'No effective support from wider family'],
    ],
  },
  {
    domain: 'self-care-and-independence',
    heading: 'Self-care skills and independence',
    indicators: [
      ['disability-limits-self-care', 'Disability limits how much self-care is possible', ['send']],
      ['periods-of-poor-self-care', 'Periods of poor self-care, e.g. poor hygiene'],
      ['slow-self-care-skills', 'Persistently slow to learn age-appropriate self-care'],
    ],
  },
  {
    domain: 'learning',
    heading: 'Learning',
    indicators: [
      ['specific-learning-needs', 'Specific learning needs with targeted support and/or an EHCP', ['send']],
      ['language-and-communication', 'Language and communication difficulties'],
      ['underachievement', 'Regularly underachieves or falls short of potential'],
      ['poor-punctuality-or-absence', 'Poor punctuality or a pattern of school absence'],
      ['poor-engagement-in-learning', 'Not always engaged in play or learning, e.g. poor concentration'],
      ['no-books-or-toys', 'No books or toys'],
      ['fixed-term-exclusions', 'Some fixed-term exclusions'],
      ['widening-progress-gap', 'Widening gap in progress; EHCP targets not met', ['send']],
      ['send-review-decline', 'For a child with SEND, the above have worsened since earlier reviews', ['send']],
    ],
  },
  {
    domain: 'basic-care-safety-and-protection',
    heading: 'Basic care, ensuring safety and protection',
    indicators: [
      ['inconsistent-basic-care', 'Basic care is inconsistent'],
      ['parenting-advice-needed', 'Parent or carer needs advice on parenting'],
      ['some-physical-needs-concerns', 'Some concern that physical needs are not met'],
      ['young-inexperienced-parents', 'Young, inexperienced parents'],
      ['unsuitable-childcare', 'Unsuitable childcare or too many carers'],
      ['some-exposure-to-danger', 'Some exposure to danger at home or in the community'],
      ['frequent-medical-visits', 'Unnecessary or frequent GP or A&E visits'],
      ['parental-stress-affecting-safety', "Parent or carer stress beginning to affect the child's safety"],
    ],
  },
  {
    domain: 'guidance-boundaries-and-stimulation',
    heading: 'Guidance, boundaries and stimulation',
    indicators: [
      ['inconsistent-boundaries', 'Boundaries set inconsistently'],
      ['no-routine', 'Little routine at home'],
      ['little-support-for-learning-needs', 'Little support at home for learning needs or acceptance of special needs', ['send']],
      ['much-time-alone', 'Spends a lot of time alone, e.g. watching TV'],
      ['few-new-experiences', 'Few new experiences or leisure activities'],
      ['minor-antisocial-behaviour', 'Some anti-social behaviour locally, e.g. petty crime'],
    ],
  },
  {
    domain: 'social-and-community-resources',
    heading: 'Social and community including education',
    indicators: [
      ['some-exclusion-or-conflict', 'Some social exclusion or conflict; low tolerance'],
      ['negative-community-attitudes', 'Community is negative towards children and young people'],
      ['difficulty-accessing-facilities', 'Difficulty using community facilities'],
    ],
  },
  {
    domain: 'housing-employment-and-finance',
    heading: 'Housing, work and income',
    indicators: [
      ['asylum-seeking-or-refugee', 'Family are asylum seekers or refugees'],
      ['periods-of-unemployment', 'Parent or carer has periods of unemployment'],
      ['limited-parental-education', 'Parents or carers have little formal education'],
      ['low-income', 'Low income'],
      ['debt-difficulties', 'Money or debt problems'],
      ['poor-housing', 'Housing in poor repair, temporary, overcrowded or unsafe'],
      ['intentionally-homeless', 'Intentionally homeless'],
      ['poverty-affecting-basic-needs', 'Serious debt or poverty stops basic needs being met'],
      ['rent-arrears', 'Rent arrears risk eviction, or proceedings have started'],
      ['neet-post-16', 'Over 16 and not in education, employment or training'],
    ],
  },
]);
