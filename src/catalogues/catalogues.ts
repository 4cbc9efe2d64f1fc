/**
 * The catalogues the library publishes as data, by name: shipped as
 * catalogues/<name>.json (written by `npm run schemas`, checked by
 * `npm run schemas:check`), printed by `luton-safeguarding-rules catalogue
 * <name>` and served at `GET /catalogues/<name>`. Each is the public
 * export of the same name, so all three are the same JSON.
 */
import { inputIssueCodeDescriptions, inputIssueCodes, interpretations, needIndicatorEvidence, needIndicators, rules, specialCircumstances, timescales } from '../index.js';

export const catalogueNames = ['indicators', 'indicator-evidence', 'rules', 'timescales', 'interpretations', 'special-circumstances', 'error-codes'] as const;
export type CatalogueName = (typeof catalogueNames)[number];

export interface CatalogueInfo {
  name: CatalogueName;
  /** What it lists, in a sentence. */
  description: string;
  /** The public export it is. */
  exportName: string;
}

export const catalogueInfo: Readonly<Record<CatalogueName, CatalogueInfo>> = {
  indicators: {
    name: 'indicators',
    description: "Every indicator of possible need in Luton's threshold document: the ids classifyNeed takes in `indicators`, with level, domain, label and citation.",
    exportName: 'needIndicators',
  },
  'indicator-evidence': {
    name: 'indicator-evidence',
    description:
      'What each indicator of possible need is evidence of, for classifyNeed (significant-harm, risk-of-significant-harm, exploitation, need, strength), with its topic, the passage that supports the reading and the interpretation relied on where the document does not say it outright.',
    exportName: 'needIndicatorEvidence',
  },
  rules: {
    name: 'rules',
    description: 'Every rule of every decision: title, citations, summary, conditions in plain English, examples, interpretations and `engineRule` (the json-rules-engine rule).',
    exportName: 'rules',
  },
  timescales: { name: 'timescales', description: 'Every statutory and local timescale: what starts the clock, how long it runs, how binding it is.', exportName: 'timescales' },
  interpretations: {
    name: 'interpretations',
    description: 'Every reading of the sources that is not their literal words, for policy owners to confirm, with the rules that rely on it.',
    exportName: 'interpretations',
  },
  'special-circumstances': {
    name: 'special-circumstances',
    description: "The threshold document's children in special circumstances: whom to contact and the duties on top of the level of need.",
    exportName: 'specialCircumstances',
  },
  'error-codes': {
    name: 'error-codes',
    description: 'Every code an input error (or a service error) can carry, and what it means.',
    exportName: 'inputIssueCodeDescriptions',
  },
};

export function isCatalogueName(name: string): name is CatalogueName {
  return (catalogueNames as readonly string[]).includes(name);
}

/** A catalogue's entries, as the library exports them (error codes as `{ code, description }` entries). */
export function catalogueData(name: CatalogueName): unknown {
  switch (name) {
    case 'indicators':
      return needIndicators;
    case 'indicator-evidence':
      return needIndicatorEvidence;
    case 'rules':
      return rules;
    case 'timescales':
      return timescales;
    case 'interpretations':
      return interpretations;
    case 'special-circumstances':
      return specialCircumstances;
    case 'error-codes':
      return inputIssueCodes.map((code) => ({ code, description: inputIssueCodeDescriptions[code] }));
  }
}

/** The catalogue as its file holds it: indented JSON and a final newline. */
export function catalogueJson(name: CatalogueName): string {
  return JSON.stringify(catalogueData(name), null, 2) + '\n';
}
