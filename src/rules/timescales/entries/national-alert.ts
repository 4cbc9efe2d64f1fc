import type { Timescale } from '../timescale.js';

export const nationalAlertTimescales: Timescale[] = [];
