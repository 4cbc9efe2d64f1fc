/**
 * What each issue code means, as data: the `error-codes` catalogue
 * (catalogues/error-codes.json, `luton-safeguarding-rules catalogue
 * error-codes`), so a case system in any language can map a code to its
 * own handling. A `Record` over `InputIssueCode`: a new code without a
 * description here does not compile.
 */
import type { InputIssueCode } from './input-error.js';

/**
 * What each issue code (`InputIssue.code`) means, in a sentence: the
 * `error-codes` catalogue.
 *
 * @example
 * inputIssueCodeDescriptions['invalid-date'] // 'Not a real calendar date in the form YYYY-MM-DD.'
 */
export const inputIssueCodeDescriptions: Readonly<Record<InputIssueCode, string>> = Object.freeze({
  required: 'A field or event that must be given is missing.',
  'invalid-type': 'The value is of the wrong kind: a string where true or false belongs, an array where an object belongs, and so on.',
  'invalid-value': 'The value is not one of the allowed values of an enumeration or literal.',
  'invalid-date': 'Not a real calendar date in the form YYYY-MM-DD.',
  'invalid-instant': 'Not a timestamp with Z or an offset, nor a number of milliseconds (londonDate).',
  'invalid-integer': 'A number that is not a whole number of safe size.',
  'invalid-calendar': 'Not englandAndWales nor a calendar made by createCalendar.',
  'out-of-range': 'A number or date outside the range accepted, including years the calendar does not serve.',
  'too-long': 'A list or text longer than its documented maximum (docs/input-limits.md).',
  'too-short': 'A list with fewer entries than needed.',
  empty: 'Text that is empty or only white space where text is needed.',
  'unknown-key': 'A key the input does not have; it is named when it looks like an identifier, with the nearest known key.',
  'unknown-id': "An id that is not in the library's catalogue, e.g. a need indicator id.",
  'unexpected-field': 'A known key used where it does not apply.',
  duplicate: 'The same entry listed more than once where it may appear once.',
  contradiction: 'Two answers that cannot both be true.',
  'date-order': 'Dates in an impossible order: a notification before the incident, an event after asOf.',
  'not-a-bank-holiday': 'A removed holiday that is not an England and Wales bank holiday.',
  'not-removable': 'A holiday that may not be removed (Christmas Day, Good Friday).',
  'not-plain-data': 'Not plain JSON-like data: a getter, a Proxy, a class instance, a cycle or a symbol key.',
  'empty-range': "A range of dates with no day of the kind asked for (the testing kit's arbitraries).",
  'fingerprint-mismatch': 'A stored result or record whose input or outcome is not the one its fingerprint was taken of: it was changed after the decision.',
  'not-reproduced': 'A stored record that this version of the library decides differently (explainRecord): the rules changed, or it was counted on another calendar.',
  'invalid-xml': 'A census file that is not well-formed XML (with the line and column).',
  'not-a-census': 'Well-formed XML that is not a children in need census return.',
  truncated: 'A census file that ends before its XML does.',
  'invalid-json': 'Input that is not valid JSON (a command-line line, a request body, a batch line).',
  'empty-input': 'No input: an empty file, standard input or request body.',
  usage: 'A command line the command does not understand.',
  'not-available': 'A command this version of the library does not have.',
  'internal-error': 'The library or the service failed unexpectedly: a fault of the library, not of the input. Nothing was decided.',
  'not-found': 'The web service has no endpoint at this path.',
  'method-not-allowed': 'The endpoint exists but does not take this HTTP method (the Allow header lists those it takes).',
  'unsupported-media-type': 'The request body is not of the media type the endpoint reads (application/json, or JSON Lines for a batch), in UTF-8.',
  'too-large': "The request body (or a batch's line, or its number of lines) is over the service's limit.",
  unavailable: 'The web service is shutting down and takes no new requests; send it again to another instance.',
});
