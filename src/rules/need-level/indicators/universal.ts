/**
 * Universal indicators: 'Effective Support at a Glance — Universal'
 * (luton-effective-support-2021, printed page 33). These describe a child
 * whose needs are met by universal services; they are strengths rather than
 * concerns, and are catalogued so a case system can record them too.
 * One entry per printed bullet, in document order.
 */
import { defineLevel } from './define-level.js';

export const universalIndicators = defineLevel('universal', 33, [
  {
    domain: 'health',
    heading: 'Health',
    indicators: [
      ['physically-well', 'Child is physically well'],
      ['nutritious-diet', 'Eats a nutritious diet'],
      ['hygiene-and-dress', 'Hygiene and clothing are adequate'],
      ['checks-and-immunisations-up-to-date', 'Developmental and health checks and immunisations are up to date'],
      ['milestones-on-track', 'Developmental milestones and motor skills as expected for age'],
      ['age-appropriate-sexual-activity', 'Any sexual activity is appropriate for age'],
      ['good-mental-health', 'Good mental health'],
    ],
  },
  {
    domain: 'emotional-development',
    heading: 'Emotional development',
    indicators: [
      ['secure-early-attachments', 'Secure, good-quality early attachments'],
      ['adapts-to-change', 'Copes with change'],
      ['understands-others-feelings', 'Understands how others feel'],
    ],
  },
  {
    domain: 'behavioural-development',
    heading: 'Behavioural development',
    indicators: [
      ['takes-responsibility', 'Takes responsibility for own behaviour'],
      ['age-appropriate-behaviour', 'Behaves as expected for developmental age'],
      ['responds-to-developmental-needs', 'Responds in ways that fit developmental needs and capabilities'],
      ['responds-to-boundaries', 'Responds well to boundaries and constructive guidance'],
    ],
  },
  {
    domain: 'identity-and-self-esteem',
    heading: 'Identity and self-esteem',
    indicators: [
      ['recognises-unsafe-contacts', 'Can tell safe from unsafe contacts'],
      ['contextual-safeguarding-in-place', 'If unable to judge contacts, contextual safeguarding helps them decide safely'],
    ],
  },
  {
    domain: 'family-and-social-relationships',
    heading: 'Family and social relationships',
    indicators: [
      ['stable-family-relationships', 'Stable, affectionate family relationships'],
      ['makes-and-keeps-friends', 'Makes and keeps friends'],
      ['age-appropriate-relationships', 'Relationships suited to developmental stage'],
    ],
  },
  {
    domain: 'learning',
    heading: 'Learning',
    indicators: [
      ['books-and-toys', 'Has books and toys'],
      ['enjoys-learning', 'Enjoys and takes part in learning'],
      ['experiences-success', 'Experiences success and achievement'],
      ['home-school-links', 'Good links between home and school'],
      ['plans-for-adult-life', 'Plans for a career and adult life'],
    ],
  },
  {
    domain: 'basic-care-safety-and-protection',
    heading: 'Basic care, ensuring safety and protection',
    indicators: [
      ['physical-and-special-needs-met', 'Physical and special needs met: food, clothing, medical and dental care'],
      ['protected-from-harm', 'Protected from danger or significant harm'],
    ],
  },
  {
    domain: 'emotional-warmth-and-stability',
    heading: 'Emotional warmth and stability',
    indicators: [
      ['warmth-and-praise', 'Parents show warmth, praise and encouragement'],
      ['stable-relationships', 'Parents keep relationships stable'],
    ],
  },
  {
    domain: 'guidance-boundaries-and-stimulation',
    heading: 'Guidance, boundaries and stimulation',
    indicators: [
      ['sense-of-right-and-wrong', 'Helped to develop a sense of right and wrong'],
      ['uses-leisure-facilities', 'Uses leisure facilities suited to age and interests'],
    ],
  },
  {
    domain: 'family-functioning',
    heading: 'Family functioning and wellbeing',
    indicators: [['good-family-relationships', 'Good family relationships, including between separated parents']],
  },
  {
    domain: 'housing-employment-and-finance',
    heading: 'Housing, work and income',
    indicators: [
      ['adequate-accommodation', "Home has basic amenities and meets the family's needs"],
      ['manages-budget', 'Family manages its budget to meet needs'],
    ],
  },
  {
    domain: 'social-and-community-resources',
    heading: 'Social and community including education',
    indicators: [
      ['friendships-and-local-services', 'Has friends and can use local services and amenities'],
      ['part-of-community', 'Family feels part of the community'],
    ],
  },
]);
