/**
 * docs/timeline.md: how the case timeline reads a history as a case system
 * exports it (one order for a day, identical rows, re-referrals, repeated
 * strategy discussions, the child's death and 18th birthday), with every
 * worked history of test/rules/timeline/exported-histories.ts run through the
 * library and printed as its rows and warnings. The same histories run as
 * tests, so the page cannot drift from what the library does.
 */
import type { DocSection } from './doc-file.js';
import { table } from './doc-file.js';
import { statutoryTimeline, type TimelineDeadline } from '../../src/rules/timeline/index.js';
import { acceptedAfterDeath, acceptedAfterEighteen, sameDayOrder } from '../../src/rules/timeline/processes.js';
import { exportedHistories } from '../../test/rules/timeline/exported-histories.js';

function statusCell(d: TimelineDeadline): string {
  switch (d.status) {
    case 'met':
    case 'late':
      return `${d.status} (done ${d.doneOn})`;
    case 'stopped':
      return `stopped (${d.stoppedOn})`;
    case 'overdue':
      return d.stoppedOn !== undefined ? `overdue, missed (stopped ${d.stoppedOn})` : 'overdue';
    default:
      return d.status;
  }
}

function eventCell(e: Record<string, unknown>): string {
  const { type, date, ...fields } = e;
  const extra = Object.entries(fields).map(([k, v]) => `${k}: ${String(v)}`);
  return `\`${String(type)}\` ${String(date)}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}

export const timelineHistoriesDocs: DocSection = () => {
  const sections = exportedHistories.flatMap((h) => {
    const timeline = statutoryTimeline(h.input);
    const rows = timeline.episodes
      .flatMap((e) => e.deadlines)
      .filter((d): d is Exclude<TimelineDeadline, { status: 'not-yet-triggered' }> => d.status !== 'not-yet-triggered')
      .map((d) => [`\`${d.id}\``, d.episode, d.trigger.date, d.due, statusCell(d)]);
    return [
      `### ${h.title}`,
      '',
      `<a id="${h.id}"></a>${h.reading}`,
      '',
      `Judged on ${h.input.asOf}:`,
      '',
      ...h.input.events.map((e, i: number) => `${i}. ${eventCell(e as unknown as Record<string, unknown>)}`),
      '',
      rows.length > 0 ? table(['Deadline', 'Episode', 'Clock started', 'Due', 'Status'], rows) : 'No deadline.',
      '',
      ...(timeline.warnings.length > 0 ? ['Warnings:', '', ...timeline.warnings.map((w) => `- \`${w.code}\` (${w.facts.join(', ')}): ${w.message}`), ''] : []),
    ];
  });

  const content = [
    '# The case timeline on histories as case systems export them',
    '',
    'Generated from the library by `npm run docs`; do not edit by hand. Every history below runs as a test (`test/rules/timeline/exported-histories.test.ts`).',
    '',
    "`statutoryTimeline` judges a child's history as a case system exports it: rows in any order, some exported twice, several on one day, re-referrals while an assessment is open, strategy discussions reconvened, events recorded after a child's death or 18th birthday. " +
      'Where the history has to be read beyond its literal rows, the reading is an interpretation (listed on [the interpretations page](interpretations.md) and returned on the result that relies on it), and every repair is a warning on the result, naming the rows (`facts`), so the performance lead sees the data problem.',
    '',
    '## How a history is read',
    '',
    '- **One order, whatever the order of the rows.** Events are taken by date and, on one day, in this order: ' +
      sameDayOrder.map((t) => `\`${t}\``).join(', ') +
      '. So the 18th birthday covers its whole day, a closure ends what was open before a new referral of the same day, each process follows its own steps, and a death or being found ends what ran that day; a move out of the area ends the referral, assessment, initial conference and private fostering clocks that day but not a child protection plan\'s core group and review clocks, which run until `plan-ended` is recorded, since the original authority may end its plan only after the receiving authority\'s conference (`timeline.interpretation.move-out-keeps-plan-clocks`). An event stops only the clocks started before it in this order. Episodes are listed in the order of their first event. (`timeline.interpretation.same-day-order`)',
    '- **Identical rows are one event.** Rows with the same type, date, episode and fields are counted once, and `timeline.warning.duplicate-event` names every row. Two referrals on one day in one episode are therefore one referral, with one decision and one assessment due; separate referrals belong in separate episodes. (`timeline.interpretation.identical-rows-are-one-event`)',
    '- **Each referral keeps its own clocks.** A decision on next steps belongs to the referral it names (`referralDate`), or else to the latest referral of its episode waiting for a decision; an assessment completed belongs to the referral it names, or else to the earliest referral whose assessment is open (not completed, not made unnecessary by its decision, and not closed since). When several were waiting for a decision, `timeline.warning.decision-matched-to-referral` says which the decision was matched to (the other referrals\' one-working-day deadlines are judged on their own); when several had their assessment open, `timeline.warning.assessment-matched-to-referral` says which was chosen. (`timeline.interpretation.steps-matched-to-referrals`)',
    '- **Section 47 enquiries are initiated once.** While enquiries have no outcome and the episode has had no new referral or closure since, a second `strategy-discussion-s47-initiated` is read as a reconvened discussion: the initial conference stays due 15 working days from the first, as Working Together sets it (Chapter 3, Section 4, "Outcome of section 47 enquiries", page 100: "the strategy discussion at which section 47 enquiries were initiated if more than one has been held"), and `timeline.warning.second-section-47-initiation` says so. Record a reconvened discussion as `strategy-discussion-held`, which starts no clock. (`timeline.interpretation.section-47-initiated-once`)',
    '- **Section 47 after "no further action".** When a strategy discussion initiates section 47 enquiries on a referral decided no further action (or early help), the assessment is due again, 45 working days from that referral (section 47 assessments have the same limit), with `timeline.warning.section-47-after-no-further-action`. (`timeline.interpretation.next-step-without-assessment`)',
    '- **A row out of sequence is set aside, not the history.** A row with nothing before it in its episode for it to follow (a decision or assessment before any referral, a conference with no initiating strategy discussion, a core group, review or plan end with no open plan, a review on the day its plan was made, a step naming a referral not received before it, a fostering visit, update or re-issue with nothing to follow) is not judged, `timeline.warning.out-of-sequence` names it, and the rest of the history is judged without it: the clock it might have met is judged as if it were not recorded. Rows that contradict each other (a second, different decision for one referral, a conference and "no conference" for one enquiry), dates outside the calendar\'s years and events after `asOf` other than bookings and the 18th birthday are still input errors. (`timeline.interpretation.out-of-sequence-rows-set-aside`)',
    '- **A booking and the meeting held on its day** are one meeting: the booking was kept, and is not carried to the next deadline.',
    '- **One plan at a time.** A conference that makes a plan while a plan of another episode is still open replaces it (its clocks stop that day), with `timeline.warning.plan-open-in-another-episode`. (`timeline.interpretation.new-plan-supersedes-open-plan`)',
    `- **The child's life bounds the clocks.** Nothing starts or completes after the child's death, or on or after the 18th birthday, in children's social care or the missing child procedure; such events are listed in \`timeline.warning.event-after-death\` or \`timeline.warning.event-after-18th-birthday\`, a second death among them. Accepted after a death without a warning, because they only end what was open: ${acceptedAfterDeath.map((t) => `\`${t}\``).join(', ')}; after the 18th birthday also ${acceptedAfterEighteen.filter((t) => !acceptedAfterDeath.includes(t)).map((t) => `\`${t}\``).join(', ')} (a review around the birthday may meet a review that was due, but starts no further one). Serious incident, LCSPR, LADO, coroner and registrar events are not bounded: a death may start them. (\`timeline.interpretation.childs-life-bounds-clocks\`)`,
    "- **Turning 18 on a plan.** A plan still open on the 18th birthday is to be ended at a review around the birthday (Working Together, \"Discontinuing the child protection plan\"): the deadline `child-protection.review-around-18th-birthday` is due on the birthday, met by `plan-ended`; while the plan is not recorded as ended after the birthday it is overdue and `timeline.warning.plan-open-at-18` says so. `child-turned-18` may be dated after `asOf`, so the review shows as due while it can still be planned. (`child-protection.interpretation.plan-ended-by-18th-birthday`)",
    '- **Becoming looked after** stops only private fostering visits: the decision on next steps and the assessment keep running (paragraph 167 includes looked after children; paragraph 184 makes the assessment the baseline for work with the family). (`timeline.interpretation.looked-after-ends-private-fostering`)',
    '',
    '## Worked histories',
    '',
    ...sections,
  ].join('\n');
  return [{ path: 'timeline.md', content }];
};
