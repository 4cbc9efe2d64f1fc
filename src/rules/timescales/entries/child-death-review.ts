/**
 * Notifications to child death review partners by coroners and registrars
 * (Working Together 2026, Chapter 6). The passage sits between paragraphs
 * 442 and 443 without a number of its own, so entries cite its heading.
 */
import type { Timescale } from '../timescale.js';

const section = 'Chapter 6: Specific responsibilities of relevant bodies in relation to child deaths';

export const childDeathReviewTimescales: Timescale[] = [
  {
    id: 'child-death-review.coroner-notification',
    title: "Coroner notifies the child death review partners",
    trigger: 'the coroner decides to investigate the death of a child or to commission a post-mortem',
    amount: 3,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-must',
    basisWording: "Coroner's duty to notify (legislation summarised in Working Together)",
    responsible:
      'The coroner, who notifies the child death review partners for the area where the child died or where the body was found',
    citation: { document: 'working-together-2026', section, page: 157 },
    note: 'The clock starts from the coroner\'s decision to investigate or to commission a post-mortem, not from the death itself.',
  },
  {
    id: 'child-death-review.registrar-notification',
    title: 'Registrar supplies the particulars of a child death to the child death review partners',
    trigger:
      'the death is registered (or the register entry is corrected, or a Certificate of No Liability to Register is issued) for a person who was or may have been under 18',
    amount: 7,
    unit: 'calendar-days',
    direction: 'after',
    basis: 'statutory-must',
    basisWording: 'Requirement on registrars of births and deaths to supply (legislation summarised in Working Together)',
    responsible:
      'The registrar of births and deaths, who informs the child death review partners covering the sub-district where the register is kept',
    citation: { document: 'working-together-2026', section, page: 157 },
    note: 'The source says seven days, not working days, so this is counted in calendar days.',
    interpretations: [
      {
        id: 'child-death-review.interpretation.seven-days-are-calendar-days',
        says: "The registrar's seven days are counted as 7 calendar days from the registration.",
        why: 'The passage says seven days where its neighbouring duties say working days; days without "working" are read as calendar days.',
        citation: { document: 'working-together-2026', section, page: 157 },
      },
    ],
  },
];
