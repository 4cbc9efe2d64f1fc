/**
 * Checks of single fields of a notification document. Each returns a
 * plain-English description of what is wrong, or `undefined` when the field
 * is fine. Descriptions never repeat the value (it may be a child's personal
 * data); they say what is missing or what form was expected.
 */
import { isIsoDate } from '../../schemas/iso-date.js';
import { inputLimits } from '../../schemas/limits.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from '../../schemas/placement-notification.js';

export type Doc = Record<string, unknown>;

export function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPresent(value: unknown): boolean {
  // trim() rather than TEXT_PATTERN on a long blank value: the same answer, without a regular expression.
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** `what` is the field as a reader would name it, e.g. "the child's name". */
export function textProblem(value: unknown, what: string): string | undefined {
  if (!isPresent(value)) return `${what} is missing`;
  if (typeof value !== 'string') return `${what} should be written as text`;
  if (value.length > inputLimits.placementText) return `${what} is longer than ${inputLimits.placementText} characters`;
  return undefined;
}

export function dateProblem(value: unknown, what: string): string | undefined {
  if (!isPresent(value)) return `${what} is missing`;
  if (!isIsoDate(value)) return `${what} is not a real date in the form YYYY-MM-DD`;
  return undefined;
}

export function phoneProblem(value: unknown, what: string): string | undefined {
  // The length first: the pattern then never sees a long value.
  if (typeof value !== 'string' || value.length > inputLimits.phone || !PHONE_PATTERN.test(value)) {
    return `${what} is not a valid phone number (digits, with at least seven of them)`;
  }
  return undefined;
}

export function emailProblem(value: unknown, what: string): string | undefined {
  if (typeof value !== 'string' || value.length > inputLimits.email || !EMAIL_PATTERN.test(value)) return `${what} is not a valid email address`;
  return undefined;
}

/** A UK postcode: its outward code, then the inward code (one digit, two letters). Linear: no nested repetition. */
const POSTCODE = /\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?[0-9][A-Z]{2}\b/gi;
/** The postcode districts that hold most of the borough (LU5 to LU7 are outside it); they are not the borough itself. */
const LUTON_DISTRICT = /^LU[1-4]$/i;
/**
 * Places outside the borough whose addresses share its postcode districts
 * and its post town: Caddington, Slip End and Aley Green (LU1 4) and
 * Streatley and Sundon (LU3 3) in Central Bedfordshire, Lilley (LU2 8) in
 * North Hertfordshire. Not a complete list: a postcode cannot settle the
 * borough (see the move-out-of-luton reading).
 */
const OUTSIDE_BOROUGH_PLACE = /\b(?:caddington|slip end|aley green|streatley|sundon|lilley)\b/i;

/**
 * Whether an address, as written, does not show that it is in the borough
 * of Luton: it names a place outside the borough that shares Luton's
 * postcodes, or has a postcode outside the LU1 to LU4 districts, or no
 * postcode and no "Luton". A warning, not a refusal: the text cannot settle
 * where the child lives, and an address that passes is not thereby shown to
 * be in the borough.
 */
export function mayBeOutsideLuton(address: string): boolean {
  if (OUTSIDE_BOROUGH_PLACE.test(address)) return true;
  const districts = [...address.matchAll(POSTCODE)].map((m) => m[1]!);
  if (districts.length > 0) return !districts.some((d) => LUTON_DISTRICT.test(d));
  return !/\bluton\b/i.test(address);
}
