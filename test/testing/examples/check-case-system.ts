/**
 * ## Checking a case system in one call
 *
 * `checkDeadlineArithmetic` runs every property below against your own two
 * functions and returns a report: `failed`, each property's outcome (with
 * fast-check's details) and a readable `message`; it prints nothing and
 * does not throw. Bind any extra argument your functions take (a calendar,
 * a tenant) into the object you pass. Here the case system is the library
 * itself, so every property holds.
 */
import { addWorkingDays, workingDaysBetween } from '../../../src/calendar/index.js';
import { checkDeadlineArithmetic } from '../../../src/testing/index.js';

// Your case system's deadline functions.
const caseSystem = { addWorkingDays, workingDaysBetween };

export function example() {
  return checkDeadlineArithmetic(caseSystem, { runs: 200, seed: 1 });
}
