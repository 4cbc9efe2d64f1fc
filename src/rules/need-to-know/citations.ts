/**
 * Where the Need to Know rules and actions come from: sections of Luton's
 * 'Need to Know' guidance as headed in the source (it prints no page numbers
 * or paragraph numbers), and the one Working Together 2026 paragraph the
 * looked after child death action refers to.
 */
import type { Citation } from '../../schemas/citation.js';
import { deepFreeze } from '../deep-freeze.js';

const doc = 'luton-need-to-know';
const circumstances = "Circumstances (Not Exclusive) which Require a 'Need To Know' Notification";

export const ntk = deepFreeze({
  introduction: { document: doc, section: 'Introduction' },
  appliesTo: { document: doc, section: "What circumstances might a 'Need to Know' Notification apply to?" },
  lookedAfter: { document: doc, section: `${circumstances}: For Children Looked After/Care Leavers` },
  staffAndCarers: {
    document: doc,
    section: `${circumstances}: For Staff/Foster Carers/Adopted Parents/SGO Carer/Commissioned Services – Children Looked After and Care Leavers`,
  },
  cinAndCp: { document: doc, section: `${circumstances}: Children who are subject to CIN and CP` },
  positionOfTrust: { document: doc, section: `${circumstances}: Allegations or concerns about adults in a position of trust with children` },
  financial: { document: doc, section: `${circumstances}: Financial and Complaints – Relating to Children Looked After and Care Leavers` },
  media: { document: doc, section: `${circumstances}: Media – Relating to Children Looked After and Care Leaver` },
  premises: { document: doc, section: `${circumstances}: Premises - Relating to Children Looked After and Care Leavers` },
  legal: { document: doc, section: `${circumstances}: Legal Proceedings, Relating to Children Looked After and Care Leavers` },
  formCompletion: { document: doc, section: 'Need to Know Notification Form Completion' },
  recording: { document: doc, section: "Recording of 'Need to Know' Notification" },
  circulation: { document: doc, section: "Circulation of 'Need to Know' Notification" },
  updating: { document: doc, section: "Updating of the 'Need to Know' Notification" },
  management: { document: doc, section: "Management of 'Need to Know' Notification" },
} as const satisfies Record<string, Citation>);

export const workingTogether = deepFreeze({
  panelNotification: { document: 'working-together-2026', section: 'Chapter 5, paragraph 372' },
  lookedAfterDeath: { document: 'working-together-2026', section: 'Chapter 5, paragraph 381' },
  careLeaverDeath: { document: 'working-together-2026', section: 'Chapter 5, paragraph 382' },
} as const satisfies Record<string, Citation>);
