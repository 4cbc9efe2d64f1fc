import { describe, expect, it } from 'vitest';
import { factRecord } from '../../../src/rules/engine/fact-record.js';

describe('factRecord', () => {
  const make = factRecord(['childStatus', 'childDied', 'childMissing']);

  it('makes an object with every key, in order, each unanswered', () => {
    const facts = make();
    expect(Object.keys(facts)).toEqual(['childStatus', 'childDied', 'childMissing']);
    expect(Object.values(facts)).toEqual([undefined, undefined, undefined]);
    expect(Object.getPrototypeOf(facts)).toBe(Object.prototype);
  });

  it('makes a new object each time: writing one leaves the next untouched', () => {
    const first = make();
    first.childDied = true;
    first.extra = 1;
    const second = make();
    expect(second).not.toBe(first);
    expect(second.childDied).toBeUndefined();
    expect('extra' in second).toBe(false);
  });
});
