/**
 * The seed of every property test, when `FC_SEED` is set: CI sets one so a
 * run can be repeated exactly (the same cases, in every time zone), and
 * anyone can replay a failing run with the seed it printed. Without it,
 * each run draws new cases, as fast-check does by default: local runs keep
 * exploring.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const value = Number(seed);
  if (!Number.isSafeInteger(value)) throw new Error(`FC_SEED must be a whole number; it is ${JSON.stringify(seed)}.`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: value });
}
