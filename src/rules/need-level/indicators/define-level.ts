/**
 * Builds one level's indicators from a compact table that follows the
 * document block by block, so each level file reads like the page it
 * transcribes: the printed heading, then one line per printed bullet.
 *
 * The table is read as literal types (a `const` type parameter), so each
 * level's indicators carry their ids as a union of string literals:
 * `NeedIndicatorId` (indicator-id.ts) is built from them, and follows the
 * catalogue whenever a bullet is added or renamed.
 */
import type { Citation } from '../../../schemas/citation.js';
import type { SpecialCircumstance } from '../special-circumstances.js';

/** One printed bullet: its slug, the library's own short label and any special circumstances it clearly relates to. */
export type IndicatorEntry = readonly [slug: string, label: string, specialCircumstances?: readonly SpecialCircumstance[]];

/**
 * The bullets printed under one heading of one level. `domain` is the
 * heading's id (a `NeedDomain`; the catalogue's type checks it).
 */
export interface HeadingBlock {
  domain: string;
  /** The heading exactly as this level prints it (headings differ slightly between levels). */
  heading: string;
  indicators: readonly IndicatorEntry[];
}

const levelTitles = {
  universal: 'Universal',
  additional: 'Additional',
  intensive: 'Intensive',
  specialist: 'Specialist',
} as const;

/** A level, as `NeedLevel` names it. */
type Level = keyof typeof levelTitles;

/** The ids of a level's table: `need-level.<level>.<domain>.<slug>` for every bullet of every block. */
export type IdsOf<L extends Level, B extends readonly HeadingBlock[]> = {
  [I in keyof B]: B[I] extends HeadingBlock ? `need-level.${L}.${B[I]['domain']}.${B[I]['indicators'][number][0]}` : never;
}[number];

/** An indicator as a level file defines it, before the catalogue links its twin and marks significant harm. */
export interface DefinedIndicator<Id extends string, L extends Level, D extends string> {
  id: Id;
  level: L;
  domain: D;
  label: string;
  citation: Citation;
  specialCircumstances?: SpecialCircumstance[];
}

/**
 * Turns a level's heading blocks into indicators in document order, each
 * cited to its heading and printed page. The indicators are new objects,
 * not yet frozen: the catalogue (index.ts) completes and freezes them once.
 */
export function defineLevel<L extends Level, const B extends readonly HeadingBlock[]>(level: L, page: number, blocks: B): DefinedIndicator<IdsOf<L, B>, L, B[number]['domain']>[] {
  return blocks.flatMap((block) =>
    block.indicators.map(([slug, label, tags]) => ({
      id: `need-level.${level}.${block.domain}.${slug}` as IdsOf<L, B>,
      level,
      domain: block.domain,
      label,
      // Filled in from the evidence table when the catalogue is assembled (index.ts).
      evidence: 'need',
      citation: {
        document: 'luton-effective-support-2021',
        section: `Effective Support at a Glance — ${levelTitles[level]} — ${block.heading}`,
        page,
      },
      ...(tags && tags.length > 0 ? { specialCircumstances: [...tags] } : {}),
    })),
  );
}
