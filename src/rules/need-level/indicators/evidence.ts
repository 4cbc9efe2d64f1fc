/**
 * What each indicator of possible need is evidence of, for the decision: the
 * table a policy owner reads and confirms in one sitting (it is printed whole,
 * grouped, in docs/need-indicators.md and on the policy site).
 *
 * - `significant-harm`: the document itself describes the concern as
 *   significant harm; recording it is reasonable cause to suspect significant
 *   harm (section 47), whatever the general harm answer.
 * - `risk-of-significant-harm`: abuse or neglect suspected or disclosed, or a
 *   person or situation in the home that poses a risk. The practitioner's
 *   answer to the significant-harm question decides; it must be given, and a
 *   "no" is warned about, prompted, and routed through a MASH social worker
 *   before any consent is sought.
 * - `exploitation`: exploitation or its risk (sexual or criminal
 *   exploitation, radicalisation), treated as `risk-of-significant-harm`, with
 *   the prompts and contacts of exploitation.
 * - `need`: a need without harm (health, disability, education, housing…):
 *   the level follows the document, and the harm answer is not questioned.
 * - `strength`: a Universal indicator of good progress.
 *
 * Every entry cites where the document supports it; where the document does
 * not say it outright, the entry names the reading (an interpretation in
 * evidence-readings.ts or harm-indicators.ts) that the library relies on.
 */
import type { Citation } from '../../../schemas/citation.js';
import { deepFreeze } from '../../deep-freeze.js';
import type { InterpretationDefinition } from '../../engine/interpretation.js';
import { luton } from '../citations.js';
import { evidenceReadings as read } from './evidence-readings.js';
import { harmIndicators } from './harm-indicators.js';

/** What an indicator is evidence of, for the decision (see `needIndicatorEvidence`). */
export type IndicatorEvidence = 'significant-harm' | 'risk-of-significant-harm' | 'exploitation' | 'need' | 'strength';

/** The evidence kinds in the order the table is printed: the strongest first. */
export const indicatorEvidenceKinds: readonly IndicatorEvidence[] = Object.freeze(['significant-harm', 'risk-of-significant-harm', 'exploitation', 'need', 'strength'] as const);

/**
 * What the indicator is about, within its kind: the kind of harm or risk
 * (abuse or neglect, a disclosure, a risk in the household…) or of need
 * (health, disability, education…). For grouping the table.
 */
export type EvidenceTopic =
  | 'abuse-or-neglect'
  | 'sexual-exploitation'
  | 'disclosure'
  | 'risk-in-household'
  | 'neglect'
  | 'unexplained-harm'
  | 'no-access'
  | 'harm-to-others'
  | 'sexualised-behaviour'
  | 'exploitation-signs'
  | 'radicalisation'
  | 'parental-factor'
  | 'health'
  | 'mental-health'
  | 'disability'
  | 'development'
  | 'behaviour'
  | 'relationships'
  | 'education'
  | 'parenting'
  | 'family-circumstances'
  | 'housing-and-income'
  | 'offending'
  | 'caring'
  | 'care-history'
  | 'statutory-situation'
  | 'good-progress';

/** One row of the evidence table (`needIndicatorEvidence`). */
export interface IndicatorEvidenceEntry {
  /** The indicator (an id from `needIndicators`). */
  indicatorId: string;
  /** What it is evidence of. */
  evidence: IndicatorEvidence;
  /** What it is about, within its kind. */
  topic: EvidenceTopic;
  /** Where the document supports the reading. */
  citation: Citation;
  /** The id of the interpretation relied on, where the document does not say it outright (see `interpretations`). */
  interpretation?: string;
  /** One of the three parental factors the document says "will always be significant" in judging harm (domestic abuse, substance misuse, mental ill-health): prompts the practitioner to weigh harm at every level. */
  parentalFactor?: true;
  /**
   * The ages the indicator's own words (or its definition) limit it to, in
   * whole years: `under`, younger than; `from`, this age or older;
   * `underIfDisabled`, the upper limit for a disabled child. An age outside
   * them is warned about. `stillCounts`: an age the library sets, not the
   * bullet's words (offending from 10): warned about, and the indicator
   * still counts toward the level at any age.
   */
  ages?: { under?: number; from?: number; underIfDisabled?: number; stillCounts?: true };
}

