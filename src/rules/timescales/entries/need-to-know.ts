import type { Timescale } from '../timescale.js';

export const needToKnowTimescales: Timescale[] = [];
