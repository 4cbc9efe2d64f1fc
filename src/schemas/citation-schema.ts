/**
 * The zod schema of a `Citation`, for the JSON Schemas of results and
 * catalogues. The document is typed as a string (as `Citation` is), with the
 * ids of the policy documents the library cites enumerated in the JSON
 * Schema, so a case system in another language can list them.
 */
import * as z from 'zod/mini';
import { policyDocuments } from './citation.js';
import { described, withMetadata } from './schema-metadata.js';

export const CitationSchema = described(
  z.object({
    document: withMetadata(z.string(), {
      description: 'The id of the policy document cited (see the policy sources): one of the ids enumerated.',
      enum: Object.keys(policyDocuments),
    }),
    section: described(z.string(), 'The heading, paragraph or footnote cited, as the document prints it.'),
    page: described(z.optional(z.number().check(z.int(), z.minimum(1))), 'The printed page number, where the document has one.'),
  }),
  'Where a rule, indicator, timescale or interpretation comes from: the document, the section and the page.',
);
