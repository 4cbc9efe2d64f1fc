/**
 * Where the Need to Know rules and actions read the guidance other than
 * literally, for the Service Manager and policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { ntk } from './citations.js';

export const needToKnowInterpretations = {
  missingEitherCondition: {
    id: 'need-to-know.interpretation.missing-24-hours-or-repeating',
    says: 'A child looked after or care leaver who has been missing for more than 24 hours, or who keeps going missing for significant periods, is notified: either one is enough.',
    why: 'The guidance joins the two with "and" ("over 24 hours and repeating patterns"). Read literally, a first absence of several days would not be notified until it happened again; the library reads the pair as either one, because a long first absence is no less serious.',
    citation: ntk.lookedAfter,
  },
  allegationsDatabaseRole: {
    id: 'need-to-know.interpretation.allegations-database-role',
    says: 'The Team Manager and Service Manager record a notification about an adult in a position of trust on the allegations management database.',
    why: 'The guidance says such records "will be recorded" on the database without saying by whom; the library gives the step to the managers who, in the same section, keep the child\'s record.',
    citation: ntk.recording,
  },
  anonymisationRole: {
    id: 'need-to-know.interpretation.anonymisation-role',
    says: 'The Service Manager considers whether the name of an adult subject to an allegation must be restricted, and an anonymised version circulated.',
    why: 'The guidance says that in some circumstances the name "will be restricted" but names no one who decides; the library gives the step to the Service Manager, who forwards the notification.',
    citation: ntk.circulation,
  },
  ofstedNotificationRole: {
    id: 'need-to-know.interpretation.ofsted-notification-role',
    says: 'The Service Manager considers whether an Ofsted notification is also needed.',
    why: 'The guidance says a Need to Know notification may form the basis of an Ofsted notification and is read with the Ofsted Notification guidance, but names no role for that step; the library gives it to the Service Manager, who decides on the notification.',
    citation: ntk.introduction,
  },
} as const satisfies Record<string, InterpretationDefinition>;

/** The actions that rest on an interpretation, by action id. */
export const needToKnowActionInterpretations: Readonly<Record<string, InterpretationDefinition>> = {
  'need-to-know.action.record-on-allegations-database': needToKnowInterpretations.allegationsDatabaseRole,
  'need-to-know.action.anonymise-circulation': needToKnowInterpretations.anonymisationRole,
  'need-to-know.action.consider-ofsted-notification': needToKnowInterpretations.ofstedNotificationRole,
};
