/**
 * The decisions the service answers, each at `POST /<name>` (one JSON input)
 * and `POST /batch/<name>` (JSON Lines): the same names as the command
 * line's, the same input and the same result as the library function.
 */
import {
  assessNationalAlert,
  assessNeedToKnow,
  assessSeriousIncident,
  classifyNeed,
  statutoryTimeline,
  validatePlacementNotification,
  verifyDecision,
  type StoredDecisionName,
} from '../index.js';
import { storedDecisionNames } from '../rules/records/rerun.js';
import {
  classifyNeedExample,
  nationalAlertExample,
  needToKnowExample,
  placementExample,
  seriousIncidentExample,
  timelineExample,
} from './examples.js';
import type { QueryParameter } from './query.js';

export interface DecisionEndpoint {
  /** The path segment and command-line name, e.g. `classify-need`. */
  name: string;
  /** The library function it calls. */
  functionName: string;
  /** The `decision` its results carry (and so their `ruleset`), for a decision result. */
  decision?: StoredDecisionName;
  summary: string;
  /** The JSON Schema of the request body: a file's name (json-schema/<name>.schema.json), or the schema itself. */
  inputSchema: string | Record<string, unknown>;
  /** The JSON Schema of the result, once the library ships one for this decision. */
  resultSchema?: string;
  /** Options of the function, given as query parameters. */
  options: QueryParameter[];
  /** Calls the function on the body and the options read from the query. */
  run(input: unknown, options: Record<string, unknown>): unknown;
  /** A realistic input, for the OpenAPI description, the docs and the tests. */
  example(): unknown;
}

/** Passes options only when some are given, so the function sees exactly what a direct caller would. */
const withOptions = (options: Record<string, unknown>) => (Object.keys(options).length > 0 ? options : undefined);

export const decisionEndpoints: readonly DecisionEndpoint[] = [
  {
    name: 'classify-need',
    decision: 'need-level',
    functionName: 'classifyNeed',
    summary: "The child's level of need under Luton's threshold document (classifyNeed)",
    inputSchema: 'classify-need-input',
    options: [
      {
        name: 'intensiveIndicatorThreshold',
        type: 'integer',
        description: 'How many Intensive indicators make Intensive need (1 to 100; 2 when left out). The threshold document says "a number of".',
      },
    ],
    run: (input, options) => classifyNeed(input as never, withOptions(options) as never),
    example: () => classifyNeedExample,
  },
  {
    name: 'need-to-know',
    decision: 'need-to-know',
    functionName: 'assessNeedToKnow',
    summary: "Whether a Luton 'Need to Know' notification is advised, to whom, and the weekly updates for a missing child (assessNeedToKnow)",
    inputSchema: 'need-to-know-input',
    options: [],
    run: (input) => assessNeedToKnow(input as never),
    example: () => needToKnowExample,
  },
  {
    name: 'national-alert',
    decision: 'national-alert',
    functionName: 'assessNationalAlert',
    summary: 'Whether to issue a national child protection alert for a missing child, and the sign-off and follow-up dates (assessNationalAlert)',
    inputSchema: 'national-alert-input',
    options: [],
    run: (input) => assessNationalAlert(input as never),
    example: () => nationalAlertExample,
  },
  {
    name: 'serious-incident',
    decision: 'serious-incident',
    functionName: 'assessSeriousIncident',
    summary: 'Whether to notify the Child Safeguarding Practice Review Panel, and the deadlines that follow (assessSeriousIncident)',
    inputSchema: 'serious-incident-input',
    options: [],
    run: (input) => assessSeriousIncident(input as never),
    example: () => seriousIncidentExample,
  },
  {
    name: 'timeline',
    decision: 'timeline',
    functionName: 'statutoryTimeline',
    summary: "Every statutory deadline of one case history, judged on asOf (statutoryTimeline)",
    inputSchema: 'statutory-timeline-input',
    resultSchema: 'statutory-timeline-result',
    options: [],
    run: (input) => statutoryTimeline(input as never),
    example: () => timelineExample,
  },
  {
    name: 'placement',
    functionName: 'validatePlacementNotification',
    decision: 'placement-notification',
    summary: 'Whether a notification of a looked after child placed in Luton has what the procedure asks for (validatePlacementNotification)',
    inputSchema: 'placement-notification-input',
    options: [],
    run: (input) => validatePlacementNotification(input as never),
    example: () => placementExample,
  },
  {
    name: 'verify',
    functionName: 'verifyDecision',
    summary: 'Re-run a stored decision with this version and compare it with what it says (verifyDecision)',
    inputSchema: {
      type: 'object',
      description:
        `A result of one of the decisions (${storedDecisionNames.slice(0, -1).join(', ')} or ${storedDecisionNames.at(-1)!}) exactly as the service or library returned it, after a JSON round trip: its \`input\` is decided again and the new result compared with it.`,
      required: ['decision', 'input'],
      properties: {
        decision: { type: 'string', enum: [...storedDecisionNames], description: 'Which decision the stored result is.' },
        input: { description: 'The input the stored result was decided on (its own `input` field).' },
      },
    },
    options: [],
    run: (input) => verifyDecision(input as never),
    // A decision as a case system stores it: the result after a JSON round trip (the timeline's, the shortest).
    example: () => JSON.parse(JSON.stringify(statutoryTimeline(timelineExample as never))) as unknown,
  },
];

export function decisionEndpoint(name: string): DecisionEndpoint | undefined {
  return decisionEndpoints.find((d) => d.name === name);
}
