/** Every benchmark section run by `npm run bench`. */
import { benchCalendar } from './calendar.js';
import { benchDecisions } from './decisions.js';
import { benchTimeline } from './timeline.js';
export const benchSections: (() => void | Promise<void>)[] = [benchDecisions, benchTimeline, benchCalendar];
