/**
 * Parts of the policy documents the library deliberately does not encode,
 * with the reason, for the source coverage page. Each entry names the first
 * heading of the part as printed and runs to the next heading it names (or
 * the end of the document); the build fails when a named heading is not in
 * the source, so a change to the sources cannot leave a stale reason behind.
 * Headings in these parts that something does cite still show what cites them.
 */
export interface DeliberateOmission {
  document: string;
  /** The first heading of the part, as printed. */
  from: string;
  /** The first heading after the part, as printed; the end of the document when absent. */
  until?: string;
  reason: string;
}

const notADecision = 'The library makes four decisions and computes their deadlines; this part sets out duties and arrangements that are not one of them.';

export const deliberateOmissions: DeliberateOmission[] = [
  { document: 'working-together-2026', from: 'Introduction', until: 'Chapter 3: Providing help, support and protection', reason: `Context: the status of the guidance, shared principles and multi-agency safeguarding arrangements. ${notADecision}` },
  { document: 'working-together-2026', from: 'Chapter 4: Organisational responsibilities', until: 'Chapter 5: Learning from serious child safeguarding incidents', reason: `Organisational duties of each agency. ${notADecision}` },
  { document: 'working-together-2026', from: 'Appendix A: Glossary', reason: 'Definitions and further reading: the library uses the definitions where its rules need them.' },
  { document: 'luton-effective-support-2021', from: 'Preface', until: 'Categories of need and help', reason: 'Context: the purpose of the document, the practice framework and the principles of consultation, which the need levels and their routes put into effect.' },
  { document: 'luton-effective-support-2021', from: 'Appendix 1: School Neighbourhood Partnerships', reason: 'A directory of school partnerships: contact information, not a rule.' },
  {
    document: 'luton-lac-placement-notification',
    from: 'Services available to looked after children placed in Luton by other local authorities',
    reason: "A covering note to other authorities about Luton's services for the children they place: it asks nothing of a notification.",
  },
];
