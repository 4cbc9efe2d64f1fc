/**
 * Where the national alert rules read the procedure other than literally,
 * for policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { alerts } from './citations.js';

export const nationalAlertInterpretations = {
  threeWeeksAs21Days: {
    id: 'national-alert.interpretation.three-weeks-as-21-days',
    says: 'The "at least three weeks" threshold is met 21 calendar days after the date the family went missing (the same weekday three weeks later), counting every day, working or not.',
    why: 'The procedure says "at least three weeks" and does not say whether weekends and bank holidays count or which day is the first; the library counts calendar days from the day they went missing as day 0, as it does for every calendar-day period.',
    citation: alerts.threshold2,
  },
} as const satisfies Record<string, InterpretationDefinition>;
