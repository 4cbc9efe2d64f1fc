/**
 * The documented maximums of every input. Each is enforced as an input error
 * (`too-long`), and early: the read-once snapshot refuses an over-long list
 * before reading its elements, so a rejected input of any size costs about
 * as much as its first offending element. They are far above anything a real
 * case needs; a value beyond one is a mistake or an attack.
 *
 * No dependencies: the calendar uses them too.
 */
export const inputLimits = Object.freeze({
  /** Any list anywhere in an input (the largest list a function accepts is the timeline's events). */
  listLength: 10_000,
  /** Keys of any one object (the largest input, `assessNeedToKnow`'s, has about 50). */
  objectKeys: 200,
  /** Nesting of objects and lists. */
  depth: 12,
  /** Values (of any kind) in one whole input. */
  values: 100_000,
  /**
   * Characters of any text anywhere in any input, checked as it is read:
   * every text field has a lower limit of its own, and a longer text is
   * refused before anything scans it (a length check by code points, or a
   * regular expression, over millions of characters takes tens of milliseconds).
   */
  textLength: 100_000,
  /** `statutoryTimeline`: events in one case timeline. */
  timelineEvents: 2_000,
  /** `classifyNeed`: indicator ids (the catalogue holds 226, each may be listed once). */
  indicators: 300,
  /** An id from a catalogue (indicator ids are under 100 characters); ids are checked against their catalogue, which refuses any longer string. */
  idLength: 200,
  /** `createCalendar`: days added. */
  additionalHolidays: 1_000,
  /** `createCalendar`: days removed. */
  removedHolidays: 1_000,
  /** `createCalendar`: a holiday's name. */
  holidayName: 200,
  /** `createDeadline`: `id`, `title`, `trigger.event`, `citation.document` and `citation.section`. */
  deadlineText: 1_000,
  /** `validatePlacementNotification`: a name, address or other free-text field. */
  placementText: 2_000,
  /** `validatePlacementNotification`: a phone number. */
  phone: 50,
  /** `validatePlacementNotification`: an email address (the longest an address can be, RFC 5321). */
  email: 254,
  /** Unknown keys looked at for a suggestion of the nearest known key in one message (every unknown key is counted, none is named). */
  unknownKeysNamed: 5,
});

/** The shape of `inputLimits`: each input list or text and its maximum. */
export type InputLimits = typeof inputLimits;
