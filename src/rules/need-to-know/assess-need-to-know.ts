/**
 * `assessNeedToKnow`: whether the circumstances call for a Luton 'Need to
 * Know' notification, which circumstances of the guidance match, and what
 * follows. The Service Manager decides; the library advises.
 */
import { addCalendarDays } from '../../calendar/add-calendar-days.js';
import { parseIsoDay } from '../../calendar/day-number.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { NeedToKnowInputSchema, type NeedToKnowInput } from './input-schema.js';
import { parseInput } from '../../schemas/parse-input.js';
import type { DecisionResult } from '../engine/decision-result.js';
import { computeDeadline } from '../serious-incident/compute-deadline.js';
import { needToKnowCircumstanceFacts } from './facts.js';
import { needToKnowActions } from './need-to-know-actions.js';
import { needToKnowRuleSet } from './rule-set.js';

export type NeedToKnowOutcome = 'notification-required' | 'not-required' | 'insufficient-information';

/** A circumstance of the guidance that the case matches. */
export interface MatchedCircumstance {
  /** The rule id, e.g. `need-to-know.looked-after.missing`. */
  ruleId: string;
  title: string;
  /** The guidance's list it comes from, e.g. `looked-after-and-care-leavers`, `media`. */
  category: string;
  citation: Citation[];
}

export interface NeedToKnowDecision extends DecisionResult<NeedToKnowOutcome> {
  /** Every circumstance of the guidance the case matches (empty unless a notification is advised). */
  circumstances: MatchedCircumstance[];
  /** The guidance leaves the decision to the Service Manager; the library only advises. */
  decidedBy: 'Service Manager';
  discretion: string;
}

const DISCRETION =
  "The Service Manager decides whether a Need to Know notification is made, after the Team Manager consults them. The guidance's list of circumstances is not exhaustive, so a notification may be made in other serious situations too.";

export async function assessNeedToKnow(input: NeedToKnowInput): Promise<NeedToKnowDecision> {
  const parsed = parseInput(NeedToKnowInputSchema, input, 'input');
  const facts = toFacts(parsed);
  const run = await needToKnowRuleSet.run(facts);

  const outcome: NeedToKnowOutcome =
    run.fired.length > 0 ? 'notification-required' : run.unknown.length > 0 ? 'insufficient-information' : 'not-required';

  const circumstances: MatchedCircumstance[] = run.fired.map((trace) => ({
    ruleId: trace.ruleId,
    title: trace.title,
    category: String(trace.conclusion?.category),
    citation: trace.citation,
  }));
  const flagged = (flag: string) => run.fired.some((trace) => trace.conclusion?.[flag] === true);

  const deadlines: Deadline[] = [];
  let missingChildUpdate: Deadline | undefined;
  // Weekly updates run while the child is missing; once the child is known to
  // be back (childMissing: false) the notification is finalised instead.
  if (outcome === 'notification-required' && flagged('missingChild') && parsed.childMissing !== false) {
    missingChildUpdate = nextWeeklyUpdate(parsed.notifiedOn ?? parsed.asOf, parsed.asOf);
    deadlines.push(missingChildUpdate);
  }

  const statuses = parsed.childStatus ?? [];
  const lookedAfterStatus = statuses.includes('looked-after') ? 'looked-after' : statuses.includes('care-leaver') ? 'care-leaver' : undefined;

  return {
    outcome,
    reasons: run.rules,
    missingFacts: run.missingFacts,
    deadlines,
    actions: needToKnowActions({
      outcome,
      adultInPositionOfTrust: flagged('adultInPositionOfTrust'),
      ...(missingChildUpdate ? { missingChildUpdate } : {}),
      childDied: facts.childDied === true,
      ...(lookedAfterStatus ? { lookedAfterStatus } : {}),
    }),
    ruleset: needToKnowRuleSet.version,
    circumstances,
    decidedBy: 'Service Manager',
    discretion: DISCRETION,
  };
}

type ParsedInput = ReturnType<typeof NeedToKnowInputSchema.parse>;

/**
 * The rule facts: the input's answers, with unanswered circumstances left
 * unknown — or answered "no" when the practitioner has ruled out every
 * circumstance they did not mark.
 */
function toFacts(parsed: ParsedInput): Record<string, unknown> {
  const facts: Record<string, unknown> = { childStatus: parsed.childStatus };
  for (const fact of needToKnowCircumstanceFacts) {
    const answer = parsed[fact];
    facts[fact] = answer === undefined && parsed.otherCircumstancesRuledOut === true ? false : answer;
  }
  return facts;
}

/**
 * The next weekly update of a missing child's notification on or after
 * `asOf`: updates fall due 7, 14, 21, ... days after the notification, and
 * the Deadline's trigger is the update (or the notification) before it.
 */
export function nextWeeklyUpdate(notifiedOn: IsoDate, asOf: IsoDate): Deadline {
  const elapsed = parseIsoDay(asOf)! - parseIsoDay(notifiedOn)!;
  const weeksAlreadyDue = Math.max(0, Math.ceil(elapsed / 7) - 1);
  // A due date past the calendar's last year is the fault of the later of the two input dates.
  const field = elapsed < 0 ? 'notifiedOn' : 'asOf';
  return computeDeadline('need-to-know.missing-child-weekly-update', field, addCalendarDays(notifiedOn, weeksAlreadyDue * 7));
}
