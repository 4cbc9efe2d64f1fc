/**
 * A placement notification check is stored and verified like every
 * decision: its result names the check (`decision`), carries the document
 * it checked (`input`) and the rules it applied (`ruleset`), and
 * `verifyDecision` (and the CLI's `verify`) re-run it from what was stored.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { classifyNeed, validatePlacementNotification, verifyDecision } from '../../src/index.js';
import { completePlacementStart, validPlacementNotifications } from '../rules/placement-notification/examples.js';

// Incomplete, with a contact phone the leaving notification does not ask for: kept as given in `input`.
const incomplete = { kind: 'leaving-placement', receivedOn: '2026-07-01', child: { name: 'Alex Example' }, placingAuthority: { name: 'Example Borough Council', phone: '01234 567890' } } as const;
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every object reachable from a value. */
function objectsOf(root: unknown, into = new Set<object>()): Set<object> {
  if (root === null || typeof root !== 'object' || into.has(root)) return into;
  into.add(root);
  for (const value of Object.values(root)) objectsOf(value, into);
  return into;
}

describe('validatePlacementNotification results are records', () => {
  it('carry decision, the document as given (a copy) and the ruleset, valid or not', () => {
    for (const document of [...validPlacementNotifications, incomplete]) {
      const result = validatePlacementNotification(document);
      expect(result.decision).toBe('placement-notification');
      expect(result.input).toEqual(document);
      expect(result.input).not.toBe(document);
      expect(result.ruleset.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(result.ruleset.version).toBe(`${result.ruleset.packageVersion}+${result.ruleset.hash.slice(0, 8)}`);
      expect(result.ruleset.calendar).toBe('none');
    }
    // One rule set for every notification; a decision's ruleset is another's.
    const hashes = new Set([...validPlacementNotifications, incomplete].map((d) => validatePlacementNotification(d).ruleset.hash));
    expect(hashes.size).toBe(1);
    expect(hashes.has(classifyNeed({ indicators: [] }).ruleset.hash)).toBe(false);
  });

  it('the typed notification and the input share no object, and changing the input changes nothing else', () => {
    const result = validatePlacementNotification(completePlacementStart);
    if (!result.valid) throw new Error('expected a valid notification');
    const input = objectsOf(result.input);
    for (const object of objectsOf(result.notification)) expect(input.has(object)).toBe(false);
    (result.input as unknown as { child: { name: string } }).child.name = 'Changed';
    expect(result.notification.child.name).toBe('Alex Example');
    expect(validatePlacementNotification(completePlacementStart).input).toEqual(completePlacementStart);
  });

  it('verifyDecision reproduces a stored result, and names what was changed in it', () => {
    for (const document of [...validPlacementNotifications, incomplete]) {
      expect(verifyDecision(stored(validatePlacementNotification(document)))).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
    }
    const tampered = stored(validatePlacementNotification(incomplete));
    tampered.valid = true as false;
    const verification = verifyDecision(tampered);
    expect(verification.reproduced).toBe(false);
    expect(verification.rulesetChanged).toBe(false);
    expect(verification.differences).toEqual([{ path: 'valid', stored: true, now: false }]);
    const otherRules = stored(validatePlacementNotification(incomplete));
    otherRules.ruleset.hash = '0'.repeat(64);
    expect(verifyDecision(otherRules)).toMatchObject({ reproduced: true, rulesetChanged: true });
  });

  it('the CLI verifies a stored placement result', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['verify', '-'], {
      out: (line) => void out.push(line),
      err: (line) => void err.push(line),
      stdin: Readable.from([JSON.stringify(validatePlacementNotification(completePlacementStart))]),
    });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(JSON.parse(out.join('\n'))).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
  });
});
