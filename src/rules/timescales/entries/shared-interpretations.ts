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
    'A period of N months ends on the same date N months later (the last day of a shorter month when that date does not exist), and is not moved off a weekend or bank holiday; a judged deadline also gives the last working day before it when it is not a working day (lastWorkingDayOnTime).',
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

const wt = 'working-together-2026';
/** Footnote 209 of Working Together 2026, the definition of a working day (on paragraph 407, page 147). */
const workingDayFootnote = { document: wt, section: 'Chapter 5, footnote 209 to paragraph 407 (definition of a working day)', page: 147 };

export const triggerDayIsDayZero: InterpretationDefinition = {
  id: 'timescales.interpretation.trigger-day-is-day-zero',
  says:
    'A period counted from an event starts the day after it: the day of the event is day 0, whatever day it is, and "within N working days of X" is due on the N-th working day strictly after X (for calendar days and weeks, on X plus that many days). The due date is the last day that is still on time.',
  why:
    'Working Together sets its timescales "within one working day of a referral being received", "no longer than 45 working days from the point of referral", "within 15 working days of a strategy discussion" and "within five working days of safeguarding partners becoming aware", and defines a working day, but never says whether the day of the event is day 0 or day 1. Counting it as day 0 is the ordinary reading of "within N days of", and the only one under which "within one working day" leaves a whole working day to act. Some census validation tools count the event day as day 1 and so flag the work one working day earlier: docs/calendar.md shows the difference on real dates.',
  citation: { document: wt, section: 'Chapter 3, Section 3: Timeliness, paragraphs 167 and 169', page: 62 },
};

export const christmasDayAndGoodFridayNotWorkingDays: InterpretationDefinition = {
  id: 'timescales.interpretation.christmas-day-and-good-friday-not-working-days',
  says:
    'Christmas Day and Good Friday are not working days: a count of working days passes over them like a weekend or a bank holiday, and a due date in calendar days, weeks or months that falls on one has its last working day on time before it. A calendar a case system makes with holidays added or removed cannot remove them either.',
  why:
    'Footnote 209 defines a working day as "any day which is not a Saturday, Sunday, or bank holiday". In England and Wales Christmas Day and Good Friday are common-law holidays rather than bank holidays under the Banking and Financial Dealings Act 1971, so read literally they would be working days. GOV.UK lists both among the England and Wales bank holidays, services close on them as on any bank holiday, and no timescale could sensibly expect the work to be done on them. The result relies on this reading only when a count passed over one of these days, or a due date fell on one.',
  citation: workingDayFootnote,
};

export const workingDaysBeforeCountBack: InterpretationDefinition = {
  id: 'timescales.interpretation.working-days-before-count-back',
  says:
    '"No later than N working days before the date of publication" is due on the N-th working day strictly before publication: the publication day is day 0 and the working days between the due date and publication, the due date included, number N. It is not read as N clear working days, which would make it due one working day earlier.',
  why:
    'Paragraph 407 says "no later than seven working days before the date of publication" without saying whether the seven days include the day the report is sent or must be clear days in between. The library counts back the same way it counts forward (the trigger is day 0), so that a period before an event and a period after one are measured alike.',
  citation: { document: wt, section: 'Chapter 5, para 407', page: 147 },
};
