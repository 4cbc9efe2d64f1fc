/** The zod schema of `DecisionVerification`, what `verifyDecision` returns. */
import * as z from 'zod/mini';
import { described } from '../schemas/schema-metadata.js';

export const DecisionVerificationSchema = described(
  z.object({
    reproduced: described(z.boolean(), 'True when re-running gives the stored result (or record), apart from `ruleset`.'),
    rulesetChanged: described(z.boolean(), 'True when the rule data or the calendar behind the decision changed (`ruleset.hash` or `ruleset.calendar` differ).'),
    differences: described(
      z.array(
        described(
          z.object({
            path: described(z.string(), 'Where the results differ, e.g. `deadlines[0].due`, `ruleset.hash`, or `fingerprint` (the stored input or outcome was changed after the decision).'),
            stored: described(z.optional(z.unknown()), 'The stored value (left out when the stored result has nothing there).'),
            now: described(z.optional(z.unknown()), 'The value the decision gives now (left out when it has nothing there).'),
          }),
          'One place where the stored result and today’s re-run differ.',
        ),
      ),
      'Every difference (at most 100), `ruleset` ones included, in document order. A difference at `fingerprint` means the stored input or outcome is not the one the decision was made on.',
    ),
  }),
  'Whether a stored decision (result or record) is reproduced by this version of the library, whether its rules or calendar changed, and where it differs (verifyDecision).',
);
