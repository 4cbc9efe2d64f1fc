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
  /** The JSON Schema of the result: a file's name (json-schema/<name>.schema.json). */
  resultSchema: string;
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
    resultSchema: 'classify-need-result',
    options: [
      {
        name: 'intensiveIndicatorThreshold',
        type: 'integer',
        description: 'How many Intensive indicators make Intensive need (1 to 47, the Intensive indicators in the catalogue; 2 when left out). The threshold document says "a number of".',
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
    resultSchema: 'need-to-know-result',
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
    resultSchema: 'national-alert-result',
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
    resultSchema: 'serious-incident-result',
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
    decision: 'placement-notification',
    functionName: 'validatePlacementNotification',
    summary: 'Whether a notification of a looked after child placed in Luton has what the procedure asks for (validatePlacementNotification)',
    inputSchema: 'placement-notification-input',
    resultSchema: 'placement-notification-result',
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
        `A stored decision, in either form a case system keeps: a result of one of the decisions (${storedDecisionNames.slice(0, -1).join(', ')} or ${storedDecisionNames.at(-1)!}) exactly as the service or library returned it, after a JSON round trip; or its compact record (toRecord, with \`recordVersion\`; see the decision-record schema). Its \`input\` is decided again and the new result (or record) compared with it. A result made by an older version is accepted as it is: its differences are the answer. The schemas of what today's version returns are the \`*-result\` schemas.`,
      required: ['decision', 'input'],
      properties: {
        decision: { type: 'string', enum: [...storedDecisionNames], description: 'Which decision the stored result or record is.' },
        input: { description: 'The input the stored result was decided on (its own `input` field).' },
        recordVersion: { type: 'integer', const: 1, description: 'Present in a record (toRecord) only: the record format, 1.' },
      },
    },
    resultSchema: 'verify-decision-result',
    options: [],
    run: (input) => verifyDecision(input as never),
    // A decision as a case system stores it: the result after a JSON round trip (the timeline's, the shortest).
    example: () => JSON.parse(JSON.stringify(statutoryTimeline(timelineExample as never))) as unknown,
  },
];

export function decisionEndpoint(name: string): DecisionEndpoint | undefined {
  return decisionEndpoints.find((d) => d.name === name);
}
