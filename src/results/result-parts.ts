/**
 * zod schemas of the parts results share (the ruleset, warnings,
 * interpretations, deadlines as `Deadline`), for the JSON Schemas of results
 * (json-schema/<name>-result.schema.json). Each result schema's type is held
 * equal to the library's TypeScript type by a type test
 * (test/results/result-schemas.test.ts), so the two cannot drift. Not
 * imported by the library: only by the schema generator and the tests.
 */
import * as z from 'zod/mini';
import { CitationSchema } from '../schemas/citation-schema.js';
import { IsoDateSchema } from '../schemas/iso-date-schema.js';
import { described } from '../schemas/schema-metadata.js';

export const isoDate = (description: string) => described(IsoDateSchema, description);

export const RulesetSchema = described(
  z.object({
    version: described(z.string(), '`<package version>+<first 8 hex digits of the hash>`, for display.'),
    packageVersion: described(z.string(), 'The version of luton-safeguarding-rules that made the result.'),
    hash: described(z.string(), 'SHA-256 (hex) of everything the result depends on: rules, catalogues, thresholds, timescales and the calendar.'),
    calendar: described(z.string(), 'The fingerprint of the calendar deadlines were counted on (`none` when the result computes no date).'),
  }),
  'Which rules made the result, so a stored result can be traced and verified (verifyDecision).',
);

export const WarningSchema = described(
  z.object({
    code: described(z.string(), 'Stable, dotted kebab-case code of the warning.'),
    message: described(z.string(), 'What is contradictory, implausible or repaired, in a sentence.'),
    facts: described(z.array(z.string()), 'The input facts (or event positions, indicator ids) involved.'),
  }),
  'An answer that contradicts another, looks implausible, or was repaired.',
);

export const InterpretationSchema = described(
  z.object({
    id: described(z.string(), 'Stable, dotted kebab-case id of the interpretation.'),
    says: described(z.string(), 'What the library does: the reading of the source it takes.'),
    why: described(z.string(), 'What the source says literally, and why the library reads it this way.'),
    citation: CitationSchema,
    ruleIds: described(z.array(z.string()), 'The rules, actions or timescales of this result that rely on it.'),
  }),
  'A reading of a source that is not its literal words, which this result relied on.',
);

export const PeriodSchema = described(
  z.object({
    amount: described(z.number(), 'How many units.'),
    unit: described(z.enum(['working-days', 'calendar-days', 'weeks', 'months']), 'The unit the period is counted in.'),
    direction: described(z.enum(['after', 'before']), '`after` counts forward from the trigger; `before` counts back from it.'),
  }),
  'How long after (or before) the trigger the deadline falls due.',
);

export const DeadlineFields = {
  id: described(z.string(), 'The timescale id the deadline is built from (see the timescales catalogue).'),
  title: described(z.string(), 'What must be done, in plain English.'),
  trigger: described(
    z.object({
      event: described(z.string(), 'The event that starts the clock, in words.'),
      date: isoDate('The date of that event, day 0 of the count (YYYY-MM-DD).'),
    }),
    'What started the clock, and when.',
  ),
  period: PeriodSchema,
  due: isoDate('The due date: the last day on which the work is still on time (YYYY-MM-DD).'),
  provisional: described(z.boolean(), 'True when the count reaches past the last year of bank holidays GOV.UK has confirmed, so a new one-off holiday could move it.'),
  citation: CitationSchema,
};
