/**
 * A deliberately slow, obviously-correct reference: step one day at a time
 * with `Date.UTC` and ask a Set of holiday dates. The fast calendar must agree
 * with it everywhere.
 */
import { correctedYear } from '../../../scripts/generate-bank-holidays.js';
import { official } from './official.js';

const holidays = new Set<string>(official.map((h) => h.date));
// Years after the official list come from the generator (date-holidays + corrections),
// not from the calendar's own decoded table.
for (let y = 2029; y <= 2045; y++) for (const h of correctedYear(y)) holidays.add(h.date);

const DAY = 86_400_000;

export function toMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function referenceIsWorkingDay(date: string): boolean {
  const weekday = new Date(toMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

export function referenceAddWorkingDays(date: string, n: number): string {
  let ms = toMs(date);
  const step = n >= 0 ? DAY : -DAY;
  let left = Math.abs(n);
  while (left > 0) {
    ms += step;
    if (referenceIsWorkingDay(fromMs(ms))) left--;
  }
  return fromMs(ms);
}

/** Working days d with a < d <= b; when b < a, minus those with b <= d < a. */
export function referenceWorkingDaysBetween(a: string, b: string): number {
  let count = 0;
  if (b >= a) {
    for (let ms = toMs(a) + DAY; ms <= toMs(b); ms += DAY) if (referenceIsWorkingDay(fromMs(ms))) count++;
    return count;
  }
  for (let ms = toMs(b); ms < toMs(a); ms += DAY) if (referenceIsWorkingDay(fromMs(ms))) count++;
  return count === 0 ? 0 : -count;
}
