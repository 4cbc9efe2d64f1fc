/**
 * The Working Together 2026 category that corresponds to a classification.
 * Luton's 2021 document predates Working Together 2026's 'Family Help'
 * language; the mapping (an interpretation, `working-together-category-mapping`)
 * follows what each level provides: Universal and Additional help comes from
 * universal and community-based services without a local-authority plan;
 * Intensive is targeted, consent-based help with a lead practitioner (Family
 * Help); Specialist is statutory: section 47 where significant harm is
 * suspected, the private fostering duties (section 67) or accommodation
 * (section 20) in those situations, and otherwise section 17 (child in need).
 * An undecided classification has no category yet, and an adult none.
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { luton, workingTogether } from './citations.js';
import { deepFreeze } from '../deep-freeze.js';
import type { NeedLevel } from './need-indicator.js';
import type { ConsentSituation } from './routes.js';

/** The id of a `WorkingTogetherCategory`. */
export type WorkingTogetherCategoryId =
  | 'universal-services'
  | 'family-help'
  | 'child-in-need-section-17'
  | 'child-protection-section-47'
  | 'private-fostering-section-67'
  | 'accommodation-section-20'
  | 'not-decided'
  | 'not-a-child';

/**
 * The Working Together 2026 category a classification corresponds to
 * (`NeedClassification.workingTogetherCategory`): universal services, Family
 * Help, child in need (section 17), child protection (section 47), private
 * fostering (section 67) or accommodation (section 20); `not-decided` while
 * the classification is `insufficient-information`, `not-a-child` for an
 * adult. Use it to report a Luton classification in the national guidance's
 * terms.
 */
export interface WorkingTogetherCategory {
  /** Stable id, e.g. `family-help`. */
  id: WorkingTogetherCategoryId;
  /** The category's name, in the library's words. */
  label: string;
  /** When another category would apply instead (e.g. section 47 for a child in need if significant harm comes to be suspected). */
  note?: string;
  /** Where Working Together 2026 (or the threshold document) describes the category. */
  citation: Citation;
}

// Frozen: the same objects are handed to every caller.
/** Exported for the ruleset hash (rule-set.ts). */
export const categories: Readonly<Record<WorkingTogetherCategoryId, WorkingTogetherCategory>> = deepFreeze({
  'universal-services': {
    id: 'universal-services',
    label: 'Universal services and community-based early help',
    citation: workingTogether.universal,
  },
  'family-help': { id: 'family-help', label: 'Family Help (targeted early help, with the family’s consent)', citation: workingTogether.familyHelp },
  'child-in-need-section-17': {
    id: 'child-in-need-section-17',
    label: 'Family Help: child in need support under section 17 of the Children Act 1989',
    note: 'If reasonable cause to suspect significant harm arises, section 47 enquiries apply instead.',
    citation: workingTogether.section17,
  },
  'child-protection-section-47': {
    id: 'child-protection-section-47',
    label: 'Child protection: section 47 enquiries (Children Act 1989)',
    citation: workingTogether.section47,
  },
  'private-fostering-section-67': {
    id: 'private-fostering-section-67',
    label: 'Private fostering: the local authority’s duties under section 67 of the Children Act 1989 (assess the arrangement, visit the child)',
    note: 'If reasonable cause to suspect significant harm arises, section 47 enquiries apply instead.',
    citation: luton.privateFostering,
  },
  'accommodation-section-20': {
    id: 'accommodation-section-20',
    label: 'Accommodation under section 20 of the Children Act 1989 (a child in need with no one to care for them, or unaccompanied)',
    note: 'If reasonable cause to suspect significant harm arises, section 47 enquiries apply instead.',
    citation: workingTogether.section20,
  },
  'not-decided': {
    id: 'not-decided',
    label: 'Not decided: the category depends on questions still unanswered',
    note: 'Answer the questions the result lists (missingFacts); until then, consult the MASH if unsure.',
    citation: luton.consultWhenUnsure,
  },
  'not-a-child': {
    id: 'not-a-child',
    label: 'Not a child: Working Together’s children’s categories do not apply to a person of 18 or over',
    citation: workingTogether.childDefinition,
  },
});

/**
 * The category of a classification: from its outcome, level and consent
 * situation (the same rule statuses decide all three), as a new object of
 * the caller's own (the catalogue's are frozen and shared).
 */
export function workingTogetherCategory(outcome: NeedLevel | 'insufficient-information' | 'adult', level: NeedLevel, situation: ConsentSituation): WorkingTogetherCategory {
  return copyCategory(categoryOf(outcome, level, situation));
}

/** The id of the category of a classification (what a counterfactual reports), without a copy. */
export function workingTogetherCategoryId(outcome: NeedLevel | 'insufficient-information' | 'adult', level: NeedLevel, situation: ConsentSituation): WorkingTogetherCategoryId {
  return categoryOf(outcome, level, situation).id;
}

function categoryOf(outcome: NeedLevel | 'insufficient-information' | 'adult', level: NeedLevel, situation: ConsentSituation): WorkingTogetherCategory {
  if (outcome === 'adult') return categories['not-a-child'];
  if (outcome === 'insufficient-information') return categories['not-decided'];
  switch (level) {
    case 'universal':
    case 'additional':
      return categories['universal-services'];
    case 'intensive':
      return categories['family-help'];
    case 'specialist':
      return categories[specialistCategory(situation)];
  }
}

function copyCategory(category: WorkingTogetherCategory): WorkingTogetherCategory {
  const copy: WorkingTogetherCategory = { id: category.id, label: category.label, citation: copyCitation(category.citation) };
  if (category.note !== undefined) copy.note = category.note;
  return copy;
}

/** The category id of a decided Specialist need, by its consent situation. */
export function specialistCategory(situation: ConsentSituation): WorkingTogetherCategoryId {
  switch (situation) {
    case 'child-protection':
    case 'honour-based-abuse':
      return 'child-protection-section-47';
    case 'private-fostering':
      return 'private-fostering-section-67';
    case 'unaccompanied-child':
    case 'no-one-to-care':
      return 'accommodation-section-20';
    default:
      return 'child-in-need-section-17';
  }
}