/** The labels of the evidence kinds and topics, for the docs and the site. */
export const evidenceLabels: Readonly<Record<IndicatorEvidence, string>> = Object.freeze({
  'significant-harm': 'Suspected significant harm (the document calls it significant harm: section 47 follows)',
  'risk-of-significant-harm': 'Risk of significant harm (abuse or neglect suspected or disclosed, a risk in the household): the harm answer decides, a "no" is warned about',
  exploitation: 'Exploitation or its risk (sexual or criminal exploitation, radicalisation): the harm answer decides, a "no" is warned about',
  need: 'Need without harm: the level follows the document, the harm answer is not questioned',
  strength: 'Good progress (Universal)',
});

export const topicLabels: Readonly<Record<EvidenceTopic, string>> = Object.freeze({
  'abuse-or-neglect': 'Abuse or neglect',
  'sexual-exploitation': 'Sexual exploitation',
  disclosure: 'A disclosure of abuse',
  'risk-in-household': 'A risk in the household',
  neglect: 'Neglect named or evident',
  'unexplained-harm': 'Harm nobody can explain',
  'no-access': 'Professionals cannot see the child',
  'harm-to-others': 'Harm to other children',
  'sexualised-behaviour': 'Sexualised behaviour',
  'exploitation-signs': 'Signs of sexual or criminal exploitation',
  radicalisation: 'Radicalisation',
  'parental-factor': 'Parental domestic abuse, substance misuse or mental ill-health',
  health: 'Health',
  'mental-health': 'Mental and emotional health',
  disability: 'Disability',
  development: 'Development',
  behaviour: 'Behaviour',
  relationships: 'Relationships',
  education: 'Education and attendance',
  parenting: 'Parenting and care',
  'family-circumstances': 'Family circumstances',
  'housing-and-income': 'Housing, work and income',
  offending: 'Offending',
  caring: 'Caring for others',
  'care-history': 'Care history',
  'statutory-situation': 'A statutory situation (private fostering, no one to care, unaccompanied)',
  'good-progress': 'Good progress',
});

const U = (rest: string) => `need-level.universal.${rest}`;
const A = (rest: string) => `need-level.additional.${rest}`;
const I = (rest: string) => `need-level.intensive.${rest}`;
const S = (rest: string) => `need-level.specialist.${rest}`;

const doc = 'luton-effective-support-2021' as const;
const universalIntro: Citation = { document: doc, section: 'Effective Support at a Glance — Universal (children and young people who make good overall progress)', page: 33 };

type Group = { evidence: IndicatorEvidence; topic: EvidenceTopic; citation: Citation; reading?: InterpretationDefinition; parentalFactor?: true; ids: string[] };

/**
 * Need groups: one citation per level (the level's own introduction, which
 * describes needs, not harm), read as need without harm.
 */
function need(topic: EvidenceTopic, ids: string[], parentalFactor?: true): Group {
  return { evidence: 'need', topic, citation: luton.atAGlance, reading: read.needWithoutHarm, ids, ...(parentalFactor ? { parentalFactor } : {}) };
}

