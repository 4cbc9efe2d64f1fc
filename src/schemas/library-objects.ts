/**
 * The calendars this copy of the library made, recognised by identity.
 *
 * Why a module-private WeakSet and not a mark on the object (a registered
 * symbol, say): any caller's object can carry a mark, and a forged
 * "calendar" would then skip input reading and bring its own holiday tables.
 * Identity cannot be forged: only `createCalendar` and `englandAndWales`
 * put objects here, and a Proxy around a calendar is another object. The
 * price is that a calendar works with the build that made it (the ES module
 * or the CommonJS build of the library, each of which has one copy of this
 * module however many entries are imported).
 *
 * Here, at the bottom of the import graph with no dependencies, so that the
 * read-once walk (which passes a calendar on as it is) needs no import of
 * the calendar.
 */
const calendars = new WeakSet<object>();

/** Records an object as one of the library's calendars (calendar-state.ts, once per calendar made). */
export function registerCalendar(calendar: object): void {
  calendars.add(calendar);
}

/** Whether `value` is a calendar this copy of the library made. Never runs a caller's code (no Proxy trap, no getter). */
export function isLibraryCalendar(value: unknown): value is object {
  return typeof value === 'object' && value !== null && calendars.has(value);
}
