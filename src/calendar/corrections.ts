/**
 * The corrections applied to date-holidays' England rules (GB, ENG, public
 * holidays) so that the calendar equals the official GOV.UK england-and-wales
 * list.
 *
 * Only the generator (`scripts/generate-bank-holidays.ts`) and the docs read
 * this table: the calendar itself ships the corrected, precomputed data. A test
 * checks that each correction is still needed (date-holidays alone differs
 * from GOV.UK on that day), so an entry can be dropped when date-holidays is
 * fixed.
 *
 * Besides these per-day corrections the generator applies three systematic
 * normalisations, because GOV.UK and date-holidays present the same days
 * differently (they are not errors in date-holidays' dates):
 * - holidays dated on a Saturday or Sunday are left out: GOV.UK lists only the
 *   day off (the substitute day), and a weekend day is never a working day;
 * - "X (substitute day)" becomes "X" with `substitute: true`, as GOV.UK titles it;
 * - typographic apostrophes become straight ones.
 */
import type { Citation } from '../schemas/citation.js';
import type { IsoDate } from '../schemas/iso-date.js';

interface CorrectionBase {
  date: IsoDate;
  /** Why GOV.UK differs from date-holidays, in plain English. */
  reason: string;
  /** The legal instrument behind the official date, where there is one. */
  authority?: string;
  citation: Citation;
}

export type Correction =
  | (CorrectionBase & { kind: 'remove'; name: string })
  | (CorrectionBase & { kind: 'add'; name: string; substitute: boolean })
  | (CorrectionBase & { kind: 'rename'; from: string; name: string });

const proclamation = 'Royal Proclamation under section 1(3) of the Banking and Financial Dealings Act 1971';

export const corrections: readonly Correction[] = [
  {
    kind: 'remove',
    date: '2012-05-28',
    name: 'Spring bank holiday',
    reason: 'In 2012 the Spring bank holiday was moved from the last Monday in May to Monday 4 June, next to the Diamond Jubilee holiday; date-holidays keeps the usual date.',
    authority: proclamation,
    citation: { document: 'govuk-bank-holidays', section: '2012' },
  },
  {
    kind: 'add',
    date: '2012-06-04',
    name: 'Spring bank holiday',
    substitute: true,
    reason: 'The moved 2012 Spring bank holiday (GOV.UK marks it as a substitute day); date-holidays does not have it.',
    authority: proclamation,
    citation: { document: 'govuk-bank-holidays', section: '2012' },
  },
  {
    kind: 'rename',
    date: '2022-06-03',
    from: "Queen's Platinum Jubilee",
    name: 'Platinum Jubilee bank holiday',
    reason: 'Same day, different title: GOV.UK calls it the Platinum Jubilee bank holiday.',
    authority: proclamation,
    citation: { document: 'govuk-bank-holidays', section: '2022' },
  },
  {
    kind: 'rename',
    date: '2022-09-19',
    from: "Queen Elizabeth's Funeral Day",
    name: 'Bank holiday for the State Funeral of Queen Elizabeth II',
    reason: 'Same day, different title: GOV.UK names the State Funeral bank holiday in full.',
    authority: proclamation,
    citation: { document: 'govuk-bank-holidays', section: '2022' },
  },
  {
    kind: 'rename',
    date: '2023-05-08',
    from: "King Charles III's Coronation",
    name: 'Bank holiday for the coronation of King Charles III',
    reason: 'Same day, different title: GOV.UK names the coronation bank holiday in full.',
    authority: proclamation,
    citation: { document: 'govuk-bank-holidays', section: '2023' },
  },
];