const groups: Group[] = [
  // ——— Universal: good progress, said outright ———
  {
    evidence: 'strength',
    topic: 'good-progress',
    citation: universalIntro,
    ids: [
      'health.physically-well', 'health.nutritious-diet', 'health.hygiene-and-dress', 'health.checks-and-immunisations-up-to-date',
      'health.milestones-on-track', 'health.age-appropriate-sexual-activity', 'health.good-mental-health',
      'emotional-development.secure-early-attachments', 'emotional-development.adapts-to-change', 'emotional-development.understands-others-feelings',
      'behavioural-development.takes-responsibility', 'behavioural-development.age-appropriate-behaviour', 'behavioural-development.responds-to-developmental-needs',
      'behavioural-development.responds-to-boundaries', 'identity-and-self-esteem.recognises-unsafe-contacts', 'identity-and-self-esteem.contextual-safeguarding-in-place',
      'family-and-social-relationships.stable-family-relationships', 'family-and-social-relationships.makes-and-keeps-friends', 'family-and-social-relationships.age-appropriate-relationships',
      'learning.books-and-toys', 'learning.enjoys-learning', 'learning.experiences-success', 'learning.home-school-links', 'learning.plans-for-adult-life',
      'basic-care-safety-and-protection.physical-and-special-needs-met', 'basic-care-safety-and-protection.protected-from-harm',
      'emotional-warmth-and-stability.warmth-and-praise', 'emotional-warmth-and-stability.stable-relationships',
      'guidance-boundaries-and-stimulation.sense-of-right-and-wrong', 'guidance-boundaries-and-stimulation.uses-leisure-facilities',
      'family-functioning.good-family-relationships', 'housing-employment-and-finance.adequate-accommodation', 'housing-employment-and-finance.manages-budget',
      'social-and-community-resources.friendships-and-local-services', 'social-and-community-resources.part-of-community',
    ].map(U),
  },

  // ——— Risk of significant harm ———
  {
    evidence: 'risk-of-significant-harm',
    topic: 'disclosure',
    citation: luton.significantHarm,
    reading: read.disclosureIsRisk,
    ids: [S('health.child-discloses-abuse'), S('health.abuse-by-professional'), S('basic-care-safety-and-protection.parent-discloses-abuse')],
  },
  {
    evidence: 'risk-of-significant-harm',
    topic: 'risk-in-household',
    citation: luton.significantHarm,
    reading: read.riskInHousehold,
    parentalFactor: true,
    ids: [
      S('health.parental-substance-misuse'),
      S('family-functioning.serious-discord-and-domestic-abuse'),
      S('basic-care-safety-and-protection.parental-mental-health-or-substance-misuse'),
      S('basic-care-safety-and-protection.ongoing-violence-and-instability'),
      S('basic-care-safety-and-protection.chronic-domestic-abuse-involving-child'),
    ],
  },
  {
    evidence: 'risk-of-significant-harm',
    topic: 'risk-in-household',
    citation: luton.categories,
    reading: read.riskInHousehold,
    ids: [
      S('family-functioning.risky-individual-in-household'),
      S('family-functioning.home-used-for-illegal-activity'),
      S('basic-care-safety-and-protection.parents-involved-in-serious-crime'),
      S('basic-care-safety-and-protection.unable-to-care-for-previous-children'),
      S('basic-care-safety-and-protection.parents-cannot-keep-child-safe'),
    ],
  },
  {
    evidence: 'risk-of-significant-harm',
    topic: 'neglect',
    citation: luton.significantHarm,
    reading: read.neglectNamed,
    ids: [
      S('health.lack-of-food-or-failure-to-thrive'),
      S('health.refusing-medical-care'),
      S('health.serious-dental-decay'),
      S('family-and-social-relationships.rejected-or-abandoned'),
      S('learning.no-school-place-through-neglect'),
      S('learning.out-of-school-through-neglect'),
      S('basic-care-safety-and-protection.inadequate-care'),
    ],
  },
  { evidence: 'risk-of-significant-harm', topic: 'neglect', citation: luton.significantHarm, reading: read.neglectLevels, ids: [S('basic-care-safety-and-protection.possible-neglect')] },
  { evidence: 'risk-of-significant-harm', topic: 'unexplained-harm', citation: luton.significantHarm, reading: read.unexplainedHarm, ids: [I('guidance-boundaries-and-stimulation.unexplained-harm-at-home')] },
  { evidence: 'risk-of-significant-harm', topic: 'no-access', citation: luton.otherIndicators, reading: read.noAccess, ids: [S('other-indicators.cannot-access-child')] },
  {
    evidence: 'risk-of-significant-harm',
    topic: 'harm-to-others',
    citation: luton.otherIndicators,
    reading: read.harmToOthers,
    ids: [S('other-indicators.abusing-other-children'), S('other-indicators.young-sex-offender')],
  },

  {
    evidence: 'risk-of-significant-harm',
    topic: 'sexualised-behaviour',
    citation: luton.atAGlance,
    reading: read.sexualisedBehaviour,
    ids: [I('emotional-development.sexualised-behaviour')],
  },

  // ——— Exploitation or its risk ———
  {
    evidence: 'exploitation',
    topic: 'exploitation-signs',
    citation: luton.exploitation,
    reading: read.exploitationSigns,
    ids: [S('emotional-development.endangers-self-or-others'), S('health.dangerous-sexual-activity-or-early-pregnancy'), I('health.unsafe-sexual-activity')],
  },
  { evidence: 'exploitation', topic: 'radicalisation', citation: luton.radicalisation, reading: read.radicalisationThreats, ids: [I('behavioural-development.radicalised-thoughts')] },

  // ——— Need without harm ———
  need('health', [
    A('health.missing-immunisations-or-checks'), A('health.minor-diet-hygiene-clothing-concerns'), A('health.untreated-dental-problems'),
    A('health.missed-health-appointments'), A('health.limited-diet'), A('health.frequent-accidents'), A('health.health-difficulties-beyond-known-needs'),
    A('basic-care-safety-and-protection.frequent-medical-visits'),
    I('health.poorly-managed-chronic-health'), I('health.multiple-health-difficulties-beyond-known-needs'),
    S('health.severe-chronic-health'), S('health.serious-weight-problems'),
  ]),
  need('mental-health', [
    A('health.vulnerable-to-emotional-difficulties'), A('behavioural-development.camhs-additional-needs'), A('identity-and-self-esteem.identity-insecurities'),
    A('identity-and-self-esteem.disabling-lack-of-confidence'),
    I('health.self-harm'), I('health.emerging-mental-health-issues'), I('emotional-development.regularly-anxious-angry-or-phobic'), I('behavioural-development.camhs-tier-2'),
    I('identity-and-self-esteem.withdraws-from-others'),
    S('health.acute-mental-health'), S('identity-and-self-esteem.evident-mental-health-needs'),
  ]),
  need('disability', [
    A('self-care-and-independence.disability-limits-self-care'),
    I('health.significant-disability'), I('self-care-and-independence.disability-prevents-self-care'),
    S('health.disability-needing-constant-supervision'), S('basic-care-safety-and-protection.total-dependence-through-disability'),
  ]),
  need('development', [
    A('health.slow-milestones'), A('health.developmental-progress-concerns'), A('self-care-and-independence.periods-of-poor-self-care'), A('self-care-and-independence.slow-self-care-skills'),
    I('learning.few-achievements'), I('identity-and-self-esteem.presentation-affects-relationships'),
  ]),
  need('behaviour', [
    A('health.experimenting-with-substances'), A('emotional-development.some-inappropriate-responses'), A('emotional-development.engagement-changed'),
    A('behavioural-development.limited-understanding-of-impact'), A('behavioural-development.difficulty-accepting-responsibility'), A('behavioural-development.responds-poorly-to-boundaries'),
    A('behavioural-development.difficult-unstructured-peer-interaction'), A('behavioural-development.atypical-behaviour-changes'), A('behavioural-development.developmentally-inappropriate-behaviour'),
    A('identity-and-self-esteem.may-be-bullying'), A('identity-and-self-esteem.provocative-behaviour-or-appearance'), A('identity-and-self-esteem.developmentally-inappropriate-behaviour'),
    A('guidance-boundaries-and-stimulation.minor-antisocial-behaviour'),
    I('emotional-development.engagement-changed'), I('emotional-development.marked-change-in-engagement'),
    I('behavioural-development.challenging-at-school'), I('behavioural-development.increasing-atypical-behaviour-changes'), I('behavioural-development.repeated-developmentally-inappropriate-behaviour'),
    I('behavioural-development.escalating-uncharacteristic-behaviour'), I('behavioural-development.brook-tool-concern'), I('identity-and-self-esteem.changed-attention-engagement-behaviour'),
    I('self-care-and-independence.puts-self-in-danger'), I('guidance-boundaries-and-stimulation.antisocial-behaviour'),
    S('emotional-development.persistent-challenging-behaviour'), S('emotional-development.severe-emotional-behavioural-challenges'), S('emotional-development.risky-behaviour'),
    S('identity-and-self-esteem.likely-to-put-self-at-risk'), S('guidance-boundaries-and-stimulation.beyond-parental-control'),
  ]),
  need('relationships', [
    A('emotional-development.some-family-relationship-difficulties'), A('emotional-development.some-peer-and-adult-difficulties'), A('emotional-development.few-friends'),
    A('identity-and-self-esteem.may-be-bullied'), A('identity-and-self-esteem.persistent-discrimination'), A('identity-and-self-esteem.victim-of-crime-or-bullying'),
    A('family-and-social-relationships.lacks-positive-role-models'), A('family-and-social-relationships.difficulty-sustaining-relationships'),
    A('family-and-social-relationships.unresolved-separation-or-bereavement'), A('family-and-social-relationships.changed-contribution-to-relationships'),
    A('family-and-social-relationships.reduced-contribution-to-relationships'), A('emotional-warmth-and-stability.unable-to-form-other-relationships'),
    A('emotional-warmth-and-stability.emerging-attachment-difficulties'), A('social-and-community-resources.some-exclusion-or-conflict'),
    I('identity-and-self-esteem.internalised-discrimination'), I('family-and-social-relationships.unpredictable-carer-relationships'),
    I('family-and-social-relationships.several-changes-in-contribution-to-relationships'), I('family-and-social-relationships.reduced-contribution-to-relationships'),
    I('basic-care-safety-and-protection.few-positive-relationships'),
    S('family-and-social-relationships.negative-family-relationships'), S('family-and-social-relationships.family-breakdown-over-behaviour'),
  ]),
  need('education', [
    A('learning.specific-learning-needs'), A('learning.language-and-communication'), A('learning.underachievement'), A('learning.poor-punctuality-or-absence'),
    A('learning.poor-engagement-in-learning'), A('learning.no-books-or-toys'), A('learning.fixed-term-exclusions'), A('learning.widening-progress-gap'), A('learning.send-review-decline'),
    I('family-and-social-relationships.misses-school-consistently'), I('learning.poor-attendance-and-punctuality'), I('learning.widening-progress-gap'), I('learning.send-review-decline'),
    S('identity-and-self-esteem.failed-education-supervision-order'),
  ]),
  need('education', [I('learning.not-in-education-under-16')]),
  { ...need('education', [A('housing-employment-and-finance.neet-post-16')]), reading: read.neetConflict },
  need('parenting', [
    A('emotional-warmth-and-stability.inconsistent-parental-responses'), A('emotional-warmth-and-stability.parents-own-emotional-needs-unmet'),
    A('basic-care-safety-and-protection.inconsistent-basic-care'), A('basic-care-safety-and-protection.parenting-advice-needed'),
    A('basic-care-safety-and-protection.some-physical-needs-concerns'), A('basic-care-safety-and-protection.young-inexperienced-parents'),
    A('basic-care-safety-and-protection.unsuitable-childcare'), A('basic-care-safety-and-protection.some-exposure-to-danger'),
    A('basic-care-safety-and-protection.parental-stress-affecting-safety'), A('guidance-boundaries-and-stimulation.inconsistent-boundaries'),
    A('guidance-boundaries-and-stimulation.no-routine'), A('guidance-boundaries-and-stimulation.little-support-for-learning-needs'),
    A('guidance-boundaries-and-stimulation.much-time-alone'), A('guidance-boundaries-and-stimulation.few-new-experiences'),
    I('health.milestones-missed-due-to-care'), I('basic-care-safety-and-protection.multiple-carers'), I('guidance-boundaries-and-stimulation.ineffective-boundaries'),
    I('guidance-boundaries-and-stimulation.little-support-for-learning-needs'),
    S('basic-care-safety-and-protection.non-compliance-with-services'), S('emotional-warmth-and-stability.parents-own-experiences'),
    S('guidance-boundaries-and-stimulation.no-effective-boundaries'), S('guidance-boundaries-and-stimulation.multiple-carers'),
  ]),
  need(
    'parental-factor',
    [
      I('basic-care-safety-and-protection.domestic-abuse'), I('basic-care-safety-and-protection.parental-mental-health-or-substance-misuse'),
      I('housing-employment-and-finance.barriers-to-employment'), I('family-functioning.family-health-affecting-child'),
    ],
    true,
  ),
  need('family-circumstances', [
    A('family-functioning.no-extended-family-support'), A('social-and-community-resources.negative-community-attitudes'),
    A('social-and-community-resources.difficulty-accessing-facilities'), A('housing-employment-and-finance.asylum-seeking-or-refugee'),
    I('family-functioning.hostile-community'), S('emotional-warmth-and-stability.accommodation-requested'),
  ]),
  need('housing-and-income', [
    A('housing-employment-and-finance.periods-of-unemployment'), A('housing-employment-and-finance.limited-parental-education'), A('housing-employment-and-finance.low-income'),
    A('housing-employment-and-finance.debt-difficulties'), A('housing-employment-and-finance.poor-housing'), A('housing-employment-and-finance.intentionally-homeless'),
    A('housing-employment-and-finance.poverty-affecting-basic-needs'), A('housing-employment-and-finance.rent-arrears'),
    I('housing-employment-and-finance.chronic-unemployment'),
    S('housing-employment-and-finance.homeless'), S('housing-employment-and-finance.dangerous-housing'), S('housing-employment-and-finance.accommodation-endangers-child'),
    S('housing-employment-and-finance.extreme-poverty'),
  ]),
  { ...need('offending', [I('behavioural-development.prosecuted-offending')]), reading: read.custodyConflict },
  need('offending', [S('emotional-development.offending'), S('other-indicators.serious-persistent-offending')]),
  { ...need('caring', [A('family-functioning.caring-role')]), reading: read.siblingCare },
  need('caring', [I('emotional-development.young-carer-development-compromised'), S('family-and-social-relationships.main-carer')]),
  need('care-history', [S('family-and-social-relationships.previously-looked-after')]),
  need('statutory-situation', [
    S('other-indicators.unaccompanied-asylum-seeker'), S('other-indicators.privately-fostered'), S('emotional-warmth-and-stability.no-one-to-care'),
  ]),
];

