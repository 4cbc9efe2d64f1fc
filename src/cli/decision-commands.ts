/**
 * The decision commands: each name on the command line and the public
 * function it calls. The library is loaded only when a decision command runs,
 * so `deadline` and `holidays` start as fast as the calendar entry.
 */
export const decisionCommandNames = ['classify-need', 'need-to-know', 'national-alert', 'serious-incident', 'timeline', 'placement', 'verify'] as const;
export type DecisionCommandName = (typeof decisionCommandNames)[number];

export type DecisionFunction = (input: never) => unknown;

/** What each command is for, for `--help`. */
export const decisionCommandHelp: Record<DecisionCommandName, string> = {
  'classify-need': "classifyNeed: the child's level of need under Luton's threshold document",
  'need-to-know': 'assessNeedToKnow: whether a Luton Need to Know notification is advised',
  'national-alert': 'assessNationalAlert: whether to issue a national child protection alert',
  'serious-incident': 'assessSeriousIncident: whether to notify the Child Safeguarding Practice Review Panel',
  timeline: "statutoryTimeline: every statutory deadline of one case, judged on asOf",
  placement: 'validatePlacementNotification: whether a placement notification has what the procedure asks for',
  verify: 'verifyDecision: re-run a stored decision and compare it with what it says',
};

export function isDecisionCommand(name: string): name is DecisionCommandName {
  return (decisionCommandNames as readonly string[]).includes(name);
}

/** Raised when this version of the library has no function for a command. */
export class CommandNotAvailableError extends Error {}

/** The library function behind a command, loaded on first use. */
export async function decisionFunction(name: DecisionCommandName): Promise<DecisionFunction> {
  const api = await import('../index.js');
  const table: Record<DecisionCommandName, unknown> = {
    'classify-need': api.classifyNeed,
    'need-to-know': api.assessNeedToKnow,
    'national-alert': api.assessNationalAlert,
    'serious-incident': api.assessSeriousIncident,
    timeline: api.statutoryTimeline,
    placement: api.validatePlacementNotification,
    // Looked up by name: verifyDecision is not part of every version of the API.
    verify: (api as Record<string, unknown>).verifyDecision,
  };
  const fn = table[name];
  if (typeof fn !== 'function') throw new CommandNotAvailableError(`${name} is not available in this version of luton-safeguarding-rules`);
  return fn as DecisionFunction;
}
