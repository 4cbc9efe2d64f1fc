/**
 * Where the placement notification check reads Luton's procedure other than
 * literally, for policy owners to confirm. A result returns the readings it
 * relied on; the catalogue lists each with the checks and actions that use it.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { placementItems, procedureSteps, recordUpdateItem } from './items.js';

export const placementInterpretations = {
  legalStatusesBeyondItemTwo: {
    id: 'placement-notification.interpretation.legal-statuses-beyond-item-2',
    says: 'Item 2 is answered by an interim care order, a placement order or a remand to local authority accommodation as well as by the three statuses it names (section 20, care order, supervision order); an interim care order is treated as a care order.',
    why: 'Item 2 asks "whether the child is accommodated under section 20 or subject to a care order or supervision order". A looked after child may instead be subject to an interim care order (a care order for this purpose under the Children Act 1989, s31(11)), a placement order (Adoption and Children Act 2002, s21) or remanded to local authority accommodation (Legal Aid, Sentencing and Punishment of Offenders Act 2012, s104), which the wording leaves out. Refusing them would make the placing authority pick a status that is not the child\'s; the library accepts each as the child\'s legal status and says which one it is.',
    citation: placementItems.legalStatus.citation,
  },
  stepsForEveryKind: {
    id: 'placement-notification.interpretation.follow-on-steps-for-every-kind',
    says: 'The register of looked after children, the referral to the Referral and Assessment team and the virtual school, and the entry on the children\'s electronic system follow every notification: a placement in Luton, a change of address and a child leaving the placement.',
    why: 'The procedure sets these steps in the paragraph after the one on change of address and leaving placement, without saying which notifications they follow. A register that is only ever added to would still list children who have moved or left, and the virtual school needs to know a child has left a Luton school as much as that one has arrived, so the library applies them to all three kinds, each worded for its kind.',
    citation: procedureSteps.registerAndReferral,
  },
  incompleteStillRegistered: {
    id: 'placement-notification.interpretation.incomplete-notification-still-registered',
    says: 'A notification with items missing or unclear still starts the register, the referrals and the electronic record when the child is identified by a usable name (a date of birth that is missing or cannot be used is asked for with the rest, and does not hold the steps back), while the placing authority is asked for the rest; with no usable name, only the reply is given.',
    why: 'The procedure lists what a notification "must state" but not what Luton does with one that falls short. Waiting for a complete notification before telling the virtual school and the Referral and Assessment team would leave a looked after child living in Luton unknown to them; the library therefore gives both the reply and the follow-on steps, and gives neither register step when the child cannot be identified.',
    citation: procedureSteps.registerAndReferral,
  },
  moveOutOfLuton: {
    id: 'placement-notification.interpretation.move-out-of-luton',
    says: 'A change of address to an address that does not show it is in the borough of Luton is flagged: one with a postcode outside the LU1 to LU4 districts, or with no postcode and no "Luton", or one naming a place outside the borough that shares Luton\'s postcodes (Caddington, Slip End, Aley Green, Streatley, Sundon, Lilley). If the child has moved out of Luton, it is in effect a notification that the child has left the placement in Luton: the first step asks the placing authority to confirm, and the address steps wait for that confirmation. An address that is not flagged is not thereby shown to be in the borough.',
    why: 'The procedure is about looked after children placed in Luton and treats a child leaving the placement in Luton apart from a change of address. A "change of address" to another town would leave the register showing a child in Luton who lives elsewhere. Postcodes do not follow the borough boundary: most of the borough is in the LU1 to LU4 districts and LU5 to LU7 are outside it, but LU1 to LU4 and the post town "Luton" also cover villages in Central Bedfordshire and North Hertfordshire (Caddington and Slip End are LU1 4 addresses). The check reads the address as written, names the places it knows of, and cannot be certain either way, so it warns and asks for the move to be confirmed rather than refusing the notification.',
    citation: recordUpdateItem.citation,
  },
  senStatementIncludesEhcPlan: {
    id: 'placement-notification.interpretation.sen-statement-includes-ehc-plan',
    says: 'Item 4\'s "statement of Special Educational Needs" is answered by an education, health and care (EHC) plan as well as by a statement; the notification says whether the child has either, and which local authority maintains it.',
    why: 'Item 4 asks whether the child has "a statement of Special Educational Needs" and which authority maintains "the statement". Statements were replaced by EHC plans under the Children and Families Act 2014 (the transition ended in 2018), so a child today has a plan, not a statement. Read literally, no child would have one to declare; the library asks for either.',
    citation: placementItems.specialEducationalNeeds.citation,
  },
  legalStatusSpelling: {
    id: 'placement-notification.interpretation.legal-status-spelling',
    says: 'A legal status written in words (for example "Care Order", "Section 20", "s20", "Interim Care Order", with or without the Act: "S.20 CA 1989", "section 20 of the Children Act 1989") is read as the status it names, and the result says so in a warning; only a status Luton cannot match to one it records is a problem.',
    why: 'Item 2 asks the placing authority to state the child\'s legal status, not to use the library\'s codes. A notification that says "Care Order" has stated item 2; replying that it has not would be wrong and would delay the register.',
    citation: placementItems.legalStatus.citation,
  },
  contactDetailsOneWay: {
    id: 'placement-notification.interpretation.contact-details-one-way',
    says: 'Item 3\'s "contact details" for the placing authority and for the Independent Reviewing Officer are a name and at least one way to reach them: a phone number, an email address or a postal address. Each one given must be usable.',
    why: 'The procedure asks for "the contact details" without saying which. Luton needs to be able to reach the placing authority and the reviewing officer; any one working way does that, and asking for all three would refuse notifications that let Luton make contact.',
    citation: placementItems.contacts.citation,
  },
} as const satisfies Record<string, InterpretationDefinition>;

/** Each reading with the checks and actions that rely on it, for the interpretations catalogue. */
export const placementReadings: readonly { definition: InterpretationDefinition; usedBy: readonly string[] }[] = [
  { definition: placementInterpretations.legalStatusesBeyondItemTwo, usedBy: ['placement-notification.item-2.legal-status'] },
  {
    definition: placementInterpretations.stepsForEveryKind,
    usedBy: ['placement-notification.action.update-register', 'placement-notification.action.refer-to-referral-and-assessment', 'placement-notification.action.refer-to-virtual-school', 'placement-notification.action.update-electronic-record'],
  },
  {
    definition: placementInterpretations.incompleteStillRegistered,
    usedBy: ['placement-notification.action.complete-register', 'placement-notification.action.reply-to-placing-authority'],
  },
  { definition: placementInterpretations.moveOutOfLuton, usedBy: ['placement-notification.warning.new-address-not-in-luton'] },
  { definition: placementInterpretations.senStatementIncludesEhcPlan, usedBy: ['placement-notification.item-4.special-educational-needs'] },
  { definition: placementInterpretations.contactDetailsOneWay, usedBy: ['placement-notification.item-3.contacts'] },
  { definition: placementInterpretations.legalStatusSpelling, usedBy: ['placement-notification.item-2.legal-status', 'placement-notification.warning.legal-status-read-from-words'] },
];
