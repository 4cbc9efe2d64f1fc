/**
 * Checks a notification from another authority that a looked after child has
 * been placed in Luton, has changed address, or has left the placement,
 * against Luton's notification procedure.
 *
 * The function validates a document someone sent: a missing or malformed item
 * is an answer (`valid: false` with each problem named by the procedure's item
 * number and wording, ready for a reply to the placing authority), not an
 * error. Only input that is not a notification at all (not an object, no or
 * unknown `kind`, a malformed `receivedOn`, or a document that is not plain
 * data) throws `SafeguardingInputError`.
 *
 * Limits: free-text fields of at most 2,000 characters, phone numbers of at
 * most 50 and email addresses of at most 254 (`inputLimits`); longer values
 * are reported as problems, like any other unusable field. A text over
 * 100,000 characters (`inputLimits.textLength`) is refused as it is read,
 * with the input error every function gives it.
 */
import { eighteenthBirthdayOf } from '../../calendar/eighteenth-birthday.js';
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { parseInput } from '../../schemas/parse-input.js';
import { SafeguardingInputError } from '../../schemas/input-error.js';
import { describeUnknownKeys } from '../../schemas/unknown-keys.js';
import { readOnce } from '../../schemas/read-once.js';
import { schemaFields } from '../../schemas/schema-fields.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import type { PlacementNotificationInput } from '../../schemas/placement-notification-input.js';
import {
  placementNotificationSchemas,
  itemTwoLegalStatuses,
  legalStatuses,
  type LegalStatus,
  type PlacementNotification,
  type PlacementNotificationKind,
} from '../../schemas/placement-notification.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from '../../schemas/placement-notification.js';
import { inputLimits } from '../../schemas/limits.js';
import { rulesetVersion, type RulesetVersion } from '../engine/ruleset-version.js';
import { undatedRuleset, type ResultRuleset } from '../decision-options.js';
import { dateProblem, emailProblem, isObject, isPresent, mayBeOutsideLuton, phoneProblem, textProblem, type Doc } from './field-checks.js';
import { placementItems, procedureCitation, recordUpdateItem, type NotificationItem } from './items.js';
import { followOnSteps, recipient, type PlacementNotificationRecipient } from './follow-on-steps.js';
import { placementInterpretations, placementReadings } from './interpretations.js';
import type { Action } from '../engine/decision-result.js';
import { copyInterpretation, type Interpretation, type InterpretationDefinition, type Warning } from '../engine/interpretation.js';

/** One item of a placement notification that is missing or not acceptable, worded for the reply to the placing authority. */
export interface PlacementNotificationProblem {
  /** The procedure's item number (1 to 4), or `null` for the unnumbered change-of-address and leaving-placement notifications. */
  item: 1 | 2 | 3 | 4 | null;
  /** The procedure's wording of the item. */
  itemWording: string;
  /** Where in the notification, e.g. `placingAuthority.email`. */
  field: string;
  /** A sentence for the reply to the placing authority; never repeats the value sent. */
  message: string;
  /**
   * `procedure`: the procedure lists this item. `record-update`: the procedure
   * lists no content for this kind of notification; the library asks for what
   * Luton needs to update its register (see `recordUpdateItem`).
   */
  basis: 'procedure' | 'record-update';
  citation: Citation;
}

/** What every placement notification result carries, valid or not: stored on the child's record, it can be verified like any decision. */
interface PlacementNotificationResultBase {
  /** Which check this is, for a stored result (`verifyDecision` re-runs it). */
  decision: 'placement-notification';
  /** The notification's kind, as given. */
  kind: PlacementNotificationKind;
  /** The procedure the notification was checked against. */
  citation: Citation;
  /** Who receives placement notifications in Luton, and how they are sent. */
  recipient: PlacementNotificationRecipient;
  /**
   * What Luton does next, with the roles the procedure names: the register
   * of looked after children, the referrals to the Referral and Assessment
   * team and the virtual school, the electronic record, and for an
   * incomplete notification the reply to the placing authority.
   */
  actions: Action[];
  /**
   * What looks wrong without making the notification incomplete: a change
   * of address that does not show it is in Luton, a date after the
   * notification was received. Each names the fields; none repeats a value.
   */
  warnings: Warning[];
  /** The readings of the procedure (not its literal words) this result relied on. */
  interpretations: Interpretation[];
  /** The notification as given (read once), so a stored result is self-contained. */
  input: PlacementNotificationInput;
  /** Which checks produced the result: a SHA-256 of the procedure's items, legal statuses, field patterns and limits (`calendar` is `none`: no date is computed). */
  ruleset: ResultRuleset;
}

