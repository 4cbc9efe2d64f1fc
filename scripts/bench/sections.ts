/** Every benchmark section run by `npm run bench`. */
import { benchCalendar } from './calendar.js';
import { benchDecisions } from './decisions.js';
import { benchCensus } from './census.js';
export const benchSections: (() => void | Promise<void>)[] = [benchDecisions, benchCalendar, benchCensus];
