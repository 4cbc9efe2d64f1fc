/** How census results and errors name children and episodes: by position, never by what the file says about them. */

/** `1st`, `2nd`, `3rd`, `11th`, `214th`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The timeline episode id of a child's n-th `CINdetails` (1 for the first). */
export function episodeId(n: number): string {
  return `cin-${n}`;
}