/** A notification with everything the procedure asks for (`valid: true`). */
export interface ValidPlacementNotificationResult extends PlacementNotificationResultBase {
  valid: true;
  /** The complete, typed notification (the fields the procedure asks for). */
  notification: PlacementNotification;
}

/** A notification with items missing or unusable (`valid: false`). */
export interface InvalidPlacementNotificationResult extends PlacementNotificationResultBase {
  valid: false;
  /** Each missing or unacceptable item, worded for a reply to the placing authority. */
  problems: PlacementNotificationProblem[];
  /** The problems as one plain-English paragraph list, for a reply to the placing authority. */
  summary: string;
}

/**
 * What `validatePlacementNotification` returns: `valid: true` with the
 * typed, complete notification, or `valid: false` with each missing or
 * unacceptable item (`problems`) and a summary for the reply to the placing
 * authority. Check `valid` before reading either. Either way it says what
 * Luton does next (`actions`, by role), who receives notifications
 * (`recipient`), any `warnings` and the readings it relied on, and it carries
 * `decision`, `input` and `ruleset`, so it can be stored and checked later
 * with `verifyDecision`.
 */
export type PlacementNotificationResult = ValidPlacementNotificationResult | InvalidPlacementNotificationResult;

let placementVersion: RulesetVersion | undefined;

/** The `ruleset` of a result: everything the check depends on, hashed once. */
function placementRuleset(): ResultRuleset {
  placementVersion ??= rulesetVersion({
    area: 'placement-notification',
    items: placementItems,
    recordUpdateItem,
    procedureCitation,
    legalStatuses,
    kindNames,
    // The follow-on steps and readings are part of what a result says, so a change to them is a new ruleset.
    readings: placementReadings,
    patterns: { phone: PHONE_PATTERN.source, email: EMAIL_PATTERN.source },
    limits: { text: inputLimits.placementText, phone: inputLimits.phone, email: inputLimits.email },
  });
  return undatedRuleset(placementVersion);
}

/**
 * Checks that a notification of a looked after child placed in Luton by
 * another authority contains what Luton's procedure asks for.
 *
 * @param input - The notification: its `kind` (`placement-start`, `change-of-address` or `leaving-placement`), optionally `receivedOn`, and its items.
 * @returns `valid: true` with the typed notification, or `valid: false` with each problem worded for a reply to the placing authority (never repeating the value sent) and a summary.
 * @throws {SafeguardingInputError} when the input is not a notification document with a known `kind` (missing items are problems in the result, not errors).
 * @example
 * const result = validatePlacementNotification({ kind: 'leaving-placement', child: { name: 'Alex Example', dateOfBirth: '2014-05-17' } });
 * result.valid; // false: the placing authority and the date the child left are missing
 */
