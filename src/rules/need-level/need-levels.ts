/**
 * The four levels of need, on their own: the indicator catalogue and the
 * special circumstances both name levels, and neither imports the other
 * for it.
 */

/** A level of need in Luton's threshold document, from least to most: Universal, Additional, Intensive, Specialist (the order of `needLevels`). */
export type NeedLevel = 'universal' | 'additional' | 'intensive' | 'specialist';

/** The levels in ascending order of need; index order is the ordering used to compare levels. */
export const needLevels: readonly NeedLevel[] = Object.freeze(['universal', 'additional', 'intensive', 'specialist'] as const);
