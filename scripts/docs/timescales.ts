/**
 * docs/timescales.md: every statutory and local timescale in the registry,
 * with its trigger, period, who acts and its source, generated from
 * `timescales` so the page cannot drift from what the library computes.
 */
import type { DocSection } from './doc-file.js';
import { table } from './doc-file.js';
import { formatCitation } from './format.js';
import { timescaleInterpretations, timescales, type Timescale } from '../../src/rules/timescales/index.js';
import { timelineInterpretations, timelineProcesses, timelineTimescales } from '../../src/rules/timeline/index.js';
import { clocksStoppedBy } from '../../src/rules/timeline/processes.js';
import { capitalise, startsWhen } from '../../src/rules/timeline/event-words.js';
import {
  childEventTypes,
  maxEpisodeIdLength,
  maxReasonForDelayLength,
  maxTimelineEvents,
  referralNextSteps,
  schedulableEventTypes,
  timelineEventTypes,
} from '../../src/rules/timeline/input-schema.js';

function formatPeriod(t: Timescale): string {
  const unit = { 'working-days': 'working day', 'calendar-days': 'calendar day', weeks: 'week', months: 'month' }[t.unit];
  const amount = `${t.amount} ${unit}${t.amount === 1 ? '' : 's'}`;
  const period = t.recurring ? `${amount} ${t.direction}, repeating` : `${amount} ${t.direction}`;
  return t.kind === 'earliest-date' ? `${period}: the earliest day allowed, not a deadline` : period;
}

function sources(t: Timescale): string {
  return [formatCitation(t.citation), ...(t.seeAlso ?? []).map((c) => `see also ${formatCitation(c)}`)].join('; ');
}