export function validatePlacementNotification(input: ReadonlyInput<PlacementNotificationInput>): PlacementNotificationResult {
  // One read of the document: the checks and the typed result see the same data.
  const doc = readOnce(input, 'notification', undefined, notificationFields()) as Doc;
  const envelope = parseInput(placementNotificationSchemas().PlacementNotificationInputSchema, doc, 'notification');
  refuseUnknownKeys(doc);
  // A legal status written in words ("Care Order") is read as the status it names (see the reading).
  const legalStatus = envelope.kind === 'placement-start' ? legalStatusFromWords(doc.legalStatus) : undefined;
  const fromWords = legalStatus !== undefined && legalStatus !== doc.legalStatus;
  const checked: Doc = fromWords ? { ...doc, legalStatus } : doc;
  const problems = new ProblemList();

  checkChild(doc, envelope.receivedOn, problems, envelope.kind === 'placement-start' ? placementItems.child : recordUpdateItem);
  if (envelope.kind === 'placement-start') {
    checkLegalStatus(checked, problems);
    checkContact(doc.placingAuthority, 'placingAuthority', 'the placing authority', problems);
    checkContact(doc.independentReviewingOfficer, 'independentReviewingOfficer', "the child's Independent Reviewing Officer", problems);
    checkSpecialEducationalNeeds(doc, problems);
  } else {
    checkPlacingAuthorityName(doc, problems);
    if (envelope.kind === 'change-of-address') {
      problems.add(recordUpdateItem, 'newAddress', textProblem(doc.newAddress, "the child's new address"));
      problems.add(recordUpdateItem, 'effectiveDate', dateProblem(doc.effectiveDate, 'the date of the move to the new address'));
    } else {
      problems.add(recordUpdateItem, 'leftOn', dateProblem(doc.leftOn, 'the date the child left the placement'));
    }
  }

  const warnings = checkConsistency(doc, envelope.kind, envelope.receivedOn, problems);
  if (fromWords) {
    warnings.push({
      code: LEGAL_STATUS_FROM_WORDS,
      message: `The legal status was given in words and is read as ${legalStatus}; check that this is the child's status before it goes on the register.`,
      facts: ['legalStatus'],
    });
  }
  // The child is identified by a usable name: a date of birth that cannot be used is queried with the
  // placing authority, but does not hold back the register and the referrals (see the reading).
  const childIdentified = !problems.list.some((p) => p.field === 'child' || p.field === 'child.name');
  const complete = problems.list.length === 0;
  const sen = doc.specialEducationalNeeds;
  const newAddressMayBeOutsideLuton = warnings.some((w) => w.code === OUTSIDE_LUTON);
  const actions = followOnSteps({
    kind: envelope.kind,
    complete,
    childIdentified,
    ...(isObject(sen) && typeof sen.hasStatementOrEhcPlan === 'boolean' ? { hasStatementOrEhcPlan: sen.hasStatementOrEhcPlan } : {}),
    newAddressMayBeOutsideLuton,
  });
  const relied: InterpretationDefinition[] = [];
  if (envelope.kind === 'placement-start' && legalStatuses.includes(checked.legalStatus as LegalStatus) && !itemTwoLegalStatuses.includes(checked.legalStatus as LegalStatus)) {
    relied.push(placementInterpretations.legalStatusesBeyondItemTwo);
  }
  if (fromWords) relied.push(placementInterpretations.legalStatusSpelling);
  // Item 4 is asked as a statement or an EHC plan whenever a placement is notified.
  if (envelope.kind === 'placement-start') relied.push(placementInterpretations.senStatementIncludesEhcPlan, placementInterpretations.contactDetailsOneWay);
  if (childIdentified && envelope.kind !== 'placement-start') relied.push(placementInterpretations.stepsForEveryKind);
  // The same reading decides both ways: steps given for an incomplete notification, or withheld when the child cannot be identified.
  if (!complete) relied.push(placementInterpretations.incompleteStillRegistered);
  if (newAddressMayBeOutsideLuton) relied.push(placementInterpretations.moveOutOfLuton);
  const base = {
    decision: 'placement-notification' as const,
    kind: envelope.kind,
    citation: copyCitation(procedureCitation),
    recipient: recipient(),
    actions,
    warnings,
    interpretations: relied.map(readingOf),
    input: doc as PlacementNotificationInput,
    ruleset: placementRuleset(),
  };

  if (!complete) {
    return { valid: false, ...base, problems: problems.list, summary: summarise(envelope.kind, problems.list) };
  }
  const parsed = placementNotificationSchemas().PlacementNotificationSchema.safeParse(checked);
  // The checks above and the schema describe the same notification; if they
  // ever disagree that is a defect in the library, not the caller's input.
  if (!parsed.success) throw new Error(`Placement notification checks passed but the schema rejected the notification at ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  // zod's parse builds new objects, so the typed notification shares none with `input`.
  return { valid: true, ...base, notification: parsed.data };
}

/** The reading with the checks and actions that rely on it, as the catalogue lists them. */
function readingOf(definition: InterpretationDefinition): Interpretation {
  const entry = placementReadings.find((r) => r.definition.id === definition.id)!;
  return copyInterpretation({ ...definition, ruleIds: [...entry.usedBy] });
}

const OUTSIDE_LUTON = 'placement-notification.warning.new-address-not-in-luton';
const LEGAL_STATUS_FROM_WORDS = 'placement-notification.warning.legal-status-read-from-words';

/** Words a placing authority may use for each legal status, once lower-cased with spaces, dots and underscores made hyphens. */
const legalStatusWords: Readonly<Record<string, LegalStatus>> = {
  'section-20': 'section-20',
  's20': 'section-20',
  's-20': 'section-20',
  'section-20-accommodation': 'section-20',
  'accommodated-under-section-20': 'section-20',
  'care-order': 'care-order',
  'section-31-care-order': 'care-order',
  's-31-care-order': 'care-order',
  's31-care-order': 'care-order',
  'ico': 'interim-care-order',
  'full-care-order': 'care-order',
  'supervision-order': 'supervision-order',
  'interim-care-order': 'interim-care-order',
  'placement-order': 'placement-order',
  'remand': 'remand',
  'remanded': 'remand',
  'remanded-to-local-authority-accommodation': 'remand',
};

/** The legal status a value names: the code itself, or words for it; `undefined` for anything else. */
function legalStatusFromWords(value: unknown): LegalStatus | undefined {
  if (typeof value !== 'string' || value.length > 60) return undefined;
  if ((legalStatuses as readonly string[]).includes(value)) return value as LegalStatus;
  const words = value.trim().toLowerCase().replace(/[\s._()]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  // The Act named after the section ("S.20 CA 1989", "section 20 of the Children Act 1989") adds nothing: every status here is under it.
  return legalStatusWords[words] ?? legalStatusWords[words.replace(/-(?:of-)?(?:the-)?(?:children-act|ca)(?:-?(?:19)?89)?$/, '')];
}

/** The fields of a notification document, and of its items that are objects; anything else is refused, as every decision refuses an unknown key. */
const topLevelKeys = ['kind', 'receivedOn', 'child', 'legalStatus', 'placingAuthority', 'independentReviewingOfficer', 'specialEducationalNeeds', 'newAddress', 'effectiveDate', 'leftOn'];
const contactKeys = ['name', 'phone', 'email', 'postalAddress'];
const itemKeys: Readonly<Record<string, readonly string[]>> = {
  child: ['name', 'dateOfBirth'],
  placingAuthority: contactKeys,
  independentReviewingOfficer: contactKeys,
  specialEducationalNeeds: ['hasStatementOrEhcPlan', 'maintainingAuthority'],
};

/** An unknown key is the caller's mistake (and may hold data Luton did not ask for), not the placing authority's: an error, named only when it looks like a field name. */
function refuseUnknownKeys(doc: Doc): void {
  const issues: { path: (string | number)[]; code: 'unknown-key'; message: string }[] = [];
  const check = (value: Doc, known: readonly string[], path: string[]) => {
    const unknown = Object.keys(value).filter((k) => !known.includes(k));
    if (unknown.length > 0) issues.push({ path: ['notification', ...path], code: 'unknown-key', message: `${['notification', ...path].join('.')}: ${describeUnknownKeys(unknown, known)}` });
  };
  check(doc, topLevelKeys, []);
  for (const [field, known] of Object.entries(itemKeys)) {
    const value = doc[field];
    if (isObject(value)) check(value, known, [field]);
  }
  if (issues.length > 0) throw new SafeguardingInputError(issues);
}

/**
 * Dates and addresses that cannot all be true (a problem: the child cannot
 * leave before being born) or look wrong (a warning: an address that does
 * not show it is in Luton, a date after the notification arrived).
 */
function checkConsistency(doc: Doc, kind: PlacementNotificationKind, receivedOn: string | undefined, problems: ProblemList): Warning[] {
  const warnings: Warning[] = [];
  const child = doc.child;
  const dateOfBirth = isObject(child) ? child.dateOfBirth : undefined;
  if (kind === 'placement-start') {
    if (receivedOn !== undefined) warnIfAdult(warnings, dateOfBirth, receivedOn, 'receivedOn', 'when the notification was received');
    return warnings;
  }
  const [field, what] = kind === 'change-of-address' ? (['effectiveDate', 'the date of the move'] as const) : (['leftOn', 'the date the child left the placement'] as const);
  const date = doc[field];
  if (dateProblem(date, what) === undefined) warnIfAdult(warnings, dateOfBirth, date as string, field, kind === 'change-of-address' ? 'on the date of the move' : 'on the date they left the placement');
  if (dateProblem(date, what) === undefined) {
    if (dateProblem(dateOfBirth, '') === undefined && (date as string) < (dateOfBirth as string)) {
      problems.add(recordUpdateItem, field, `${what} is before the child's date of birth`);
    }
    if (receivedOn !== undefined && (date as string) > receivedOn) {
      warnings.push({
        code: 'placement-notification.warning.date-after-received',
        message: `${capitalise(what)} is after the date the notification was received: if it is a planned date, confirm with the placing authority when it has happened.`,
        facts: [field, 'receivedOn'],
      });
    }
  }
  if (kind === 'change-of-address' && textProblem(doc.newAddress, '') === undefined && mayBeOutsideLuton(doc.newAddress as string)) {
    warnings.push({
      code: OUTSIDE_LUTON,
      message:
        'The new address does not show that it is in the borough of Luton (no LU1 to LU4 postcode and no "Luton", or it names a place outside the borough that shares Luton\'s postcodes, such as Caddington or Slip End): if the child has moved out of Luton, this is in effect a notification that the child has left the placement in Luton.',
      facts: ['newAddress'],
    });
  }
  return warnings;
}

