import type * as fc from 'fast-check';
import type { DeadlineArithmetic } from '../../../src/testing/index.js';
import { workingDaysBetween } from '../../../src/calendar/index.js';

/** The worked examples of docs/testing.md, one per deadline property, in the order the page shows them. */
import * as roundTrip from './round-trip.js';
import * as dueDates from './due-dates-are-working-days.js';
import * as monotonic from './monotonic-in-n.js';
import * as reference from './agrees-with-reference.js';
import * as zero from './zero-is-identity.js';
import * as negative from './negative-counts-back.js';

/** fast-check's report of one run, whatever the property's arguments (the page prints `fc.defaultReportMessage` of it). */
export type CheckReport = fc.RunDetails<any>;

export interface WorkedExample {
  /** The example's file name in test/testing/examples/. */
  file: string;
  /** The property it illustrates (a name from deadlineProperties). */
  property: string;
  example(): { library: CheckReport; mistaken: CheckReport };
  /** The mistaken implementation the example catches. */
  mistake: DeadlineArithmetic;
}

export const workedExamples: readonly WorkedExample[] = [
  { file: 'round-trip.ts', property: 'roundTrip', example: roundTrip.example, mistake: roundTrip.inclusiveCount },
  { file: 'due-dates-are-working-days.ts', property: 'dueDatesAreWorkingDays', example: dueDates.example, mistake: { addWorkingDays: dueDates.addWeekdays, workingDaysBetween } },
  { file: 'monotonic-in-n.ts', property: 'monotonicInN', example: monotonic.example, mistake: monotonic.sevenFifths },
  { file: 'agrees-with-reference.ts', property: 'agreesWithReference', example: reference.example, mistake: reference.withoutSubstituteDays },
  { file: 'zero-is-identity.ts', property: 'zeroIsIdentity', example: zero.example, mistake: zero.rollsForward },
  { file: 'negative-counts-back.ts', property: 'negativeCountsBack', example: negative.example, mistake: negative.backFromTheDayItself },
];