/** Readings of single indicators that do not change their kind (a bullet's wording read other than literally). */
const wordingReadings: readonly (readonly [string, InterpretationDefinition])[] = [
  [A('emotional-development.engagement-changed'), read.garbledBullets],
  [I('emotional-development.engagement-changed'), read.garbledBullets],
  [A('family-and-social-relationships.changed-contribution-to-relationships'), read.garbledBullets],
  [I('family-and-social-relationships.several-changes-in-contribution-to-relationships'), read.garbledBullets],
];

/** Age limits the indicators' own words set, and two the library sets to warn about an unlikely record. */
const ageLimits: Readonly<Record<string, { under?: number; from?: number; underIfDisabled?: number; stillCounts?: true }>> = {
  [I('learning.not-in-education-under-16')]: { under: 16 },
  [A('housing-employment-and-finance.neet-post-16')]: { from: 16 },
  // Private fostering: a child under 16, or under 18 if disabled (Luton, private fostering; Working Together 2026 footnote 67).
  [S('other-indicators.privately-fostered')]: { under: 16, underIfDisabled: 18 },
  // What a child does or says: not of an unborn child (from birth); offending from 10, the age of criminal responsibility in England and Wales.
  // The bullets give no age for offending: under 10 it is warned about but still counts, since it may be a sign of criminal exploitation or neglect.
  [S('health.child-discloses-abuse')]: { from: 0 },
  [S('emotional-development.offending')]: { from: 10, stillCounts: true },
  [S('other-indicators.serious-persistent-offending')]: { from: 10, stillCounts: true },
  [I('behavioural-development.prosecuted-offending')]: { from: 10, stillCounts: true },
};

