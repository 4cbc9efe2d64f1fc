/**
 * The Working Together 2026 category that corresponds to a Luton level of
 * need. Luton's 2021 document predates Working Together 2026's 'Family Help'
 * language; the mapping follows what each level provides: Universal and
 * Additional help comes from universal and community-based services without
 * a local-authority plan; Intensive is targeted, consent-based help with a
 * lead practitioner (Family Help); Specialist is statutory: section 17 (child
 * in need) or, where significant harm is suspected, section 47.
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { workingTogether } from './citations.js';
import { deepFreeze } from '../deep-freeze.js';
import type { NeedLevel } from './need-indicator.js';

/** The id of a `WorkingTogetherCategory`. */
export type WorkingTogetherCategoryId =
  | 'universal-services'
  | 'family-help'
  | 'child-in-need-section-17'
  | 'child-protection-section-47';

/**
 * The Working Together 2026 category a Luton level of need corresponds to
 * (`NeedClassification.workingTogetherCategory`): universal services, Family
 * Help, child in need (section 17) or child protection (section 47). Use it
 * to report a Luton classification in the national guidance's terms.
 */
export interface WorkingTogetherCategory {
  /** Stable id, e.g. `family-help`. */
  id: WorkingTogetherCategoryId;
  /** The category's name, in the library's words. */
  label: string;
  /** For section 17: when section 47 enquiries would apply instead (significant harm suspected, or not yet asked). */
  note?: string;
  /** Where Working Together 2026 describes the category. */
  citation: Citation;
}

// Frozen: shared by every classification, which hands each caller a copy (workingTogetherCategory).
/** Exported for the ruleset hash (rule-set.ts). */
export const categories: Record<WorkingTogetherCategoryId, Omit<WorkingTogetherCategory, 'note'>> = deepFreeze({
  'universal-services': {
    id: 'universal-services',
    label: 'Universal services and community-based early help',
    citation: workingTogether.universal,
  },
  'family-help': { id: 'family-help', label: 'Family Help (targeted early help, with the family’s consent)', citation: workingTogether.familyHelp },
  'child-in-need-section-17': {
    id: 'child-in-need-section-17',
    label: 'Family Help: child in need support under section 17 of the Children Act 1989',
    citation: workingTogether.section17,
  },
  'child-protection-section-47': {
    id: 'child-protection-section-47',
    label: 'Child protection: section 47 enquiries (Children Act 1989)',
    citation: workingTogether.section47,
  },
});

/** The category of a level, as a new object of the caller's own (the catalogue's are frozen and shared). */
export function workingTogetherCategory(level: NeedLevel, harmSuspected: boolean | undefined): WorkingTogetherCategory {
  switch (level) {
    case 'universal':
    case 'additional':
      return copyCategory(categories['universal-services']);
    case 'intensive':
      return copyCategory(categories['family-help']);
    case 'specialist':
      if (harmSuspected === true) return copyCategory(categories['child-protection-section-47']);
      return {
        ...copyCategory(categories['child-in-need-section-17']),
        note:
          harmSuspected === undefined
            ? 'Whether significant harm is suspected was not given: if there is reasonable cause to suspect it, section 47 enquiries apply instead.'
            : 'If reasonable cause to suspect significant harm arises, section 47 enquiries apply instead.',
      };
  }
}

function copyCategory(category: Omit<WorkingTogetherCategory, 'note'>): WorkingTogetherCategory {
  return { id: category.id, label: category.label, citation: copyCitation(category.citation) };
}
