/** The default number of Intensive indicators that make Intensive need ("a number of" in the source). */
export const DEFAULT_INTENSIVE_INDICATOR_THRESHOLD = 2;
