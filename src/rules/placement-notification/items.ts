/**
 * What Luton's placement notification procedure asks for, item by item, with
 * the procedure's own numbering and wording so a reply to the placing
 * authority can quote them.
 */
import type { Citation } from '../../schemas/citation.js';
import { deepFreeze } from '../deep-freeze.js';

const document = 'luton-lac-placement-notification';

export interface NotificationItem {
  /** The procedure's number for the item; `null` for the unnumbered change-of-address and leaving-placement notifications. */
  number: 1 | 2 | 3 | 4 | null;
  /** The procedure's wording of the item (a short list item, quoted so replies match the procedure). */
  wording: string;
  citation: Citation;
}

const numbered = (number: 1 | 2 | 3 | 4, wording: string): NotificationItem => ({
  number,
  wording,
  citation: { document, section: `Notification procedure: the notification must state, item ${number}` },
});

/** Frozen, like every catalogue: a result gets copies of the citations (validate-placement-notification.ts). */
export const placementItems = deepFreeze({
  child: numbered(1, "the child's name and date of birth"),
  legalStatus: numbered(2, 'whether the child is accommodated under section 20 or subject to a care order or supervision order'),
  contacts: numbered(3, "the contact details for the child's placing authority and the child's Independent Reviewing Officer"),
  specialEducationalNeeds: numbered(
    4,
    'whether the child has a statement of Special Educational Needs and, if so, details of the local authority which maintains the statement',
  ),
} as const);

/**
 * The procedure asks for change-of-address and leaving-placement
 * notifications "so that we can update our records" but lists no content for
 * them. The library asks for what updating the register needs: who the child
 * is, whose child they are, and what changed when.
 */
export const recordUpdateItem: NotificationItem = deepFreeze({
  number: null,
  wording: 'change of address and leaving placement notifications, sent so that Luton can update its records',
  citation: { document, section: 'Change of address and leaving placement' },
});

export const procedureCitation: Citation = deepFreeze({ document, section: 'Notification procedure' });

/**
 * What Luton does with a notification once it arrives, as the procedure
 * sets it: who receives it, the register, the referrals and the electronic
 * record. Each cites the part of the procedure it comes from.
 */
// Frozen like every catalogue: results take copies (copyCitation), never these objects.
export const procedureSteps = deepFreeze({
  /** Line 8: all notifications go to the safeguarding and quality assurance service by secure email. */
  recipient: { document, section: 'Notification procedure (sent to the safeguarding and quality assurance service by secure email)' },
  /** Line 25: the register of looked after children, and the referral to the Referral and Assessment team and the virtual school. */
  registerAndReferral: {
    document,
    section: 'Change of address and leaving placement (the register of looked after children and the referral to the Referral and Assessment team and the virtual school)',
  },
  /** Line 27: the Referral and Assessment team enters the child's details on the children's electronic system. */
  electronicRecord: { document, section: "Change of address and leaving placement (the child's details entered on the children's electronic system)" },
} as const satisfies Record<string, Citation>);

/** The roles the procedure names, spelled as it spells them. */
export const placementRoles = deepFreeze({
  safeguardingAndQualityAssurance: 'Luton safeguarding and quality assurance service',
  referralAndAssessment: 'Luton Referral and Assessment team',
} as const);
