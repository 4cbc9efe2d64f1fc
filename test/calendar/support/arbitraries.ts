import fc from 'fast-check';

const DAY = 86_400_000;

/** A random ISO date between two years inclusive (built with Date.UTC, independent of the library). */
export function isoDateBetween(firstYear: number, lastYear: number): fc.Arbitrary<string> {
  const from = Date.UTC(firstYear, 0, 1) / DAY;
  const to = Date.UTC(lastYear, 11, 31) / DAY;
  return fc.integer({ min: from, max: to }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
}
