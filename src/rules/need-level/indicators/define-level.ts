/**
 * Builds one level's indicators from a compact table that follows the
 * document block by block, so each level file reads like the page it
 * transcribes: the printed heading, then one line per printed bullet.
 */
import type { NeedDomain, NeedIndicator, NeedLevel, SpecialCircumstance } from '../need-indicator.js';

/** One printed bullet: its slug, the library's own short label and any special circumstances it clearly relates to. */
export type IndicatorEntry = readonly [slug: string, label: string, specialCircumstances?: readonly SpecialCircumstance[]];

/** The bullets printed under one heading of one level. */
export interface HeadingBlock {
  domain: NeedDomain;
  /** The heading exactly as this level prints it (headings differ slightly between levels). */
  heading: string;
  indicators: readonly IndicatorEntry[];
}

const levelTitles: Record<NeedLevel, string> = {
  universal: 'Universal',
  additional: 'Additional',
  intensive: 'Intensive',
  specialist: 'Specialist',
};

/**
 * Turns a level's heading blocks into indicators in document order, each
 * cited to its heading and printed page. The indicators are new objects,
 * not yet frozen: the catalogue (index.ts) completes and freezes them once.
 */
export function defineLevel(level: NeedLevel, page: number, blocks: readonly HeadingBlock[]): NeedIndicator[] {
  const indicators = blocks.flatMap((block) =>
    block.indicators.map(([slug, label, tags]): NeedIndicator => ({
      id: `need-level.${level}.${block.domain}.${slug}`,
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
  return indicators;
}
