/**
 * ## Pinning a test to the ruleset
 *
 * Every decision result carries `ruleset.hash`, a hash of the rules,
 * thresholds and timescales that produced it. Keep the hash your expected
 * outcomes were last reviewed against, and check it in a test: when an
 * upgrade changes the policy data the test fails loudly, instead of your
 * expectations silently testing old rules. Read CHANGELOG.md and the
 * changed pages in docs/, re-check the expected outcomes, then update the pin.
 */
import { classifyNeed } from '../../../src/index.js';

export function checkPinned(pinned: string): void {
  const { ruleset } = classifyNeed({ indicators: [] });
  if (ruleset.hash !== pinned) {
    throw new Error(`The need-level rules changed (now ${ruleset.version}, pinned ${pinned}): review the change, then update the pin.`);
  }
}
