import type { Timescale } from '../timescale.js';
import { weeksAreCalendarWeeks } from './shared-interpretations.js';

/**
 * Luton's Need to Know guidance gives one timescale: a missing child's
 * notification is updated weekly. "Weekly" is counted as 7 calendar days from
 * the notification (or the latest update), since the guidance does not speak
 * of working days. The other steps ("very quickly", "reviewed weekly at DMT")
 * have no date a case system can compute and are returned as actions.
 */
export const needToKnowTimescales: Timescale[] = [
  {
    id: 'need-to-know.missing-child-weekly-update',
    title: 'Weekly updated Need to Know notification for a missing child',
    trigger: 'the Need to Know notification, or its latest weekly update, is sent',
    amount: 1,
    unit: 'weeks',
    direction: 'after',
    recurring: true,
    basis: 'local',
    basisWording: 'updated weekly (Luton procedure)',
    responsible: 'Team Manager',
    citation: { document: 'luton-need-to-know', section: "Updating of the 'Need to Know' Notification" },
    interpretations: [weeksAreCalendarWeeks],
  },
];
