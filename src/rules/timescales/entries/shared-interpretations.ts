/**
 * Readings shared by several timescales: how a period the source gives in
 * months or weeks is counted. Each timescale that relies on one lists it in
 * its own `interpretations`, so the catalogue can name every timescale that
 * depends on the reading.
 */
import type { InterpretationDefinition } from '../../engine/interpretation.js';

export const monthsAreCalendarMonths: InterpretationDefinition = {
  id: 'timescales.interpretation.months-are-calendar-months',
  says:
    'A period of N months ends on the same date N months later (the last day of a shorter month when that date does not exist), and is not moved off a weekend or bank holiday; the timeline also gives the last working day on or before it.',
  why:
    'The sources say "within three months", "six months", "6 monthly" or "twelve months" without saying how a month is counted. Counting calendar months from the date is the ordinary reading; moving the date off a non-working day would let a deadline run past the period the source sets.',
  citation: { document: 'working-together-2026', section: 'Chapter 3, Section 4: Child protection review conference', page: 107 },
};

export const weeksAreCalendarWeeks: InterpretationDefinition = {
  id: 'timescales.interpretation.weeks-are-calendar-weeks',
  says: 'A period of N weeks (or "weekly", "six weekly") is N times 7 calendar days from the trigger, not N working weeks.',
  why: 'The sources give these intervals in weeks and never in working days; a week of 7 calendar days is their ordinary meaning, and the due date is not moved off a weekend or bank holiday.',
  citation: { document: 'luton-effective-support-2021', section: 'Children in special circumstances: Private fostering (local authority duties)' },
};