export const timescalesDocs: DocSection = () => {
  const rows = timescales.map((t) => [`\`${t.id}\``, t.title, t.trigger, formatPeriod(t), `${t.basis} ("${t.basisWording}")`, t.responsible ?? '—', sources(t)]);
  const readings = timescaleInterpretations.map((i) => `- \`${i.id}\` (${i.ruleIds.map((id) => `\`${id}\``).join(', ')}): ${i.says} *Why:* ${i.why} (${formatCitation(i.citation)})`);
  const notes = timescales.filter((t) => t.note !== undefined).map((t) => `- \`${t.id}\`: ${t.note}`);
  const processTitle = new Map<string, string>(timelineProcesses.map((p) => [p.id, p.title]));
  const timeline = timelineTimescales.map((s) => [`\`${s.id}\``, processTitle.get(s.process)!, `\`${s.startedBy}\``, `\`${s.satisfiedBy}\``]);
  const events = timelineEventTypes.map((type) => [`\`${type}\``, `${capitalise(startsWhen(type))}${(childEventTypes as readonly string[]).includes(type) ? ' (about the child: applies to every episode)' : ''}`]);
  const stops = Object.entries(clocksStoppedBy).map(([type, processes]) => [`\`${type}\``, processes.map((p) => processTitle.get(p)!).join('; ')]);
  const timelineReadings = timelineInterpretations.map((i) => `- \`${i.id}\`: ${i.says}`);

  const content = [
    '# Statutory and local timescales',
    '',
    'Generated from the library by `npm run docs`; do not edit by hand.',
    '',
    `Every timescale the library computes deadlines from (${timescales.length} in all), exported as \`timescales\`. ` +
      'A `Deadline` built from one carries the same id and citation.',
    '',
    '## How days are counted',
    '',
    '- A working day is any day that is not a Saturday, Sunday or bank holiday in England and Wales.',
    '- "Within N working days of X": X is day 0 and the due date is the N-th working day after it, the last day that is still on time.',
    '- Calendar days count every day, a week is 7 calendar days, and a month is the same date in the later month (the last day of a shorter month). ' +
      'These due dates are not moved off weekends or bank holidays.',
    '- A deadline whose due date, or any day counted to reach it, falls after the last year of the confirmed GOV.UK list is marked `provisional` (for working-day periods a new one-off bank holiday could still move it).',
    '',
    'The full convention, the bank holidays used and worked examples are in [the calendar page](calendar.md).',
    '',
    '## Basis',
    '',
    'Each timescale says how binding it is, read from the words of its source: `statutory-must` (statutory guidance or legislation says "must", or states a duty or requirement), ' +
      '`statutory-should` (statutory guidance says "should": follow it unless there is a good reason not to), `non-statutory` (the statutory guidance itself calls it non-statutory, as for the rapid review) ' +
      'and `local` (a Luton procedure sets it). The words the basis rests on are quoted beside it.',
    '',
    '## How pages are cited',
    '',
    'The policy files are plain-text extractions without printed page numbers in the body. A `page` is the printed page: ' +
      'for Working Together 2026 it is counted from the table of contents (the page on which a heading starts), plus one for each page break visible in the extraction after that heading, ' +
      'where a block of footnotes ends a page or a sentence or list item is split by a blank line. Where no break is visible between two headings the passage is placed by its position ' +
      '(the core group and first review lists end "The child protection plan", which starts on p105, just before p107, so they are cited p106). ' +
      "For Luton's Guide to Effective Support the page is read from the page footers the extraction keeps (\"Page 20 of 37\"); a passage far from any footer is cited without a page.",
    '',
    '## Timescales',
    '',
    table(['Id', 'What', 'Clock starts', 'Period', 'Basis', 'Who', 'Source'], rows),
    '',
    '## Notes',
    '',
    'Where sources differ or the wording needs care, which source each timescale follows:',
    '',
    ...notes,
    '',
    '## Timescales the registry leaves out',
    '',
    'The registry holds the timescales of work on a child\'s case. A timescale the sources set for an organisation\'s own reporting, which no event of a case starts, is left out and listed here:',
    '',
    '- **The safeguarding partners\' yearly report to the Child Safeguarding Practice Review Panel and the Multi-Agency Safeguarding Arrangements Unit, within 7 days of its publication** (Working Together 2026, Chapter 2, Reporting, para 115). It is the partnership\'s duty about its annual report, not a step in any child\'s case: a case history has no event that starts it, and no decision of the library concludes it.',
    '',
    '## Interpretations',
    '',
    'Where a timescale reads its source in a way that is not its literal words, the reading, why, and every timescale that relies on it (exported as `timescaleInterpretations`):',
    '',
    ...readings,
    '',
    '## How a deadline is judged',
    '',
    'Every decision (`deadlines`) and the case timeline return their deadlines in one shape, `JudgedDeadline`: the `Deadline` (id, title, trigger, period, due, provisional, citation) with `basis`, a `status` on the day it was judged, the dates and day counts that status rests on, and an `explanation` in plain sentences with dates in words. One module judges them all, so a status means the same everywhere.',
    '',
    table(
      ['Status', 'Meaning', 'Fields'],
      [
        ['`met`', 'the work was done on or before `due`', '`doneOn`, `workingDaysTaken`'],
        ['`late`', 'the work was done after `due`: done, so never counted as overdue', '`doneOn`, `workingDaysTaken`, `workingDaysOverdue`, `calendarDaysOverdue`'],
        ['`overdue`', '`due` has passed and the work is not recorded as done. With `stoppedOn`, an event ended the duty after it fell due: the duty was missed and no action can meet it now', '`workingDaysOverdue`, `calendarDaysOverdue` and `workingDaysTaken` (to `asOf`, or to `stoppedOn`); the booking fields'],
        ['`due`', 'the work is not recorded as done and `due` has not passed', '`dueToday`, `workingDaysRemaining`, `calendarDaysRemaining`, `workingDaysTaken` (to `asOf`); the booking fields `scheduledFor`, `scheduledLate`, `postponed`'],
        ['`stopped`', 'an event ended the duty on or before `due`', '`stoppedOn`'],
        ['`not-required`', 'the source\'s own condition removed the duty (a decision of no further action, say)', ''],
        ['`not-yet-triggered`', 'the event that starts the clock has not happened, or its date is not given: there is no trigger date and no `due`', '`trigger.event` and `period` say what will start it and how long it will run'],
        ['`met-inferred`', 'case timeline only: no date is recorded for the work, but a later step proves it was done', ''],
      ],
    ),
    '',
    'A calendar period (days, weeks, months) whose due date is not a working day also carries `lastWorkingDayOnTime`. What was done wins: work recorded as done is `met` or `late` whatever else is recorded, then a decision that removed the duty, a later step that proves it, an event that ended it, and last the open clock on `asOf`. ' +
      '`assessSeriousIncident` can be called without `asOf`; the library has no clock, so its deadlines are then judged on the recorded dates alone: work recorded as done is `met` or `late`, every other deadline whose clock has started is `due` without day counts, none is `overdue`, and a note (`serious-incident.note.judged-without-as-of`) says so. ' +
      'Each decision adds the input fields a deadline is read from: `triggerField` and `doneOnField` (serious incident), `countedFrom` (the Need to Know weekly update, the national alert\'s re-issue and deletion). ' +
      'The national alert\'s three weeks missing give the earliest day an alert may be issued (`earliestAlertOn`), which is not a deadline.',
    '',
    '## Case timeline',
    '',
    '`statutoryTimeline(input)` judges these timescales for one case history from its dated events, as of `asOf`, and groups the deadlines by episode. ' +
      'Events carry an optional `episode` id (a case system\'s referral or episode id; events without one form the `default` episode). ' +
      'Within an episode each referral, section 47 enquiry, plan, notification, allegation, incident, review, arrangement and alert starts its own clocks, and a later step belongs to the latest one started before it, so several referrals in one history are normal: ' +
      'a decision belongs to the latest referral waiting for one and an assessment to the earliest whose assessment is open, unless it names its referral (`referralDate`). ' +
      'The history is read in one order whatever the order of its rows, identical rows are one event, and nothing starts after the child\'s death or 18th birthday: [the timeline page](timeline.md) says how, with worked histories of extracts as case systems export them.',
    '',
    'Each row is a judged deadline (see [How a deadline is judged](#how-a-deadline-is-judged)) with the timeline\'s own fields: `episode`, `process`, `startedBy` (the event that started the clock), `satisfiedBy` (the event type that meets it), ' +
      'and the event behind its status: `stoppedBy` (with `stopped`, or `overdue` with `stoppedOn`), `notRequiredBecause` (with `not-required`), `inferredFrom` (with `met-inferred`), `reasonForDelay` (a late assessment). ' +
      '`met-inferred` is the timeline\'s own status: no date is recorded for the step, but a later step proves it was done, so neither `met` nor `late` can be claimed. ' +
      'Processes no event has started are listed once under `notStarted`, not as rows.',
    '',
    '| Timescale | Process | Started by event | Satisfied by event |',
    '| --- | --- | --- | --- |',
    ...timeline.map((r) => `| ${r.join(' | ')} |`),
    '',
    '### Events',
    '',
    table(['Event type', 'What it records'], events),
    '',
    `- \`referral-decision-made\` may record \`nextStep\`: ${referralNextSteps.map((n) => `\`${n}\``).join(', ')}; early help and no further action make the assessment not required.`,
    `- \`assessment-completed\` may record \`reasonForDelay\` (at most ${maxReasonForDelayLength} characters); a late assessment without one gets a warning asking for it (Working Together para 169).`,
    `- ${schedulableEventTypes.map((t) => `\`${t}\``).join(', ')} may be recorded with \`status: 'scheduled'\` (a booking, which may be dated after \`asOf\`) or \`'postponed'\`; a booking shows on the open deadline as \`scheduledFor\`, and a booking after the due date, one whose day has passed with nothing recorded, or one with no deadline in its episode to meet gets a warning.`,
    '- `initial-conference-held` and `transfer-in-conference-held` may record `planMade: false`; otherwise a plan is assumed, so its deadlines are never silently dropped.',
    '- `referral-decision-made` and `section-47-concluded-no-conference` may record `dateRecorded: false` when the record shows the step (and its outcome) but not its day, as the children in need census does: `date` is then the day of the event it follows (the referral, the strategy discussion). A decision without its day is `met-inferred`, never met on time; its next step still applies.',
    '- `referral-decision-made` and `assessment-completed` may record `referralDate`, the date of the referral of their episode they belong to, when several referrals are waiting.',
    '- `strategy-discussion-held` records a strategy discussion that did not initiate section 47 enquiries (one reconvened while they are open); it starts no clock.',
    '- `child-turned-18` may be dated after `asOf` (the birthday to come), so the review around it shows as due, once the birthday falls before the plan\'s next review, while it can still be planned.',
    `- A history holds at most ${maxTimelineEvents.toLocaleString('en-GB')} events, and an episode id at most ${maxEpisodeIdLength} characters (letters, digits and \`. _ : / -\`); more is an input error. Events are sorted once and walked once, so the work grows about as the number of events (n log n), never as its square.`,
    '',
    '### What stops a clock',
    '',
    'A clock started before one of these events (in the order of the history: by date, then the same-day order of [the timeline page](timeline.md)) stops on its day: a deadline not yet due is `stopped`, one already past due stays `overdue`, with `stoppedOn` that day (the duty was missed). A satisfying event recorded always wins, so a stop never turns a met deadline overdue. `plan-ended` stops the plan\'s own clocks and `private-fostering-ended` the visits.',
    '',
    table(['Event', 'Stops the clocks of'], stops),
    '',
    ...timelineTimescales.filter((t) => 'notStoppedBy' in t).map((t) => `Except: \`${t.id}\` is not stopped by ${(t as { notStoppedBy: readonly string[] }).notStoppedBy.map((e) => `\`${e}\``).join(', ')}.`),
    '',
    'When a calendar-day, week or month deadline falls on a weekend or bank holiday, the deadline gives `lastWorkingDayOnTime`, the working day before it, and its explanation says so; the due date itself is still on time.',
    '',
    'The readings of the sources the timeline relies on (also in the Interpretations list above):',
    '',
    ...timelineReadings,
    '',
  ].join('\n');
  return [{ path: 'timescales.md', content }];
};
