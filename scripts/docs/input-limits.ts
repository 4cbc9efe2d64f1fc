/**
 * docs/input-limits.md: every maximum an input may reach, generated from
 * `inputLimits` (and the timeline's own limits) so the page cannot drift
 * from what the library enforces. Generation fails when a limit has no
 * description here.
 */
import type { DocSection } from './doc-file.js';
import { table } from './doc-file.js';
import { inputLimits } from '../../src/schemas/limits.js';
import { maxEpisodeIdLength, maxReasonForDelayLength } from '../../src/rules/timeline/input-schema.js';

/** What each limit bounds, and where, in words. */
const describe: Record<keyof typeof inputLimits, string> = {
  textLength: 'characters of any text anywhere in any input (each text field has a lower limit of its own; a longer text is refused as it is read)',
  listLength: 'entries of any list anywhere in any input',
  objectKeys: 'keys of any one object in any input',
  depth: 'levels of nesting of objects and lists in any input',
  values: 'values of any kind in one whole input',
  timelineEvents: '`statutoryTimeline`: events of one case (`events`)',
  indicators: '`classifyNeed`: indicator ids (`indicators`)',
  idLength: 'characters of an id from a catalogue (an indicator id, a reporter role); every id is checked against its catalogue, so a longer string is refused as `unknown-id` (or `invalid-value`) without being read further',
  additionalHolidays: '`createCalendar`: days added (`additionalHolidays`)',
  removedHolidays: '`createCalendar`: days removed (`removedHolidays`)',
  holidayName: "`createCalendar`: characters of an added holiday's `name`",
  deadlineText: '`createDeadline`: characters of `id`, `title`, `trigger.event`, `citation.document` and `citation.section`',
  placementText: '`validatePlacementNotification`: characters of a name, an address or another free-text field',
  phone: '`validatePlacementNotification`: characters of a phone number',
  email: '`validatePlacementNotification`: characters of an email address (the most RFC 5321 allows)',
  unknownKeysNamed: 'unknown keys looked at for a "did you mean" suggestion in one message (every unknown key is counted, none is repeated back); not an input limit',
};

export const inputLimitsDocs: DocSection = () => {
  const rows = Object.entries(inputLimits).map(([key, value]) => {
    const text = describe[key as keyof typeof inputLimits];
    if (text === undefined) throw new Error(`docs/input-limits.md: inputLimits.${key} has no description in scripts/docs/input-limits.ts`);
    return [`\`${key}\``, value.toLocaleString('en-GB'), text];
  });
  rows.push(
    ['—', maxReasonForDelayLength.toLocaleString('en-GB'), '`statutoryTimeline`: characters of an event\'s `reasonForDelay`'],
    ['—', maxEpisodeIdLength.toLocaleString('en-GB'), '`statutoryTimeline`: characters of an event\'s `episode`'],
  );
  const content = [
    '# Input limits',
    '',
    'Every public function refuses an input beyond these maximums with a `SafeguardingInputError`',
    '(issue code `too-long` for a list, a string or an object with too many keys; `not-plain-data` for',
    'nesting deeper than allowed), before any other work: a refused input costs about as much as',
    'reading it up to its first offending part. The values are exported as `inputLimits` from',
    '`luton-safeguarding-rules/schemas`.',
    '',
    table(['`inputLimits` key', 'maximum', 'what it bounds'], rows),
    '',
    'Generated from `inputLimits` by `npm run docs`.',
  ].join('\n');
  return [{ path: 'input-limits.md', content }];
};
