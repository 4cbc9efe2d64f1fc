import * as z from 'zod/mini';
import { isoDateProblem } from './iso-date.js';

/** A real calendar date as a `YYYY-MM-DD` string. */
export const IsoDateSchema = z.string().check((ctx) => {
  const problem = isoDateProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, params: { code: 'invalid-date' } });
});