/**
 * A looked after child is under 18: a date of birth that makes the young
 * person 18 or over on the notification's own date is warned about, not
 * refused (the date of birth may be mistyped, or the young person a care
 * leaver the procedure does not cover), so that it is checked with the
 * placing authority.
 */
function warnIfAdult(warnings: Warning[], dateOfBirth: unknown, on: string, field: string, when: string): void {
  if (dateProblem(dateOfBirth, '') !== undefined) return;
  const birthday = eighteenthBirthdayOf(dateOfBirth as string);
  // A birth within 18 years of 9999 has no 18th birthday the calendar can write, and is not 18 on any date it accepts.
  if (birthday === undefined || on < birthday) return;
  warnings.push({
    code: 'placement-notification.warning.eighteen-or-over',
    message: `The date of birth makes the young person 18 or over ${when}, and a looked after child is under 18: check the date of birth with the placing authority, and whether the young person is a care leaver rather than a looked after child placed in Luton.`,
    facts: ['child.dateOfBirth', field],
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The notification's own field names (of every kind), the only keys an issue's path may name (read-once.ts). */
function notificationFields(): ReadonlySet<string> {
  const { PlacementNotificationInputSchema, PlacementNotificationSchema } = placementNotificationSchemas();
  return (fields ??= new Set([...schemaFields(PlacementNotificationInputSchema), ...schemaFields(PlacementNotificationSchema)]));
}
let fields: ReadonlySet<string> | undefined;

class ProblemList {
  readonly list: PlacementNotificationProblem[] = [];

  add(item: NotificationItem, field: string, detail: string | undefined): void {
    if (detail === undefined) return;
    const label = item.number === null ? 'Change of address / leaving placement' : `Item ${item.number} (${item.wording})`;
    this.list.push({
      item: item.number,
      itemWording: item.wording,
      field,
      message: `${label}: ${detail}.`,
      basis: item.number === null ? 'record-update' : 'procedure',
      citation: copyCitation(item.citation),
    });
  }
}

function checkChild(doc: Doc, receivedOn: string | undefined, problems: ProblemList, item: NotificationItem): void {
  const child = doc.child;
  if (!isPresent(child)) return problems.add(item, 'child', "the child's name and date of birth are missing");
  if (!isObject(child)) return problems.add(item, 'child', "the child's details should give a name and a date of birth");
  problems.add(item, 'child.name', textProblem(child.name, "the child's name"));
  const dobProblem = dateProblem(child.dateOfBirth, "the child's date of birth");
  problems.add(item, 'child.dateOfBirth', dobProblem);
  if (dobProblem === undefined && receivedOn !== undefined && (child.dateOfBirth as string) > receivedOn) {
    problems.add(item, 'child.dateOfBirth', "the child's date of birth is after the date the notification was received");
  }
}

function checkLegalStatus(doc: Doc, problems: ProblemList): void {
  const item = placementItems.legalStatus;
  if (!isPresent(doc.legalStatus)) return problems.add(item, 'legalStatus', "the child's legal status is missing");
  if (!(legalStatuses as readonly unknown[]).includes(doc.legalStatus)) {
    // Said the way the procedure says it, for the reply; `field` and the
    // exported `legalStatuses` give developers the accepted codes.
    problems.add(
      item,
      'legalStatus',
      'the legal status given is not one Luton can record: say whether the child is accommodated under section 20, or is subject to a care order (an interim care order counts as one) or a supervision order; a child subject to a placement order, or remanded to local authority accommodation, can be notified as such',
    );
  }
}

/** Item 3: a named contact with at least one way to reach them. */
function checkContact(value: unknown, field: string, who: string, problems: ProblemList): void {
  const item = placementItems.contacts;
  if (!isPresent(value)) return problems.add(item, field, `the contact details for ${who} are missing`);
  if (!isObject(value)) return problems.add(item, field, `the contact details for ${who} should give a name and a phone number, email address or postal address`);
  problems.add(item, `${field}.name`, textProblem(value.name, `the name of ${who}`));
  const hasPhone = isPresent(value.phone);
  const hasEmail = isPresent(value.email);
  const hasPost = isPresent(value.postalAddress);
  if (!hasPhone && !hasEmail && !hasPost) {
    problems.add(item, field, `no phone number, email address or postal address is given for ${who}`);
  }
  // A field sent empty counts as not sent; one sent with content must be usable.
  if (hasPhone) problems.add(item, `${field}.phone`, phoneProblem(value.phone, `the phone number for ${who}`));
  if (hasEmail) problems.add(item, `${field}.email`, emailProblem(value.email, `the email address for ${who}`));
  if (hasPost) problems.add(item, `${field}.postalAddress`, textProblem(value.postalAddress, `the postal address for ${who}`));
  rejectBlankOptional(value, field, ['phone', 'email', 'postalAddress'], who, problems);
}

/**
 * An optional contact field sent as an empty string or null is not simply
 * absent in the schema's eyes, so name it rather than accept a notification
 * the typed result would reject.
 */
function rejectBlankOptional(value: Doc, field: string, keys: string[], who: string, problems: ProblemList): void {
  const names: Record<string, string> = { phone: 'phone number', email: 'email address', postalAddress: 'postal address' };
  for (const key of keys) {
    if (key in value && value[key] !== undefined && !isPresent(value[key])) {
      problems.add(placementItems.contacts, `${field}.${key}`, `the ${names[key]} for ${who} is blank (leave it out or fill it in)`);
    }
  }
}

function checkSpecialEducationalNeeds(doc: Doc, problems: ProblemList): void {
  const item = placementItems.specialEducationalNeeds;
  const sen = doc.specialEducationalNeeds;
  const notSaid =
    'the notification does not say whether the child has a statement of special educational needs or an education, health and care (EHC) plan';
  if (!isPresent(sen)) return problems.add(item, 'specialEducationalNeeds', notSaid);
  if (!isObject(sen) || typeof sen.hasStatementOrEhcPlan !== 'boolean') {
    return problems.add(item, 'specialEducationalNeeds.hasStatementOrEhcPlan', `${notSaid} (a plain yes or no is needed)`);
  }
  if (sen.hasStatementOrEhcPlan) {
    const missing = textProblem(sen.maintainingAuthority, 'the local authority that maintains the statement or EHC plan');
    problems.add(
      item,
      'specialEducationalNeeds.maintainingAuthority',
      missing && !isPresent(sen.maintainingAuthority)
        ? 'the child has a statement or EHC plan, but the local authority that maintains it is not named'
        : missing,
    );
  }
}

function checkPlacingAuthorityName(doc: Doc, problems: ProblemList): void {
  const authority = doc.placingAuthority;
  if (!isPresent(authority)) return problems.add(recordUpdateItem, 'placingAuthority', 'the placing authority is not named');
  if (!isObject(authority)) return problems.add(recordUpdateItem, 'placingAuthority', 'the placing authority should be given with its name');
  problems.add(recordUpdateItem, 'placingAuthority.name', textProblem(authority.name, 'the name of the placing authority'));
}

const kindNames: Record<PlacementNotificationKind, string> = {
  'placement-start': "notification of a looked after child's placement in Luton",
  'change-of-address': "notification of a looked after child's change of address in Luton",
  'leaving-placement': 'notification of a looked after child leaving their placement in Luton',
};

function summarise(kind: PlacementNotificationKind, problems: PlacementNotificationProblem[]): string {
  const lines = problems.map((p) => `- ${p.message}`);
  return [`The ${kindNames[kind]} is incomplete or unclear:`, ...lines].join('\n');
}
