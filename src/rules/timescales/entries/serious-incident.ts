import type { Timescale } from '../timescale.js';

export const seriousIncidentTimescales: Timescale[] = [];