function build(): IndicatorEvidenceEntry[] {
  const out: IndicatorEvidenceEntry[] = [];
  for (const h of harmIndicators) {
    out.push({
      indicatorId: h.indicatorId,
      evidence: 'significant-harm',
      topic: h.indicatorId.endsWith('sexual-exploitation') ? 'sexual-exploitation' : 'abuse-or-neglect',
      citation: h.citation,
      interpretation: h.interpretation.id,
    });
  }
  for (const g of groups) {
    for (const id of g.ids) {
      // Each indicator has one row: a second would silently replace the first.
      if (out.some((e) => e.indicatorId === id)) throw new Error(`need indicator ${id} has two rows in the evidence table`);
      const entry: IndicatorEvidenceEntry = { indicatorId: id, evidence: g.evidence, topic: g.topic, citation: g.citation };
      if (g.reading) entry.interpretation = g.reading.id;
      if (g.parentalFactor) entry.parentalFactor = true;
      if (ageLimits[id]) entry.ages = { ...ageLimits[id] };
      out.push(entry);
    }
  }
  return out;
}

/** Each indicator's row, by indicator id (built once; the catalogue reads `evidence` from it). */
export const evidenceByIndicator: ReadonlyMap<string, IndicatorEvidenceEntry> = new Map(deepFreeze(build()).map((e) => [e.indicatorId, e]));

/** The readings the evidence table relies on, by id, and the wording readings by indicator. */
export const evidenceReadingById: ReadonlyMap<string, InterpretationDefinition> = new Map(
  [...groups.flatMap((g) => (g.reading ? [g.reading] : [])), ...wordingReadings.map(([, r]) => r)].map((r) => [r.id, r]),
);

/** The wording readings (a bullet read other than literally) of single indicators. */
export const wordingReadingsByIndicator: ReadonlyMap<string, InterpretationDefinition> = new Map(wordingReadings);

