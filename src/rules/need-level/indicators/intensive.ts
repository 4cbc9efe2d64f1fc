/**
 * Intensive indicators: 'Effective Support at a Glance — Intensive'
 * (luton-effective-support-2021, printed page 35). More complex needs; the
 * document says "a number of" these need to be present to indicate need at
 * Intensive level (the classification decides how many). One entry per
 * printed bullet, in document order.
 *
 * Under Learning the extraction ends with an empty bullet ("•" with no
 * text); it is not an indicator and is not catalogued.
 */
import { defineLevel } from './define-level.js';

export const intensiveIndicators = defineLevel('intensive', 35, [
  {
    domain: 'health',
    heading: 'Health',
    indicators: [
      ['poorly-managed-chronic-health', 'Chronic or recurring health problems untreated or poorly managed'],
      ['milestones-missed-due-to-care', 'Missing developmental milestones because of parental care'],
      ['unsafe-sexual-activity', 'Unsafe sexual activity'],
      ['self-harm', 'Self-harming behaviour'],
      ['significant-disability', 'Significant disability', ['send']],
      ['emerging-mental-health-issues', 'Emerging mental ill-health: ADHD, anxiety, depression, conduct/eating disorder, self-harm'],
      ['multiple-health-difficulties-beyond-known-needs', 'Several health difficulties beyond known special or medical needs'],
    ],
  },
  {
    domain: 'emotional-development',
    heading: 'Emotional development',
    indicators: [
      ['sexualised-behaviour', 'Sexualised behaviour'],
      ['regularly-anxious-angry-or-phobic', 'Often anxious, angry or phobic, with a mental health condition'],
      ['young-carer-development-compromised', 'Young carer whose caring harms their development', ['young-carers']],
      ['engagement-changed', 'Engagement has changed away from what is expected for their development'],
      ['marked-change-in-engagement', 'Marked change in engagement or attention for their stage'],
    ],
  },
  {
    domain: 'behavioural-development',
    heading: 'Behavioural development',
    indicators: [
      ['challenging-at-school', 'Challenging at school despite long-running support; exclusion possible'],
      ['radicalised-thoughts', 'Changed behaviour, talk of radicalised ideas and threats to act', ['radicalisation']],
      ['camhs-tier-2', 'Needs being met by CAMHS tier 2'],
      ['prosecuted-offending', 'Prosecuted offending: court orders, custody, ASBOs or youth offending early help', ['youth-justice']],
      ['increasing-atypical-behaviour-changes', 'More and more unusual changes in behaviour for this child'],
      ['repeated-developmentally-inappropriate-behaviour', 'Repeated behaviour not appropriate for developmental stage'],
      ['escalating-uncharacteristic-behaviour', 'Escalating, out-of-character behaviour; consider context if the child cannot explain'],
      ['brook-tool-concern', 'Behaviour beyond age-appropriate norms when checked with the Brook tool'],
    ],
  },
  {
    domain: 'identity-and-self-esteem',
    heading: 'Identity and self-esteem',
    indicators: [
      ['presentation-affects-relationships', 'Presentation, including hygiene, badly affects all relationships'],
      ['internalised-discrimination', 'Persistent discrimination has led to a poor self-image'],
      ['withdraws-from-others', 'Keeps distance from others'],
      ['changed-attention-engagement-behaviour', 'Attention, engagement and behaviour have changed from what is expected'],
    ],
  },
  {
    domain: 'family-and-social-relationships',
    heading: 'Family and social relationships',
    indicators: [
      ['unpredictable-carer-relationships', 'Relationships with carers are unpredictable'],
      ['misses-school-consistently', 'Consistently misses school', ['missing']],
      ['several-changes-in-contribution-to-relationships', 'Part in relationships changed several times, away from what fits their development'],
      ['reduced-contribution-to-relationships', 'Their part in relationships is shown to be reduced for their developmental stage'],
    ],
  },
  {
    domain: 'self-care-and-independence',
    heading: 'Self-care skills and independence',
    indicators: [
      ['disability-prevents-self-care', 'Disability prevents self-care in many tasks', ['send']],
      ['puts-self-in-danger', 'No sense of safety; often puts self in danger'],
    ],
  },
  {
    domain: 'learning',
    heading: 'Learning',
    indicators: [
      ['poor-attendance-and-punctuality', 'Persistently poor nursery or school attendance and punctuality', ['missing']],
      ['few-achievements', 'Young child with few if any achievements'],
      ['not-in-education-under-16', 'Under 16 and not in education', ['missing']],
      ['widening-progress-gap', 'Widening gap in progress; EHCP targets not met', ['send']],
      ['send-review-decline', 'For a child with SEND, the above have worsened since earlier reviews', ['send']],
    ],
  },
  {
    domain: 'basic-care-safety-and-protection',
    heading: 'Basic care, ensuring safety and protection',
    indicators: [
      ['domestic-abuse', 'Domestic abuse at home'],
      ['parental-mental-health-or-substance-misuse', "Parent's mental health or substance misuse affects care"],
      ['few-positive-relationships', 'Few positive relationships'],
      ['multiple-carers', 'Many carers, some without a meaningful relationship with the child'],
    ],
  },
  {
    domain: 'guidance-boundaries-and-stimulation',
    heading: 'Guidance, boundaries and stimulation',
    indicators: [
      ['ineffective-boundaries', 'Parents struggle or refuse to set boundaries (too loose, too tight, physical punishment)'],
      ['antisocial-behaviour', 'Anti-social behaviour in the neighbourhood'],
      ['little-support-for-learning-needs', 'Little support at home for learning needs or acceptance of special needs', ['send']],
      ['unexplained-harm-at-home', 'Repeated unsafe incidents at home causing harm no one can explain'],
    ],
  },
  {
    domain: 'housing-employment-and-finance',
    heading: 'Housing, work and income',
    indicators: [
      ['chronic-unemployment', "Long-term unemployment has badly affected parents' sense of self"],
      ['barriers-to-employment', 'Parents cannot get work: lack of basic skills or long-term substance misuse'],
    ],
  },
  {
    domain: 'family-functioning',
    heading: 'Family functioning and wellbeing',
    indicators: [
      ['family-health-affecting-child', 'Family physical and mental health problems affect the child'],
      ['hostile-community', 'Community is hostile to the family'],
    ],
  },
]);
