/**
 * The default calendar: England and Wales bank holidays as GOV.UK lists
 * them, confirmed through `CONFIRMED_HORIZON_YEAR` and computed from the
 * recurring rules after that.
 *
 * @example
 * isWorkingDay('2023-05-08', englandAndWales) // false (coronation of King Charles III)
 */
export { englandAndWales } from './calendar-state.js';
