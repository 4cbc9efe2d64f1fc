/**
 * No message gives a child's personal data away: a name is planted in every
 * string field of every input (as the value, inside it, around a date, as a
 * list, as a key, as an extra list element), and whatever the function says
 * about it (input error issues, or a placement notification's problems)
 * never contains any part of the name. In a stored result given to
 * verifyDecision, the fields it reads as data are planted in every way and
 * the fields it only compares in a rotating sample (every field at least
 * once; see `Target.plantEveryWayAt`).
 */
import { describe, expect, it } from 'vitest';
import { GIVEAWAYS, expectAnswerOrSafeError, plantings } from './support/hostile.js';
import { targets } from './support/targets.js';

describe('a planted name never reaches a message', () => {
  for (const target of targets) {
    // A stored result has over a thousand places to plant in: minutes on a busy machine.
    it(target.name, { timeout: 300_000 }, async () => {
      const cases = plantings(target.args, { ...(target.plantEveryWayAt ? { everyWayAt: target.plantEveryWayAt } : {}), ...(target.echoedByDesign ? { skip: target.echoedByDesign } : {}) });
      expect(cases.length).toBeGreaterThan(10);
      let refused = 0;
      for (const { where, value } of cases) {
        const args = value as unknown[];
        const outcome = await expectAnswerOrSafeError(async () => {
          const result = (await target.call(...args)) as { problems?: unknown; summary?: unknown } | undefined;
          // A notification's problems are written for a reply to the placing authority: no name either.
          if (result && typeof result === 'object' && 'problems' in result) {
            refused++;
            const text = JSON.stringify([result.problems, result.summary]);
            for (const g of GIVEAWAYS) expect(g.test(text), `${where}: ${text.slice(0, 200)}`).toBe(false);
          }
        }).catch((error: unknown) => {
          throw new Error(`${target.name}, ${where}: ${(error as Error).message}`);
        });
        if (outcome === 'input-error') refused++;
      }
      // Most plantings must be refused (or, for a placement notification, reported as problems), or the test proves little.
      if (target.refusesPlantedNames !== false) expect(refused).toBeGreaterThan(cases.length / 3);
    });
  }
});
