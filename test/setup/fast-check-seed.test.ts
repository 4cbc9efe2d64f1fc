import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('FC_SEED', () => {
  it('fixes the seed of every property test when set, and leaves it to fast-check when not', () => {
    const seed = process.env.FC_SEED;
    expect(fc.readConfigureGlobal().seed).toBe(seed === undefined || seed === '' ? undefined : Number(seed));
  });
});
