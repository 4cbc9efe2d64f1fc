/**
 * How the site's forms take a date: one text box, written year-month-day
 * with dashes (the form the library reads), never the browser's own date
 * control, whose keyboard order follows the browser's language rather than
 * the page's (typed 01062026 in an en-GB page, Chromium can read 6 January).
 * A date the library cannot read gets a message saying how to write it; a
 * day that does not exist (30 February) says so.
 */

/** The hint under every date box. */
export const DATE_HINT = 'Write the year, month and day with dashes: for example, 2026-06-01 for 1 June 2026.';

/** Why a date as typed cannot be used, or undefined when it is a real date in the form 2026-06-01. */
export function dateProblem(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return 'Enter the date as year, month and day with dashes, for example 2026-06-01 for 1 June 2026.';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return 'There is no such date: the month must be between 01 and 12.';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `There is no such date: that month has ${days} days.`;
  return undefined;
}
